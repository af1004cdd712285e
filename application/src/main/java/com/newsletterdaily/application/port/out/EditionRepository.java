package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.newsletter.Edition;

import java.time.LocalDate;
import java.util.Optional;

/** Stores editions with their sections; saving an edition replaces the stored one of its date atomically. */
public interface EditionRepository {

    Optional<Edition> findByDate(LocalDate date);

    Optional<Edition> findLatestPublished();

    void save(Edition edition);
}
