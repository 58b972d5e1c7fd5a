package org.budayang.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.pcscsscard.VirtualCardConsole;

/**
 * The 社保卡 reader: the real PC/SC service (pcscd) with vsmartcard's virtual reader ({@code Virtual PCD 00 00}),
 * holding the project's virtual 社保卡 (a made-up citizen). Needs pcscd running with vsmartcard-vpcd; without them
 * the demo leaves the reader out and the kiosk does not offer 社保卡.
 */
final class SocialCardDevice implements DemoDevice {
    private static final int CONNECT_MS = 300;

    private VirtualCardConsole card;

    @Override
    public String word() {
        return "sscard";
    }

    @Override
    public String role() {
        return "socialCardReader";
    }

    @Override
    public String summary() {
        return "社保卡 reader (pcsc-sscard through pcscd, virtual card in 'Virtual PCD 00 00' on vpcd port "
                + VirtualCardConsole.defaultPort() + (card == null ? ", not started)" : ")");
    }

    @Override
    public String help() {
        return VirtualCardConsole.HELP;
    }

    @Override
    public void start() throws IOException {
        int port = VirtualCardConsole.defaultPort();
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_MS);
        } catch (IOException nobody) {
            throw new IOException("no PC/SC virtual reader listens on 127.0.0.1:" + port + " (" + nobody.getMessage()
                    + "); for the 社保卡 install pcscd and vsmartcard-vpcd (sudo apt-get install -y pcscd"
                    + " vsmartcard-vpcd) and start pcscd (sudo systemctl start pcscd, or sudo pcscd)", nobody);
        }
        card = VirtualCardConsole.connect(port);
    }

    @Override
    public Map<String, String> kioskSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "pcsc-sscard");
        settings.put("reader", "Virtual PCD 00 00");
        return settings;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        if (card == null) {
            out.println("the 社保卡 reader is not part of this demo (no pcscd with vsmartcard-vpcd)");
            return;
        }
        card.execute(command, out);
    }

    @Override
    public void close() {
        if (card != null) {
            card.close();
        }
    }
}
