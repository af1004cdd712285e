package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.ConflictException;
import com.newsletterdaily.application.port.in.GenerateEditionCommand;
import com.newsletterdaily.application.port.in.IngestNewsUseCase;
import com.newsletterdaily.application.port.in.IngestReport;
import com.newsletterdaily.application.port.in.RefreshMarketDataUseCase;
import com.newsletterdaily.application.port.in.RefreshReport;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.application.port.out.SectionWriter;
import com.newsletterdaily.application.port.out.WritingUsage;
import com.newsletterdaily.application.port.out.WrittenSection;
import com.newsletterdaily.application.testing.EditionServices;
import com.newsletterdaily.application.testing.InMemoryArticleRepository;
import com.newsletterdaily.application.testing.InMemoryDistributedLock;
import com.newsletterdaily.application.testing.InMemoryEditionRepository;
import com.newsletterdaily.application.testing.InMemoryMarketDataRepository;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import com.newsletterdaily.domain.newsletter.EditionStatus;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.newsletterdaily.application.testing.EditionBuilder.anEdition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateEditionServiceTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    // 20:30 UTC on 2 December is 07:30 on 3 December in Sydney.
    private static final Instant NOW = Instant.parse("2026-12-02T20:30:00Z");
    private static final Instrument ASX = new Instrument(Symbol.of("^AXJO"), "S&P/ASX 200", AssetClass.INDEX);

    private final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    private final InMemoryDistributedLock lock = new InMemoryDistributedLock();
    private final List<SectionRequest> requests = new ArrayList<>();
    private final InMemoryMarketDataRepository marketData = new InMemoryMarketDataRepository();
    private final AtomicInteger fetches = new AtomicInteger();
    /** Stores a fresh quote of the ASX 200, as a refresh from the sources would. */
    private RefreshMarketDataUseCase refresh = () -> {
        fetches.incrementAndGet();
        marketData.saveQuotes(List.of(new Quote(ASX, new BigDecimal("8412.30"), new BigDecimal("8374.60"), "AUD",
                new Provenance("test", NOW, NOW, DataStatus.FRESH))));
        return new RefreshReport(1, 0, Map.of("quotes", DataStatus.FRESH, "crypto", DataStatus.STALE),
                List.of(new SourceFailure("coingecko", "crypto", "HTTP 429", NOW)));
    };
    private final SectionWriter writer = request -> {
        requests.add(request);
        return new WrittenSection(new Section(request.kind(), "Overview", "Summary.", "Body.", List.of()),
                new WritingUsage("fake", "fake-1", 10, 5, new BigDecimal("0.000020"), Duration.ofMillis(3), false));
    };
    private final GenerateEditionService service = service();

    @Test
    void givenNoDate_generate_writesTodayInTheNewsletterTimeZoneAndPublishes() {
        var steps = new ArrayList<String>();

        var edition = service.generate(GenerateEditionCommand.today(), steps::add);

        assertThat(edition.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(edition.status()).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(edition.publishedAt()).isEqualTo(NOW);
        assertThat(edition.section(SectionKind.MARKET_OVERVIEW)).isPresent();
        assertThat(editions.findByDate(edition.date())).contains(edition);
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.quotes()).extracting(q -> q.instrument()).containsExactly(ASX);
            assertThat(r.quotes()).extracting(q -> q.provenance().source()).containsExactly("test");
            assertThat(r.editionDate()).isEqualTo(edition.date());
        });
        assertThat(steps).first().asString().contains("2026-12-03");
        assertThat(steps).contains("Refreshing market data",
                "Market data: crypto stale, quotes fresh (1 source failures recorded)");
        assertThat(steps).last().asString().startsWith("Published");
    }

    @Test
    void givenStoredNews_generate_ingestsThenWritesTopStoriesFromTheBestRankedArticlesOfEachCategory() {
        var articles = new InMemoryArticleRepository();
        var ingests = new AtomicInteger();
        IngestNewsUseCase ingest = () -> {
            ingests.incrementAndGet();
            articles.saveNew(List.of(
                    article(NewsCategory.STOCKS, "Miners lead the ASX", "https://a.example/1", 1),
                    article(NewsCategory.STOCKS, "Banks slip", "https://a.example/2", 2),
                    article(NewsCategory.STOCKS, "Old stocks story", "https://a.example/3", 30),
                    article(NewsCategory.CRYPTO, "Bitcoin steady", "https://c.example/1", 1),
                    article(NewsCategory.ECONOMY, "Last week's rates story", "https://e.example/1", 24 * 7)));
            return new IngestReport(5, 5, 0, List.of());
        };
        var generate = new GenerateEditionService(EditionServices.sources(refresh, ingest, marketData, articles),
                EditionServices.plan(List.of(ASX), SYDNEY), writer, editions, lock, Clock.fixed(NOW, SYDNEY));
        var steps = new ArrayList<String>();

        var edition = generate.generate(GenerateEditionCommand.today(), steps::add);

        assertThat(ingests).hasValue(1);
        assertThat(edition.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.MARKET_OVERVIEW, SectionKind.TOP_STORIES);
        assertThat(requests).last().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(SectionKind.TOP_STORIES);
            assertThat(r.quotes()).isEmpty();
            assertThat(r.articles()).extracting(Article::title)
                    .containsExactly("Miners lead the ASX", "Banks slip", "Bitcoin steady");
        });
        assertThat(steps).contains("Reading the news feeds", "News: 5 items read, 5 new", "Selected 3 top stories");
    }

    @Test
    void givenNoNews_generate_writesOnlyTheMarketOverview() {
        var edition = service.generate(GenerateEditionCommand.today(), step -> { });

        assertThat(edition.sections()).extracting(Section::kind).containsExactly(SectionKind.MARKET_OVERVIEW);
    }

    private static Article article(NewsCategory category, String title, String url, int hoursOld) {
        return new Article(category, title, "", java.net.URI.create(url), "Feed",
                NOW.minus(Duration.ofHours(hoursOld)));
    }

    @Test
    void givenAlreadyPublished_generate_returnsItWithoutFetchingOrWriting() {
        var published = anEdition().publishedOn(LocalDate.of(2026, 12, 1)).build();
        editions.save(published);

        var edition = service.generate(GenerateEditionCommand.forDate(published.date()), s -> { });

        assertThat(edition).isEqualTo(published);
        assertThat(fetches).hasValue(0);
        assertThat(requests).isEmpty();
    }

    @Test
    void givenAlreadyPublishedAndForced_generate_writesItAgain() {
        var date = LocalDate.of(2026, 12, 1);
        editions.save(anEdition().publishedOn(date).build());

        var edition = service.generate(GenerateEditionCommand.forDate(date).forced(), s -> { });

        assertThat(edition.section(SectionKind.MARKET_OVERVIEW)).get().extracting(Section::title)
                .isEqualTo("Overview");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void givenDraftLeftByACrash_generate_regeneratesAndPublishes() {
        var date = LocalDate.of(2026, 12, 1);
        editions.save(anEdition().on(date).build());

        var edition = service.generate(GenerateEditionCommand.forDate(date), s -> { });

        assertThat(edition.isPublished()).isTrue();
        assertThat(editions.findByDate(date)).contains(edition);
    }

    @Test
    void givenAnotherInstanceGenerating_generate_rejectsWithConflictAndWritesNothing() {
        var date = LocalDate.of(2026, 12, 1);
        lock.holdElsewhere("edition:" + date);

        assertThatThrownBy(() -> service.generate(GenerateEditionCommand.forDate(date), s -> { }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2026-12-01");
        assertThat(editions.findByDate(date)).isEmpty();
    }

    @Test
    void givenAnotherInstanceRefreshingMarketData_generate_usesTheStoredQuotes() {
        marketData.saveQuotes(List.of(new Quote(ASX, new BigDecimal("8400.00"), new BigDecimal("8374.60"), "AUD",
                new Provenance("yahoo", NOW.minusSeconds(3600), NOW.minusSeconds(3600), DataStatus.FRESH))));
        refresh = () -> new RefreshReport(0, 0, Map.of(), List.of());
        var steps = new ArrayList<String>();

        var edition = service().generate(GenerateEditionCommand.today(), steps::add);

        assertThat(edition.isPublished()).isTrue();
        assertThat(requests).singleElement().satisfies(r -> assertThat(r.quotes()).singleElement()
                .satisfies(q -> assertThat(q.provenance().source()).isEqualTo("yahoo")));
        assertThat(steps).contains("Market data: another instance is refreshing; using the stored values");
    }

    @Test
    void givenRefreshBreaks_generate_stillPublishesFromTheStoredQuotes() {
        refresh = () -> {
            throw new IllegalStateException("database unavailable");
        };
        var steps = new ArrayList<String>();

        var edition = service().generate(GenerateEditionCommand.today(), steps::add);

        assertThat(edition.isPublished()).isTrue();
        assertThat(requests).singleElement().satisfies(r -> assertThat(r.quotes()).isEmpty());
        assertThat(steps).anyMatch(s -> s.contains("refresh failed (database unavailable)"));
    }

    private GenerateEditionService service() {
        return new GenerateEditionService(EditionServices.sources(() -> refresh.refresh(), marketData),
                EditionServices.plan(List.of(ASX), SYDNEY), writer, editions, lock, Clock.fixed(NOW, SYDNEY));
    }
}
