package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.port.in.EditionQuery;
import com.newsletterdaily.application.port.in.GetEditionUseCase;
import com.newsletterdaily.application.port.in.InvalidRequestException;
import com.newsletterdaily.application.port.out.Cache;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/v1/editions}: the latest published edition and the edition of a date. Serialised responses are
 * kept in the shared cache for a short time; when the cache is unavailable every request reads the database.
 */
public final class EditionHttpService implements HttpService {

    private static final String CACHE_PREFIX = "http:v1:edition:";

    private final GetEditionUseCase editions;
    private final Cache cache;
    private final Duration cacheTtl;

    public EditionHttpService(GetEditionUseCase editions, Cache cache, Duration cacheTtl) {
        this.editions = editions;
        this.cache = cache;
        this.cacheTtl = cacheTtl;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/latest", this::latest)
                .get("/{date}", this::ofDate)
                .any("/{path}", (req, res) -> ProblemHandlers.methodNotAllowed(req, res, "GET"));
    }

    private void latest(ServerRequest req, ServerResponse res) {
        Json.send(res, cached("latest", EditionQuery.latest()));
    }

    private void ofDate(ServerRequest req, ServerResponse res) {
        var date = parseDate(req.path().pathParameters().get("date"));
        Json.send(res, cached(date.toString(), EditionQuery.of(date)));
    }

    private String cached(String key, EditionQuery query) {
        return cache.get(CACHE_PREFIX + key).orElseGet(() -> {
            var json = Json.write(EditionJson.from(editions.get(query)));
            cache.put(CACHE_PREFIX + key, json, cacheTtl);
            return json;
        });
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-03");
        }
    }
}
