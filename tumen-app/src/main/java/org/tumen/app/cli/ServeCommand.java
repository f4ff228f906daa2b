package org.tumen.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import org.tumen.app.web.Tokens;
import org.tumen.app.web.WebContext;
import org.tumen.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tumen serve}: the HTTP API and the browser UI over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and the browser UI.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ListenOptions listen;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "API tokens, lines 'TOKEN read|analyst' (also $TUMEN_TOKENS); required off loopback.")
    Path tokenFile;

    @Override
    public Integer call() throws InterruptedException {
        Tokens tokens = Tokens.read(tokenFile, System.getenv("TUMEN_TOKENS"));
        WebServer.checkAccess(listen.bind, tokens);
        serve(
                WebContext.open(store),
                listen.bind,
                listen.port,
                tokens,
                actual -> String.format(
                        "tumen: serving http://%s:%d/ (API under /api, %s; Ctrl-C stops)",
                        listen.bind,
                        actual,
                        tokens.isEmpty() ? "no tokens: loopback only" : "tokens required off loopback"));
        return 0;
    }

    /**
     * Serves {@code context} until the JVM is stopped (Ctrl-C), then closes the server and the context; {@code
     * banner} says where, given the port actually bound. Shared by {@code serve} and {@code demo}.
     */
    static void serve(WebContext context, String bind, int port, Tokens tokens, IntFunction<String> banner)
            throws InterruptedException {
        WebServer server;
        try {
            server = WebServer.start(context, bind, port, tokens);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        System.err.println(banner.apply(server.port()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            context.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
