package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.domain.newsletter.CheckedFact;
import com.newsletterdaily.domain.newsletter.FactCheckVerdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The checked facts and mismatches of a verdict as lines for {@code edition_sections.fact_check}: one
 * {@code F<TAB>kind<TAB>1|0<TAB>text<TAB>matched against} line per fact, then one {@code M<TAB>mismatch} line per
 * mismatch, with backslash, tab, line feed and carriage return escaped so that every verdict round-trips exactly.
 */
final class FactCheckText {

    private FactCheckText() {
    }

    static String encode(FactCheckVerdict verdict) {
        var lines = new ArrayList<String>();
        for (CheckedFact fact : verdict.checked()) {
            lines.add(String.join("\t", "F", escape(fact.kind()), fact.matched() ? "1" : "0", escape(fact.text()),
                    escape(fact.matchedAgainst())));
        }
        verdict.mismatches().forEach(mismatch -> lines.add("M\t" + escape(mismatch)));
        return String.join("\n", lines);
    }

    static FactCheckVerdict decode(boolean passed, String text) {
        var checked = new ArrayList<CheckedFact>();
        var mismatches = new ArrayList<String>();
        for (String line : text.isEmpty() ? List.<String>of() : List.of(text.split("\n", -1))) {
            var fields = line.split("\t", -1);
            if (fields[0].equals("F") && fields.length == 5) {
                checked.add(new CheckedFact(unescape(fields[3]), unescape(fields[1]), fields[2].equals("1"),
                        unescape(fields[4])));
            } else if (fields[0].equals("M") && fields.length == 2) {
                mismatches.add(unescape(fields[1]));
            } else {
                throw new IllegalStateException("not a fact-check line: " + line);
            }
        }
        return new FactCheckVerdict(passed, checked, mismatches);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = switch (text.charAt(++i)) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    default -> throw new IllegalStateException("unknown escape in a fact-check line: " + text);
                };
            }
            out.append(c);
        }
        return out.toString();
    }
}
