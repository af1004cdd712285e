package com.newsletterdaily.domain.newsletter;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.market.Direction;
import com.newsletterdaily.domain.market.Quote;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The values a section's text may state, each with a label saying where it comes from: the quotes' prices,
 * previous closes, changes and percentage changes (exact and rounded), counts of the data, the edition date's
 * parts, and the numbers in the articles' titles and summaries.
 */
final class DataValues {

    private static final BigDecimal EPSILON = new BigDecimal("1e-9");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Value(BigDecimal magnitude, String label, Quote quote, boolean percentLike, boolean count) {
    }

    private final List<Value> values;

    private DataValues(List<Value> values) {
        this.values = List.copyOf(values);
    }

    static DataValues of(List<Quote> quotes, List<Article> articles, LocalDate editionDate) {
        var values = new ArrayList<Value>();
        for (Quote q : quotes) {
            String name = q.instrument().name();
            values.add(new Value(q.price(), name + " price", q, false, false));
            values.add(new Value(q.previousClose(), name + " previous close", q, false, false));
            values.add(new Value(q.change().abs(), name + " change", q, false, false));
            var exactPercent = q.change().multiply(HUNDRED).divide(q.previousClose(), MathContext.DECIMAL64);
            values.add(new Value(exactPercent.abs(), name + " change %", q, true, false));
            values.add(new Value(q.changePercent().abs(), name + " change %", q, true, false));
        }
        count(values, quotes.size(), "number of quotes");
        count(values, quotes.stream().filter(q -> q.direction() == Direction.UP).count(), "number that rose");
        count(values, quotes.stream().filter(q -> q.direction() == Direction.DOWN).count(), "number that fell");
        count(values, quotes.stream().filter(q -> q.direction() == Direction.FLAT).count(), "number unchanged");
        count(values, articles.size(), "number of articles");
        count(values, editionDate.getDayOfMonth(), "edition day");
        count(values, editionDate.getMonthValue(), "edition month");
        count(values, editionDate.getYear(), "edition year");
        for (int i = 0; i < articles.size(); i++) {
            var article = articles.get(i);
            var text = article.title() + "\n" + article.summary();
            for (WrittenNumber n : NumberScanner.scan(text, position -> false)) {
                String label = "article " + (i + 1);
                values.add(new Value(n.magnitude(), label, null, true, false));
                if (n.scale().compareTo(BigDecimal.ONE) != 0) {
                    values.add(new Value(n.magnitude().multiply(n.scale()), label, null, true, false));
                }
            }
        }
        return new DataValues(values);
    }

    /**
     * The label of the first value the written number rounds from, trying the given instrument's values first.
     * A percentage matches percentage changes and article numbers only; magnitudes are compared, since "fell 0.80%"
     * writes a negative change without its sign; a scaled number ("1.2bn") matches scaled or as written.
     */
    Optional<String> match(WrittenNumber number, Optional<Quote> preferred) {
        Predicate<Value> fits = v -> (v.percentLike() || !number.percent()) && close(number, v.magnitude());
        var ordered = new ArrayList<Value>();
        preferred.ifPresent(q -> values.stream().filter(v -> v.quote() == q).forEach(ordered::add));
        ordered.addAll(values);
        if (number.bareInteger()) { // "1 lost ground" reads as a count before it reads as a rounded 0.80%
            ordered.sort(Comparator.comparing(v -> !v.count()));
        }
        var found = ordered.stream().filter(fits).findFirst().map(Value::label);
        if (found.isEmpty() && number.bareInteger() && number.magnitude().compareTo(BigDecimal.ONE) >= 0
                && number.magnitude().compareTo(BigDecimal.TEN) <= 0) {
            return Optional.of("small integer");
        }
        return found;
    }

    private static boolean close(WrittenNumber number, BigDecimal value) {
        var tolerance = number.tolerance().add(EPSILON);
        if (number.magnitude().subtract(value).abs().compareTo(tolerance) <= 0) {
            return true;
        }
        var scale = number.scale();
        return scale.compareTo(BigDecimal.ONE) != 0
                && number.magnitude().multiply(scale).subtract(value).abs().compareTo(tolerance.multiply(scale)) <= 0;
    }

    private static void count(List<Value> values, long count, String label) {
        values.add(new Value(BigDecimal.valueOf(count), label, null, false, true));
    }
}
