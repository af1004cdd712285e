package com.newsletterdaily.adapters.feeds;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/** Turns feed HTML into plain text: markup removed by a safelist allowing nothing, entities decoded, whitespace collapsed. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html, int maxChars) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = Parser.unescapeEntities(Jsoup.clean(html, Safelist.none()), false)
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        return cap(text, maxChars);
    }

    /** At most {@code maxChars} characters, cut at a word boundary where one is near, ending in an ellipsis. */
    static String cap(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = maxChars - 1;
        int space = text.lastIndexOf(' ', cut);
        if (space > maxChars * 0.8) {
            cut = space;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
