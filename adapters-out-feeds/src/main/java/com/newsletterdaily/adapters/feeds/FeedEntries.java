package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Date;
import java.util.Locale;

/** Maps one ROME feed entry to an article, or says why it cannot be one. */
final class FeedEntries {

    /** The entry lacks something an article needs. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private FeedEntries() {
    }

    static Article toArticle(SyndEntry entry, Feed feed) throws Unusable {
        String title = PlainText.of(entry.getTitle(), RomeNewsSource.MAX_TITLE_CHARS);
        if (title.isEmpty()) {
            throw new Unusable("no title");
        }
        URI url = link(entry, feed.url());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date == null) {
            throw new Unusable("no readable date (" + title + ")");
        }
        return new Article(feed.category(), title, PlainText.of(summary(entry), RomeNewsSource.MAX_SUMMARY_CHARS),
                url, feed.name(), date.toInstant());
    }

    private static URI link(SyndEntry entry, URI feedUrl) throws Unusable {
        String href = entry.getLink();
        if (href == null || href.isBlank()) {
            href = entry.getLinks().stream()
                    .filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
                    .map(SyndLink::getHref)
                    .filter(h -> h != null && !h.isBlank())
                    .findFirst()
                    .orElseThrow(() -> new Unusable("no link"));
        }
        try {
            URI url = feedUrl.resolve(new URI(href.strip()));
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new Unusable("link is not an http(s) URL: " + href.strip());
            }
            return url;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Unusable("bad link: " + href.strip());
        }
    }

    private static String summary(SyndEntry entry) {
        if (entry.getDescription() != null && entry.getDescription().getValue() != null
                && !entry.getDescription().getValue().isBlank()) {
            return entry.getDescription().getValue();
        }
        return entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse("");
    }
}
