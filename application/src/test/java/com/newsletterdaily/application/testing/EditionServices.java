package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.in.IngestNewsUseCase;
import com.newsletterdaily.application.port.in.IngestReport;
import com.newsletterdaily.application.port.in.RefreshMarketDataUseCase;
import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.application.port.out.MarketDataRepository;
import com.newsletterdaily.application.service.EditionPlan;
import com.newsletterdaily.application.service.EditionSources;
import com.newsletterdaily.domain.content.NewsRanking;
import com.newsletterdaily.domain.content.ScoringWeights;
import com.newsletterdaily.domain.market.Instrument;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Test data for the edition service: its sources and plan with no news unless given. */
public final class EditionServices {

    public static final IngestNewsUseCase NO_NEWS = () -> new IngestReport(0, 0, 0, List.of());

    private EditionServices() {
    }

    public static EditionSources sources(RefreshMarketDataUseCase refresh, MarketDataRepository marketData) {
        return new EditionSources(refresh, NO_NEWS, marketData, new InMemoryArticleRepository());
    }

    public static EditionSources sources(RefreshMarketDataUseCase refresh, IngestNewsUseCase ingest,
                                         MarketDataRepository marketData, ArticleRepository articles) {
        return new EditionSources(refresh, ingest, marketData, articles);
    }

    public static EditionPlan plan(List<Instrument> overview, ZoneId zone) {
        return new EditionPlan(overview, new NewsRanking(ScoringWeights.DEFAULT, Map.of(), Map.of()), 2,
                Duration.ofHours(48), zone);
    }
}
