package org.tumen.core.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie over token keys that finds the longest entry starting at a token.
 *
 * <p>Written here rather than taken from a library: the Aho–Corasick libraries on Maven Central
 * (e.g. org.ahocorasick) match characters, so word boundaries, per-entry case rules ("US" but not
 * "us") and dash normalisation would all have to be bolted on, and a token trie is forty lines. A
 * left-to-right scan that takes the longest match at each token is one pass over the text for
 * the short entries a gazetteer has.
 *
 * <p>Immutable once {@link #freeze()} is called; {@code match} is then safe from many threads.
 */
final class TokenTrie<T> {
    private record Entry<T>(List<String> forms, boolean caseSensitive, T value) {}

    /** A match of tokens {@code [start, end)}; {@code value} is null for a blocked phrase. */
    record Match<T>(int start, int end, T value) {}

    private static final class Node<T> {
        Map<String, Node<T>> children = new HashMap<>();
        List<Entry<T>> entries = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();
    private boolean frozen;

    /**
     * Adds a phrase. A null value blocks the phrase: it is matched (and so hides shorter entries inside
     * it) but yields nothing. The first entry added for a phrase wins.
     */
    void add(String phrase, boolean caseSensitive, T value) {
        if (frozen) throw new IllegalStateException("frozen");
        List<String> forms = Tokenizer.forms(phrase);
        if (forms.isEmpty()) return;
        Node<T> node = root;
        for (String f : forms) node = node.children.computeIfAbsent(f.toLowerCase(Locale.ROOT), k -> new Node<>());
        node.entries.add(new Entry<>(forms, caseSensitive, value));
    }

    TokenTrie<T> freeze() {
        frozen = true;
        freeze(root);
        return this;
    }

    private static <T> void freeze(Node<T> node) {
        node.children = Map.copyOf(node.children);
        node.entries = List.copyOf(node.entries);
        node.children.values().forEach(TokenTrie::freeze);
    }

    /** The longest entry starting at token {@code start}, or null. */
    Match<T> match(List<Token> tokens, int start) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = start; i < tokens.size(); i++) {
            node = node.children.get(tokens.get(i).key());
            if (node == null) break;
            for (Entry<T> e : node.entries) {
                if (!e.caseSensitive() || sameCase(e.forms(), tokens, start)) {
                    best = new Match<>(start, i + 1, e.value());
                    break;
                }
            }
        }
        return best;
    }

    private static boolean sameCase(List<String> forms, List<Token> tokens, int start) {
        for (int k = 0; k < forms.size(); k++) {
            if (!forms.get(k).equals(tokens.get(start + k).form())) return false;
        }
        return true;
    }

    /** Greedy longest matches, left to right, without overlaps; blocked phrases are dropped. */
    List<Match<T>> scan(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = match(tokens, i);
            if (m == null) {
                i++;
            } else {
                if (m.value() != null) out.add(m);
                i = m.end();
            }
        }
        return out;
    }
}
