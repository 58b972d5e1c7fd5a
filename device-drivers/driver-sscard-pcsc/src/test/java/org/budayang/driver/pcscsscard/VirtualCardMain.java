package org.budayang.driver.pcscsscard;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A 社保卡 in a running pcscd's vpcd reader, driven from the console (for technicians trying a kiosk without a
 * card): the commands of {@link VirtualCardConsole}, and {@code quit}. Needs pcscd running with
 * vsmartcard-vpcd; port 35963 by default ({@code --port 35964} for {@code Virtual PCD 00 01}).
 */
public final class VirtualCardMain {

    private VirtualCardMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1])
                : VirtualCardConsole.defaultPort();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (VirtualCardConsole console = VirtualCardConsole.connect(port)) {
            out.println("virtual 社保卡 (lanzhou) on vpcd port " + port + "; type help");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
                console.execute(line, out);
            }
        }
    }
}
