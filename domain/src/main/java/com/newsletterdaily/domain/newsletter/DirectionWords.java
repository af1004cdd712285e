package com.newsletterdaily.domain.newsletter;

import com.newsletterdaily.domain.market.Direction;
import com.newsletterdaily.domain.market.Quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words that say which way a price moved, and whether one agrees with a quote. */
final class DirectionWords {

    static final Pattern WORD = Pattern.compile("\\b(?:rose|rises|risen|gained|gains|climbed|climbs|advanced|advances"
            + "|jumped|jumps|rallied|rallies|surged|surges|soared|soars|up|higher"
            + "|fell|falls|fallen|lost|loses|declined|declines|dropped|drops|slid|slides|slipped|slips|tumbled|tumbles"
            + "|sank|sinks|plunged|plunges|retreated|retreats|down|lower|unchanged|flat)\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> UP = Set.of("rose", "rises", "risen", "gained", "gains", "climbed", "climbs",
            "advanced", "advances", "jumped", "jumps", "rallied", "rallies", "surged", "surges", "soared", "soars",
            "up", "higher");
    private static final Set<String> FLAT = Set.of("unchanged", "flat");
    /** Words that also serve as ordinary words ("picked up", "lower rates", "up to", "a flat market"). */
    private static final Set<String> AMBIGUOUS = Set.of("up", "down", "higher", "lower", "flat");
    /**
     * What must follow an ambiguous word for it to be read as a move: a number, punctuation, the end, or a word
     * that continues a price report ("up 0.45%", "closed lower.", "was flat at 8,312.05", "ended higher on").
     */
    private static final Pattern MOVE_FOLLOWS = Pattern.compile("\\s*(?:$|[\\d$£€¥.,;:!?)]|[+\\-\u2212](?=\\d)"
            + "|(?:at|by|on|from|after|as|while|and|but|for|today|overnight|sharply|slightly|strongly|modestly"
            + "|again|further)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARATIVE_TO = Pattern.compile("\\s+to\\b", Pattern.CASE_INSENSITIVE);

    private DirectionWords() {
    }

    static Direction meaning(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return UP.contains(w) ? Direction.UP : FLAT.contains(w) ? Direction.FLAT : Direction.DOWN;
    }

    /** Whether the word at {@code [start, end)} reports a move, so that it must agree with the data. */
    static boolean reportsMove(String text, int start, int end) {
        String w = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!AMBIGUOUS.contains(w)) {
            return true;
        }
        boolean comparative = w.equals("higher") || w.equals("lower");
        return MOVE_FOLLOWS.matcher(text).region(end, text.length()).lookingAt()
                || comparative && COMPARATIVE_TO.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Flat agrees with a change that rounds to 0.00%, so "virtually unchanged" at +0.001% is not a mismatch. */
    static boolean agrees(Direction said, Quote quote) {
        return said == Direction.FLAT ? quote.changePercent().signum() == 0 : said == quote.direction();
    }

    /** "S&P/ASX 200 rose", "Dow Jones Industrial Average fell", "FTSE 100 was unchanged". */
    static String describe(Quote quote) {
        return quote.instrument().name() + switch (quote.direction()) {
            case UP -> " rose";
            case DOWN -> " fell";
            case FLAT -> " was unchanged";
        };
    }
}
