package com.newsletterdaily.domain.newsletter;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.market.Direction;
import com.newsletterdaily.domain.market.Quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks that every number, percentage, ISO date and direction word in a generated section agrees with the
 * section's input data within rounding tolerance (see {@link NumberScanner} for the numbers it skips).
 *
 * <p>A number written with d decimals matches a data value v when |number - |v|| &lt;= 0.5 * 10^-d. A direction
 * word, or an explicit sign on a percentage ("+0.45%"), must agree with the instrument named last before it in
 * the same clause; with no instrument named there it is not checked.
 */
public final class FactCheck {

    private record Found(int position, CheckedFact fact, String mismatch) {
    }

    private FactCheck() {
    }

    public static FactCheckVerdict check(Section section, List<Quote> quotes, List<Article> articles,
                                         LocalDate editionDate) {
        var values = DataValues.of(quotes, articles, editionDate);
        var dates = DataDates.of(quotes, articles, editionDate);
        var checked = new ArrayList<CheckedFact>();
        var mismatches = new ArrayList<String>();
        var texts = new ArrayList<String>(List.of(section.title(), section.summary(), section.body()));
        texts.addAll(section.keyPoints());
        for (String text : texts) {
            for (Found found : check(text, quotes, values, dates)) {
                checked.add(found.fact());
                if (found.mismatch() != null) {
                    mismatches.add(found.mismatch());
                }
            }
        }
        return FactCheckVerdict.of(checked, mismatches);
    }

    private static List<Found> check(String text, List<Quote> quotes, DataValues values, DataDates dates) {
        var found = new ArrayList<Found>();
        var mentions = InstrumentMentions.in(text, quotes);
        var dateSpans = new ArrayList<int[]>();
        var iso = DataDates.ISO.matcher(text);
        while (iso.find()) {
            dateSpans.add(new int[]{iso.start(), iso.end()});
            var match = dates.match(iso);
            found.add(found(iso.start(), iso.group(), CheckedFact.DATE, match, "matches no data date"));
        }
        var numbers = NumberScanner.scan(text,
                p -> mentions.covers(p) || dateSpans.stream().anyMatch(s -> p >= s[0] && p < s[1]));
        for (WrittenNumber number : numbers) {
            var instrument = mentions.nearestBefore(number.start());
            found.add(found(number.start(), number.text(), number.percent() ? CheckedFact.PERCENT : CheckedFact.NUMBER,
                    values.match(number, instrument), "matches no data value"));
            if (number.percent() && number.sign() != 0 && number.magnitude().compareTo(BigDecimal.ZERO) != 0
                    && instrument.isPresent()) {
                var said = number.sign() > 0 ? Direction.UP : Direction.DOWN;
                found.add(direction(number.start(), number.text(), said, instrument.get()));
            }
        }
        var words = DirectionWords.WORD.matcher(text);
        while (words.find()) {
            var instrument = mentions.nearestBefore(words.start());
            if (instrument.isPresent() && DirectionWords.reportsMove(text, words.start(), words.end())) {
                found.add(direction(words.start(), words.group(), DirectionWords.meaning(words.group()),
                        instrument.get()));
            }
        }
        found.sort(Comparator.comparingInt(Found::position));
        return found;
    }

    private static Found found(int position, String text, String kind, Optional<String> match, String otherwise) {
        return new Found(position, new CheckedFact(text, kind, match.isPresent(), match.orElse("")),
                match.isPresent() ? null : "'" + text + "' " + otherwise);
    }

    private static Found direction(int position, String text, Direction said, Quote quote) {
        boolean agrees = DirectionWords.agrees(said, quote);
        String described = DirectionWords.describe(quote);
        return new Found(position, new CheckedFact(text, CheckedFact.DIRECTION, agrees, described),
                agrees ? null : "'" + text + "' contradicts " + described.replaceFirst(
                        " (rose|fell|was unchanged)$", " which $1"));
    }
}
