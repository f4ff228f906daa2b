package org.tumen.core.recognise;

/**
 * A token of the cleaned text.
 *
 * @param form the text with dashes and apostrophes normalised (all dashes to '-', curly quotes to ')
 * @param key {@code form} lower-cased: what the tries index by
 * @param gluedLeft no whitespace between this token and the previous one ("three-car": "car" is glued)
 */
record Token(int begin, int end, String form, String key, boolean gluedLeft) {}
