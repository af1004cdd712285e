package com.newsletterdaily.adapters.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns untrusted feed text into inert plain text for a prompt's DATA block: markup, links, control characters
 * and anything that could close the fence are removed, and the result is capped in length.
 */
final class DataText {

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^<>]*>");
    /** A Markdown link target, allowing one level of parentheses inside it, as in {@code javascript:alert(1)}. */
    private static final String TARGET = "\\((?:[^()]|\\([^()]*\\))*\\)";
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]" + TARGET);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]" + TARGET);
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)\\b(?:javascript|vbscript)\\s*:|\\bdata:[a-z]+/");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\bon[a-z]+\\s*=");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\u2028\\u2029]");
    /** Angle brackets (fence markers, stray tags), backticks (code fences) and pipes carry no meaning in data. */
    private static final Pattern FENCE_CHARACTERS = Pattern.compile("[<>`|\\\\]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DataText() {
    }

    static String clean(String raw, int maxLength) {
        if (raw == null) {
            return "";
        }
        // markup rarely outweighs text tenfold; cutting first keeps the patterns below cheap on huge feed items
        var text = decodeEntities(raw.length() > 10 * maxLength ? raw.substring(0, 10 * maxLength) : raw);
        text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = MARKDOWN_IMAGE.matcher(text).replaceAll(" ");
        text = MARKDOWN_LINK.matcher(text).replaceAll("$1");
        text = URL.matcher(text).replaceAll(" ");
        text = SCRIPT_SCHEME.matcher(text).replaceAll(" ");
        text = EVENT_HANDLER.matcher(text).replaceAll(" ");
        text = INVISIBLE.matcher(text).replaceAll(" ");
        text = FENCE_CHARACTERS.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return cap(text, maxLength);
    }

    private static String decodeEntities(String text) {
        var named = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return NUMERIC_ENTITY.matcher(named).replaceAll(match -> {
            int codePoint = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return Character.isValidCodePoint(codePoint)
                    ? Matcher.quoteReplacement(Character.toString(codePoint)) : " ";
        });
    }

    private static String cap(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        var end = text.offsetByCodePoints(0, maxLength - 1);
        return text.substring(0, end).strip() + "…";
    }
}
