package org.tumen.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tumen.core.eval.EvalInputException;
import org.tumen.core.eval.EventScore;
import org.tumen.core.eval.EventScoreFormat;
import org.tumen.core.eval.EventScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tumen eval}: scores predicted events against the gold with the same numbers as
 * {@code shared/eval/events/score.py}. A thin adapter over {@link EventScorer}; with {@code --run} it first has the
 * extraction pipeline (the runner given at construction) extract the gold reports.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score predicted events against gold annotations, as shared/eval/events/score.py does.",
            "Exit status: 0 scored, 2 unreadable input or bad arguments, 1 anything else."
        })
public final class EvalCommand implements Callable<Integer> {
    static final int UNREADABLE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold *.json reports.")
    private Path gold;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "PREDICTIONS",
            description = "A JSONL file, a .json file or a folder of them, one report per object.")
    private Path predictions;

    @Option(names = "--json", description = "Print score.py's --json output.")
    private boolean json;

    @Option(names = "--reference-format", description = "Print score.py's plain text output, byte for byte.")
    private boolean referenceFormat;

    @Option(names = "--run", description = "Extract the gold reports with the pipeline first, then score that.")
    private boolean run;

    @Option(names = "--out", paramLabel = "FILE", description = "With --run: keep the predictions in FILE (JSONL).")
    private Path out;

    private Function<Path, Path> runner;

    /** Without a runner: {@code --run} is refused. */
    public EvalCommand() {}

    /** @param runner given the gold folder, extracts its reports and returns the path of the predictions JSONL */
    public EvalCommand(Function<Path, Path> runner) {
        this.runner = runner;
    }

    public void setRunner(Function<Path, Path> runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (run == (predictions != null)) throw usage("give either PREDICTIONS or --run");
        if (out != null && !run) throw usage("--out only goes with --run");
        Path scored = predictions;
        if (run) {
            if (runner == null) {
                err.println("tumen eval: --run needs the extraction pipeline, and none is wired into this command;"
                        + " score a predictions file instead: tumen eval GOLD_DIR PREDICTIONS");
                return 1;
            }
            scored = runner.apply(gold);
            if (out != null) scored = Files.copy(scored, out, StandardCopyOption.REPLACE_EXISTING);
        }
        EventScore score;
        try {
            score = EventScorer.score(gold, scored);
        } catch (EvalInputException e) {
            err.println("tumen eval: " + e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format(score));
        stdout.flush();
        return 0;
    }

    private String format(EventScore score) {
        if (json) return EventScoreFormat.referenceJson(score);
        if (referenceFormat) return EventScoreFormat.reference(score);
        return EventScoreFormat.summary(score);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
