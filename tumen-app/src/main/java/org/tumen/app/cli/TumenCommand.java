package org.tumen.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tumen} command: one subcommand per job. */
@Command(
        name = "tumen",
        mixinStandardHelpOptions = true,
        version = "tumen 0.1.0",
        description = "Monitor for sanctioned cross-border trade.",
        subcommands = {ExtractCommand.class, EvalTimeCommand.class, CommandLine.HelpCommand.class})
public final class TumenCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TumenCommand()).execute(args));
    }
}
