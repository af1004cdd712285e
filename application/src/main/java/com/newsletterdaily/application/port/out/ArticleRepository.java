package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;

import java.time.Instant;
import java.util.List;

/** Stores articles once each, keyed by their normalised URL. */
public interface ArticleRepository {

    /** Stores the articles whose URL is not stored yet, atomically; answers how many were new. */
    int saveNew(List<Article> articles);

    /** Articles of a category published at or after {@code since}, newest first, at most {@code limit}. */
    List<Article> recent(NewsCategory category, Instant since, int limit);
}
