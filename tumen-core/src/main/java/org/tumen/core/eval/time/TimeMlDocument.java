package org.tumen.core.eval.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML file as the scorer needs it: the creation date that anchors relative expressions, the plain text of
 * {@code <TEXT>} with every tag stripped, and the gold timexes in that text.
 */
public record TimeMlDocument(String id, LocalDate creationDate, String text, List<GoldTimex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
