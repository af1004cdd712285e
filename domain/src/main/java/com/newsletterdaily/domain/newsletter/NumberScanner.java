package com.newsletterdaily.domain.newsletter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in generated text that state a value, skipping those that are part of a name or identifier.
 *
 * <p>Skipped, so never checked: a number inside a masked span (an instrument's name or symbol, an ISO date/time);
 * a number touching a letter ("^N225", "S32.AX", "Q3", "1st", "COVID-19", "gpt-4.1"); one after {@code ^ _ = # @};
 * one with several dots ("4.1.2"); a compound modifier followed by a hyphen and a letter or space ("20-day",
 * "8- and"); a clock time ("06:10"); and a bare integer right after an index word ("Nikkei 225", "Russell 2000") or
 * an all-capitals word that is not a currency code ("S&amp;P 500", "ASX 200", "FTSE 100", "CAC 40").
 * Numbers written as words ("three") are not seen.
 */
final class NumberScanner {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)|\\d+(?:\\.\\d+)*");
    private static final Pattern SCALE = Pattern.compile(
            "(?:(bn|b|mn|m|k|tn|trn)|\\s(thousand|million|billion|trillion|bn|mn|tn))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\s?%|\\s(?:per ?cent|pct)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> INDEX_WORDS = Set.of("s&p", "asx", "ftse", "nikkei", "russell", "stoxx", "cac",
            "dax", "nasdaq", "topix", "kospi", "sensex", "nifty", "nzx", "msci", "ibex", "aex", "smi", "tsx");
    private static final Set<String> CURRENCY_CODES = Set.of("USD", "AUD", "EUR", "GBP", "JPY", "CNY", "CAD", "NZD",
            "CHF", "HKD", "SGD", "INR", "KRW", "BTC", "ETH", "USDT");
    private static final String CURRENCY_SYMBOLS = "$£€¥";

    private NumberScanner() {
    }

    static List<WrittenNumber> scan(String text, IntPredicate masked) {
        var numbers = new ArrayList<WrittenNumber>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            String digits = matcher.group();
            if (masked.test(start) || digits.chars().filter(c -> c == '.').count() > 1
                    || partOfIdentifier(text, start, end)) {
                continue;
            }
            int sign = 0;
            boolean currency = false;
            int textStart = start;
            char before = charAt(text, start - 1);
            if (CURRENCY_SYMBOLS.indexOf(before) >= 0) {
                currency = true;
                textStart = currencyPrefixStart(text, start - 1);
                before = charAt(text, textStart - 1);
                if (isSign(before) && !Character.isLetterOrDigit(charAt(text, textStart - 2))) {
                    sign = before == '+' ? 1 : -1;
                    textStart--;
                }
            } else if (isSign(before) && !Character.isLetterOrDigit(charAt(text, start - 2))) {
                sign = before == '+' ? 1 : -1;
                textStart--;
            }
            BigDecimal scale = BigDecimal.ONE;
            Matcher scaleWord = SCALE.matcher(text).region(end, text.length());
            if (scaleWord.lookingAt()) {
                String word = scaleWord.group(1) != null ? scaleWord.group(1) : scaleWord.group(2);
                scale = scale(word.toLowerCase(Locale.ROOT));
                end = scaleWord.end();
            } else if (Character.isLetter(charAt(text, end))) {
                continue;
            }
            boolean percent = false;
            Matcher percentSign = PERCENT.matcher(text).region(end, text.length());
            if (percentSign.lookingAt()) {
                percent = true;
                end = percentSign.end();
            }
            var magnitude = new BigDecimal(digits.replace(",", ""));
            int dot = digits.indexOf('.');
            int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            var number = new WrittenNumber(text.substring(textStart, end), start, magnitude, decimals, sign, currency,
                    scale, percent);
            if (!(number.bareInteger() && followsIndexWord(text, start))) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private static boolean partOfIdentifier(String text, int start, int end) {
        char before = charAt(text, start - 1);
        char beforeThat = charAt(text, start - 2);
        char after = charAt(text, end);
        char afterThat = charAt(text, end + 1);
        return Character.isLetter(before)
                || "^_=#@".indexOf(before) >= 0
                || before == '.' && Character.isLetterOrDigit(beforeThat)
                || before == '-' && Character.isLetter(beforeThat)
                || before == ':' && Character.isDigit(beforeThat)
                || after == ':' && Character.isDigit(afterThat)
                || "=^_".indexOf(after) >= 0
                || after == '-' && (Character.isLetter(afterThat) || Character.isWhitespace(afterThat));
    }

    /** "Nikkei 225", "S&P 500", "ASX 200": the integer is part of the index's name. */
    private static boolean followsIndexWord(String text, int start) {
        if (start == 0 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int wordStart = start - 1;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, start - 1).replaceAll("^[(\\[\"'“]+", "");
        word = word.substring(word.lastIndexOf('/') + 1);
        if (INDEX_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        long letters = word.chars().filter(Character::isLetter).count();
        return letters >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '.')
                && !CURRENCY_CODES.contains(word);
    }

    /** The start of "$", "A$", "US$" or "NZ$" ending at {@code symbol}. */
    private static int currencyPrefixStart(String text, int symbol) {
        int start = symbol;
        while (start > 0 && symbol - start < 2 && Character.isUpperCase(text.charAt(start - 1))) {
            start--;
        }
        return Character.isLetterOrDigit(charAt(text, start - 1)) ? symbol : start;
    }

    private static BigDecimal scale(String word) {
        int exponent = switch (word) {
            case "k", "thousand" -> 3;
            case "m", "mn", "million" -> 6;
            case "b", "bn", "billion" -> 9;
            default -> 12;
        };
        return BigDecimal.TEN.pow(exponent);
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-' || c == '\u2212';
    }

    private static char charAt(String text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : ' ';
    }
}
