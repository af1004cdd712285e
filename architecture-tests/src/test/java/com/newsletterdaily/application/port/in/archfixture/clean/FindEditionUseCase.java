package com.newsletterdaily.application.port.in.archfixture.clean;

import com.newsletterdaily.domain.newsletter.Edition;

import java.time.LocalDate;
import java.util.Optional;

/** Allowed fixture: a use case speaking only domain and Java types. */
public interface FindEditionUseCase {

    Optional<Edition> find(LocalDate date) throws IllegalStateException;
}
