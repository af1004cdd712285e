package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.IngestNewsUseCase;
import com.newsletterdaily.application.port.in.RefreshMarketDataUseCase;
import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.application.port.out.MarketDataRepository;

import java.util.Objects;

/** Where an edition's data comes from: the refresh and ingest run first, then the stored data is read. */
public record EditionSources(RefreshMarketDataUseCase refresh, IngestNewsUseCase ingest,
                             MarketDataRepository marketData, ArticleRepository articles) {

    public EditionSources {
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(marketData, "marketData");
        Objects.requireNonNull(articles, "articles");
    }
}
