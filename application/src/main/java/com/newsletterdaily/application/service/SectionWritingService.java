package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.BudgetAlerts;
import com.newsletterdaily.application.port.out.Cache;
import com.newsletterdaily.application.port.out.CostLedger;
import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.application.port.out.SectionWriter;
import com.newsletterdaily.application.port.out.WritingUsage;
import com.newsletterdaily.application.port.out.WrittenSection;
import com.newsletterdaily.domain.newsletter.Section;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a section down the configured chain of providers, which always ends with the offline writer. Per provider:
 * a cached answer if there is one, else (within budget for a paid provider) a guarded call whose draft is cleaned
 * and fact-checked; a draft that fails the check is regenerated once by the same provider, and if it fails again
 * the offline writer writes the section. A provider that fails or is skipped hands over to the next one.
 * Every call, cache hits and failures included, goes to the cost ledger.
 */
public final class SectionWritingService implements SectionWriter {

    private static final System.Logger LOG = System.getLogger(SectionWritingService.class.getName());

    private final WritingSettings settings;
    private final Map<String, GuardedModel> providers = new LinkedHashMap<>();
    private final ModelChoice offline;
    private final SectionCache cache;
    private final CostLedger ledger;
    private final BudgetGuard budget;
    private final Clock clock;

    /**
     * @param offline the offline writer, free and last in every chain (a chain naming it elsewhere has it moved there)
     * @param sleeper waits between retries; tests pass one that records instead of sleeping
     * @throws IllegalArgumentException when a chain names a provider that is not among the settings' models
     */
    public SectionWritingService(WritingSettings settings, LanguageModel offline, Cache cache, CostLedger ledger,
                                 BudgetAlerts alerts, Clock clock, RetryPolicy.Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.offline = ModelChoice.free(offline);
        this.cache = new SectionCache(cache, settings.cacheTtl(), settings.promptVersion());
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.budget = new BudgetGuard(settings.budgets(), ledger, alerts, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
        for (ModelChoice choice : settings.models()) {
            if (!choice.name().equals(offline.provider())) {
                providers.put(choice.name(), new GuardedModel(choice, settings.reliability(), this::record, clock,
                        sleeper));
            }
        }
        var chains = new ArrayList<>(settings.chainsByKind().values());
        chains.add(settings.chain());
        chains.stream().flatMap(List::stream)
                .filter(name -> !providers.containsKey(name) && !name.equals(offline.provider()))
                .findFirst().ifPresent(name -> {
                    throw new IllegalArgumentException("the writing chain names an unknown provider: " + name
                            + " (known: " + providers.keySet() + ", " + offline.provider() + ")");
                });
    }

    public SectionWritingService(WritingSettings settings, LanguageModel offline, Cache cache, CostLedger ledger,
                                 BudgetAlerts alerts, Clock clock) {
        this(settings, offline, cache, ledger, alerts, clock, RetryPolicy.Sleeper.REAL);
    }

    @Override
    public WrittenSection write(SectionRequest request) {
        for (String name : settings.chainFor(request.kind())) {
            var provider = providers.get(name);
            if (provider != null) {
                var written = tryProvider(provider, request);
                if (written.isPresent()) {
                    return written.get();
                }
            }
        }
        return writeOffline(request);
    }

    /** The provider's section; empty to go on down the chain. A draft failing its checks twice ends at offline. */
    private Optional<WrittenSection> tryProvider(GuardedModel provider, SectionRequest request) {
        var choice = provider.choice();
        var cached = cache.get(choice, request).map(section -> SectionGate.check(section, request))
                .filter(SectionGate::passed);
        if (cached.isPresent()) {
            record(call(choice, request, clock.instant(), 0, 0, Duration.ZERO, true, null));
            return Optional.of(new WrittenSection(cached.get(), new WritingUsage(choice.name(), choice.model().model(),
                    0, 0, BigDecimal.ZERO, Duration.ZERO, true)));
        }
        for (int round = 1; round <= 2; round++) {
            if (!choice.isFree() && !budget.allowsPaidCall()) {
                LOG.log(System.Logger.Level.INFO, "Budget reached: skipping " + choice.name());
                return round == 1 ? Optional.empty() : Optional.of(writeOffline(request));
            }
            Instant start = clock.instant();
            Optional<Draft> draft = provider.write(request);
            if (draft.isEmpty()) {
                return round == 1 ? Optional.empty() : Optional.of(writeOffline(request));
            }
            var checked = SectionGate.check(draft.get().section(), request);
            var usage = usage(choice, draft.get(), false);
            record(call(choice, request, start, usage, failure(checked)));
            if (SectionGate.passed(checked)) {
                cache.put(choice, request, checked.withFactCheck(null));
                return Optional.of(new WrittenSection(checked, usage));
            }
            LOG.log(System.Logger.Level.WARNING, choice.name() + " wrote " + request.kind() + " for "
                    + request.editionDate() + (round == 1 ? " failing its checks; regenerating: " : " failing its "
                    + "checks again; the offline writer takes over: ") + checked.factCheck().mismatches());
        }
        return Optional.of(writeOffline(request));
    }

    /** The offline writer's section, checked too; one failing its checks is kept with its failed verdict. */
    private WrittenSection writeOffline(SectionRequest request) {
        Instant start = clock.instant();
        var draft = offline.model().write(request);
        var checked = SectionGate.check(draft.section(), request);
        var usage = usage(offline, draft, false);
        record(call(offline, request, start, usage, failure(checked)));
        if (!SectionGate.passed(checked)) {
            LOG.log(System.Logger.Level.WARNING, "The offline writer's " + request.kind() + " for "
                    + request.editionDate() + " fails its checks; keeping it with the failed verdict: "
                    + checked.factCheck().mismatches());
        }
        return new WrittenSection(checked, usage);
    }

    private static WritingUsage usage(ModelChoice choice, Draft draft, boolean cacheHit) {
        return new WritingUsage(choice.name(), choice.model().model(), draft.inputTokens(), draft.outputTokens(),
                choice.cost(draft.inputTokens(), draft.outputTokens()), draft.latency(), cacheHit);
    }

    private static String failure(Section checked) {
        return SectionGate.passed(checked) ? null : "failed checks: " + String.join("; ",
                checked.factCheck().mismatches());
    }

    private static ModelCall call(ModelChoice choice, SectionRequest request, Instant at, WritingUsage usage,
                                  String failure) {
        return new ModelCall(at, choice.name(), choice.model().model(), usage.inputTokens(), usage.outputTokens(),
                usage.cost(), usage.latency(), usage.cacheHit(), failure == null, failure, request.editionDate(),
                request.kind());
    }

    private static ModelCall call(ModelChoice choice, SectionRequest request, Instant at, int in, int out,
                                  Duration latency, boolean cacheHit, String failure) {
        return call(choice, request, at, new WritingUsage(choice.name(), choice.model().model(), in, out,
                choice.cost(in, out), latency, cacheHit), failure);
    }

    /** Records a call; a ledger that cannot record loses the line but does not stop the writing. */
    private void record(ModelCall call) {
        try {
            ledger.record(call);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot record a model call of " + call.provider() + ": " + e);
        }
    }
}
