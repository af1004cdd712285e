package com.newsletterdaily.bootstrap;

import java.util.logging.LogManager;

/**
 * A JUL log manager that keeps logging while the service's own shutdown hook runs. The JDK's manager resets
 * itself in a shutdown hook of its own, which would silence the log lines of an orderly stop.
 */
public final class ShutdownSafeLogManager extends LogManager {

    private static volatile boolean released;

    /**
     * The class name to set as {@code java.util.logging.manager} before anything touches java.util.logging. A
     * constant expression, so reading it does not load this class, which would initialise the JDK's manager first.
     */
    static final String NAME = "com.newsletterdaily.bootstrap.ShutdownSafeLogManager";

    @Override
    public void reset() {
        if (released || !(LogManager.getLogManager() instanceof ShutdownSafeLogManager)) {
            super.reset();
        }
    }

    /** Lets the next reset through, at the very end of the service's shutdown. */
    static void release() {
        released = true;
        if (LogManager.getLogManager() instanceof ShutdownSafeLogManager manager) {
            manager.reset();
        }
    }
}
