package com.newsletterdaily.adapters.feeds;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;
import com.newsletterdaily.domain.content.NewsCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RomeNewsSource}: parsing the recorded feeds, and fetching them from a fake server. */
class RomeNewsSourceTest {

    static final WireMockServer FEEDS = FakeServer.start();

    private static final Feed GUARDIAN = feed("https://www.theguardian.com/uk/rss", NewsCategory.ECONOMY);

    @BeforeEach
    void serveRecordedFeeds() {
        FEEDS.resetAll();
        FEEDS.stubFor(get(urlPathEqualTo("/guardian.rss")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withBody(Fixtures.bytes("rss/guardian_2018-02.rss"))));
        FEEDS.stubFor(get(urlPathEqualTo("/jn.rss")).willReturn(aResponse()
                .withHeader("Content-Type", "text/xml")
                .withBody(Fixtures.bytes("rss/jn_pt_iso-8859-1_2018-01.rss"))));
    }

    private static Feed feed(String url, NewsCategory category) {
        return new Feed("Test feed", category, URI.create(url), 0.8);
    }

    private static FeedItems parse(String fixture) {
        return RomeNewsSource.parse(Fixtures.bytes(fixture), feed("https://example.com/feed", NewsCategory.STOCKS));
    }

    private static FeedItems parseText(String xml) {
        return RomeNewsSource.parse(xml.getBytes(StandardCharsets.UTF_8),
                feed("https://example.com/news/feed.xml", NewsCategory.STOCKS));
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.com/</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void givenBlankLineBeforeTheXmlDeclaration_parse_readsEveryItem() {
        var items = parse("rss/techcrunch_2013-12_leading_blank_line.xml");

        assertThat(items.articles()).hasSize(20);
        assertThat(items.skipped()).isEmpty();
    }

    @Test
    void givenIso88591Feed_parse_decodesTheDeclaredEncoding() {
        var items = parse("rss/jn_pt_iso-8859-1_2018-01.rss");

        assertThat(items.articles()).isNotEmpty();
        assertThat(items.articles().getFirst().title()).isEqualTo("Mãe de utente é a nova presidente da Raríssimas");
        assertThat(items.articles()).allSatisfy(a -> assertThat(a.title() + a.summary()).doesNotContain("\uFFFD"));
    }

    @Test
    void givenAtomFeed_parse_readsEntriesWithUmlautsAndDates() {
        var items = parse("rss/heise_developer_2016-02.atom");

        assertThat(items.articles()).hasSize(15);
        var first = items.articles().getFirst();
        assertThat(first.title()).isEqualTo("Java-Anwendungsserver: Red Hat gibt WildFly 10 frei");
        assertThat(first.summary()).startsWith("Die nun verfügbare Version 10");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2016-02-01T16:22:00Z"));
        assertThat(first.url().getHost()).isEqualTo("www.heise.de");
    }

    @Test
    void givenCdataTitlesAndDescriptions_parse_returnsTheirText() {
        var items = parse("rss/coindesk_2026-09-25.xml");

        assertThat(items.articles()).extracting(Article::title).first()
                .isEqualTo("Circle and Tether step in to freeze hacker wallet after massive Bitget crypto heist");
        assertThat(items.articles().getFirst().publishedAt()).isEqualTo(Instant.parse("2026-09-25T14:41:53Z"));
    }

    @Test
    void givenHtmlInDescriptions_parse_keepsOnlyTheText() {
        var items = parse("rss/guardian_2018-02.rss");

        assertThat(items.articles()).hasSizeGreaterThan(50).allSatisfy(a -> {
            assertThat(a.summary()).doesNotContain("<").doesNotContain("&amp;").doesNotContain("  ");
            assertThat(a.title()).doesNotContain("<");
        });
    }

    @Test
    void givenMarkupEntitiesAndScriptInAnItem_parse_returnsDecodedPlainText() {
        var items = parseText(rss("<item><title>Rates &amp;amp; &lt;b&gt;bonds&lt;/b&gt; &#8217;24</title>"
                + "<link>https://example.com/a</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>"
                + "<description><![CDATA[<p>One&nbsp;<em>two</em></p>\n\n  <script>alert(1)</script>three]]>"
                + "</description></item>"));

        var article = items.articles().getFirst();
        assertThat(article.title()).isEqualTo("Rates & bonds \u201924");
        assertThat(article.summary()).isEqualTo("One two three");
    }

    @Test
    void givenItemsWithoutDateTitleOrLink_parse_skipsThemAndSaysWhy() {
        var items = parseText(rss(
                "<item><title>dated</title><link>https://example.com/a</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
                        + "<item><title>bad date</title><link>https://example.com/b</link><pubDate>yesterday-ish</pubDate></item>"
                        + "<item><title>no date</title><link>https://example.com/c</link></item>"
                        + "<item><link>https://example.com/d</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
                        + "<item><title>no link</title><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
                        + "<item><title>mail link</title><link>mailto:x@example.com</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"));

        assertThat(items.articles()).extracting(Article::title).containsExactly("dated");
        assertThat(items.skipped()).hasSize(5).anySatisfy(s -> assertThat(s).contains("no readable date"))
                .anySatisfy(s -> assertThat(s).contains("no title")).anySatisfy(s -> assertThat(s).contains("no link"))
                .anySatisfy(s -> assertThat(s).contains("not an http(s) URL"));
    }

    @Test
    void givenRelativeLink_parse_resolvesItAgainstTheFeedUrl() {
        var items = parseText(rss("<item><title>relative</title><link>../markets/a?x=1</link>"
                + "<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"));

        assertThat(items.articles().getFirst().url()).isEqualTo(URI.create("https://example.com/markets/a?x=1"));
    }

    @Test
    void givenVeryLongSummary_parse_capsItAtAThousandCharacters() {
        var items = parseText(rss("<item><title>long</title><link>https://example.com/a</link>"
                + "<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>" + "word ".repeat(1_000)
                + "</description></item>"));

        assertThat(items.articles().getFirst().summary()).hasSizeLessThanOrEqualTo(1_000).endsWith("…");
    }

    @Test
    void givenDoctypeWithExternalEntity_parse_refusesTheFeed() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + rss("<item><title>&xxe;</title><link>https://example.com/a</link></item>").substring(21);

        assertThatThrownBy(() -> parseText(xxe)).isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isFalse());
    }

    @Test
    void givenHtmlPageServedAsXml_parse_failsSayingItIsNoFeed() {
        assertThatThrownBy(() -> parseText("<html><head><title>x</title></head><body>hi</body></html>"))
                .isInstanceOf(SourceException.class).hasMessageContaining("not a readable RSS or Atom feed");
    }

    @Test
    void givenTruncatedXml_parse_failsSayingMalformedWithTheLine() {
        assertThatThrownBy(() -> parseText("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>t"))
                .isInstanceOf(SourceException.class).hasMessageContaining("malformed feed XML at line");
    }

    @Test
    void givenIso88591FeedServedAsTextXml_fetch_decodesItFromTheBytes() {
        var articles = new RomeNewsSource(SourceSettings.of(FEEDS.baseUrl()))
                .fetch(feed(FEEDS.baseUrl() + "/jn.rss", NewsCategory.ECONOMY));

        assertThat(articles.getFirst().title()).startsWith("Mãe de utente");
    }

    @Test
    void givenFeedUrlRelativeToTheBaseUrl_fetch_resolvesIt() {
        var articles = new RomeNewsSource(SourceSettings.of(FEEDS.baseUrl()))
                .fetch(new Feed("Guardian", NewsCategory.ECONOMY, URI.create("/guardian.rss"), 0.9));

        assertThat(articles).isNotEmpty();
    }

    @Nested
    class Contract extends NewsSourceContract {

        @Override
        protected NewsSource source() {
            return new RomeNewsSource(SourceSettings.of(FEEDS.baseUrl()));
        }

        @Override
        protected Feed feed() {
            return new Feed("The Guardian", NewsCategory.ECONOMY, URI.create(FEEDS.baseUrl() + "/guardian.rss"), 0.9);
        }
    }

    @Nested
    class Errors extends HttpSourceErrorContract {

        @Override
        protected WireMockServer server() {
            return FEEDS;
        }

        @Override
        protected MappingBuilder request() {
            return get(urlPathEqualTo("/broken.xml")).atPriority(1);
        }

        @Override
        protected void call(SourceSettings settings) {
            new RomeNewsSource(settings).fetch(new Feed("Broken", NewsCategory.STOCKS,
                    URI.create(settings.baseUrl() + "/broken.xml"), 0.5));
        }

        @Override
        protected String sourceName() {
            return RomeNewsSource.NAME;
        }

        @Override
        protected String contentType() {
            return "application/rss+xml";
        }

        @Override
        protected String malformedBody() {
            return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>unclosed</channel></rss>";
        }
    }
}
