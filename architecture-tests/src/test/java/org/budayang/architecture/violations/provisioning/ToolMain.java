package org.budayang.architecture.violations.provisioning;

import java.io.PrintStream;

/** Clean: a provisioning *Main may write to the console and end the JVM. */
public final class ToolMain {
    private ToolMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        out.println("ok");
        System.err.flush();
        System.exit(0);
    }
}
