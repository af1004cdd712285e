package com.newsletterdaily.application.port.in;

/** The request collides with work in progress or with the current state, e.g. an edition being generated. */
public final class ConflictException extends UseCaseException {

    public ConflictException(String message) {
        super(message);
    }
}
