package org.budayang.central.fleet.tls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.central.config.ConfigException;

/**
 * Configuration section {@code tls}: {@code tls.port} (0..65535, default 0 = any free port; production sets
 * e.g. 8443), {@code tls.hosts} (comma-separated names and addresses of central's server certificate,
 * default {@code localhost,127.0.0.1}), {@code tls.caCert} + {@code tls.caKey} (a PEM certificate and PKCS#8
 * key of the kiosk CA; default: created in {@code <data-dir>/kiosk-ca}) and {@code tls.publicUrl} (the
 * https URL kiosks reach central's TLS port at, default {@code https://<host>:<tls port>}).
 */
public record TlsSettings(int port, List<String> hosts, Optional<Path> caCert, Optional<Path> caKey,
                          Optional<String> publicUrl) {
    public static final List<String> DEFAULT_HOSTS = List.of("localhost", "127.0.0.1");

    public TlsSettings {
        if (port < 0 || port > 65535) {
            throw new ConfigException("Configuration key 'tls.port' has the value " + port + "; expected 0..65535 "
                    + "(0 = any free port)");
        }
        hosts = List.copyOf(hosts);
        caCert = caCert == null ? Optional.empty() : caCert;
        caKey = caKey == null ? Optional.empty() : caKey;
        publicUrl = publicUrl == null ? Optional.empty() : publicUrl;
        if (caCert.isPresent() != caKey.isPresent()) {
            throw new ConfigException("Configuration keys 'tls.caCert' and 'tls.caKey' go together: "
                    + (caCert.isPresent() ? "tls.caKey" : "tls.caCert") + " is missing. Give both files of the "
                    + "kiosk CA, or neither (central then keeps its own CA in <data-dir>/kiosk-ca).");
        }
    }

    public static TlsSettings from(Map<String, String> section) {
        int port = 0;
        List<String> hosts = DEFAULT_HOSTS;
        Path cert = null;
        Path key = null;
        String url = null;
        for (Map.Entry<String, String> entry : section.entrySet()) {
            String value = entry.getValue().strip();
            switch (entry.getKey()) {
                case "port" -> port = port(value);
                case "hosts" -> hosts = hosts(value);
                case "caCert" -> cert = Path.of(value);
                case "caKey" -> key = Path.of(value);
                case "publicUrl" -> url = publicUrl(value);
                default -> throw new ConfigException("Configuration key 'tls." + entry.getKey() + "' is unknown; "
                        + "accepted: tls.port, tls.hosts, tls.caCert, tls.caKey, tls.publicUrl");
            }
        }
        return new TlsSettings(port, hosts, Optional.ofNullable(cert), Optional.ofNullable(key),
                Optional.ofNullable(url));
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException("Configuration key 'tls.port' has the value '" + text + "'; expected a port "
                    + "0..65535 (0 = any free port)", e);
        }
    }

    private static List<String> hosts(String text) {
        List<String> hosts = new ArrayList<>();
        for (String host : text.split(",")) {
            String stripped = host.strip();
            if (!stripped.matches("[A-Za-z0-9.:-]{1,253}")) {
                throw new ConfigException("Configuration key 'tls.hosts' has the entry '" + stripped + "', which is "
                        + "no host name or IP address; e.g. tls.hosts=central.example.gov.cn,localhost,127.0.0.1");
            }
            hosts.add(stripped);
        }
        return hosts;
    }

    private static String publicUrl(String text) {
        if (!text.matches("https://[^/\\s]+(:[0-9]{1,5})?") && !text.matches("https://\\[[0-9a-fA-F:]+\\](:[0-9]{1,5})?")) {
            throw new ConfigException("Configuration key 'tls.publicUrl' has the value '" + text + "'; expected "
                    + "https://host:port without a path, e.g. https://central.example.gov.cn:8443");
        }
        return text;
    }
}
