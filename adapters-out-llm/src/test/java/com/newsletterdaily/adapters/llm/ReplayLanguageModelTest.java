package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.ModelException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.newsletterdaily.adapters.llm.SectionRequests.aSectionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReplayLanguageModelTest {

    @TempDir
    Path recordings;

    private final PromptBuilder prompts = new PromptBuilder();

    @Test
    void givenRecordedDraft_replay_returnsTheIdenticalDraft() throws Exception {
        var request = aSectionRequest().withArticle("ASX hits a record", "The index closed higher.").build();
        var recorder = new RecordingLanguageModel(new OfflineLanguageModel(), prompts, recordings);

        var recorded = recorder.write(request);
        var replayed = new ReplayLanguageModel("offline", "offline", prompts, recordings).write(request);

        assertThat(replayed).isEqualTo(recorded);
        try (var files = Files.list(recordings)) {
            assertThat(files.toList()).singleElement()
                    .satisfies(file -> assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.json"));
        }
    }

    @Test
    void givenNoRecordingForTheRequest_replay_throwsRejectedNamingTheKey() {
        var request = aSectionRequest().build();
        new RecordingLanguageModel(new OfflineLanguageModel(), prompts, recordings).write(request);
        var otherRequest = aSectionRequest().withArticle("Another story", "").build();

        var failure = catchThrowableOfType(ModelException.class,
                () -> new ReplayLanguageModel("offline", "offline", prompts, recordings).write(otherRequest));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).containsPattern("no recording for [0-9a-f]{64}");
    }

    @Test
    void givenRecordingOfAnotherModel_replay_doesNotUseIt() {
        var request = aSectionRequest().build();
        new RecordingLanguageModel(new OfflineLanguageModel(), prompts, recordings).write(request);

        var failure = catchThrowableOfType(ModelException.class,
                () -> new ReplayLanguageModel("openai-main", "gpt-4.1-mini", prompts, recordings).write(request));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    }
}
