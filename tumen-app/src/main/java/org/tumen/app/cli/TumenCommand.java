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
            IngestCommand.class,
            FlinkJobCommand.class,
            EventsCommand.class,
            ShowCommand.class,
            SourcesCommand.class,
            EntitiesCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            ScreenCommand.class,
            PlaceCommand.class,
            ListsCommand.class,
            WatchCommand.class,
            AlertsCommand.class,
            FollowCommand.class,
            EvalCommand.class,
            EvalTimeCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            ReindexCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TumenCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command tree, with the eval command wired to the real pipeline for {@code --run}. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TumenCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EvalCommand.class) return cls.cast(new EvalCommand(new GoldRunner()));
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cli.registerConverter(java.time.LocalDate.class, TumenCommand::date);
        return cli.setExecutionExceptionHandler(TumenCommand::failure);
    }

    /** Dates on the command line are ISO dates; the message says so rather than naming Java classes. */
    private static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * A failure the user can act on (an unreachable database, a malformed query, an unreadable file) is one line on
     * stderr and exit status 1, never a stack trace; {@code -Dtumen.debug=true} shows the trace.
     */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (Boolean.getBoolean("tumen.debug")) e.printStackTrace();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        cmd.getErr().println("error: " + message);
        return 1;
    }

    /** Held so the setting survives: JUL keeps loggers weakly. Lucene's note about the incubating vector API. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }
}
