package com.newsletterdaily.domain.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether two titles tell the same story: equal once case, punctuation, whitespace and diacritics are
 * normalised away, or sharing at least 80% of their words (Jaccard). An instance remembers the titles added to it
 * and finds near-identical ones without comparing against all of them; it is not thread-safe.
 */
public final class TitleSimilarity {

    /** The Jaccard threshold 0.8 as the fraction 4/5, so the checks are exact integer arithmetic. */
    private static final int NUMERATOR = 4;
    private static final int DENOMINATOR = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Integer> frequency = new HashMap<>();
    private final Comparator<String> rarestFirst = Comparator
            .comparingInt((String token) -> frequency.getOrDefault(token, 0))
            .thenComparing(Comparator.naturalOrder());
    private final Set<String> keys = new HashSet<>();
    private final Map<String, List<Set<String>>> byPrefixToken = new HashMap<>();

    public TitleSimilarity() {
        this(List.of());
    }

    /**
     * An index that orders words rarest first by how often they occur in {@code corpus}, usually every title that
     * will be added. Any fixed order finds the same duplicates; rarest first makes it fast.
     */
    public TitleSimilarity(Collection<String> corpus) {
        corpus.forEach(title -> tokens(title).forEach(token -> frequency.merge(token, 1, Integer::sum)));
    }

    /** Lower-case words without diacritics or punctuation, single-spaced: "Fed’s Rate-Cut!" becomes "feds rate cut". */
    public static String normalise(String title) {
        String text = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        text = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_WORD.matcher(text).replaceAll(" ").strip();
    }

    public static Set<String> tokens(String title) {
        String normalised = normalise(title);
        return normalised.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(normalised.split(" ")));
    }

    public static boolean similar(String a, String b) {
        return normalise(a).equals(normalise(b)) || nearIdentical(tokens(a), tokens(b));
    }

    /**
     * Remembers {@code title} unless a near-identical one was added before; answers whether it was new. Two token
     * sets with Jaccard >= t share a word among the first {@code n - ceil(t n) + 1} of each in a fixed order
     * (prefix filtering), so only titles sharing such a word are compared.
     */
    public boolean addIfNew(String title) {
        String key = normalise(title);
        if (keys.contains(key)) {
            return false;
        }
        Set<String> tokens = tokens(title);
        List<String> prefix = prefix(tokens);
        for (String token : prefix) {
            for (Set<String> other : byPrefixToken.getOrDefault(token, List.of())) {
                if (nearIdentical(tokens, other)) {
                    return false;
                }
            }
        }
        keys.add(key);
        prefix.forEach(token -> byPrefixToken.computeIfAbsent(token, t -> new ArrayList<>()).add(tokens));
        return true;
    }

    private List<String> prefix(Set<String> tokens) {
        int n = tokens.size();
        int mustShare = (NUMERATOR * n + DENOMINATOR - 1) / DENOMINATOR;
        return tokens.stream().sorted(rarestFirst).limit(n - mustShare + 1L).toList();
    }

    private static boolean nearIdentical(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - shared;
        return shared * DENOMINATOR >= union * NUMERATOR;
    }
}
