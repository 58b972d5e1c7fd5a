package org.budayang.provisioning.doctor;

import java.util.Objects;
import org.budayang.provisioning.Messages;

/** The Java runtime must be 17 or newer. */
public final class JavaVersionCheck implements Check {
    public static final String ID = "java";
    static final int REQUIRED_FEATURE = 17;
    static final String FIX = "apt-get install openjdk-17-jdk-headless";

    private final Runtime.Version version;
    private final String javaHome;
    private final Messages messages;

    /**
     * @param version  the version to judge, e.g. {@link Runtime#version()}
     * @param javaHome where that runtime lives, for the detail
     */
    public JavaVersionCheck(Runtime.Version version, String javaHome, Messages messages) {
        this.version = Objects.requireNonNull(version, "version");
        this.javaHome = Objects.requireNonNull(javaHome, "javaHome");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        String detail = "java.version " + version + " at " + javaHome + "; required feature release >= "
                + REQUIRED_FEATURE;
        if (version.feature() >= REQUIRED_FEATURE) {
            return CheckResult.ok(ID, messages.get("java.ok", version.toString()), detail);
        }
        return CheckResult.fail(ID, messages.get("java.old", version.toString()), detail, FIX);
    }
}
