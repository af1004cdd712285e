package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a model's answer as the section JSON object {@code {title, summary, body, keyPoints}}: finds the object
 * in the text, checks it against the schema and the output rules (no HTML, images or foreign links), and maps it.
 */
final class SectionJson {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 800;
    static final int BODY_MAX = 8000;
    static final int KEY_POINTS_MAX = 8;
    static final int KEY_POINT_MAX = 240;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)\\b(?:javascript|vbscript)\\s*:|\\bdata:[a-z]+/|\\bfile://");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"'()\\[\\]]+");

    private SectionJson() {
    }

    /** @throws InvalidAnswer with a message fit to show the model in a repair request */
    static Section parse(String answer, SectionKind kind, Set<String> allowedLinks) throws InvalidAnswer {
        var root = extract(answer);
        var problems = new ArrayList<String>();
        var title = text(root, "title", TITLE_MAX, problems);
        var summary = text(root, "summary", SUMMARY_MAX, problems);
        var body = text(root, "body", BODY_MAX, problems);
        var keyPoints = keyPoints(root.get("keyPoints"), problems);
        var all = new ArrayList<>(List.of(title, summary, body));
        all.addAll(keyPoints);
        all.forEach(value -> checkRules(value, allowedLinks, problems));
        if (!problems.isEmpty()) {
            throw new InvalidAnswer(String.join("; ", problems.stream().distinct().toList()));
        }
        return new Section(kind, title.strip(), summary.strip(), body.strip(), keyPoints.stream().map(String::strip).toList());
    }

    static String write(Section section) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("title", section.title());
        fields.put("summary", section.summary());
        fields.put("body", section.body());
        fields.put("keyPoints", section.keyPoints());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write section JSON", e);
        }
    }

    static boolean isWebLink(URI url) {
        return url.getScheme() != null && (url.getScheme().equalsIgnoreCase("https") || url.getScheme().equalsIgnoreCase("http"));
    }

    private static JsonNode extract(String answer) throws InvalidAnswer {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswer("the answer was empty; expected one JSON object");
        }
        int start = answer.indexOf('{');
        if (start < 0) {
            throw new InvalidAnswer("the answer contains no JSON object");
        }
        try (var parser = JSON.createParser(answer.substring(start))) {
            JsonNode node = JSON.readTree(parser);
            if (node == null || !node.isObject()) {
                throw new InvalidAnswer("the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidAnswer("the answer is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidAnswer("the answer is not valid JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode root, String field, int max, List<String> problems) {
        var node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add(field + " must be a non-blank string");
            return "";
        }
        if (node.asText().length() > max) {
            problems.add(field + " must be at most " + max + " characters");
        }
        return node.asText();
    }

    private static List<String> keyPoints(JsonNode node, List<String> problems) {
        if (node == null || !node.isArray()) {
            problems.add("keyPoints must be an array of strings");
            return List.of();
        }
        if (node.size() > KEY_POINTS_MAX) {
            problems.add("keyPoints must have at most " + KEY_POINTS_MAX + " entries");
        }
        var points = new ArrayList<String>();
        for (JsonNode point : node) {
            if (!point.isTextual() || point.asText().isBlank()) {
                problems.add("each key point must be a non-blank string");
            } else if (point.asText().strip().contains("\n") || point.asText().contains("\r")) {
                problems.add("each key point must be a single line");
            } else if (point.asText().length() > KEY_POINT_MAX) {
                problems.add("each key point must be at most " + KEY_POINT_MAX + " characters");
            } else {
                points.add(point.asText());
            }
        }
        return points;
    }

    private static void checkRules(String value, Set<String> allowedLinks, List<String> problems) {
        if (HTML_TAG.matcher(value).find()) {
            problems.add("HTML is not allowed; write plain text or Markdown");
        }
        if (MARKDOWN_IMAGE.matcher(value).find()) {
            problems.add("images are not allowed");
        }
        if (SCRIPT_SCHEME.matcher(value).find()) {
            problems.add("only http(s) links to the listed articles are allowed");
        }
        var links = LINK.matcher(value);
        while (links.find()) {
            var link = links.group().replaceAll("[.,;:!?]+$", "");
            if (!allowedLinks.contains(link)) {
                problems.add("link " + link + " is not the url of a listed article");
            }
        }
    }

    /** The answer is not a valid section; the message says why, for the repair request. */
    static final class InvalidAnswer extends Exception {

        InvalidAnswer(String message) {
            super(message);
        }
    }
}
