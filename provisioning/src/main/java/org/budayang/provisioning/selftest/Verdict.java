package org.budayang.provisioning.selftest;

/** A role's self-test result. */
public enum Verdict {
    PASS, FAIL
}
