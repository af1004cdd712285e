package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.http.ApiRoutes;
import com.newsletterdaily.adapters.llm.OfflineLanguageModel;
import com.newsletterdaily.adapters.postgres.PostgresArticleRepository;
import com.newsletterdaily.adapters.postgres.PostgresCostLedger;
import com.newsletterdaily.adapters.postgres.PostgresDistributedLock;
import com.newsletterdaily.adapters.postgres.PostgresEditionRepository;
import com.newsletterdaily.adapters.postgres.PostgresMarketDataRepository;
import com.newsletterdaily.adapters.postgres.PostgresSourceStatusRepository;
import com.newsletterdaily.adapters.redis.RedisCache;
import com.newsletterdaily.application.port.in.GenerateEditionUseCase;
import com.newsletterdaily.application.port.in.GetEditionUseCase;
import com.newsletterdaily.application.port.in.IngestNewsUseCase;
import com.newsletterdaily.application.port.in.RefreshMarketDataUseCase;
import com.newsletterdaily.application.service.EditionPlan;
import com.newsletterdaily.application.service.EditionSources;
import com.newsletterdaily.application.service.GenerateEditionService;
import com.newsletterdaily.application.service.GetEditionService;
import com.newsletterdaily.application.service.GetSpendService;
import com.newsletterdaily.application.service.IngestNewsService;
import com.newsletterdaily.application.service.RefreshMarketDataService;
import com.newsletterdaily.application.service.SectionWritingService;
import io.helidon.config.Config;

import java.time.Clock;
import java.time.Duration;

/** The use cases wired by hand over the infrastructure: the composition root's object graph. */
record App(GenerateEditionUseCase generateEdition, GetEditionUseCase getEdition,
           RefreshMarketDataUseCase refreshMarketData, IngestNewsUseCase ingestNews, ApiRoutes.Dependencies api) {

    static App wire(Config config, Settings settings, Infrastructure infrastructure, Clock clock) {
        var db = infrastructure.database().client();
        var editions = new PostgresEditionRepository(db);
        var marketData = new PostgresMarketDataRepository(db);
        var articles = new PostgresArticleRepository(db);
        var sourceStatus = new PostgresSourceStatusRepository(db);
        var lock = new PostgresDistributedLock(db);
        var cache = new RedisCache(infrastructure.redis());

        var market = config.get("market");
        var universe = SourcesConfig.universe(market);
        var refresh = new RefreshMarketDataService(universe,
                SourcesConfig.marketSources(market, clock), marketData, sourceStatus, lock, clock);

        var news = config.get("news");
        var feeds = SourcesConfig.feeds(news);
        var ranking = SourcesConfig.ranking(news, feeds);
        var ingest = new IngestNewsService(SourcesConfig.newsSource(news, clock), feeds, articles, sourceStatus,
                lock, ranking, SourcesConfig.resilience(market.get("resilience")), clock);

        var ledger = new PostgresCostLedger(db);
        var writer = new SectionWritingService(WritingConfig.settings(config.get("writing"), settings.zone()),
                new OfflineLanguageModel(), cache, ledger, new LoggedBudgetAlerts(), clock);
        var plan = new EditionPlan(universe.select(settings.overviewSymbols()), ranking,
                news.get("top-per-category").asInt().orElse(5),
                news.get("window").as(Duration.class).orElse(Duration.ofHours(48)), settings.zone());
        var generate = new GenerateEditionService(new EditionSources(refresh, ingest, marketData, articles), plan,
                writer, editions, lock, clock);
        var get = new GetEditionService(editions);
        return new App(generate, get, refresh, ingest,
                new ApiRoutes.Dependencies(get, cache, settings.responseCacheTtl(),
                        new GetSpendService(ledger, settings.zone())));
    }
}
