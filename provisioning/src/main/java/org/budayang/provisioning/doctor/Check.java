package org.budayang.provisioning.doctor;

/** One thing the doctor checks on this machine. */
public interface Check {

    /** A stable id, e.g. {@code cjk-font}; its display name is the message {@code check.<id>.name}. */
    String id();

    /** Looks at the machine and says what it found. Expected trouble is a result, not an exception. */
    CheckResult run();
}
