package org.tumen.core.ingest;

/** One thing an {@link InputReader} yields: a report it could read, or the reason it could not. */
public sealed interface InputItem permits RawReport, InputProblem {

    /** Where the item came from, as the user gave it (a file path, or the path of a JSONL collection). */
    String file();
}
