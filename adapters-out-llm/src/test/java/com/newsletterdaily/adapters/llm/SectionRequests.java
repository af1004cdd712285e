package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data: a market-overview request with two quotes and, on demand, articles. */
final class SectionRequests {

    static final LocalDate DATE = LocalDate.of(2026, 12, 3);
    static final String ARTICLE_URL = "https://news.example.com/markets/asx-record";
    private static final Provenance YAHOO = new Provenance("yahoo", Instant.parse("2026-12-02T06:10:00Z"),
            Instant.parse("2026-12-03T07:00:00Z"), DataStatus.FRESH);

    private final List<Article> articles = new ArrayList<>();

    static SectionRequests aSectionRequest() {
        return new SectionRequests();
    }

    SectionRequests withArticle(String title, String summary) {
        return withArticle(title, summary, ARTICLE_URL);
    }

    SectionRequests withArticle(String title, String summary, String url) {
        articles.add(new Article(NewsCategory.STOCKS, title, summary, URI.create(url), "Example News",
                Instant.parse("2026-12-02T22:00:00Z")));
        return this;
    }

    SectionRequest build() {
        return new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE, List.of(
                quote("^AXJO", "S&P/ASX 200", "8412.30", "8374.60"),
                quote("^DJI", "Dow Jones", "44421.91", "44782.00")), articles);
    }

    private static Quote quote(String symbol, String name, String price, String previousClose) {
        return new Quote(new Instrument(Symbol.of(symbol), name, AssetClass.INDEX), new BigDecimal(price),
                new BigDecimal(previousClose), "AUD", YAHOO);
    }
}
