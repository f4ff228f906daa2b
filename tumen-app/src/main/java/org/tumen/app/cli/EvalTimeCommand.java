package org.tumen.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tumen.core.eval.time.TempEvalScore;
import org.tumen.core.eval.time.TempEvalScorer;
import org.tumen.core.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen eval-time DIR}: scores Tumen's time tagger on TimeML files by TempEval-3 Task A rules. */
@Command(
        name = "eval-time",
        mixinStandardHelpOptions = true,
        description = "Score the time tagger on a folder of TimeML (.tml) files, TempEval-3 Task A rules.")
public final class EvalTimeCommand implements Callable<Integer> {
    /** Published TE3 platinum figures (SCORES.md section 1, from the task paper's Table 3). */
    private static final double SUTIME_RELAXED_F1 = 90.32;

    private static final double SUTIME_VALUE_F1 = 67.38;
    private static final double HEIDELTIME_RELAXED_F1 = 90.30;
    private static final double HEIDELTIME_VALUE_F1 = 77.61;

    @Parameters(index = "0", paramLabel = "DIR", description = "folder with .tml files (searched recursively)")
    Path dir;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--errors", description = "also list misses, spurious timexes and wrong values")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("not a folder: " + dir);
            return 2;
        }
        TempEvalScore s = new TempEvalScorer(new TimeTagger()).score(dir);
        if (json) printJson(s, System.out);
        else printText(s, System.out);
        return 0;
    }

    private void printText(TempEvalScore s, PrintStream out) {
        out.printf(
                "TempEval-3 %s: %d documents, %d gold timexes, %d found%n",
                dir.getFileName(), s.documents(), s.gold(), s.system());
        out.printf(
                "  strict   P %6.2f  R %6.2f  F1 %6.2f%n",
                pct(s.strictPrecision()), pct(s.strictRecall()), pct(s.strictF1()));
        out.printf(
                "  relaxed  P %6.2f  R %6.2f  F1 %6.2f   (SUTime %.2f, HeidelTime-t %.2f)%n",
                pct(s.relaxedPrecision()),
                pct(s.relaxedRecall()),
                pct(s.relaxedF1()),
                SUTIME_RELAXED_F1,
                HEIDELTIME_RELAXED_F1);
        out.printf("  type accuracy %6.2f   value accuracy %6.2f%n", pct(s.typeAccuracy()), pct(s.valueAccuracy()));
        out.printf(
                "  value F1 %6.2f   (SUTime %.2f, HeidelTime-t %.2f; published on te3-platinum)%n",
                pct(s.valueF1()), SUTIME_VALUE_F1, HEIDELTIME_VALUE_F1);
        if (errors) {
            for (TempEvalScore.TimexError e : s.errors())
                out.printf(
                        "%s\t%s\t%s\tgold=%s\tfound=%s\t%s%n",
                        e.kind(), e.document(), e.text(), e.gold(), e.found(), e.context());
        }
    }

    private void printJson(TempEvalScore s, PrintStream out) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", dir.getFileName().toString());
        m.put("documents", s.documents());
        m.put("gold", s.gold());
        m.put("found", s.system());
        m.put("strict", prf(s.strictPrecision(), s.strictRecall(), s.strictF1()));
        m.put("relaxed", prf(s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1()));
        m.put("type_accuracy", pct(s.typeAccuracy()));
        m.put("value_accuracy", pct(s.valueAccuracy()));
        m.put("value_f1", pct(s.valueF1()));
        m.put(
                "published_te3_platinum",
                Map.of(
                        "sutime", Map.of("relaxed_f1", SUTIME_RELAXED_F1, "value_f1", SUTIME_VALUE_F1),
                        "heideltime_t", Map.of("relaxed_f1", HEIDELTIME_RELAXED_F1, "value_f1", HEIDELTIME_VALUE_F1)));
        if (errors) m.put("errors", s.errors());
        out.println(
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
    }

    /** Ordered, so that the JSON reads P, R, F1 like the text. */
    private static Map<String, Double> prf(double p, double r, double f1) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", pct(p));
        m.put("r", pct(r));
        m.put("f1", pct(f1));
        return m;
    }

    private static double pct(double ratio) {
        return Math.round(ratio * 10000) / 100.0;
    }
}
