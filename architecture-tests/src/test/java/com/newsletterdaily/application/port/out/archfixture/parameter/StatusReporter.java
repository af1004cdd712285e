package com.newsletterdaily.application.port.out.archfixture.parameter;

import io.helidon.http.Status;

/** Violation fixture: a Helidon type as a port method parameter. */
public interface StatusReporter {

    void report(String source, Status status);
}
