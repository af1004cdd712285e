package com.newsletterdaily.application.service;

import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a section's text (not its verdict) as lines for the response cache: a version line, the kind, title,
 * summary and body, the number of key points and the points, each with backslash, line feed and carriage return
 * escaped so that any text round-trips exactly.
 */
final class SectionCodec {

    private static final String VERSION = "section-v1";
    private static final int FIXED_LINES = 6;

    private SectionCodec() {
    }

    static String encode(Section section) {
        var lines = new ArrayList<>(List.of(VERSION, section.kind().name(), escape(section.title()),
                escape(section.summary()), escape(section.body()), Integer.toString(section.keyPoints().size())));
        section.keyPoints().forEach(point -> lines.add(escape(point)));
        return String.join("\n", lines);
    }

    /** @throws IllegalArgumentException when the text is not an encoded section */
    static Section decode(String encoded) {
        var lines = encoded.split("\n", -1);
        if (lines.length < FIXED_LINES || !VERSION.equals(lines[0])) {
            throw new IllegalArgumentException("not an encoded section");
        }
        int points = Integer.parseInt(lines[5]);
        if (points < 0 || lines.length != FIXED_LINES + points) {
            throw new IllegalArgumentException("an encoded section has " + (lines.length - FIXED_LINES)
                    + " key point lines, not " + points);
        }
        var keyPoints = new ArrayList<String>();
        for (int i = FIXED_LINES; i < lines.length; i++) {
            keyPoints.add(unescape(lines[i]));
        }
        return new Section(SectionKind.valueOf(lines[1]), unescape(lines[2]), unescape(lines[3]), unescape(lines[4]),
                keyPoints);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == text.length()) {
                throw new IllegalArgumentException("a dangling escape");
            }
            out.append(switch (text.charAt(i)) {
                case '\\' -> '\\';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new IllegalArgumentException("unknown escape \\" + text.charAt(i));
            });
        }
        return out.toString();
    }
}
