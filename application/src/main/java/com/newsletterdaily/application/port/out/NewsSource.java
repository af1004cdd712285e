package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;

import java.util.List;

/**
 * Reads the items of a news feed as articles: titles and summaries as plain text (markup removed), URLs absolute.
 * Items that cannot be read (no link, no title, unusable date) are skipped; a feed that cannot be read at all
 * throws.
 */
public interface NewsSource {

    String name();

    /** @throws SourceException when the feed cannot be fetched or parsed */
    List<Article> fetch(Feed feed);
}
