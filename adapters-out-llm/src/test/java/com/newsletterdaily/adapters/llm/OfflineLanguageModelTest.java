package com.newsletterdaily.adapters.llm;

import org.junit.jupiter.api.Test;

import static com.newsletterdaily.adapters.llm.SectionRequests.aSectionRequest;
import static org.assertj.core.api.Assertions.assertThat;

class OfflineLanguageModelTest {

    @Test
    void givenRequest_write_returnsTheOfflineWritersSectionWithoutTokens() {
        var request = aSectionRequest().build();
        var model = new OfflineLanguageModel();

        var draft = model.write(request);

        assertThat(draft.section()).isEqualTo(new OfflineSectionWriter().write(request));
        assertThat(draft.inputTokens()).isZero();
        assertThat(draft.outputTokens()).isZero();
        assertThat(model.provider()).isEqualTo("offline");
        assertThat(model.model()).isEqualTo("offline");
    }
}
