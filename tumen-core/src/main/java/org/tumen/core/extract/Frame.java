package org.tumen.core.extract;

/**
 * How a sentence reports what it says: who says it (a quote's or reported speech's speaker), the stretch they say,
 * and the stance cue that governs it.
 *
 * @param speaker the party the content is attributed to, or null for the report's own voice
 * @param contentBegin start of the attributed stretch (character offset)
 * @param contentEnd end of the attributed stretch
 * @param speechVerb the lemma of the verb of saying, or null
 * @param frameEnd where the frame (speaker and verb) ends: time expressions before it date the saying
 */
record Frame(Clue speaker, int contentBegin, int contentEnd, String speechVerb, int frameBegin, int frameEnd) {
    static final Frame NONE = new Frame(null, 0, 0, null, 0, 0);

    boolean covers(int offset) {
        return speaker != null && offset >= contentBegin && offset < contentEnd;
    }
}
