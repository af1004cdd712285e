package com.newsletterdaily.adapters.feeds;

import java.util.Locale;

/** The kinds of body a source answers, and which Content-Types count as each. */
enum ContentFamily {

    JSON("application/json"),
    FEED("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");

    private final String accept;

    ContentFamily(String accept) {
        this.accept = accept;
    }

    String accept() {
        return accept;
    }

    /** Whether a media type (without parameters, lower case) is one this family may be parsed from. */
    boolean accepts(String mediaType) {
        if (mediaType.isEmpty()) {
            return true; // no Content-Type at all: let the parser decide
        }
        return switch (this) {
            case JSON -> mediaType.equals("application/json") || mediaType.endsWith("+json")
                    || mediaType.equals("text/json") || mediaType.equals("text/javascript");
            case FEED -> mediaType.contains("xml") || mediaType.contains("rss") || mediaType.contains("atom")
                    || mediaType.equals("text/plain") || mediaType.equals("application/octet-stream");
        };
    }

    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
