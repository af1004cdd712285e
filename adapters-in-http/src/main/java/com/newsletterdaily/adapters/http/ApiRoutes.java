package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.port.in.GetEditionUseCase;
import com.newsletterdaily.application.port.in.GetSpendUseCase;
import com.newsletterdaily.application.port.out.Cache;
import io.helidon.webserver.http.HttpRouting;

import java.time.Duration;
import java.util.Objects;

/** Registers the whole JSON API, version 1, with its problem-details error mapping. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    /** What the API serves from. */
    public record Dependencies(GetEditionUseCase editions, Cache cache, Duration responseCacheTtl,
                               GetSpendUseCase spend) {
        public Dependencies {
            Objects.requireNonNull(editions, "editions");
            Objects.requireNonNull(spend, "spend");
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(responseCacheTtl, "responseCacheTtl");
        }
    }

    public static void register(HttpRouting.Builder routing, Dependencies deps) {
        routing.register("/api/v1/editions", new EditionHttpService(deps.editions(), deps.cache(),
                deps.responseCacheTtl()));
        routing.register("/api/v1/spend", new SpendHttpService(deps.spend()));
        ProblemHandlers.notFoundFallback(routing, "/api/*");
        ProblemHandlers.register(routing);
    }
}
