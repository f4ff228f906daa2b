package org.tumen.core.screen;

import java.util.Objects;

/**
 * One name of a listed party as the list gives it.
 *
 * @param text the name as written
 * @param quality {@code primary}, or the list's alias quality: {@code good}/{@code low} (UN individuals),
 *     {@code aka}/{@code fka}/{@code nka} (UN entities, OFAC alt.csv); a low-quality alias is weaker evidence
 * @param originalScript true for the UN's NAME_ORIGINAL_SCRIPT (Arabic, Cyrillic, …)
 */
public record ListedName(String text, String quality, boolean originalScript) {
    public ListedName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quality, "quality");
        if (text.isBlank()) throw new IllegalArgumentException("blank name");
    }

    public static ListedName primary(String text) {
        return new ListedName(text, "primary", false);
    }

    /** Low-quality aliases ("Low" on the UN list) are often single words or partial: screened with a penalty. */
    public boolean weak() {
        return quality.equals("low");
    }
}
