package org.tumen.core.annotate;

/**
 * One token with its linguistic annotation, in Tumen's own terms.
 *
 * @param ner coarse named-entity class (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma, String ner) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
