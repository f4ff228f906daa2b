package org.tumen.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the lines a news page wraps around an article: "READ MORE" lists, photo credits with their
 * captions, sharing and newsletter prompts. They must go before annotation, or a caption ("Kim Jong Un and
 * Vladimir Putin") would be read as a statement of the article.
 *
 * <p>The rules describe the shape of such lines (a credit, then a caption), never particular sentences, and
 * they err on the side of keeping a line: a lost caption costs nothing, a lost paragraph loses evidence.
 */
final class Boilerplate {
    /** Captions and prompts are short; anything longer is treated as article text whatever it starts with. */
    private static final int MAX_CAPTION_LENGTH = 400;

    private static final int MAX_PROMPT_LENGTH = 160;

    /** A heading that introduces a list of links to other articles, possibly with the list on the same line. */
    private static final Pattern LINK_LIST_HEADING = Pattern.compile(
            "(?i:read more|related(?: (?:articles?|stories|content|coverage|links|reading))?|see also|also read"
                    + "|more on this(?: story)?|you (?:may|might) also like)(?:\\s*:.*)?");

    /** An item of such a list: a bullet, or a bare link. */
    private static final Pattern LIST_ITEM = Pattern.compile("[*•·▪►‣◦–—-]\\s*\\S.*|(?:https?://|www\\.)\\S+");

    /** "Photo: Reuters", "Image credit: AP", "Pictured: ..." — a credit that says it is one. */
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?i:photo(?:graph)?|image|picture|pictured|caption|credit|photo credit|image credit)\\s*:.*");

    /**
     * Agencies and sources that appear as picture credits. Atomic so that "Yonhap News Agency reported" is not
     * read as the credit "Yonhap" followed by the caption "News Agency reported".
     */
    private static final String AGENCY = "(?>Getty Images|AFP|AAP|AP(?: Photo)?|Reuters|EPA(?:-EFE)?|KCNA(?: Watch)?"
            + "|Korean Central News Agency|Yonhap(?: News(?: Agency)?)?|Supplied|Xinhua|TASS|Sputnik|RIA Novosti"
            + "|Kyodo(?: News)?|Bloomberg|Shutterstock|Alamy|iStock|NK News|Planet Labs(?: PBC)?"
            + "|Maxar(?: Technologies)?|Airbus(?: Defence and Space)?|Rodong Sinmun|KCTV|Pool|File|Handout)";

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";

    /**
     * "Mikhail Svetlov/Getty Images North Korean Leader ...": a photographer (up to five name words) and an
     * agency (a known one or up to three capitalised words, optionally "via" another), then a caption that
     * starts with a capital, a quote or a bracket.
     */
    private static final Pattern PHOTOGRAPHER_CREDIT = Pattern.compile(NAME_WORD + "(?: (?:" + NAME_WORD
            + "|de|van|von|da|al|bin)){0,4}/(?:" + AGENCY + "|" + NAME_WORD + "(?: " + NAME_WORD + "){0,2})"
            + "(?: via " + AGENCY + ")?\\s+[\\p{Lu}\"“‘(].*");

    /** "KCNA Horses have long been used ...": an agency alone, then a caption. */
    private static final Pattern AGENCY_CREDIT =
            Pattern.compile(AGENCY + "(?: via " + AGENCY + ")?\\s+(\\p{Lu}[\\p{L}-]*).*");

    /**
     * Words that, after an agency's name, make a compound ("EPA Administrator", "Reuters Institute") rather than
     * start a caption.
     */
    private static final Pattern COMPOUND_AFTER_AGENCY = Pattern.compile("Administrator|Chief|Director|Institute"
            + "|Foundation|Breakingviews|Exclusive|Poll|Survey|Analysis|Editor|Correspondent|Bureau|Office|Staff"
            + "|Reporter|Reporters|Report|Rules?|Regulations?|Agency|News|Photo|Photos|Images|Graphics?|Video");

    /** Captions describe a picture; a line that reports speech is article text even if it starts with a name. */
    private static final Pattern REPORTING_VERB =
            Pattern.compile("\\b(?:said|says|told|tells|reported|reports|announced|according to|quoted)\\b");

    /** Whole lines that are page furniture. */
    private static final Pattern PROMPT = Pattern.compile("(?i:advertisement|advertisment|sponsored(?: content)?"
            + "|skip (?:this )?advertisement|story continues below(?: (?:this )?advertisement)?"
            + "|continue reading(?: below| the main story)?|share this(?: article| story)?"
            + "|share (?:on|via) \\w+|(?:sign up|subscribe|register)\\b.*\\b(?:newsletters?|inbox|updates|alerts"
            + "|briefing|digest|email)\\b.*|follow (?:us|@\\w+) on .*|click here .*)[.!:]?");

    /** Markdown image lines and figure captions of reposted analyses ("![image04](…)", "_▲ Figure 4: …_"). */
    private static final Pattern FIGURE =
            Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|[_*\\s]*▲?[_*\\s]*(?:Figure|Fig\\.|Image|Map|Chart) \\d+[:.].*");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…][\"”’')\\]]*$");

    private Boilerplate() {}

    /**
     * The lines that remain once boilerplate is taken out; {@code lines} are trimmed and space-normalised.
     *
     * <p>A line is judged only where it starts a paragraph (after a blank line, or after a line that ends a
     * sentence), and a caption only where it also ends one. Without that, the hard-wrapped lines of wire copy
     * ("Reuters Holdings PLC's Reuters", "Capital Cities/ABC Inc at the offices of the Federal") would read as
     * credits.
     */
    static List<String> remove(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            boolean starts = i == 0 || endsParagraphOrSentence(lines.get(i - 1));
            if (starts && isLinkListHeading(line)) {
                i++;
                while (i < lines.size()
                        && (lines.get(i).isEmpty()
                                || LIST_ITEM.matcher(lines.get(i)).matches())) i++;
                continue;
            }
            boolean ends = i == lines.size() - 1 || lines.get(i + 1).isEmpty();
            boolean drop = FIGURE.matcher(line).matches() || (starts && (isPrompt(line) || (ends && isCaption(line))));
            if (!drop) kept.add(line);
            i++;
        }
        return kept;
    }

    static boolean isLinkListHeading(String line) {
        return !line.isEmpty()
                && line.length() <= MAX_CAPTION_LENGTH
                && LINK_LIST_HEADING.matcher(line).matches();
    }

    static boolean isPrompt(String line) {
        return !line.isEmpty()
                && line.length() <= MAX_PROMPT_LENGTH
                && PROMPT.matcher(line).matches();
    }

    static boolean isCaption(String line) {
        if (line.isEmpty() || line.length() > MAX_CAPTION_LENGTH) return false;
        if (LABELLED_CREDIT.matcher(line).matches()) return true;
        if (REPORTING_VERB.matcher(line).find()) return false;
        var photographer = PHOTOGRAPHER_CREDIT.matcher(line);
        // A photographer's name has lower-case letters; "N/A", "F/H" and "MGM/UA" do not.
        if (photographer.matches() && hasLowerCase(line, line.indexOf('/'))) return true;
        var agency = AGENCY_CREDIT.matcher(line);
        return agency.matches()
                && !COMPOUND_AFTER_AGENCY.matcher(agency.group(1)).matches();
    }

    private static boolean endsParagraphOrSentence(String line) {
        return line.isEmpty() || SENTENCE_END.matcher(line).find();
    }

    private static boolean hasLowerCase(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) return true;
        }
        return false;
    }
}
