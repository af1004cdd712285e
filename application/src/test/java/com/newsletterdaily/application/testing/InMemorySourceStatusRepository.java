package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SourceStatusRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Source failures in a list, for service tests. */
public final class InMemorySourceStatusRepository implements SourceStatusRepository {

    private final List<SourceFailure> failures = new ArrayList<>();

    @Override
    public synchronized void recordFailure(SourceFailure failure) {
        failures.add(failure);
    }

    @Override
    public synchronized List<SourceFailure> recentFailures(int limit) {
        return failures.stream().sorted(Comparator.comparing(SourceFailure::at).reversed()).limit(limit).toList();
    }
}
