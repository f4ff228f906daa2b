package org.tumen.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void computes_a_key_once_and_keeps_nulls() {
        List<String> calls = new ArrayList<>();
        Memo<String> memo = new Memo<>(10, k -> {
            calls.add(k);
            return k.startsWith("x") ? null : k.toUpperCase();
        });

        assertThat(memo.get("kim")).isEqualTo("KIM");
        assertThat(memo.get("kim")).isEqualTo("KIM");
        assertThat(memo.get("xu")).isNull();
        assertThat(memo.get("xu")).isNull();
        assertThat(calls).containsExactly("kim", "xu");
    }

    @Test
    void a_full_memo_starts_again_and_still_answers_right() {
        List<String> calls = new ArrayList<>();
        Memo<Integer> memo = new Memo<>(2, k -> {
            calls.add(k);
            return k.length();
        });

        memo.get("a");
        memo.get("bb");
        assertThat(memo.get("ccc")).isEqualTo(3); // emptied first, then kept
        assertThat(memo.get("a")).isEqualTo(1); // computed again
        assertThat(calls).containsExactly("a", "bb", "ccc", "a");
    }

    @Test
    void the_memoised_functions_answer_as_before() {
        assertThat(KoreanRomanisation.key("chong")).isEqualTo(KoreanRomanisation.key("jong"));
        assertThat(KoreanRomanisation.key("vladimir")).isNull();
        assertThat(NameMatcher.fold("Mahmood".toLowerCase())).isEqualTo(NameMatcher.fold("mahmoud"));
        assertThat(NameNormaliser.allTokens("Korea Mining Development Trading Corp."))
                .containsExactly("korea", "mining", "development", "trading", "corp");
    }
}
