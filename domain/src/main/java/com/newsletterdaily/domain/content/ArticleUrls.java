package com.newsletterdaily.domain.content;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Normalises article URLs so that the same page found through different links has one URL. */
public final class ArticleUrls {

    /** Query parameters that only track where a click came from; {@code utm_*} are dropped as well. */
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "twclid", "mc_cid", "mc_eid",
            "ref", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "sr_share", "__twitter_impression", "_ga", "_gl",
            "mkt_tok", "spm", "smid", "s_cid", "at_medium", "at_campaign", "at_custom1", "at_custom2",
            "at_custom3", "at_custom4", "ito", "guccounter", "guce_referrer", "guce_referrer_sig");

    private ArticleUrls() {
    }

    /**
     * Lower-cases scheme and host, drops a default port, the fragment and tracking parameters, sorts the remaining
     * parameters and removes a trailing slash from a non-root path. URLs without a host are returned as they are.
     */
    public static URI normalise(URI url) {
        if (url.isOpaque() || url.getScheme() == null || url.getHost() == null) {
            return url;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        var text = new StringBuilder(scheme).append("://");
        if (url.getRawUserInfo() != null) {
            text.append(url.getRawUserInfo()).append('@');
        }
        text.append(url.getHost().toLowerCase(Locale.ROOT));
        if (url.getPort() != -1 && url.getPort() != defaultPort(scheme)) {
            text.append(':').append(url.getPort());
        }
        text.append(path(url.getRawPath()));
        String query = query(url.getRawQuery());
        if (!query.isEmpty()) {
            text.append('?').append(query);
        }
        return URI.create(text.toString());
    }

    private static String path(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String path = rawPath;
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }
}
