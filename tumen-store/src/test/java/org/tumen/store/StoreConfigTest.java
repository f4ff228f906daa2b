package org.tumen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    @Test
    void an_unreachable_url_gives_a_one_line_message_naming_it() {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";

        assertThatThrownBy(() -> Store.open(StoreConfig.jdbc(url), new SimpleFusion(), new SimpleAssessor()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot reach the database at " + url + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_password_in_the_url_is_not_shown() {
        StoreConfig config = StoreConfig.jdbc("jdbc:postgresql://db:5432/tumen?user=app&password=secret");

        assertThat(config.displayUrl()).doesNotContain("secret").contains("password=***");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void the_embedded_database_runs_h2_in_postgresql_mode_in_the_data_folder() {
        StoreConfig config = StoreConfig.embedded(Path.of("/tmp/x"));

        assertThat(config.jdbcUrl())
                .startsWith("jdbc:h2:file:/tmp/x/tumen;")
                .contains("MODE=PostgreSQL", "DATABASE_TO_LOWER=TRUE", "DEFAULT_NULL_ORDERING=HIGH");
        assertThat(StoreConfig.defaults().dataDir()).isEqualTo(Path.of("tumen-data"));
    }

    @Test
    void a_given_url_wins_over_the_data_folder() {
        assertThat(StoreConfig.of(Path.of("d"), "jdbc:postgresql://h/db").url()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(StoreConfig.of(Path.of("d"), null).dataDir()).isEqualTo(Path.of("d"));
    }

    @Test
    void a_url_that_is_not_jdbc_is_refused_at_once() {
        assertThatThrownBy(() -> StoreConfig.jdbc("postgresql://h/db")).hasMessageContaining("must start with jdbc:");
    }
}
