package org.tumen.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a JSON Lines collection one line at a time. Lines are split on bytes, not chars, so that a line with
 * bad UTF-8 is reported on its own (with its line number) and the lines after it are still read; a
 * {@code BufferedReader} would throw out of the whole file instead.
 */
final class JsonLinesReader extends Spliterators.AbstractSpliterator<InputItem> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int BUFFER = 1 << 16;

    private final String file;
    private final InputOptions options;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int filled;
    private byte[] line = new byte[8192];
    private int lineNumber;
    private int nonBlankLines;
    private boolean done;

    private JsonLinesReader(String file, InputOptions options, InputStream in) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.options = options;
        this.in = in;
    }

    static Stream<InputItem> stream(Path path, InputOptions options) {
        String file = path.toString();
        if (!Files.isReadable(path)) {
            return Stream.of(InputProblem.of(file, "file cannot be read (permission denied)"));
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (AccessDeniedException e) {
            return Stream.of(InputProblem.of(file, "file cannot be read (permission denied)"));
        } catch (IOException e) {
            return Stream.of(InputProblem.of(file, "file cannot be read: " + InputReader.describe(e)));
        }
        return stream(file, options, in);
    }

    static Stream<InputItem> stream(String file, InputOptions options, InputStream in) {
        JsonLinesReader reader = new JsonLinesReader(file, options, in);
        return StreamSupport.stream(reader, false).onClose(reader::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super InputItem> action) {
        while (!done) {
            InputItem item = next();
            if (item != null) {
                action.accept(item);
                return true;
            }
        }
        return false;
    }

    /** The next item, or null when a line yielded nothing (a blank line) or the end was reached. */
    private InputItem next() {
        int length;
        long lineBytes;
        try {
            lineBytes = readLine();
        } catch (IOException e) {
            done = true;
            return new InputProblem(file, lineNumber + 1, "reading stopped: " + InputReader.describe(e));
        }
        if (lineBytes < 0) {
            done = true;
            return nonBlankLines == 0 ? InputProblem.of(file, "empty file (no JSON Lines records)") : null;
        }
        lineNumber++;
        if (lineBytes > options.maxTextBytes()) {
            nonBlankLines++;
            return problem(InputReader.tooLarge("record", lineBytes, options.maxTextBytes()));
        }
        length = (int) lineBytes;
        int from = lineNumber == 1 && startsWithUtf8ByteOrderMark(length) ? 3 : 0;
        if (isBlank(from, length)) return null;
        nonBlankLines++;
        return switch (StrictUtf8.decode(line, from, length - from)) {
            case StrictUtf8.Malformed bad ->
                problem("invalid UTF-8 at byte offset " + (from + bad.offset()) + " of the line");
            case StrictUtf8.Text text -> record(text.text());
        };
    }

    private InputItem record(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return problem("not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) return problem("not a JSON object");
        String id = string(node, "id");
        if (id == null || id.isBlank()) return problem("missing or blank \"id\"");
        String text = string(node, "text");
        if (text == null || InputReader.isBlank(text)) return problem("record " + id + ": missing or blank \"text\"");
        LocalDate published = options.publishedOverride();
        if (published == null && node.hasNonNull("date")) {
            String date = node.get("date").asText();
            published = InputReader.parseDate(date);
            if (published == null) {
                return problem("record " + id + ": bad \"date\" \"" + date + "\" (expected YYYY-MM-DD)");
            }
        }
        return new RawReport(id, file, lineNumber, string(node, "title"), string(node, "outlet"), published, text);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private InputProblem problem(String message) {
        return new InputProblem(file, lineNumber, message);
    }

    /**
     * Reads the next line (without its line end) into {@link #line}, returning its length in bytes, or -1 at
     * the end of the file. A line over the size limit is counted to its end but not kept, so one huge line
     * cannot exhaust memory.
     */
    private long readLine() throws IOException {
        long keep = Math.min(options.maxTextBytes(), Integer.MAX_VALUE - 8);
        long count = 0;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled < 0) {
                    filled = 0;
                    return count == 0 ? -1 : withoutCarriageReturn(count, keep);
                }
            }
            int end = position;
            while (end < filled && buffer[end] != '\n') end++;
            int chunk = end - position;
            if (count < keep) {
                int kept = (int) Math.min(chunk, keep - count);
                if (count + kept > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, count + kept), keep));
                }
                System.arraycopy(buffer, position, line, (int) count, kept);
            }
            count += chunk;
            if (end < filled) {
                position = end + 1;
                return withoutCarriageReturn(count, keep);
            }
            position = filled;
        }
    }

    private long withoutCarriageReturn(long count, long keep) {
        return count > 0 && count <= keep && line[(int) count - 1] == '\r' ? count - 1 : count;
    }

    private boolean startsWithUtf8ByteOrderMark(int length) {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private boolean isBlank(int from, int length) {
        for (int i = from; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
