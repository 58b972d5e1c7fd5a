package org.budayang.central.fleet.enrol;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.budayang.api.json.ApiJson;
import org.budayang.central.auth.OpsAuthenticator;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.config.ConfigException;
import org.budayang.central.fleet.tls.KioskCa;
import org.budayang.central.fleet.tls.ServerTls;
import org.budayang.central.fleet.tls.TlsSetupException;
import org.budayang.central.fleet.tls.TlsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's trust in kiosks wired from its configuration: the kiosk CA, the TLS server context, the
 * enrolment service and routes, the certificate check of kiosk requests and the ops token. Built once per
 * central by {@link #create}; {@link #serving(Optional)} tells it central's TLS URL once it listens (and then
 * writes the demo code sheet when {@code fleet.demoEnrolmentSheet} is configured).
 */
public final class FleetTrust {
    private static final Logger LOG = LoggerFactory.getLogger(FleetTrust.class);
    static final String OPS_TOKEN_FILE = "ops-token";

    private final TlsSettings tls;
    private final EnrolmentSettings settings;
    private final KioskCa ca;
    private final ServerTls serverTls;
    private final Enrolment enrolment;
    private final EnrolmentModule module;
    private final KioskCertificateCheck certificates;
    private final OpsAuthenticator ops;
    private final AtomicReference<String> apiUrl = new AtomicReference<>();

    private FleetTrust(TlsSettings tls, EnrolmentSettings settings, KioskCa ca, ServerTls serverTls,
                       Enrolment enrolment, EnrolmentStore store, Clock clock, OpsAuthenticator ops) {
        this.tls = tls;
        this.settings = settings;
        this.ca = ca;
        this.serverTls = serverTls;
        this.enrolment = enrolment;
        this.module = new EnrolmentModule(enrolment, () -> tls.publicUrl().or(() -> Optional.ofNullable(apiUrl.get())));
        this.certificates = new KioskCertificateCheck(ca, store, clock);
        this.ops = ops;
    }

    /**
     * From the configuration: the CA of {@code tls.caCert}/{@code tls.caKey} or the one in
     * {@code <data-dir>/kiosk-ca} (created on first start); the ops token of {@code ops.token} or of
     * {@code <data-dir>/ops-token} (created on first start, owner-only).
     *
     * @param clock central's clock (enrolment codes, kiosk certificates, their checks); the TLS server
     *              certificate is always dated by the system clock, which is what clients check it by
     */
    public static FleetTrust create(CentralConfig config, DataSource dataSource, Clock clock, SecureRandom random) {
        TlsSettings tls = TlsSettings.from(config.section("tls"));
        EnrolmentSettings settings = EnrolmentSettings.from(config.section("fleet"));
        KioskCa ca = tls.caCert().isPresent()
                ? KioskCa.load(tls.caCert().get(), tls.caKey().orElseThrow(), random)
                : KioskCa.loadOrCreate(config.dataDir().resolve("kiosk-ca"), Clock.systemUTC(), random);
        return create(tls, settings, ca, dataSource, clock, random,
                opsToken(config.section("ops"), config.dataDir(), random));
    }

    /** From settings and a CA already made (tests). */
    public static FleetTrust create(TlsSettings tls, EnrolmentSettings settings, KioskCa ca, DataSource dataSource,
                                    Clock clock, SecureRandom random, String opsToken) {
        ServerTls serverTls = ServerTls.create(ca, tls.hosts(), Clock.systemUTC(), random);
        EnrolmentStore store = new EnrolmentStore(dataSource);
        Enrolment enrolment = new Enrolment(store, ca, settings, clock, random);
        return new FleetTrust(tls, settings, ca, serverTls, enrolment, store, clock, new OpsAuthenticator(opsToken));
    }

    public TlsSettings tls() {
        return tls;
    }

    public KioskCa ca() {
        return ca;
    }

    public ServerTls serverTls() {
        return serverTls;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public EnrolmentModule module() {
        return module;
    }

    public KioskCertificateCheck certificates() {
        return certificates;
    }

    public OpsAuthenticator ops() {
        return ops;
    }

    /** Central listens (at {@code tlsUrl} when it serves TLS): kiosks are told that URL; the demo sheet is written. */
    public void serving(Optional<String> tlsUrl) {
        tlsUrl.ifPresent(apiUrl::set);
        settings.demoSheet().ifPresent(this::writeDemoSheet);
    }

    private void writeDemoSheet(Path file) {
        SiteDetails site = new SiteDetails(new RegionCode("620102000000"), SiteType.GOVERNMENT_SERVICE_CENTER,
                "兰州市城关区演示路 1 号", "城关区政务服务中心（演示）", "演示值班员 0931-0000000");
        Enrolment.IssuedCode issued = enrolment.createCode(site, settings.codeValidity());
        ObjectMapper json = ApiJson.mapper();
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), ".sheet", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(module.sheet(issued)));
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TlsSetupException("Cannot write the demo enrolment sheet to " + file.toAbsolutePath() + ": "
                    + e.getMessage() + "; fix fleet.demoEnrolmentSheet or make its directory writable.", e);
        }
        LOG.info("Demo enrolment code …{} written to {} (owner-only) for the demo kiosk", issued.code().hint(),
                file.toAbsolutePath());
    }

    static String opsToken(java.util.Map<String, String> section, Path dataDir, SecureRandom random) {
        for (String key : section.keySet()) {
            if (!key.equals("token")) {
                throw new ConfigException("Configuration key 'ops." + key + "' is unknown; accepted: ops.token");
            }
        }
        String configured = section.get("token");
        if (configured != null) {
            if (configured.strip().length() < OpsAuthenticator.MIN_TOKEN_LENGTH) {
                throw new ConfigException("Configuration key 'ops.token' has " + configured.strip().length()
                        + " characters; give at least " + OpsAuthenticator.MIN_TOKEN_LENGTH
                        + " random ones (e.g. openssl rand -base64 32)");
            }
            return configured.strip();
        }
        Path file = dataDir.resolve(OPS_TOKEN_FILE);
        try {
            if (Files.exists(file)) {
                String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (token.length() < OpsAuthenticator.MIN_TOKEN_LENGTH) {
                    throw new TlsSetupException("The ops token file " + file.toAbsolutePath() + " holds "
                            + token.length() + " characters, fewer than " + OpsAuthenticator.MIN_TOKEN_LENGTH
                            + "; delete it (central writes a new one at start) or configure ops.token.");
                }
                return token;
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(dataDir);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
            LOG.info("Ops token created in {} (owner-only): send it as Authorization: Bearer <token> to /api/v1/ops",
                    file.toAbsolutePath());
            return token;
        } catch (IOException e) {
            throw new TlsSetupException("Cannot read or create the ops token file " + file.toAbsolutePath() + ": "
                    + e.getMessage() + "; configure ops.token or give central a writable --data-dir.", e);
        }
    }

    @Override
    public String toString() {
        return "FleetTrust[" + ca + ", tls port " + tls.port() + "]";
    }

}
