package com.newsletterdaily.adapters.postgres.testing;

import com.newsletterdaily.adapters.postgres.DatabaseSettings;
import com.newsletterdaily.adapters.postgres.PostgresDatabase;
import io.helidon.dbclient.DbClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh database from {@link TestPostgres}, migrated once per test class and closed after it, with the given
 * tables emptied before each test. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MigratedDatabase database = MigratedDatabase.truncatingBeforeEach("articles");
 * }</pre>
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final List<String> tables;
    private DatabaseSettings settings;
    private PostgresDatabase database;
    private String openedBy;

    private MigratedDatabase(List<String> tables) {
        this.tables = tables.stream().map(MigratedDatabase::checked).toList();
    }

    /** Empties {@code tables}, and whatever references them, before each test. */
    public static MigratedDatabase truncatingBeforeEach(String... tables) {
        if (tables.length == 0) {
            throw new IllegalArgumentException("name at least one table to truncate");
        }
        return new MigratedDatabase(List.of(tables));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (database != null) {
            return; // already open for an enclosing class
        }
        settings = TestPostgres.freshDatabase();
        database = new PostgresDatabase(settings);
        openedBy = context.getUniqueId();
        assertThat(database.migrate().isMigrated()).isTrue();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null && context.getUniqueId().equals(openedBy)) {
            database.close();
            database = null;
            settings = null;
            openedBy = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        truncate();
    }

    /** Empties the tables named at construction, and whatever references them. */
    public void truncate() {
        client().execute().dml("truncate " + String.join(", ", tables) + " cascade");
    }

    /** Settings of this class's database, to open a second instance on it. */
    public DatabaseSettings settings() {
        open();
        return settings;
    }

    public PostgresDatabase database() {
        return open();
    }

    public DbClient client() {
        return open().client();
    }

    /** How many rows {@code table} holds. */
    public long count(String table) {
        return client().execute().get("select count(*) as n from " + checked(table))
                .map(row -> row.column("n").get(Long.class)).orElseThrow();
    }

    private PostgresDatabase open() {
        if (database == null) {
            throw new IllegalStateException("the database opens before all tests: register "
                    + MigratedDatabase.class.getSimpleName() + " on a static field");
        }
        return database;
    }

    // Table names go into SQL text, so only plain lower-case identifiers are accepted.
    private static String checked(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
        return table;
    }
}
