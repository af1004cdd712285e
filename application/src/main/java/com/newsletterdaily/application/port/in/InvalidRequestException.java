package com.newsletterdaily.application.port.in;

/** The request itself is malformed or out of range. */
public final class InvalidRequestException extends UseCaseException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
