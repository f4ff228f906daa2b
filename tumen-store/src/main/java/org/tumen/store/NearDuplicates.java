package org.tumen.store;

import java.util.List;

/**
 * How the store finds near-identical report texts (syndication, reposts), which count as one source. The store
 * keeps each report's band keys and asks only the reports sharing a key whether they are near-identical, so the
 * lookup never scans every report. The MinHash implementation lives with the fuse stage in core; the store needs
 * only these two questions answered.
 */
public interface NearDuplicates {
    /** Keys under which a near-identical text would share at least one key with high probability. */
    List<String> bandKeys(String text);

    /** Whether two texts are near-identical enough to count as one source. */
    boolean nearIdentical(String a, String b);

    /** MinHash over word shingles ({@link org.tumen.core.fuse.Independence}): syndicated copies and reposts. */
    static NearDuplicates minHash() {
        return new NearDuplicates() {
            @Override
            public List<String> bandKeys(String text) {
                return org.tumen.core.fuse.Independence.bandKeys(org.tumen.core.fuse.Independence.signature(text));
            }

            @Override
            public boolean nearIdentical(String a, String b) {
                return a.equals(b)
                        || org.tumen.core.fuse.Independence.sameSource(
                                org.tumen.core.fuse.Independence.signature(a),
                                org.tumen.core.fuse.Independence.signature(b));
            }
        };
    }

    /** Only identical texts (which already share a content hash) are one source: every report its own group. */
    static NearDuplicates none() {
        return new NearDuplicates() {
            @Override
            public List<String> bandKeys(String text) {
                return List.of();
            }

            @Override
            public boolean nearIdentical(String a, String b) {
                return a.equals(b);
            }
        };
    }
}
