package org.tumen.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads text files, folders of them and JSON Lines collections into {@link RawReport}s, and turns every kind of
 * bad input into an {@link InputProblem} rather than an exception, so a run over a large collection reports
 * all that is wrong with it at once.
 *
 * <p>The stream is lazy: a folder is listed only when reached and a JSONL collection is read a line at a time,
 * so memory stays bounded by the largest single report. Close the stream (try-with-resources) if it is not
 * read to the end, so that open JSONL files are released.
 */
public final class InputReader {
    /** A text may start with {@code date YYYY-MM-DD}; the rest of that line is already text (see the seed). */
    private static final Pattern DATE_HEADER =
            Pattern.compile("\\A\\s*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)[ \\t]*(?:\\r?\\n)?");

    /** Above this share of C0 control characters a file that happens to decode as UTF-8 is still binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private final InputOptions options;

    public InputReader(InputOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public InputReader() {
        this(InputOptions.defaults());
    }

    public InputOptions options() {
        return options;
    }

    /**
     * Everything found under {@code paths}, in the order given; folders are walked depth first in name order,
     * so two runs over the same input yield the same sequence.
     */
    public Stream<InputItem> read(List<Path> paths) {
        return List.copyOf(paths).stream().flatMap(path -> path(path));
    }

    /** {@link #read} collected, for small inputs and tests. */
    public List<InputItem> readAll(List<Path> paths) {
        try (Stream<InputItem> items = read(paths)) {
            return items.toList();
        }
    }

    private Stream<InputItem> path(Path path) {
        if (Files.isDirectory(path)) return folder(path);
        return file(path);
    }

    private Stream<InputItem> file(Path path) {
        if (!Files.exists(path)) {
            String why = Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or folder";
            return Stream.of(InputProblem.of(path.toString(), why));
        }
        if (isJsonLines(path)) return JsonLinesReader.stream(path, options);
        return Stream.of(textFile(path));
    }

    private Stream<InputItem> folder(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path entry : listing) {
                if (!isHidden(entry)) entries.add(entry);
            }
        } catch (AccessDeniedException e) {
            return Stream.of(InputProblem.of(dir.toString(), "folder cannot be read (permission denied)"));
        } catch (IOException e) {
            return Stream.of(InputProblem.of(dir.toString(), "folder cannot be read: " + describe(e)));
        }
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        return entries.stream().flatMap(entry -> {
            // Links to folders are not followed, since they can loop; the user can pass the folder itself.
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) return folder(entry);
            if (Files.isDirectory(entry)) {
                return Stream.of(InputProblem.of(entry.toString(), "symbolic link to a folder, not followed"));
            }
            return file(entry);
        });
    }

    private InputItem textFile(Path path) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) return InputProblem.of(file, "not a regular file");
        if (!Files.isReadable(path)) return InputProblem.of(file, "file cannot be read (permission denied)");
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > options.maxTextBytes())
                return InputProblem.of(file, tooLarge("file", size, options.maxTextBytes()));
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            return InputProblem.of(file, "file cannot be read (permission denied)");
        } catch (NoSuchFileException e) {
            return InputProblem.of(file, "no such file or folder");
        } catch (IOException e) {
            return InputProblem.of(file, "file cannot be read: " + describe(e));
        }
        // the size is checked again on the bytes read: the file may have grown since its size was asked
        return text(file, stem(path), bytes);
    }

    /**
     * A JSON Lines collection read from a stream (an upload) as a {@code .jsonl} file is read; {@code name} stands
     * for the file in the items and problems. Closing the stream of items closes {@code in}.
     */
    public Stream<InputItem> jsonLines(String name, InputStream in) {
        return JsonLinesReader.stream(name, options, in);
    }

    /**
     * One text given as bytes (an upload), checked and decoded as a text file is: size, strict UTF-8, not binary,
     * an optional {@code date YYYY-MM-DD} header.
     *
     * @param file stands for the file in the report and in problems
     * @param id the report id (a text file's is its name without the extension)
     */
    public InputItem text(String file, String id, byte[] bytes) {
        if (bytes.length > options.maxTextBytes())
            return InputProblem.of(file, tooLarge("file", bytes.length, options.maxTextBytes()));
        if (bytes.length == 0) return InputProblem.of(file, "empty file");
        if (hasUtf16ByteOrderMark(bytes)) {
            return InputProblem.of(file, "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) return InputProblem.of(file, "binary file (NUL byte at byte offset " + nul + ")");
        String text;
        switch (StrictUtf8.decode(bytes, 0, bytes.length)) {
            case StrictUtf8.Malformed bad -> {
                return InputProblem.of(file, "invalid UTF-8 at byte offset " + bad.offset());
            }
            case StrictUtf8.Text decoded -> text = decoded.text();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (isBlank(text)) return InputProblem.of(file, "empty file (whitespace only)");
        double controlShare = controlShare(text);
        if (controlShare > MAX_CONTROL_SHARE) {
            return InputProblem.of(
                    file, String.format(Locale.ROOT, "binary file (%.0f%% control characters)", controlShare * 100));
        }
        LocalDate published = null;
        Matcher header = DATE_HEADER.matcher(text);
        if (header.lookingAt()) {
            if (options.publishedOverride() == null) {
                published = parseDate(header.group(1));
                if (published == null) {
                    return InputProblem.of(file, "bad date header \"" + header.group(1) + "\": no such date");
                }
            }
            text = text.substring(header.end());
            if (isBlank(text)) return InputProblem.of(file, "no text after the date header");
        }
        if (options.publishedOverride() != null) published = options.publishedOverride();
        return new RawReport(id, file, null, null, null, published, text);
    }

    static boolean isJsonLines(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * Blank in the sense a reader would see: {@link String#isBlank} counts a no-break space or a zero-width space
     * as text.
     */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invisible = c == '\u200B' || c == '\u2060' || c == '\uFEFF';
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !invisible) return false;
        }
        return true;
    }

    private static boolean isHidden(Path entry) {
        return entry.getFileName().toString().startsWith(".");
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static LocalDate parseDate(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String tooLarge(String what, long size, long limit) {
        return what + " is " + bytes(size) + ", over the limit of " + bytes(limit);
    }

    static String bytes(long n) {
        return String.format(Locale.ROOT, "%.1f MB (%,d bytes)", n / (1024.0 * 1024.0), n);
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    private static boolean hasUtf16ByteOrderMark(byte[] b) {
        return b.length >= 2
                && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) return i;
        }
        return -1;
    }

    /** C1 controls are left out: they are what mojibake looks like, and the cleaner repairs it. */
    private static double controlShare(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) controls++;
        }
        return (double) controls / text.length();
    }
}
