package org.tumen.app.cli;

import picocli.CommandLine.Option;

/** {@code --port} and {@code --bind}, shared by the commands that serve the UI ({@code serve}, {@code demo}). */
public final class ListenOptions {
    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = "127.0.0.1";
}
