package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.domain.market.DataStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The sources of one kind of data in order of preference, each behind its own guard (breaker, retries, timeout):
 * a fetch asks them in turn and takes the first answer. Keep one chain per kind for the life of the service, so
 * that its breakers remember failures across runs.
 */
public final class SourceChain<S> {

    private record Link<S>(S source, SourceGuard guard) { }

    private final String kind;
    private final List<Link<S>> links;
    private final Clock clock;

    public SourceChain(String kind, List<S> sources, Function<S, String> name, ResilienceSettings settings,
                       Clock clock, RandomGenerator random, RetryPolicy.Sleeper sleeper) {
        if (kind == null || kind.isBlank() || sources.isEmpty()) {
            throw new IllegalArgumentException("a source chain needs a kind and at least one source: " + kind);
        }
        var names = new HashSet<String>();
        this.links = sources.stream().map(s -> {
            String sourceName = name.apply(s);
            if (!names.add(sourceName)) {
                throw new IllegalArgumentException(kind + " has two sources named " + sourceName);
            }
            return new Link<>(s, new SourceGuard(sourceName, settings, clock, random, sleeper));
        }).toList();
        this.kind = kind;
        this.clock = clock;
    }

    /** A chain that jitters with its own {@link Random} and really sleeps between retries. */
    public SourceChain(String kind, List<S> sources, Function<S, String> name, ResilienceSettings settings,
                       Clock clock) {
        this(kind, sources, name, settings, clock, new Random(), RetryPolicy.Sleeper.REAL);
    }

    public String kind() {
        return kind;
    }

    public List<String> sourceNames() {
        return links.stream().map(l -> l.guard().source()).toList();
    }

    /** Asks each source in turn until one answers; every failure on the way, "circuit open" included, is collected. */
    public <T> Fetched<T> fetch(Function<S, T> call) {
        var failures = new ArrayList<SourceFailure>();
        for (int i = 0; i < links.size(); i++) {
            Link<S> link = links.get(i);
            try {
                T value = link.guard().call(() -> call.apply(link.source()));
                var status = i == 0 ? DataStatus.FRESH : DataStatus.FALLBACK;
                return new Fetched<>(Optional.of(new Fetched.Answer<>(value, link.guard().source(), status)), failures);
            } catch (SourceException e) {
                failures.add(new SourceFailure(link.guard().source(), kind, SourceGuard.reason(e), clock.instant()));
            }
        }
        return new Fetched<>(Optional.empty(), failures);
    }
}
