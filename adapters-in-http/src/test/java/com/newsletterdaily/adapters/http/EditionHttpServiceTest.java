package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.service.GetEditionService;
import com.newsletterdaily.application.service.GetSpendService;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.application.testing.InMemoryCache;
import com.newsletterdaily.application.testing.InMemoryCostLedger;
import com.newsletterdaily.application.testing.InMemoryEditionRepository;
import com.newsletterdaily.domain.newsletter.CheckedFact;
import com.newsletterdaily.domain.newsletter.Disclaimer;
import com.newsletterdaily.domain.newsletter.FactCheckVerdict;
import com.newsletterdaily.domain.newsletter.SectionKind;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.newsletterdaily.application.testing.EditionBuilder.aSection;
import static com.newsletterdaily.application.testing.EditionBuilder.anEdition;
import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class EditionHttpServiceTest {

    private static final InMemoryEditionRepository EDITIONS = new InMemoryEditionRepository();
    private static final InMemoryCache CACHE = new InMemoryCache();
    private static final InMemoryCostLedger LEDGER = new InMemoryCostLedger();

    private final Http1Client client;

    EditionHttpServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ApiRoutes.register(routing, new ApiRoutes.Dependencies(new GetEditionService(EDITIONS), CACHE,
                Duration.ofMillis(200), new GetSpendService(LEDGER, ZoneOffset.UTC)));
    }

    @BeforeEach
    void publishMonday() {
        EDITIONS.save(anEdition().publishedOn(LocalDate.of(2026, 11, 30)).build());
    }

    @Test
    void givenPublishedEdition_getByDate_answersItsJson() {
        try (var res = client.get("/api/v1/editions/2026-11-30").request()) {
            assertThat(res.status()).isEqualTo(Status.OK_200);
            assertThat(res.headers().get(HeaderNames.CONTENT_TYPE).get()).isEqualTo("application/json");
            var body = res.as(String.class);
            assertThat(body).contains("\"date\":\"2026-11-30\"", "\"status\":\"published\"",
                    "\"kind\":\"market-overview\"", "\"title\":\"Market overview\"", "\"keyPoints\":[\"First point\"",
                    "\"publishedAt\":\"2026-11-30T06:00:00Z\"",
                    "\"disclaimer\":\"" + Disclaimer.DISCLAIMER + "\"");
            assertThat(body).as("an unchecked section has no factCheck").doesNotContain("factCheck");
        }
    }

    @Test
    void givenSectionWithFailedVerdict_getByDate_showsItsFactCheck() {
        var verdict = new FactCheckVerdict(false, List.of(new CheckedFact("0.45%", CheckedFact.PERCENT, true, "x"),
                new CheckedFact("9.99%", CheckedFact.PERCENT, false, "")), List.of("'9.99%' matches no data value"));
        EDITIONS.save(anEdition().publishedOn(LocalDate.of(2026, 11, 27))
                .with(aSection(SectionKind.MARKET_OVERVIEW).withFactCheck(verdict)).build());

        try (var res = client.get("/api/v1/editions/2026-11-27").request()) {
            assertThat(res.as(String.class)).contains("\"factCheck\":{\"passed\":false,\"checked\":2,"
                    + "\"mismatches\":[\"'9.99%' matches no data value\"]}");
        }
    }

    @Test
    void givenModelCalls_getSpend_answersPerDayAndPerEdition() {
        LEDGER.record(new ModelCall(Instant.parse("2026-11-29T20:00:00Z"), "openai", "gpt-4.1-mini", 100, 50,
                new BigDecimal("0.000300"), Duration.ofMillis(900), false, true, null, LocalDate.of(2026, 11, 30),
                SectionKind.MARKET_OVERVIEW));

        try (var res = client.get("/api/v1/spend").queryParam("from", "2026-11-29").queryParam("to", "2026-11-30")
                .request()) {
            assertThat(res.status()).isEqualTo(Status.OK_200);
            assertThat(res.as(String.class)).contains("\"currency\":\"USD\"", "\"total\":0.000300",
                    "{\"date\":\"2026-11-29\",\"spent\":0.000300,\"calls\":1}",
                    "{\"date\":\"2026-11-30\",\"spent\":0.000000,\"calls\":0}",
                    "\"editions\":[{\"editionDate\":\"2026-11-30\",\"spent\":0.000300}]");
        }
    }

    @Test
    void givenMissingOrBadOrReversedDates_getSpend_answers400ProblemDetails() {
        var queries = List.of(List.<String>of(), List.of("from", "2026-11-29"),
                List.of("from", "yesterday", "to", "2026-11-30"), List.of("from", "2026-11-30", "to", "2026-11-01"),
                List.of("from", "2026-01-01", "to", "2026-12-31"));
        for (var query : queries) {
            var request = client.get("/api/v1/spend");
            for (int i = 0; i < query.size(); i += 2) {
                request.queryParam(query.get(i), query.get(i + 1));
            }
            try (var res = request.request()) {
                assertThat(res.status()).as(query.toString()).isEqualTo(Status.BAD_REQUEST_400);
                assertThat(res.headers().get(HeaderNames.CONTENT_TYPE).get()).isEqualTo("application/problem+json");
            }
        }
    }

    @Test
    void givenPublishedEdition_getLatest_answersIt() {
        try (var res = client.get("/api/v1/editions/latest").request()) {
            assertThat(res.status()).isEqualTo(Status.OK_200);
            assertThat(res.as(String.class)).contains("\"date\":\"2026-11-30\"");
        }
    }

    @Test
    void givenDateWithoutEdition_get_answers404ProblemDetails() {
        try (var res = client.get("/api/v1/editions/1999-01-01").request()) {
            assertThat(res.status()).isEqualTo(Status.NOT_FOUND_404);
            assertThat(res.headers().get(HeaderNames.CONTENT_TYPE).get()).isEqualTo("application/problem+json");
            assertThat(res.as(String.class)).contains("\"status\":404", "\"title\":\"Not Found\"",
                    "no edition was published for 1999-01-01", "\"instance\":\"/api/v1/editions/1999-01-01\"");
        }
    }

    @Test
    void givenMalformedDate_get_answers400ProblemDetails() {
        for (var bad : new String[]{"2026-13-01", "yesterday", "2026-02-30", "20261201"}) {
            try (var res = client.get("/api/v1/editions/" + bad).request()) {
                assertThat(res.status()).as(bad).isEqualTo(Status.BAD_REQUEST_400);
                assertThat(res.headers().get(HeaderNames.CONTENT_TYPE).get()).isEqualTo("application/problem+json");
                assertThat(res.as(String.class)).contains("\"status\":400", "is not a date");
            }
        }
    }

    @Test
    void givenUnknownApiPath_get_answers404ProblemDetails() {
        try (var res = client.get("/api/v1/nothing-here").request()) {
            assertThat(res.status()).isEqualTo(Status.NOT_FOUND_404);
            assertThat(res.headers().get(HeaderNames.CONTENT_TYPE).get()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void givenCachedResponse_getAgain_isServedFromTheCache() {
        try (var first = client.get("/api/v1/editions/2026-11-30").request()) {
            assertThat(first.status()).isEqualTo(Status.OK_200);
        }
        int hitsBefore = CACHE.hits();

        try (var second = client.get("/api/v1/editions/2026-11-30").request()) {
            assertThat(second.as(String.class)).contains("\"date\":\"2026-11-30\"");
        }

        assertThat(CACHE.hits()).isEqualTo(hitsBefore + 1);
    }

    @Test
    void givenWrongMethod_request_answers405ProblemDetailsWithAllow() {
        try (var res = client.post("/api/v1/editions/latest").submit("{}")) {
            assertThat(res.status()).isEqualTo(Status.METHOD_NOT_ALLOWED_405);
            assertThat(res.headers().get(HeaderNames.ALLOW).get()).isEqualTo("GET");
            assertThat(res.headers().get(HeaderNames.CONTENT_TYPE).get()).isEqualTo("application/problem+json");
            assertThat(res.as(String.class)).contains("\"status\":405", "POST is not supported here; use GET");
        }
        try (var res = client.delete("/api/v1/editions/2026-11-30").request()) {
            assertThat(res.status()).isEqualTo(Status.METHOD_NOT_ALLOWED_405);
        }
    }
}
