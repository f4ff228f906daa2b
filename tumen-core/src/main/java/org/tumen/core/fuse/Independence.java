package org.tumen.core.fuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds near-identical report texts — syndicated wire copy, reposts with a new headline or a footer — so that they
 * count as one source. MinHash over word 5-shingles estimates the Jaccard similarity of two texts' shingle sets;
 * locality-sensitive hashing (LSH) over bands of the signature lets a store find candidates by equality look-ups
 * on {@link #bandKeys} instead of comparing a new report with every stored one.
 *
 * <p>Written here rather than taken from a library: the one MinHash/LSH library on Maven Central that fits
 * (info.debatty:java-lsh) has had no release since 2019 and draws its hash functions from a random seed per
 * instance, while signatures here are stored and compared across runs and machines, so they must be fixed by
 * the text alone. The whole method is the few lines below.
 *
 * <p>Words are lower-cased letters and digits only, so quotation-mark style, punctuation and line breaks — which
 * reposting changes freely — do not count.
 */
public final class Independence {
    /** Hash functions per signature: the estimate's standard error is at most 0.5 / sqrt(128) ≈ 0.044. */
    public static final int HASHES = 128;

    /** Words per shingle: long enough that two different reports on one topic share few, short enough to survive edits. */
    public static final int SHINGLE = 5;

    /**
     * Texts at or above this estimated similarity are copies of one another. Measured (IndependenceTest) on
     * {@code corpus/news-dprk.jsonl}: each of the 354 articles of 80 words or more, reposted under another headline
     * with a copyright footer, scored at least 0.648 against itself (median about 0.91); the 64,081 pairs of
     * different reports (revisions "-r2" of one KCNA item and the corpus's one exact duplicate left out) scored at
     * most 0.383 — two 45-word KCNA notices ("DPRK Delegation Leaves for Russia" / "… Returns Home") — and two
     * Reuters court stories on the same travel ban 0.359. Below 80 words the two sides meet: a repost of a 22-word
     * KCNA notice scores 0.38, so short stock items can be told apart from copies only by more than their text.
     */
    public static final double THRESHOLD = 0.5;

    /**
     * LSH bands and rows per band (BANDS × ROWS = HASHES). Two texts share a band key with probability
     * 1 − (1 − s⁴)³²: 0.87 at the threshold, 0.99 at 0.6 (below every measured repost) and 0.003 at 0.1, so a store
     * finds nearly every copy and checks few strangers with {@link #similarity}.
     */
    public static final int BANDS = 32;

    public static final int ROWS = HASHES / BANDS;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private Independence() {}

    /** A text's MinHash signature: per hash function, the least hash over its word 5-shingles. */
    public static Signature signature(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
            long base = fnv1a(shingle);
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (mix(base ^ SEEDS[h]) >>> 33);
                if (v < mins[h]) mins[h] = v;
            }
        }
        return new Signature(mins);
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets: the share of equal minima. */
    public static double similarity(Signature a, Signature b) {
        int equal = 0;
        for (int h = 0; h < HASHES; h++) if (a.mins()[h] == b.mins()[h]) equal++;
        return (double) equal / HASHES;
    }

    public static boolean sameSource(Signature a, Signature b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /**
     * One key per band ("b07:3fa9c1…"): two texts are candidates for being copies when they share any key. A store
     * keeps these in an indexed column and looks a new report's keys up by equality.
     */
    public static List<String> bandKeys(Signature s) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = 0xcbf29ce484222325L;
            for (int r = 0; r < ROWS; r++) h = mix(h ^ s.mins()[b * ROWS + r]);
            keys.add("b%02d:%016x".formatted(b, h));
        }
        return keys;
    }

    /** The chance that two texts of similarity {@code s} share a band key: 1 − (1 − s^ROWS)^BANDS. */
    public static double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, ROWS), BANDS);
    }

    /** A fixed MinHash signature; {@link #encoded} is its storable form. */
    public record Signature(int[] mins) {
        public Signature {
            if (mins.length != HASHES) throw new IllegalArgumentException("a signature has " + HASHES + " values");
            mins = mins.clone();
        }

        @Override
        public int[] mins() {
            return mins.clone();
        }

        public String encoded() {
            byte[] bytes = new byte[HASHES * 4];
            for (int i = 0; i < HASHES; i++) {
                for (int k = 0; k < 4; k++) bytes[i * 4 + k] = (byte) (mins[i] >>> (24 - 8 * k));
            }
            return HexFormat.of().formatHex(bytes);
        }

        public static Signature decode(String hex) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            int[] mins = new int[bytes.length / 4];
            for (int i = 0; i < mins.length; i++) {
                for (int k = 0; k < 4; k++) mins[i] = (mins[i] << 8) | (bytes[i * 4 + k] & 0xff);
            }
            return new Signature(mins);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(mins, s.mins);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(mins);
        }

        @Override
        public String toString() {
            return "Signature[" + encoded().substring(0, 16) + "…]";
        }
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a fixed, well-mixed permutation of 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long x = 0x54756d656eL; // "Tumen": fixed forever, or stored signatures stop matching new ones
        for (int i = 0; i < HASHES; i++) seeds[i] = mix(x += 0x9e3779b97f4a7c15L);
        return seeds;
    }
}
