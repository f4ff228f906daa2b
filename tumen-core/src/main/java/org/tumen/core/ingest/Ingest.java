package org.tumen.core.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tumen.core.model.Report;

/**
 * The ingest stage as one call: read, clean, and hand every problem to the caller's sink, so the CLI, the
 * server and the Flink job all read input the same way.
 */
public final class Ingest {
    private final InputReader reader;
    private final TextCleaner cleaner;

    public Ingest(InputReader reader, TextCleaner cleaner) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    }

    public Ingest() {
        this(new InputReader(), new TextCleaner());
    }

    /**
     * The cleaned reports found under {@code paths}, lazily; each problem goes to {@code problems} as it is met.
     * A report whose text is nothing but boilerplate is a problem too, since it has nothing to give evidence.
     */
    public Stream<Report> reports(List<Path> paths, Consumer<? super InputProblem> problems) {
        return reader.read(paths).<Report>mapMulti((item, downstream) -> {
            switch (item) {
                case InputProblem problem -> problems.accept(problem);
                case RawReport raw -> {
                    Report report = raw.clean(cleaner);
                    if (report.text().isEmpty()) {
                        problems.accept(new InputProblem(raw.file(), raw.line(), "no text left after cleaning"));
                    } else {
                        downstream.accept(report);
                    }
                }
            }
        });
    }
}
