package org.tumen.app.follow;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stop request that waits can honour at once. The follower is never interrupted: an interrupt closes H2's file
 * channel under it, so it checks this between items and sleeps on it instead.
 */
public final class Stop {
    private final CountDownLatch requested = new CountDownLatch(1);

    public void request() {
        requested.countDown();
    }

    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Sleeps for {@code d} or until a stop is requested; returns whether one was. */
    public boolean sleep(Duration d) {
        try {
            return requested.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
