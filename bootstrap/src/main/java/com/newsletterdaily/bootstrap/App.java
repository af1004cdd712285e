package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.feeds.OfflineSnapshotSource;
import com.newsletterdaily.adapters.http.ApiRoutes;
import com.newsletterdaily.adapters.llm.OfflineSectionWriter;
import com.newsletterdaily.adapters.postgres.PostgresDistributedLock;
import com.newsletterdaily.adapters.postgres.PostgresEditionRepository;
import com.newsletterdaily.adapters.redis.RedisCache;
import com.newsletterdaily.application.port.in.GenerateEditionUseCase;
import com.newsletterdaily.application.port.in.GetEditionUseCase;
import com.newsletterdaily.application.service.GenerateEditionService;
import com.newsletterdaily.application.service.GetEditionService;

import java.time.Clock;

/** The use cases wired by hand over the infrastructure: the composition root's object graph. */
record App(GenerateEditionUseCase generateEdition, GetEditionUseCase getEdition, ApiRoutes.Dependencies api) {

    static App wire(Settings settings, Infrastructure infrastructure, Clock clock) {
        var db = infrastructure.database().client();
        var editions = new PostgresEditionRepository(db);
        var lock = new PostgresDistributedLock(db);
        var cache = new RedisCache(infrastructure.redis());
        var market = OfflineSnapshotSource.bundled(clock);
        var writer = new OfflineSectionWriter();

        var generate = new GenerateEditionService(market, writer, editions, lock, settings.overviewInstruments(),
                settings.zone(), clock);
        var get = new GetEditionService(editions);
        return new App(generate, get, new ApiRoutes.Dependencies(get, cache, settings.responseCacheTtl()));
    }
}
