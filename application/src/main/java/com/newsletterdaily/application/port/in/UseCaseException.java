package com.newsletterdaily.application.port.in;

/**
 * A request a use case rejects. The HTTP adapter maps each kind once to its problem-details status, so a
 * business rejection never answers 200.
 */
public abstract sealed class UseCaseException extends RuntimeException
        permits NotFoundException, InvalidRequestException, ConflictException {

    protected UseCaseException(String message) {
        super(message);
    }
}
