package org.tumen.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns raw report text into the text Tumen keeps. Its output is final: every evidence offset computed later
 * refers to it, so nothing downstream may change the text again.
 *
 * <p>In order: mojibake is repaired (first, because it needs the C1 control characters that the next step
 * removes), invisible and control characters go, spaces and line ends are normalised, boilerplate lines are
 * dropped, spaces are restored around known names, and paragraphs end up separated by exactly one blank line.
 *
 * <p>Instances are immutable and safe to share between threads; all patterns are compiled once.
 */
public final class TextCleaner {
    private static final String DEFAULT_NAMES_RESOURCE = "known-names.txt";
    private static final List<String> DEFAULT_NAMES = loadDefaultNames();

    private final List<String> knownNames;
    private final GluedNames gluedNames;

    /** A cleaner that knows the built-in DPRK leadership names and titles. */
    public TextCleaner() {
        this(DEFAULT_NAMES);
    }

    /** A cleaner that knows exactly {@code knownNames} (see {@link #withMoreNames} to add to the defaults). */
    public TextCleaner(Collection<String> knownNames) {
        this.knownNames = List.copyOf(knownNames);
        this.gluedNames = new GluedNames(this.knownNames);
    }

    /**
     * The built-in names and titles, hand-curated from KCNA's spelling of the DPRK leadership (see the comment
     * in the resource file {@code org/tumen/core/ingest/known-names.txt}).
     */
    public static List<String> defaultKnownNames() {
        return DEFAULT_NAMES;
    }

    /** A cleaner that knows this one's names plus {@code more}. */
    public TextCleaner withMoreNames(Collection<String> more) {
        return new TextCleaner(
                Stream.concat(knownNames.stream(), more.stream()).distinct().toList());
    }

    public List<String> knownNames() {
        return knownNames;
    }

    public String clean(String raw) {
        Objects.requireNonNull(raw, "raw");
        String text = Mojibake.repair(raw);
        List<String> lines = Boilerplate.remove(normalisedLines(text));
        StringBuilder out = new StringBuilder(text.length());
        int blankRun = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankRun++;
                continue;
            }
            if (!out.isEmpty()) out.append(blankRun > 0 ? "\n\n" : "\n");
            blankRun = 0;
            out.append(gluedNames.repair(line));
        }
        return out.toString();
    }

    /**
     * The text's lines with invisible characters removed, every kind of space turned into one plain space, and
     * each line trimmed. Done in one pass over the chars because it touches every character of every report.
     */
    static List<String> normalisedLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(128);
        boolean pendingSpace = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                lines.add(line.toString());
                line.setLength(0);
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = !line.isEmpty();
            } else if (!isInvisible(c)) {
                if (pendingSpace) line.append(' ');
                pendingSpace = false;
                line.append(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\f'
                || c == '\u000B'
                || c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }

    /**
     * Control characters, zero-width characters, the soft hyphen and bidirectional marks: they are invisible to
     * a reader but split words for the tokenizer and the gazetteers. Zero-width joiners are removed too; Tumen
     * reads English, where they only appear as debris.
     */
    private static boolean isInvisible(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u00AD'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    private static List<String> loadDefaultNames() {
        try (InputStream in = TextCleaner.class.getResourceAsStream(DEFAULT_NAMES_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_NAMES_RESOURCE);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
