package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * News from RSS 2.0 and Atom feeds over HTTP, parsed with ROME. The encoding is detected from the bytes, DOCTYPEs
 * (and so external entities) are refused, and items without a title, a usable link or a date are skipped.
 * {@link #parse} reads a body without any HTTP, for the offline source and benchmarks.
 */
public final class RomeNewsSource implements NewsSource {

    public static final String NAME = "rss";
    static final int MAX_TITLE_CHARS = 300;
    static final int MAX_SUMMARY_CHARS = 1_000;
    private static final System.Logger LOG = System.getLogger(RomeNewsSource.class.getName());

    private final SourceSettings settings;
    private final HttpFetcher http;

    /** The base URL resolves feed URLs given relative to it; absolute feed URLs are fetched as they are. */
    public RomeNewsSource(SourceSettings settings) {
        this.settings = settings;
        this.http = new HttpFetcher(NAME, settings, ContentFamily.FEED, Optional.empty());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Article> fetch(Feed feed) {
        URI url = settings.baseUrl().resolve(feed.url());
        FeedItems items = parse(http.get(url), feed);
        if (!items.skipped().isEmpty()) {
            LOG.log(Level.INFO, "feed {0}: skipped {1} item(s), first: {2}", feed.name(), items.skipped().size(),
                    items.skipped().getFirst());
        }
        return items.articles();
    }

    /** Parses an RSS or Atom body into the feed's articles. @throws SourceException when it is no readable feed */
    public static FeedItems parse(byte[] body, Feed feed) {
        SyndFeed syndFeed = read(body);
        var articles = new ArrayList<Article>();
        var skipped = new ArrayList<String>();
        int index = 0;
        for (SyndEntry entry : syndFeed.getEntries()) {
            index++;
            try {
                articles.add(FeedEntries.toArticle(entry, feed));
            } catch (FeedEntries.Unusable e) {
                skipped.add("item " + index + ": " + e.getMessage());
            }
        }
        return new FeedItems(articles, skipped);
    }

    private static SyndFeed read(byte[] body) {
        var input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (var reader = new XmlReader(new ByteArrayInputStream(body, leadingWhitespace(body), body.length), true,
                "UTF-8")) {
            return input.build(reader);
        } catch (ParsingFeedException e) {
            throw new SourceException(NAME, "malformed feed XML at line " + e.getLineNumber() + ": "
                    + rootMessage(e), false, e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new SourceException(NAME, "not a readable RSS or Atom feed: " + rootMessage(e), false, e);
        } catch (IOException e) {
            throw new SourceException(NAME, "cannot decode feed: " + e.getMessage(), false, e);
        }
    }

    /** Some feeds put blank lines before the XML declaration, which XML parsers reject. */
    private static int leadingWhitespace(byte[] body) {
        int i = 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceAll("\\s+", " ");
    }
}
