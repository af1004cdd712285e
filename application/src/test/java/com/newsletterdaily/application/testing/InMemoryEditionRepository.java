package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.EditionRepository;
import com.newsletterdaily.domain.newsletter.Edition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** An edition repository in a map, for service tests; it passes the same contract as the real one. */
public final class InMemoryEditionRepository implements EditionRepository {

    private final ConcurrentMap<LocalDate, Edition> editions = new ConcurrentHashMap<>();

    @Override
    public Optional<Edition> findByDate(LocalDate date) {
        return Optional.ofNullable(editions.get(date));
    }

    @Override
    public Optional<Edition> findLatestPublished() {
        return editions.values().stream().filter(Edition::isPublished).max(Comparator.comparing(Edition::date));
    }

    @Override
    public void save(Edition edition) {
        editions.put(edition.date(), edition);
    }
}
