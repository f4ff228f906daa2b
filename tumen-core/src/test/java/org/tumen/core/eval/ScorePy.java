package org.tumen.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The reference scorer, run as a separate python3 process: the oracle the port is checked against. */
final class ScorePy {
    static final Path SHARED = Path.of(System.getProperty("tumen.shared", "../../shared"));
    static final Path EVENTS = SHARED.resolve("eval/events");
    static final Path DEV = EVENTS.resolve("dev");
    static final Path SCRIPT = EVENTS.resolve("score.py");
    static final ObjectMapper JSON = new ObjectMapper();

    private ScorePy() {}

    static boolean available() {
        try {
            return run(List.of("python3", "--version"), "").exit == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** {@code python3 score.py GOLD PRED [--json]}'s standard output. */
    static String score(Path gold, Path pred, boolean json) {
        List<String> cmd = new ArrayList<>(List.of("python3", SCRIPT.toString(), gold.toString(), pred.toString()));
        if (json) cmd.add("--json");
        Result r = run(cmd, "");
        if (r.exit != 0) throw new AssertionError("score.py failed: " + r.err);
        return r.out;
    }

    /**
     * Applies a function of score.py to each input: {@code expression} is Python over {@code x} with the module's
     * names in scope; the answer comes back as JSON, one value per input.
     */
    static JsonNode apply(String expression, JsonNode inputs) {
        String program = String.join(
                "\n",
                "import json, sys",
                "sys.path.insert(0, sys.argv[1])",
                "from score import *",
                "def conv(v):",
                "    if isinstance(v, set): return sorted(v)",
                "    return v",
                "out = []",
                "for x in json.loads(sys.stdin.read()):",
                "    try: out.append(conv(" + expression + "))",
                "    except Exception as e: out.append('error: ' + type(e).__name__)",
                "print(json.dumps(out))");
        try {
            Result r = run(
                    List.of("python3", "-c", program, EVENTS.toAbsolutePath().toString()),
                    JSON.writeValueAsString(inputs));
            if (r.exit != 0) throw new AssertionError("python failed: " + r.err);
            return JSON.readTree(r.out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(List<String> command, String stdin) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            return new Result(
                    p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
