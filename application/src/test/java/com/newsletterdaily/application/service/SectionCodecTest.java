package com.newsletterdaily.application.service;

import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionCodecTest {

    @Test
    void givenNewlinesBackslashesAndUnicode_encodeThenDecode_givesTheSameSection() {
        var section = new Section(SectionKind.MARKET_OVERVIEW, "Märkte ↑ \\n not a newline",
                "Summary\r\nwith CRLF and a trailing backslash \\", "Line one.\n\nLine \"two\" \\\\ 100% 😀\n",
                List.of("Point ✓", "\\", "tab\there"));

        var decoded = SectionCodec.decode(SectionCodec.encode(section));

        assertThat(decoded).isEqualTo(section);
    }

    @Test
    void givenNoKeyPoints_encodeThenDecode_givesTheSameSection() {
        var section = new Section(SectionKind.MARKET_OVERVIEW, "T", "S", "B", List.of());

        assertThat(SectionCodec.decode(SectionCodec.encode(section))).isEqualTo(section);
    }

    @Test
    void givenGarbage_decode_isRefused() {
        assertThatThrownBy(() -> SectionCodec.decode("{\"title\":\"json\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionCodec.decode("section-v1\nMARKET_OVERVIEW\nT\nS\nB\n2\nonly one"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionCodec.decode("section-v1\nMARKET_OVERVIEW\nT\\x\nS\nB\n0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
