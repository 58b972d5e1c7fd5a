package org.budayang.architecture.violations.provisioning;

/** Violates "no printStackTrace", even in a provisioning *Main. */
public final class CrashingMain {
    private CrashingMain() {
    }

    public static void main(String[] args) {
        try {
            Integer.parseInt(args[0]);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }
}
