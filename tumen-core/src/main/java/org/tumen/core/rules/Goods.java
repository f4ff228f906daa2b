package org.tumen.core.rules;

import java.util.List;

/**
 * The goods a rule covers.
 *
 * @param hs HS prefixes, digits only ("93", "0101", "010121")
 * @param words item words for goods that have no heading of their own ("weapons", "jet fuel"), lower case
 * @param any the rule is about conduct (a false destination), whatever the goods
 */
public record Goods(List<String> hs, List<String> words, boolean any) {
    public Goods {
        hs = List.copyOf(hs);
        words = List.copyOf(words);
        if (!any && hs.isEmpty() && words.isEmpty()) throw new IllegalArgumentException("goods: no hs, no words");
        for (String p : hs)
            if (!p.matches("\\d{2,10}")) throw new IllegalArgumentException("goods.hs: not digits: " + p);
    }
}
