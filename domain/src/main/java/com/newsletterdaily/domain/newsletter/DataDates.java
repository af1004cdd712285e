package com.newsletterdaily.domain.newsletter;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.market.Quote;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and times a section's text may write in ISO form: an ISO date matches the edition date or the UTC date
 * of a quote's as-of time or an article's publication; an ISO date-time must be one of those instants exactly
 * (without an offset it is read as UTC).
 */
final class DataDates {

    static final Pattern ISO = Pattern.compile("(?<![\\d\\p{L}])(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");

    private final LocalDate editionDate;
    private final List<Instant> instants;

    private DataDates(LocalDate editionDate, List<Instant> instants) {
        this.editionDate = editionDate;
        this.instants = List.copyOf(instants);
    }

    static DataDates of(List<Quote> quotes, List<Article> articles, LocalDate editionDate) {
        var instants = new ArrayList<Instant>();
        quotes.forEach(q -> instants.add(q.provenance().asOf()));
        articles.forEach(a -> instants.add(a.publishedAt()));
        return new DataDates(editionDate, instants);
    }

    /** What the ISO date or date-time found by the matcher matches, if anything. */
    Optional<String> match(Matcher iso) {
        try {
            var date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            if (iso.group(4) == null) {
                if (date.equals(editionDate)) {
                    return Optional.of("edition date");
                }
                return instants.stream().filter(i -> i.atOffset(ZoneOffset.UTC).toLocalDate().equals(date))
                        .findFirst().map(i -> "data time " + i);
            }
            var time = LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(),
                    Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                    iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)),
                    iso.group(7) == null ? 0 : Integer.parseInt((iso.group(7) + "00000000").substring(0, 9)));
            var offset = iso.group(8) == null ? ZoneOffset.UTC : ZoneOffset.of(iso.group(8));
            var instant = time.toInstant(offset);
            return instants.stream().filter(instant::equals).findFirst().map(i -> "data time " + i);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
