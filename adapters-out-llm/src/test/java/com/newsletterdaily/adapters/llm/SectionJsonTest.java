package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionJsonTest {

    private static final Set<String> LINKS = Set.of(SectionRequests.ARTICLE_URL);

    @Test
    void givenJsonInFencesWithTextAround_parse_mapsTheSection() throws Exception {
        var answer = """
                Here is the section you asked for:
                ```json
                {"title": " Markets ", "summary": "Mixed day.", "body": "Read [more](%s).", "keyPoints": ["ASX up"]}
                ```
                Let me know if you need anything else {}.""".formatted(SectionRequests.ARTICLE_URL);

        var section = SectionJson.parse(answer, SectionKind.MARKET_OVERVIEW, LINKS);

        assertThat(section).isEqualTo(new Section(SectionKind.MARKET_OVERVIEW, "Markets", "Mixed day.",
                "Read [more](" + SectionRequests.ARTICLE_URL + ").", List.of("ASX up")));
    }

    @Test
    void givenProse_parse_saysThereIsNoJsonObject() {
        assertInvalid("Markets were mixed today.", "no JSON object");
    }

    @Test
    void givenBrokenJson_parse_saysItIsNotValidJson() {
        assertInvalid("{\"title\": \"Markets\", \"summary\": ", "not valid JSON");
    }

    @Test
    void givenMissingAndBlankFields_parse_namesEach() {
        assertInvalid("{\"title\": \" \", \"summary\": 3}", "title must be a non-blank string",
                "summary must be a non-blank string", "body must be a non-blank string", "keyPoints must be an array");
    }

    @Test
    void givenNineKeyPoints_parse_rejectsThem() {
        assertInvalid(json("Fine.", Collections.nCopies(9, "\"point\"")), "at most 8 entries");
    }

    @Test
    void givenMultiLineKeyPoint_parse_rejectsIt() {
        assertInvalid(json("Fine.", List.of("\"one\\ntwo\"")), "single line");
    }

    @Test
    void givenOverlongBody_parse_rejectsIt() {
        assertInvalid(json("x".repeat(SectionJson.BODY_MAX + 1), List.of()), "body must be at most");
    }

    @Test
    void givenHtmlImageScriptOrForeignLink_parse_rejectsEach() {
        assertInvalid(json("<p>Markets</p>", List.of()), "HTML is not allowed");
        assertInvalid(json("![chart](https://news.example.com/c.png)", List.of()), "images are not allowed");
        assertInvalid(json("[click](javascript:alert(1))", List.of()), "only http(s) links");
        assertInvalid(json("See https://evil.example/x.", List.of()), "link https://evil.example/x is not the url");
    }

    @Test
    void givenSection_writeThenParse_givesItBack() throws Exception {
        var section = new Section(SectionKind.MARKET_OVERVIEW, "Title", "Summary \"quoted\"", "Body\nline 2",
                List.of("a", "b"));

        assertThat(SectionJson.parse(SectionJson.write(section), SectionKind.MARKET_OVERVIEW, Set.of()))
                .isEqualTo(section);
    }

    private static String json(String body, List<String> keyPoints) {
        return "{\"title\": \"T\", \"summary\": \"S\", \"body\": \"" + body + "\", \"keyPoints\": ["
                + String.join(",", keyPoints) + "]}";
    }

    private static void assertInvalid(String answer, String... reasons) {
        assertThatThrownBy(() -> SectionJson.parse(answer, SectionKind.MARKET_OVERVIEW, LINKS))
                .isInstanceOf(SectionJson.InvalidAnswer.class)
                .hasMessageContainingAll(reasons);
    }
}
