package org.tumen.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tumen} command: one subcommand per job. */
@Command(
        name = "tumen",
        mixinStandardHelpOptions = true,
        version = "tumen 0.1.0",
        description = "Monitor for sanctioned cross-border trade.",
        subcommands = {
            ExtractCommand.class,
            EvalCommand.class,
            EvalTimeCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TumenCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command tree, with the eval command wired to the real pipeline for {@code --run}. */
    public static CommandLine commandLine() {
        return new CommandLine(new TumenCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EvalCommand.class) return cls.cast(new EvalCommand(new GoldRunner()));
                return CommandLine.defaultFactory().create(cls);
            }
        });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
