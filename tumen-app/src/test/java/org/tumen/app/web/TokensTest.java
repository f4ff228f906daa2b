package org.tumen.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {
    @TempDir
    Path dir;

    @Test
    void a_token_file_gives_each_token_its_role_and_skips_comments_and_blank_lines() throws IOException {
        Path file = Files.writeString(
                dir.resolve("tokens"),
                "# who may do what\n\nreader-0123456789abcdef read\nanalyst-0123456789abcd ANALYST # Kim\n");

        Tokens tokens = Tokens.read(file, null);

        assertThat(tokens.role("reader-0123456789abcdef")).contains(Role.READ);
        assertThat(tokens.role("analyst-0123456789abcd")).contains(Role.ANALYST);
        assertThat(tokens.role("reader")).isEmpty();
    }

    @Test
    void the_environment_adds_tokens_separated_by_newlines_or_commas() {
        Tokens tokens = Tokens.read(null, "aaaaaaaaaaaaaaaa1 read,bbbbbbbbbbbbbbbb2 analyst\ncccccccccccccccc3 read");

        assertThat(tokens.role("bbbbbbbbbbbbbbbb2")).contains(Role.ANALYST);
        assertThat(tokens.role("cccccccccccccccc3")).contains(Role.READ);
        assertThat(Tokens.read(null, "  ").isEmpty()).isTrue();
    }

    @Test
    void a_bad_entry_is_refused_naming_where_it_is() {
        assertThatThrownBy(() -> Tokens.parse(List.of("aaaaaaaaaaaaaaaa1 admin"), "tokens"))
                .hasMessageContaining("unknown role 'admin'");
        assertThatThrownBy(() -> Tokens.parse(List.of("", "short read"), "tokens"))
                .hasMessage("tokens entry 2: a token has at least 16 characters");
        assertThatThrownBy(() -> Tokens.parse(List.of("aaaaaaaaaaaaaaaa1"), "tokens"))
                .hasMessage("tokens entry 1: expected 'TOKEN ROLE'");
        assertThatThrownBy(() -> Tokens.read(dir.resolve("missing"), null))
                .hasMessageStartingWith("cannot read the token file");
    }

    @Test
    void reading_methods_need_the_read_role_and_the_others_the_analyst_role() {
        assertThat(Role.READ.allows(Role.neededFor("GET"))).isTrue();
        assertThat(Role.READ.allows(Role.neededFor("POST"))).isFalse();
        assertThat(Role.READ.allows(Role.neededFor("DELETE"))).isFalse();
        assertThat(Role.ANALYST.allows(Role.neededFor("DELETE"))).isTrue();
    }
}
