package com.newsletterdaily.application.port.in.archfixture.generic;

import io.helidon.http.Status;

import java.util.Optional;

/** Violation fixture: a Helidon type hidden in a generic type argument of a use case. */
public interface StatusQuery {

    Optional<Status> lastStatus(String source);
}
