package org.tumen.core.screen;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function of a string. Screening compares a name with every candidate the
 * index gives, and the listed names' tokens were split into Korean syllables, folded and re-tokenised afresh for
 * each comparison: a JFR profile of {@code tumen ingest} over the DPRK corpus put 53 % of all CPU samples there,
 * on the store's one writer thread. The lists have a few tens of thousands of distinct tokens and names, so a
 * memo keeps nearly all of them. Hand-written because no cache library is on the classpath and this needs none:
 * when full it is simply emptied, which keeps memory bounded and costs a recomputation, never a wrong answer.
 */
final class Memo<V> {
    private final int capacity;
    private final Function<String, V> function;
    private final ConcurrentHashMap<String, Optional<V>> values = new ConcurrentHashMap<>();

    Memo(int capacity, Function<String, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** The function's value for {@code key}, null included. */
    V get(String key) {
        Optional<V> v = values.get(key);
        if (v == null) {
            if (values.size() >= capacity) values.clear();
            v = Optional.ofNullable(function.apply(key));
            values.putIfAbsent(key, v);
        }
        return v.orElse(null);
    }
}
