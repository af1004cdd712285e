package com.newsletterdaily.application.port.in;

/** The thing asked for does not exist (yet). */
public final class NotFoundException extends UseCaseException {

    public NotFoundException(String message) {
        super(message);
    }
}
