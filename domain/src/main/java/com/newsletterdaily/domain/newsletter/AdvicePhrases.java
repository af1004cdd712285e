package com.newsletterdaily.domain.newsletter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrasing that tells readers to buy, sell or hold, or gives a rating ("overweight"); neutral market reporting such
 * as "buyers pushed", "a sell-off", "a buyback" or "investors sold" is not advice.
 */
final class AdvicePhrases {

    private static final String ACTION = "(?:buy(?:ing)?|sell(?:ing)?|hold(?:ing)?|short(?:ing)?|accumulat(?:e|ing)"
            + "|dump(?:ing)?|load(?:ing)?\\s+up|get\\s+(?:in|out)|take\\s+profits?|exit|add\\s+to|trim|invest\\s+in)";
    private static final List<Pattern> PATTERNS = List.of(
            "\\b(?:you|investors|traders|readers|holders|shareholders|everyone)\\s+(?:should|must|ought\\s+to"
                    + "|need\\s+to|(?:may|might)\\s+want\\s+to)\\s+(?:consider\\s+)?" + ACTION + "\\b",
            "\\b(?:we|i)\\s+(?:strongly\\s+)?(?:recommend|suggest|advise|urge)\\s+(?:buying|selling|holding|shorting"
                    + "|accumulating|investing|you|investors|readers|that)\\b",
            "\\b(?:buy|sell)\\s+now\\b",
            "\\bstrong\\s+(?:buy|sell)\\b",
            "\\bmust[- ]buy\\b",
            "\\bsell\\s+your\\b",
            "\\bbuy\\s+(?:the|this)\\s+dip\\b",
            "\\btime\\s+to\\s+(?:buy|sell|get\\s+in|get\\s+out|accumulate|load\\s+up|take\\s+profits?)\\b",
            "\\bload\\s+up\\s+on\\b",
            "\\bhold\\s+(?:on\\s+to\\s+)?your\\b",
            "\\baccumulate\\s+(?:on\\s+(?:dips|weakness)|into\\s+weakness)\\b",
            "\\b(?:rated?|rating\\s+of|upgraded?\\s+to|downgraded?\\s+to)\\s+(?:an?\\s+)?[\"']?"
                    + "(?:buy|sell|hold|accumulate|outperform|underperform)\\b",
            "\\b(?:overweight|underweight)\\b",
            // an imperative opening a sentence, line or bullet: "Buy the dip.", "Sell into strength", "Accumulate."
            "(?:^|(?<=[.!?:]\\s{1,3})|(?<=\\n[-*]?\\s{0,3}))(?:buy|sell|short|accumulate)"
                    + "(?:\\s+(?:the|this|these|shares|stocks?|now|into|before|while|on)\\b|\\s*[.!]|\\s*$)")
            .stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    private AdvicePhrases() {
    }

    /** The advice phrases in one text, as written, ordered by where they start; a phrase inside a longer one goes. */
    static List<String> in(String text) {
        record Hit(int start, int end) {
            boolean inside(Hit other) {
                return !equals(other) && other.start <= start && end <= other.end;
            }
        }
        var hits = new ArrayList<Hit>();
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(text);
            while (matcher.find()) {
                hits.add(new Hit(matcher.start(), matcher.end()));
            }
        }
        return hits.stream()
                .filter(hit -> hits.stream().noneMatch(hit::inside))
                .sorted(Comparator.comparingInt(Hit::start))
                .map(hit -> text.substring(hit.start(), hit.end()).replaceAll("[\\s.!]+$", "").strip())
                .distinct()
                .toList();
    }
}
