package com.newsletterdaily.domain.newsletter;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes generated text safe to publish as plain text or Markdown: no markup, scripts, images, control characters or
 * links other than the allowed ones, and finds phrasing that reads as buy or sell advice.
 */
public final class OutputHygiene {

    static final String NO_SUMMARY = "No summary.";
    static final String NO_BODY = "No details.";

    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});?",
            Pattern.CASE_INSENSITIVE);
    /** ASCII controls other than tab and line feed, plus zero-width and bidirectional-override characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F\\u200B-\\u200F\\u202A-\\u202E"
            + "\\u2066-\\u2069\\uFEFF]");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    /** Elements whose content is code or a foreign document, dropped whole (to the end if never closed). */
    private static final Pattern DROPPED_ELEMENT = Pattern.compile("<\\s*(script|style|iframe|object|embed|noscript|"
            + "template|svg|math|textarea|xmp)\\b[^>]*>.*?(?:<\\s*/\\s*\\1\\s*>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern AUTOLINK = Pattern.compile("<\\s*([a-zA-Z][a-zA-Z0-9+.\\-]*:[^\\s<>]*)\\s*>");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^<>]*>|<[!?][^<>]*>");
    private static final Pattern TAG_OPENER = Pattern.compile("<(?=\\s*[a-zA-Z/!?])");
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[[^\\]]*]\\s*(?:\\((?:[^()]|\\([^()]*\\))*\\)?|\\[[^\\]]*])");
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]\\n]*)]\\(\\s*<?((?:[^()\\s>]|\\([^()\\s]*\\))*)>?(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^[ \\t]*\\[[^\\]\\n]+]:[ \\t]*<?([^\\s>]*)>?.*$");
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(?:j[\\t\\n]*a[\\t\\n]*v[\\t\\n]*a[\\t\\n]*s[\\t\\n]*c[\\t\\n]*r[\\t\\n]*i[\\t\\n]*p[\\t\\n]*t"
                    + "|v[\\t\\n]*b[\\t\\n]*s[\\t\\n]*c[\\t\\n]*r[\\t\\n]*i[\\t\\n]*p[\\t\\n]*t)[\\t\\n ]*:\\S*"
                    + "|\\bdata:\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("(?:\\b[a-zA-Z][a-zA-Z0-9+.\\-]*://|\\bwww\\.)"
            + "[^\\s<>()\\[\\]\"'`]+");
    private static final Pattern EVENT_HANDLER = Pattern.compile(
            "\\bon[a-z]{3,}\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]*)", Pattern.CASE_INSENSITIVE);

    private OutputHygiene() {
    }

    /** The section with every text field cleaned; a field left blank gets a placeholder, a blank key point goes. */
    public static Section clean(Section section, Set<URI> allowedLinks) {
        Set<String> allowed = allowedLinks.stream().map(u -> u.toString().strip()).collect(Collectors.toSet());
        var keyPoints = section.keyPoints().stream()
                .map(p -> cleanText(p, allowed).replaceAll("\\s*\\n\\s*", " ").strip())
                .filter(p -> !p.isBlank())
                .toList();
        return new Section(section.kind(),
                orElse(cleanText(section.title(), allowed).replaceAll("\\s*\\n\\s*", " "), section.kind().defaultTitle()),
                orElse(cleanText(section.summary(), allowed), NO_SUMMARY),
                orElse(cleanText(section.body(), allowed), NO_BODY),
                keyPoints);
    }

    /** The phrases in a section that read as buy, sell or hold advice, as written, in order; empty when there are none. */
    public static List<String> recommendations(Section section) {
        var found = new LinkedHashSet<String>();
        var texts = new ArrayList<>(List.of(section.title(), section.summary(), section.body()));
        texts.addAll(section.keyPoints());
        texts.forEach(text -> found.addAll(AdvicePhrases.in(text)));
        return List.copyOf(found);
    }

    /** Cleans one text, repeating until nothing changes so that nested tricks ("&amp;lt;", "<scr<b>ipt>") go too. */
    static String cleanText(String text, Set<String> allowed) {
        String current = text;
        for (int pass = 0; pass < 5; pass++) {
            String next = cleanOnce(current, allowed);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String cleanOnce(String text, Set<String> allowed) {
        String t = decodeEntities(text.replace("\r\n", "\n").replace('\r', '\n'));
        t = CONTROL.matcher(t).replaceAll("");
        t = COMMENT.matcher(t).replaceAll("");
        t = DROPPED_ELEMENT.matcher(t).replaceAll("");
        t = replace(AUTOLINK, t, m -> allowed.contains(m.group(1).strip()) ? m.group(1).strip() : "");
        t = TAG.matcher(t).replaceAll("");
        t = TAG_OPENER.matcher(t).replaceAll("");
        t = IMAGE.matcher(t).replaceAll("");
        t = replace(LINK, t, m -> allowed.contains(m.group(2).strip())
                ? "[" + m.group(1) + "](" + m.group(2).strip() + ")" : m.group(1));
        t = replace(LINK_DEFINITION, t, m -> allowed.contains(m.group(1).strip()) ? m.group() : "");
        t = SCRIPT_URL.matcher(t).replaceAll("");
        t = replace(BARE_URL, t, m -> keepAllowedUrl(m.group(), allowed));
        t = EVENT_HANDLER.matcher(t).replaceAll("");
        t = t.replaceAll("(?m)[ \\t]+$", "").replaceAll("(?<=\\S) {2,}(?=\\S)", " ").replaceAll("\\n{3,}", "\n\n");
        return t.strip();
    }

    /** A URL followed by sentence punctuation keeps the punctuation; the URL itself stays only when allowed. */
    private static String keepAllowedUrl(String match, Set<String> allowed) {
        String url = match.replaceAll("[.,;:!?]+$", "");
        String trailing = match.substring(url.length());
        return (allowed.contains(url) ? url : "") + trailing;
    }

    private static String decodeEntities(String text) {
        String decoded = text;
        for (int pass = 0; pass < 5 && ENTITY.matcher(decoded).find(); pass++) {
            decoded = decodeOnce(decoded);
        }
        return decoded;
    }

    private static String decodeOnce(String text) {
        return replace(ENTITY, text, m -> {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            return switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
                }
            };
        });
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }

    private static String orElse(String text, String placeholder) {
        return text.isBlank() ? placeholder : text;
    }
}
