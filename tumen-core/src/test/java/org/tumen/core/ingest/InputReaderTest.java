package org.tumen.core.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @TempDir
    Path dir;

    private final InputReader reader = new InputReader();

    @Test
    void seed_text_file_takes_its_date_from_the_header_and_its_id_from_the_file_name() {
        List<InputItem> items = reader.readAll(List.of(SharedData.seed()));

        assertThat(items).singleElement().isInstanceOf(RawReport.class);
        RawReport seed = (RawReport) items.getFirst();
        assertThat(seed.id()).isEqualTo("orlov-trotters");
        assertThat(seed.file()).isEqualTo(SharedData.seed().toString());
        assertThat(seed.line()).isNull();
        assertThat(seed.published()).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(seed.text()).startsWith("The Orlov Trotter is Russia").doesNotContain("2022-11-06");
    }

    @Test
    void date_header_on_a_line_of_its_own_is_taken_off_with_its_line_end() throws IOException {
        Path file = write("dated.txt", "date 2024-09-14\nShoigu arrived in Pyongyang.");

        RawReport report = onlyReport(reader.readAll(List.of(file)));

        assertThat(report.published()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(report.text()).isEqualTo("Shoigu arrived in Pyongyang.");
    }

    @Test
    void text_without_a_header_has_no_date_and_keeps_all_its_text() throws IOException {
        Path file = write("undated.txt", "The date of the shipment is unknown.");

        RawReport report = onlyReport(reader.readAll(List.of(file)));

        assertThat(report.published()).isNull();
        assertThat(report.text()).isEqualTo("The date of the shipment is unknown.");
    }

    @Test
    void published_override_replaces_the_header_date_and_the_header_is_still_taken_off() {
        var overriding = new InputReader(InputOptions.defaults().withPublishedOverride(LocalDate.of(2023, 1, 2)));

        RawReport seed = onlyReport(overriding.readAll(List.of(SharedData.seed())));

        assertThat(seed.published()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(seed.text()).startsWith("The Orlov Trotter");
    }

    @Test
    void impossible_header_date_is_a_problem_naming_the_file() throws IOException {
        Path file = write("bad-date.txt", "date 2022-02-30 Text.");

        InputProblem problem = onlyProblem(reader.readAll(List.of(file)));

        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.message()).contains("2022-02-30");
    }

    @Test
    void missing_path_is_a_problem_and_the_other_paths_are_still_read() throws IOException {
        Path missing = dir.resolve("no-such-report.txt");
        Path present = write("present.txt", "Railcars crossed the bridge.");

        List<InputItem> items = reader.readAll(List.of(missing, present));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isEqualTo(new InputProblem(missing.toString(), null, "no such file or folder"));
        assertThat(items.get(1)).isInstanceOf(RawReport.class);
    }

    @Test
    void empty_file_is_a_problem() throws IOException {
        Path file = write("empty.txt", "");

        assertThat(onlyProblem(reader.readAll(List.of(file))).message()).isEqualTo("empty file");
    }

    @Test
    void whitespace_only_file_is_a_problem() throws IOException {
        Path file = write("blank.txt", "  \n\t\r\n  \u00A0 ");

        assertThat(onlyProblem(reader.readAll(List.of(file))).message()).isEqualTo("empty file (whitespace only)");
    }

    @Test
    void file_with_nul_bytes_is_refused_as_binary() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});

        InputProblem problem = onlyProblem(reader.readAll(List.of(file)));

        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.message()).isEqualTo("binary file (NUL byte at byte offset 8)");
    }

    @Test
    void file_of_mostly_control_characters_is_refused_as_binary_even_if_it_decodes() throws IOException {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
        Path file = dir.resolve("controls.txt");
        Files.write(file, bytes);

        assertThat(onlyProblem(reader.readAll(List.of(file))).message())
                .startsWith("binary file (")
                .endsWith("% control characters)");
    }

    @Test
    void invalid_utf8_is_refused_with_the_byte_offset_of_the_first_bad_byte() throws IOException {
        // "Pyongyang " then 0xE9 (é in Latin-1): a file saved in the wrong encoding.
        byte[] prefix = "Pyongyang ".getBytes(UTF_8);
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + 4);
        bytes[prefix.length] = (byte) 0xE9;
        bytes[prefix.length + 1] = 't';
        bytes[prefix.length + 2] = 'e';
        bytes[prefix.length + 3] = '.';
        Path file = dir.resolve("latin1.txt");
        Files.write(file, bytes);

        InputProblem problem = onlyProblem(reader.readAll(List.of(file)));

        assertThat(problem.message()).isEqualTo("invalid UTF-8 at byte offset 10");
    }

    @Test
    void utf16_file_is_refused_with_a_hint_to_save_it_as_utf8() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "\uFEFFText".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(onlyProblem(reader.readAll(List.of(file))).message())
                .contains("UTF-16")
                .contains("UTF-8");
    }

    @Test
    void utf8_byte_order_mark_is_not_part_of_the_text() throws IOException {
        Path file = write("bom.txt", "\uFEFFdate 2022-11-06 Text.");

        RawReport report = onlyReport(reader.readAll(List.of(file)));

        assertThat(report.published()).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(report.text()).isEqualTo("Text.");
    }

    @Test
    void twenty_megabyte_text_is_refused_with_its_size_and_the_limit() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] chunk = "Trains crossed the Friendship Bridge. ".repeat(1024).getBytes(UTF_8);
        long target = 20L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < target; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, target - written));
            }
        }

        InputProblem problem = onlyProblem(reader.readAll(List.of(file)));

        assertThat(problem.message())
                .isEqualTo("file is 20.0 MB (20,971,520 bytes), over the limit of 5.0 MB (5,242,880 bytes)");
    }

    @Test
    void size_limit_is_configurable() throws IOException {
        Path file = write("small.txt", "x".repeat(2000));
        var strict = new InputReader(InputOptions.defaults().withMaxTextBytes(1000));

        assertThat(onlyProblem(strict.readAll(List.of(file))).message())
                .contains("2,000 bytes")
                .contains("1,000 bytes");
        assertThat(reader.readAll(List.of(file))).singleElement().isInstanceOf(RawReport.class);
    }

    @Test
    void folder_is_read_recursively_in_name_order_and_hidden_entries_are_skipped() throws IOException {
        write("b.txt", "Second.");
        write("a.txt", "First.");
        write("c/a.txt", "Third, in a subfolder.");
        write("d.txt", "Fourth.");
        write(".hidden.txt", "Never read.");
        write(".git/HEAD", "Never read either.");

        List<InputItem> items = reader.readAll(List.of(dir));

        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(RawReport.class));
        assertThat(items)
                .extracting(InputItem::file)
                .containsExactly(
                        dir.resolve("a.txt").toString(),
                        dir.resolve("b.txt").toString(),
                        dir.resolve("c/a.txt").toString(),
                        dir.resolve("d.txt").toString());
        assertThat(items).extracting(item -> ((RawReport) item).id()).containsExactly("a", "b", "a", "d");
    }

    @Test
    void folder_reports_a_broken_link_and_reads_the_rest() throws IOException {
        write("a.txt", "Readable.");
        Path broken = dir.resolve("b.txt");
        Files.createSymbolicLink(broken, dir.resolve("gone.txt"));

        List<InputItem> items = reader.readAll(List.of(dir));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOf(RawReport.class);
        assertThat(items.get(1))
                .isInstanceOf(InputProblem.class)
                .extracting(InputItem::file)
                .isEqualTo(broken.toString());
    }

    @Test
    void folder_reports_an_unreadable_file_and_reads_the_rest() throws IOException {
        write("a.txt", "Readable.");
        Path locked = write("b.txt", "Locked.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");

        List<InputItem> items = reader.readAll(List.of(dir));

        assertThat(items).hasSize(2);
        assertThat(items.get(1))
                .isEqualTo(new InputProblem(locked.toString(), null, "file cannot be read (permission denied)"));
    }

    @Test
    void folder_reports_a_link_to_a_folder_instead_of_following_it() throws IOException {
        write("a.txt", "Readable.");
        Files.createSymbolicLink(dir.resolve("loop"), dir);

        List<InputItem> items = reader.readAll(List.of(dir));

        assertThat(items).hasSize(2);
        assertThat(items.get(1))
                .isEqualTo(new InputProblem(
                        dir.resolve("loop").toString(), null, "symbolic link to a folder, not followed"));
    }

    @Test
    void folder_reports_an_unreadable_subfolder_and_reads_the_rest() throws IOException {
        write("a.txt", "Readable.");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        write("locked/b.txt", "Behind a lock.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");

            List<InputItem> items = reader.readAll(List.of(dir));

            assertThat(items).hasSize(2);
            assertThat(items.get(1))
                    .isEqualTo(new InputProblem(locked.toString(), null, "folder cannot be read (permission denied)"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void reading_stops_early_without_reading_the_rest_of_a_large_collection() {
        try (Stream<InputItem> items = reader.read(List.of(SharedData.corpus("news-general.jsonl")))) {
            assertThat(items.findFirst()).get().isInstanceOf(RawReport.class);
        }
    }

    @Test
    void folder_passes_jsonl_files_to_the_jsonl_reader() throws IOException {
        write("a.txt", "Text.");
        write("b.jsonl", "{\"id\":\"r1\",\"text\":\"One.\"}\n{\"id\":\"r2\",\"text\":\"Two.\"}\n");

        assertThat(reader.readAll(List.of(dir)))
                .extracting(item -> ((RawReport) item).id())
                .containsExactly("a", "r1", "r2");
    }

    @Test
    void jsonl_records_of_the_dprk_corpus_are_read_with_id_title_outlet_date_and_line() {
        List<InputItem> items = reader.readAll(List.of(SharedData.corpus("news-dprk.jsonl")));

        assertThat(items).hasSize(377).allSatisfy(item -> assertThat(item).isInstanceOf(RawReport.class));
        RawReport first = (RawReport) items.getFirst();
        assertThat(first.id()).isEqualTo("isot-true-vat-r986");
        assertThat(first.file()).isEqualTo(SharedData.corpus("news-dprk.jsonl").toString());
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.published()).isEqualTo(LocalDate.of(2017, 10, 27));
        assertThat(first.title()).isEqualTo("Haley says does not want Secretary of State Tillerson's job");
        assertThat(first.outlet()).startsWith("Reuters");
        assertThat(first.text()).startsWith("KINSHASA (Reuters) - U.S. Ambassador");
        assertThat(((RawReport) items.getLast()).line()).isEqualTo(377);
    }

    @Test
    void jsonl_collection_of_ten_thousand_records_is_streamed() {
        try (Stream<InputItem> items = reader.read(List.of(SharedData.corpus("news-general.jsonl")))) {
            assertThat(items.filter(item -> item instanceof RawReport).count()).isEqualTo(10_000);
        }
    }

    @Test
    void malformed_jsonl_line_is_reported_with_its_line_number_and_the_rest_is_read() throws IOException {
        Path file = write(
                "mixed.jsonl",
                String.join(
                        "\n",
                        "{\"id\":\"ok-1\",\"date\":\"2024-09-14\",\"title\":\"T\",\"outlet\":\"KCNA\",\"text\":\"Fine.\"}",
                        "{\"id\":\"broken\",\"text\":",
                        "{\"id\":\"no-text\"}",
                        "{\"id\":\"  \",\"text\":\"Blank id.\"}",
                        "{\"id\":\"blank-text\",\"text\":\"  \"}",
                        "{\"id\":\"bad-date\",\"date\":\"14/09/2024\",\"text\":\"Date in the wrong form.\"}",
                        "[\"not\",\"an\",\"object\"]",
                        "{\"id\":\"trailing\",\"text\":\"x\"} junk",
                        "",
                        "{\"id\":\"ok-2\",\"text\":\"Also fine.\"}",
                        ""));

        List<InputItem> items = reader.readAll(List.of(file));

        assertThat(items).hasSize(9);
        assertThat(items.getFirst())
                .isEqualTo(new RawReport("ok-1", file.toString(), 1, "T", "KCNA", LocalDate.of(2024, 9, 14), "Fine."));
        assertThat(items.subList(1, 8)).allSatisfy(item -> assertThat(item).isInstanceOf(InputProblem.class));
        assertThat(items.subList(1, 8))
                .extracting(item -> ((InputProblem) item).line())
                .containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(((InputProblem) items.get(1)).message()).startsWith("not valid JSON");
        assertThat(((InputProblem) items.get(2)).message()).contains("\"text\"");
        assertThat(((InputProblem) items.get(3)).message()).contains("\"id\"");
        assertThat(((InputProblem) items.get(5)).message()).contains("bad-date").contains("14/09/2024");
        assertThat(items.getLast())
                .isInstanceOf(RawReport.class)
                .extracting(item -> ((RawReport) item).line())
                .isEqualTo(10);
    }

    @Test
    void jsonl_line_with_invalid_utf8_is_reported_with_its_offset_and_the_rest_is_read() throws IOException {
        Path file = dir.resolve("bytes.jsonl");
        byte[] good = "{\"id\":\"a\",\"text\":\"A.\"}\n".getBytes(UTF_8);
        byte[] bad = "{\"id\":\"b\",\"text\":\"B\u00FF.\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(good);
            out.write(bad);
            out.write(good);
        }

        List<InputItem> items = reader.readAll(List.of(file));

        assertThat(items).hasSize(3);
        assertThat(items.get(1))
                .isEqualTo(new InputProblem(file.toString(), 2, "invalid UTF-8 at byte offset 19 of the line"));
        assertThat(items.get(2)).isInstanceOf(RawReport.class);
    }

    @Test
    void jsonl_line_over_the_size_limit_is_refused_and_the_next_line_is_read() throws IOException {
        Path file = write(
                "long.jsonl",
                "{\"id\":\"long\",\"text\":\"" + "x".repeat(5000) + "\"}\n{\"id\":\"short\",\"text\":\"y\"}\n");
        var strict = new InputReader(InputOptions.defaults().withMaxTextBytes(1000));

        List<InputItem> items = strict.readAll(List.of(file));

        assertThat(items).hasSize(2);
        assertThat(((InputProblem) items.getFirst()).line()).isEqualTo(1);
        assertThat(((InputProblem) items.getFirst()).message())
                .startsWith("record is")
                .contains("5,023 bytes")
                .contains("1,000 bytes");
        assertThat(((RawReport) items.getLast()).id()).isEqualTo("short");
    }

    @Test
    void jsonl_with_windows_line_ends_is_read() throws IOException {
        Path file = write("crlf.jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\r\n{\"id\":\"b\",\"text\":\"B.\"}\r\n");

        assertThat(reader.readAll(List.of(file)))
                .extracting(item -> ((RawReport) item).id())
                .containsExactly("a", "b");
    }

    @Test
    void empty_jsonl_file_is_a_problem() throws IOException {
        Path file = write("empty.jsonl", "\n\n");

        assertThat(onlyProblem(reader.readAll(List.of(file))).message()).startsWith("empty file");
    }

    @Test
    void published_override_applies_to_jsonl_records() {
        var overriding = new InputReader(InputOptions.defaults().withPublishedOverride(LocalDate.of(2020, 2, 1)));

        try (Stream<InputItem> items = overriding.read(List.of(SharedData.corpus("news-dprk.jsonl")))) {
            assertThat(items.limit(5))
                    .allSatisfy(
                            item -> assertThat(((RawReport) item).published()).isEqualTo("2020-02-01"));
        }
    }

    @Test
    void uploaded_text_is_read_as_a_text_file_is_with_the_id_it_is_given() {
        InputItem item = reader.text("upload", "shoigu", "date 2024-09-14\nShoigu arrived.".getBytes(UTF_8));

        RawReport report = onlyReport(List.of(item));
        assertThat(report.id()).isEqualTo("shoigu");
        assertThat(report.file()).isEqualTo("upload");
        assertThat(report.published()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(report.text()).isEqualTo("Shoigu arrived.");
        assertThat(onlyProblem(List.of(reader.text("upload", "x", new byte[] {'a', 0})))
                        .message())
                .startsWith("binary file");
    }

    @Test
    void uploaded_jsonl_is_read_line_by_line_with_problems_naming_their_line() {
        String jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n";
        try (Stream<InputItem> items =
                reader.jsonLines("upload.jsonl", new java.io.ByteArrayInputStream(jsonl.getBytes(UTF_8)))) {
            List<InputItem> all = items.toList();
            assertThat(all).hasSize(2);
            assertThat(((RawReport) all.get(0)).id()).isEqualTo("a");
            assertThat(all.get(1).toString()).startsWith("upload.jsonl:2: not valid JSON");
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static RawReport onlyReport(List<InputItem> items) {
        assertThat(items).singleElement().isInstanceOf(RawReport.class);
        return (RawReport) items.getFirst();
    }

    private static InputProblem onlyProblem(List<InputItem> items) {
        assertThat(items).singleElement().isInstanceOf(InputProblem.class);
        return (InputProblem) items.getFirst();
    }
}
