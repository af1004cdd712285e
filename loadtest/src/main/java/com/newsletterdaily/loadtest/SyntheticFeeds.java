package com.newsletterdaily.loadtest;

import com.newsletterdaily.domain.content.Feed;
import com.newsletterdaily.domain.content.NewsCategory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic RSS 2.0 feeds for the benchmarks: {@code feeds} feeds of {@code itemsPerFeed} items each, with
 * about one item in ten repeating another feed's story under a tracking-parameter URL and a re-punctuated title.
 */
final class SyntheticFeeds {

    static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    /** A headline vocabulary of 3,000 words drawn with Zipf-like frequencies, as real headlines use words. */
    private static final String[] WORDS = vocabulary(3000);
    private static final double[] CUMULATIVE = zipf(WORDS.length);

    record Generated(Feed feed, byte[] body) {
    }

    static List<Generated> generate(int feeds, int itemsPerFeed) {
        var random = new Random(42);
        var categories = NewsCategory.values();
        var out = new ArrayList<Generated>();
        var date = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        for (int f = 0; f < feeds; f++) {
            var category = categories[f % categories.length];
            var feed = new Feed("Feed " + f, category, URI.create("https://feed" + f + ".example.com/rss"),
                    0.3 + 0.05 * (f % 10));
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                    .append("<title>").append(feed.name()).append("</title><link>https://feed").append(f)
                    .append(".example.com/</link><description>synthetic</description>");
            for (int i = 0; i < itemsPerFeed; i++) {
                boolean repeat = random.nextInt(10) == 0 && f > 0;
                int story = repeat ? random.nextInt(f * itemsPerFeed) : f * itemsPerFeed + i;
                var title = title(story, repeat);
                var link = "https://news" + (story % 50) + ".example.com/story/" + story
                        + (repeat ? "?utm_source=feed" + f + "&utm_medium=rss" : "");
                xml.append("<item><title><![CDATA[").append(title).append("]]></title><link>").append(link)
                        .append("</link><description><![CDATA[<p>").append(title)
                        .append(" &mdash; <b>markets</b> coverage with <a href=\"https://x.example\">details</a>.</p>]]>")
                        .append("</description><pubDate>").append(date.format(NOW.minusSeconds(60L * (i + f))))
                        .append("</pubDate></item>");
            }
            xml.append("</channel></rss>");
            out.add(new Generated(feed, xml.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String title(int story, boolean repunctuate) {
        var random = new Random(story);
        var words = new StringBuilder();
        for (int w = 0; w < 8; w++) {
            words.append(w == 0 ? "" : " ").append(WORDS[draw(random)]);
        }
        words.append(' ').append(story);
        var title = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return repunctuate ? title.toUpperCase() + "!" : title;
    }

    private static int draw(Random random) {
        int index = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        return Math.min(WORDS.length - 1, index < 0 ? -index - 1 : index);
    }

    private static double[] zipf(int n) {
        var cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static String[] vocabulary(int n) {
        String[] syllables = {"ra", "to", "ban", "ker", "mi", "lo", "st", "ock", "pri", "ce", "gro", "wth", "ma",
            "rk", "et", "ri", "se", "fa", "ll", "de", "al", "in", "fl", "ow", "bo", "nd"};
        var random = new Random(7);
        var words = new java.util.LinkedHashSet<String>();
        while (words.size() < n) {
            var word = new StringBuilder();
            for (int s = 0, len = 2 + random.nextInt(3); s < len; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
