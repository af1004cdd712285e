package com.newsletterdaily.adapters.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @Test
    void givenRowWritten_restartOnTheSameDirectory_keepsTheRow(@TempDir Path dataDirectory) {
        try (var server = EmbeddedPostgresServer.start(dataDirectory, 0);
             var database = new PostgresDatabase(server.settings())) {
            database.client().execute().dml("create table notes (id int primary key, text text not null)");
            database.client().execute().createInsert("insert into notes (id, text) values (:id, :text)")
                    .addParam("id", 1).addParam("text", "kept").execute();
        }

        try (var server = EmbeddedPostgresServer.start(dataDirectory, 0);
             var database = new PostgresDatabase(server.settings())) {
            var text = database.client().execute()
                    .createGet("select text from notes where id = :id").addParam("id", 1).execute()
                    .map(row -> row.column("text").getString());

            assertThat(text).contains("kept");
            assertThat(server.settings().describe()).isEqualTo("localhost:" + server.port() + "/postgres");
        }
    }

    @Test
    void givenDirectoryInUse_start_explainsThatAnotherProcessHoldsIt(@TempDir Path dataDirectory) {
        try (var running = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDirectory.toString())
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("DATABASE_URL");
        }
    }
}
