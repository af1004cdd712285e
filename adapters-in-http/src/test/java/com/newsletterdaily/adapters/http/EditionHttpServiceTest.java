package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.service.GetEditionService;
import com.newsletterdaily.application.testing.InMemoryCache;
import com.newsletterdaily.application.testing.InMemoryEditionRepository;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static com.newsletterdaily.application.testing.EditionBuilder.anEdition;
import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class EditionHttpServiceTest {

    private static final InMemoryEditionRepository EDITIONS = new InMemoryEditionRepository();
    private static final InMemoryCache CACHE = new InMemoryCache();

    private final Http1Client client;

    EditionHttpServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ApiRoutes.register(routing, new ApiRoutes.Dependencies(new GetEditionService(EDITIONS), CACHE,
                Duration.ofMillis(200)));
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
                    "\"publishedAt\":\"2026-11-30T06:00:00Z\"");
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
}
