package com.newsletterdaily.application.port.out;

/**
 * A data source could not deliver: unreachable, too slow, refusing, or answering something unusable. The reason is
 * short and readable, because it is recorded per source; {@code retryable} says whether trying again may help.
 */
public class SourceException extends RuntimeException {

    private final String source;
    private final boolean retryable;

    public SourceException(String source, String reason, boolean retryable, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.retryable = retryable;
    }

    public SourceException(String source, String reason, boolean retryable) {
        this(source, reason, retryable, null);
    }

    public String source() {
        return source;
    }

    public boolean retryable() {
        return retryable;
    }
}
