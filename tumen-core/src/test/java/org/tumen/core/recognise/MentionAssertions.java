package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Looks up mentions by kind and exact text. */
final class MentionAssertions {
    private MentionAssertions() {}

    static List<Mention> of(List<Mention> mentions, MentionKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }

    static Mention first(List<Mention> mentions, MentionKind kind, String text) {
        List<Mention> found =
                of(mentions, kind).stream().filter(m -> m.text().equals(text)).toList();
        assertThat(found).as("%s mention '%s' in %s", kind, text, mentions).isNotEmpty();
        return found.getFirst();
    }

    static List<String> texts(List<Mention> mentions, MentionKind kind) {
        return of(mentions, kind).stream().map(Mention::text).toList();
    }
}
