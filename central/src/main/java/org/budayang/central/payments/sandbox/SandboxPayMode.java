package org.budayang.central.payments.sandbox;

/** How the sandbox payment provider answers central's calls (the phone page always works). */
public enum SandboxPayMode {
    /** answers at once */
    NORMAL,
    /** every call fails with PROVIDER_ERROR */
    FAILING,
    /** every call waits, then fails with PROVIDER_TIMEOUT (as a client timeout would) */
    TIMEOUT
}
