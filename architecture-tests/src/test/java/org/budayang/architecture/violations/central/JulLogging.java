package org.budayang.architecture.violations.central;

import java.util.logging.Logger;

/** Violates "SLF4J only". */
public final class JulLogging {
    private static final Logger LOG = Logger.getLogger(JulLogging.class.getName());

    public void started() {
        LOG.info("started");
    }
}
