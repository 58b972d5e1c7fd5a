package org.budayang.kiosk;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.budayang.kiosk.catalog.CentralClient;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;
import org.budayang.kiosk.service.CentralApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this kiosk reaches central, decided once at start (decision 0014): enrolled (credentials in
 * {@code <data.dir>/fleet}) it calls the credentials' {@code apiUrl} over mutual TLS with its certificate, for the
 * catalogue, the desk and the fleet alike, and adds no header; not enrolled it calls the configured URL with no
 * credentials (the public catalogue works, department calls answer 401 until the kiosk is enrolled: technician panel
 * or {@code provisioning enrol --code}). {@link #scheduleRenewal} checks daily whether the certificate is due for renewal.
 *
 * @param apiUrl      where the catalogue and the desk call
 * @param credentials the enrolment's credentials, or null when the kiosk is not enrolled
 */
public record CentralLink(URI apiUrl, KioskCredentials credentials) {
    /** The folder under data.dir that holds the kiosk's enrolment. */
    public static final String FLEET_DIR = "fleet";
    /** How often the certificate's remaining validity is checked. */
    public static final Duration RENEWAL_CHECK = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(CentralLink.class);

    public CentralLink {
        Objects.requireNonNull(apiUrl, "CentralLink.apiUrl");
    }

    /**
     * The link of a kiosk with data under {@code dataDir}: mutual TLS when enrolled there, else {@code configured}.
     *
     * @throws EnrolmentException {@code KEYSTORE_UNUSABLE} when stored credentials cannot be read
     */
    public static CentralLink of(Path dataDir, URI configured) {
        Optional<KioskCredentials> enrolled = KioskCredentials.load(dataDir.resolve(FLEET_DIR));
        return enrolled.map(c -> new CentralLink(c.apiUrl(), c)).orElseGet(() -> new CentralLink(configured, null));
    }

    public boolean mutualTls() {
        return credentials != null;
    }

    /** The catalogue's client: over mutual TLS when enrolled. */
    public CentralClient catalogClient() {
        return mutualTls() ? new CentralClient(MutualTlsHttpClients.create(credentials), apiUrl)
                : new CentralClient(apiUrl);
    }

    /** The desk's API: over mutual TLS when enrolled, else without credentials (central answers 401). */
    public CentralApi deskApi() {
        return mutualTls() ? CentralApi.mutualTls(credentials) : new CentralApi(apiUrl);
    }

    /** Checks daily (first after a minute) whether the certificate is due and renews it; not when not enrolled. */
    public void scheduleRenewal(Path dataDir, Clock clock, ScheduledExecutorService timer) {
        if (!mutualTls()) {
            return;
        }
        KioskEnrolment enrolment = new KioskEnrolment(dataDir.resolve(FLEET_DIR), clock, new SecureRandom());
        timer.scheduleWithFixedDelay(() -> renewIfDue(enrolment), 60, RENEWAL_CHECK.toSeconds(), TimeUnit.SECONDS);
    }

    private void renewIfDue(KioskEnrolment enrolment) {
        try {
            enrolment.renewIfDue().ifPresent(renewed -> LOG.info("Kiosk {} renewed its certificate (until {}); the"
                    + " running clients keep the current one, still valid, until the kiosk restarts",
                    renewed.kioskId(), renewed.certificate().getNotAfter().toInstant()));
        } catch (EnrolmentException e) {
            LOG.warn("Kiosk {} could not renew its certificate (expires {}): {}; tried again in {} h",
                    credentials.kioskId(), credentials.certificate().getNotAfter().toInstant(), e.getMessage(),
                    RENEWAL_CHECK.toHours());
        }
    }

    @Override
    public String toString() {
        return "CentralLink[" + apiUrl + (mutualTls() ? ", mutual TLS as " + credentials.kioskId() : "") + "]";
    }
}
