package org.tumen.app.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on several threads and hands the results on in input order, keeping only
 * a bounded window in flight so a 10,000-report file never sits in memory at once.
 */
final class OrderedParallel {
    private OrderedParallel() {}

    static <I, O> void run(Iterator<I> inputs, int threads, Function<I, O> work, Consumer<O> sink) {
        if (threads <= 1) {
            inputs.forEachRemaining(i -> sink.accept(work.apply(i)));
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            Deque<Future<O>> window = new ArrayDeque<>();
            int limit = threads * 4;
            while (inputs.hasNext()) {
                I next = inputs.next();
                window.add(pool.submit(() -> work.apply(next)));
                if (window.size() >= limit) sink.accept(take(window.removeFirst()));
            }
            while (!window.isEmpty()) sink.accept(take(window.removeFirst()));
        }
    }

    private static <O> O take(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
