package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code tumen ARGS} in this JVM as {@code main} does, through {@link TumenCommand#commandLine()} with its
 * exception handler, and captures what the user would see.
 */
final class Cli {
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What {@link TumenCommand#main} does before it runs a command: quiets Lucene's note about the incubating vector
     * API, which would otherwise be one more line on stderr here than a user sees. Held: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS = quietLuceneVectors();

    private static java.util.logging.Logger quietLuceneVectors() {
        var logger = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private Cli() {}

    static Run tumen(Object... args) {
        List<String> argv = new ArrayList<>();
        for (Object a : args) argv.add(a.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            // built after the swap: picocli takes System.err for its error writer when it first needs one
            status = TumenCommand.commandLine().execute(argv.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        Run run = new Run(argv, status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        oldErr.print(run.err());
        return run;
    }

    record Run(List<String> argv, int status, String out, String err) {
        /** stdout as JSON lines. */
        List<JsonNode> jsonLines() {
            return out.lines().filter(l -> !l.isBlank()).map(Cli::parse).toList();
        }

        /** stdout as one JSON document. */
        JsonNode json() {
            return parse(out);
        }

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** Exit 0 and no error line; says which command failed and why otherwise. */
        Run succeeded() {
            assertThat(status)
                    .as("exit status of tumen %s; stderr: %s", argv, err)
                    .isZero();
            assertThat(err).as("stderr of tumen %s", argv).doesNotContain("error:");
            return this;
        }

        /** A non-zero exit with messages meant for a person: no stack trace, no JVM crash report. */
        Run failedWithoutTrace() {
            assertThat(status).as("exit status of tumen %s", argv).isNotZero();
            assertThat(err)
                    .as("stderr of tumen %s", argv)
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception in thread");
            return this;
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
