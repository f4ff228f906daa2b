package org.tumen.core.recognise;

import java.util.Objects;
import java.util.regex.Pattern;
import org.tumen.core.model.Span;

/**
 * A stretch of the cleaned text that names something the domain cares about.
 *
 * <ul>
 *   <li>COUNTRY: {@code code} ISO 3166-1 alpha-3, {@code canonical} the country's common name;
 *       detail {@link MentionDetail.Country} says how it is named.
 *   <li>GOODS: {@code code} the HS heading (4 digits), a chapter (2 digits) or null for generic goods
 *       ("weapons"); {@code canonical} the goods term with its modifiers ("thoroughbred horse").
 *   <li>VEHICLE: {@code code} the mode ({@code rail}, {@code sea}, {@code road}, {@code air}),
 *       {@code canonical} the lemma ("railcar").
 *   <li>CROSSING_POINT: {@code code} the curated id, {@code canonical} its name; detail has coordinates.
 *   <li>QUANTITY: {@code code} the number as a plain string ("30", "1000"), {@code canonical} the
 *       counted noun.
 * </ul>
 *
 * @param begin character offset of the first character
 * @param end character offset after the last character
 */
public record Mention(
        MentionKind kind, int begin, int end, String text, String code, String canonical, MentionDetail detail) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern HS = Pattern.compile("\\d{2}|\\d{4}");

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(detail, "detail");
        if (begin < 0 || end <= begin || end - begin != text.length()) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end + " for '" + text + "'");
        }
        if (kind == MentionKind.COUNTRY && (code == null || !ISO3.matcher(code).matches())) {
            throw new IllegalArgumentException("a country needs an ISO alpha-3 code: " + code);
        }
        if (kind == MentionKind.GOODS && code != null && !HS.matcher(code).matches()) {
            throw new IllegalArgumentException("not an HS chapter or heading: " + code);
        }
        if (kind != MentionKind.GOODS && code == null) throw new IllegalArgumentException(kind + " needs a code");
    }

    /** A mention without detail, for callers that only need the six basic fields. */
    public Mention(MentionKind kind, int begin, int end, String text, String code, String canonical) {
        this(kind, begin, end, text, code, canonical, MentionDetail.None.INSTANCE);
    }

    /** The mention as the model's evidence span. */
    public Span span() {
        return new Span(begin, end, text);
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }
}
