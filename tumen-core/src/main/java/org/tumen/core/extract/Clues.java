package org.tumen.core.extract;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** All clues of one report, sorted by position, with the look-ups the event rules need. */
public record Clues(List<Clue> all) {
    public Clues {
        all = all.stream()
                .sorted(Comparator.comparingInt(Clue::begin).thenComparingInt(c -> -c.end()))
                .toList();
    }

    public List<Clue> in(int from, int to, Clue.Kind kind) {
        return all.stream().filter(c -> c.kind() == kind && c.within(from, to)).toList();
    }

    public List<Clue> partiesIn(int from, int to) {
        return all.stream().filter(c -> c.isParty() && c.within(from, to)).toList();
    }

    public List<Clue> matching(int from, int to, Predicate<Clue> test) {
        return all.stream().filter(c -> c.within(from, to) && test.test(c)).toList();
    }

    /** The clue of a kind that covers a character offset, if any. */
    public Clue at(int offset, Clue.Kind kind) {
        for (Clue c : all) {
            if (c.kind() == kind && c.begin() <= offset && offset < c.end()) return c;
        }
        return null;
    }
}
