package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.application.port.out.EditionRepository;
import com.newsletterdaily.domain.newsletter.Edition;
import com.newsletterdaily.domain.newsletter.EditionStatus;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stores editions in {@code editions} and their sections, with their fact-check verdicts, in {@code edition_sections},
 * one transaction per save.
 */
public final class PostgresEditionRepository implements EditionRepository {

    private static final String KEY_POINT_SEPARATOR = "\n";

    private final DbClient client;

    /** Takes the client of a {@link PostgresDatabase}, which knows this repository's named statements. */
    public PostgresEditionRepository(DbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Optional<Edition> findByDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        try (Stream<DbRow> rows = client.execute().createNamedQuery("select-edition").addParam("date", date).execute()) {
            return toEdition(rows.toList());
        }
    }

    @Override
    public Optional<Edition> findLatestPublished() {
        try (Stream<DbRow> rows = client.execute().createNamedQuery("select-latest-published-edition").execute()) {
            return toEdition(rows.toList());
        }
    }

    @Override
    public void save(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        Transactions.inTransaction(client, tx -> {
            tx.createNamedDmlStatement("upsert-edition")
                    .addParam("date", edition.date())
                    .addParam("status", edition.status().name())
                    .addParam("created_at", SqlValues.timestamp(edition.createdAt()))
                    .addParam("published_at", SqlValues.timestamp(edition.publishedAt()))
                    .execute();
            tx.createNamedDelete("delete-sections").addParam("date", edition.date()).execute();
            var sections = edition.sections();
            for (int position = 0; position < sections.size(); position++) {
                var section = sections.get(position);
                var verdict = section.factCheck();
                tx.createNamedInsert("insert-section")
                        .addParam("date", edition.date())
                        .addParam("position", position)
                        .addParam("kind", section.kind().name())
                        .addParam("title", section.title())
                        .addParam("summary", section.summary())
                        .addParam("body", section.body())
                        .addParam("key_points", String.join(KEY_POINT_SEPARATOR, section.keyPoints()))
                        .addParam("fact_check_passed", verdict == null ? null : verdict.passed())
                        .addParam("fact_check", verdict == null ? null : FactCheckText.encode(verdict))
                        .execute();
            }
            return null;
        });
    }

    /** One edition from its rows, one per section (or one with null section columns when it has none). */
    private static Optional<Edition> toEdition(List<DbRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var first = rows.getFirst();
        var sections = new ArrayList<Section>();
        for (DbRow row : rows) {
            if (SqlValues.value(row, "position") != null) {
                sections.add(toSection(row));
            }
        }
        return Optional.of(new Edition(SqlValues.date(first, "edition_date"),
                EditionStatus.valueOf(SqlValues.text(first, "status")), sections,
                SqlValues.instant(first, "created_at"), SqlValues.instant(first, "published_at")));
    }

    private static Section toSection(DbRow row) {
        var keyPoints = SqlValues.text(row, "key_points");
        var passed = (Boolean) SqlValues.value(row, "fact_check_passed");
        return new Section(SectionKind.valueOf(SqlValues.text(row, "kind")), SqlValues.text(row, "title"),
                SqlValues.text(row, "summary"), SqlValues.text(row, "body"),
                keyPoints.isEmpty() ? List.of() : List.of(keyPoints.split(KEY_POINT_SEPARATOR, -1)),
                passed == null ? null : FactCheckText.decode(passed, SqlValues.text(row, "fact_check")));
    }
}
