package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.newsletter.Section;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A scripted writing provider for tests: by default it writes correct prose from the quotes under the title
 * "Market overview by &lt;provider&gt;"; queued failures come first, and it counts its calls.
 */
public final class FakeLanguageModel implements LanguageModel {

    private final String provider;
    private final Deque<ModelException> queuedFailures = new ArrayDeque<>();
    private final List<SectionRequest> requests = new ArrayList<>();
    private Function<SectionRequest, Section> answer;
    private ModelException permanentFailure;
    private int inputTokens = 100;
    private int outputTokens = 50;

    public FakeLanguageModel(String provider) {
        this.provider = provider;
        this.answer = request -> factual(request, "Market overview by " + provider);
    }

    /** The offline writer's stand-in: free, never failing, correct. */
    public static FakeLanguageModel offline() {
        return new FakeLanguageModel("offline").usingTokens(0, 0);
    }

    /** Correct prose from the request's quotes: "S&amp;P/ASX 200 rose 0.45%." for each. */
    public static Section factual(SectionRequest request, String title) {
        var sentences = request.quotes().stream().map(FakeLanguageModel::sentence).toList();
        var body = sentences.isEmpty() ? "No market data was available." : String.join("\n", sentences);
        return new Section(request.kind(), title, sentences.isEmpty() ? body : sentences.getFirst(), body,
                List.of("Instruments followed: " + request.quotes().size()));
    }

    private static String sentence(Quote quote) {
        var change = quote.changePercent().abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        return switch (quote.direction()) {
            case UP -> quote.instrument().name() + " rose " + change + "%.";
            case DOWN -> quote.instrument().name() + " fell " + change + "%.";
            case FLAT -> quote.instrument().name() + " was unchanged.";
        };
    }

    public FakeLanguageModel writing(Function<SectionRequest, Section> answer) {
        this.answer = answer;
        return this;
    }

    public FakeLanguageModel usingTokens(int inputTokens, int outputTokens) {
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
        return this;
    }

    /** The next call fails with this kind, after waiting as the provider asks ({@code null}: no Retry-After). */
    public FakeLanguageModel thenFail(ModelException.Kind kind, Duration retryAfter) {
        queuedFailures.add(new ModelException(provider, kind, "scripted " + kind, retryAfter, null));
        return this;
    }

    public FakeLanguageModel thenFail(ModelException.Kind kind) {
        return thenFail(kind, null);
    }

    public FakeLanguageModel alwaysFail(ModelException.Kind kind) {
        permanentFailure = new ModelException(provider, kind, "scripted " + kind);
        return this;
    }

    public int calls() {
        return requests.size();
    }

    public List<SectionRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String model() {
        return provider + "-model";
    }

    @Override
    public synchronized Draft write(SectionRequest request) {
        requests.add(request);
        if (!queuedFailures.isEmpty()) {
            throw queuedFailures.poll();
        }
        if (permanentFailure != null) {
            throw permanentFailure;
        }
        return new Draft(answer.apply(request), inputTokens, outputTokens, Duration.ofMillis(40));
    }
}
