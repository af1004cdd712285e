package com.newsletterdaily.domain.newsletter;

import com.newsletterdaily.domain.market.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a text names the instruments of some quotes (by name or symbol, case-insensitive), and the clauses a
 * direction word is read within.
 */
final class InstrumentMentions {

    /**
     * Clause ends: a sentence end, a line break, a semicolon, or a conjunction that may start a clause about
     * something else ("ASX rose while bond yields fell"). Commas do not end a clause, so appositions stay attached.
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[.!?](?=\\s|$)|[\\n;]|\\b(?:while|whereas|but|and|as|although|though|after|before|despite|with|when)\\b",
            Pattern.CASE_INSENSITIVE);

    record Mention(int start, int end, Quote quote) {
    }

    private final List<Mention> mentions;
    private final List<Integer> clauseEnds;

    private InstrumentMentions(List<Mention> mentions, List<Integer> clauseEnds) {
        this.mentions = mentions;
        this.clauseEnds = clauseEnds;
    }

    static InstrumentMentions in(String text, List<Quote> quotes) {
        var candidates = new ArrayList<Mention>();
        for (Quote quote : quotes) {
            for (String alias : aliases(quote)) {
                boolean ignoreCase = alias.length() >= 3; // "A" or "GC" must be written as the symbol is
                for (int i = 0; i + alias.length() <= text.length(); i++) {
                    if (text.regionMatches(ignoreCase, i, alias, 0, alias.length())
                            && !wordCharAt(text, i - 1) && !wordCharAt(text, i + alias.length())) {
                        candidates.add(new Mention(i, i + alias.length(), quote));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        var mentions = new ArrayList<Mention>();
        for (Mention candidate : candidates) {
            if (mentions.isEmpty() || candidate.start() >= mentions.getLast().end()) {
                mentions.add(candidate);
            }
        }
        var clauseEnds = new ArrayList<Integer>();
        var matcher = CLAUSE_END.matcher(text);
        while (matcher.find()) {
            int at = matcher.start();
            if (mentions.stream().noneMatch(m -> at >= m.start() && at < m.end())) {
                clauseEnds.add(at);
            }
        }
        return new InstrumentMentions(List.copyOf(mentions), List.copyOf(clauseEnds));
    }

    /** Whether a position lies inside an instrument's name or symbol, where numbers belong to the name. */
    boolean covers(int position) {
        return mentions.stream().anyMatch(m -> position >= m.start() && position < m.end());
    }

    /** The instrument named last before a position within the same clause, if any. */
    Optional<Quote> nearestBefore(int position) {
        Mention nearest = null;
        for (Mention mention : mentions) {
            if (mention.end() <= position && clauseEnds.stream().noneMatch(e -> e >= mention.end() && e < position)) {
                nearest = mention;
            }
        }
        return Optional.ofNullable(nearest).map(Mention::quote);
    }

    /** The name, the symbol, the symbol without a leading caret and without an exchange suffix ("BHP.AX" as "BHP"). */
    private static Set<String> aliases(Quote quote) {
        var aliases = new LinkedHashSet<String>();
        aliases.add(quote.instrument().name().strip());
        String symbol = quote.instrument().symbol().value();
        aliases.add(symbol);
        if (symbol.startsWith("^") && symbol.length() > 1) {
            aliases.add(symbol.substring(1));
        }
        int dot = symbol.indexOf('.');
        if (dot >= 3) {
            aliases.add(symbol.substring(0, dot));
        }
        return aliases;
    }

    private static boolean wordCharAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}
