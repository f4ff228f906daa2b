package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeJsonTest {
    static final String HOSTILE = "</script><script>alert(1)</script> & 'x' \u2028\u2029 <!--";

    @Test
    void no_report_text_can_close_the_script_block_it_is_written_into() {
        String json = SafeJson.of(Map.of("title", HOSTILE));
        assertThat(json)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .doesNotContain("'");
        assertThat(json).doesNotContain("\u2028").doesNotContain("\u2029");
    }

    @Test
    void the_escaped_json_reads_back_as_the_same_text() throws Exception {
        var back = new ObjectMapper().readTree(SafeJson.of(Map.of("title", HOSTILE)));
        assertThat(back.get("title").asText()).isEqualTo(HOSTILE);
    }
}
