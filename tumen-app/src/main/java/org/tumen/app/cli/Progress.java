package org.tumen.app.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a bar on a terminal, counts and rate in the log otherwise (every 100 reports and at the
 * end), so a piped or CI run still shows where it is.
 */
final class Progress {
    private final String task;
    private final PrintStream log;
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long reports;
    private long tokens;

    private Progress(String task, PrintStream log, ProgressBar bar) {
        this.task = task;
        this.log = log;
        this.bar = bar;
    }

    static Progress start(String task, PrintStream log) {
        boolean terminal = isTerminal();
        ProgressBar bar = terminal
                ? new ProgressBarBuilder()
                        .setTaskName(task)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setInitialMax(-1)
                        .setUnit(" reports", 1)
                        .build()
                : null;
        return new Progress(task, log, bar);
    }

    /** Console.isTerminal() arrived in JDK 22; the language level is 21, so it is looked up when present. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    synchronized void step(int tokenCount) {
        reports++;
        tokens += tokenCount;
        if (bar != null) bar.step();
        else if (reports % 100 == 0) log.println(line());
    }

    void finish() {
        if (bar != null) bar.close();
        if (reports > 0) log.println(line());
    }

    private String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        return String.format(
                "%s: %d reports, %d tokens, %.2f reports/s, %.0f tokens/s",
                task, reports, tokens, reports / seconds, tokens / seconds);
    }
}
