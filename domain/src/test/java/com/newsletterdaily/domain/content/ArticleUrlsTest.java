package com.newsletterdaily.domain.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            // scheme and host lower-cased, path case kept
            "HTTPS://WWW.Example.COM/News/Story https://www.example.com/News/Story",
            // default ports dropped, others kept
            "https://example.com:443/a https://example.com/a",
            "http://example.com:80/a http://example.com/a",
            "http://example.com:8080/a http://example.com:8080/a",
            "https://example.com:80/a https://example.com:80/a",
            // fragment dropped
            "https://example.com/a#comments https://example.com/a",
            // tracking parameters dropped, whatever their case
            "https://example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x https://example.com/a",
            "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5 https://example.com/a",
            "https://example.com/a?cmpid=6&ncid=7&ocid=8 https://example.com/a",
            "https://example.com/a?sr_share=twitter&__twitter_impression=true https://example.com/a",
            // remaining parameters kept, sorted, with their encoding
            "https://example.com/a?id=7&utm_source=x&page=2 https://example.com/a?id=7&page=2",
            "https://example.com/a?q=rate%20cut&b=1 https://example.com/a?b=1&q=rate%20cut",
            "https://example.com/a?reference=1 https://example.com/a?reference=1",
            // trailing slash of a non-root path removed, root kept
            "https://example.com/markets/ https://example.com/markets",
            "https://example.com/ https://example.com/",
            "https://example.com https://example.com/",
            // user info, encoded path and other schemes kept
            "https://user@example.com/a%2Fb https://user@example.com/a%2Fb",
            "mailto:news@example.com mailto:news@example.com",
    })
    void givenUrl_normalise_givesCanonicalForm(String in, String out) {
        assertThat(ArticleUrls.normalise(URI.create(in))).isEqualTo(URI.create(out));
    }

    @Test
    void givenNormalisedUrl_normalise_leavesItAsItIs() {
        var once = ArticleUrls.normalise(URI.create("HTTPS://Example.com:443/a/b/?z=1&utm_term=x&a=2#top"));

        assertThat(ArticleUrls.normalise(once)).isEqualTo(once).hasToString("https://example.com/a/b?a=2&z=1");
    }
}
