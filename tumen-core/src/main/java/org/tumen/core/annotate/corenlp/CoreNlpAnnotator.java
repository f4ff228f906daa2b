package org.tumen.core.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.tumen.core.annotate.AnnotatedText;
import org.tumen.core.annotate.LanguageAnnotator;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;

/**
 * The one adapter between Stanford CoreNLP and Tumen: it runs a CoreNLP pipeline and turns its annotations into
 * Tumen's records at once, so nothing else depends on CoreNLP's types.
 *
 * <p>A pipeline is expensive (models of hundreds of megabytes); build one per JVM and share it: CoreNLP pipelines
 * are safe to call from several threads.
 */
public final class CoreNlpAnnotator implements LanguageAnnotator {
    private final StanfordCoreNLP pipeline;
    private final NlpConfig config;

    public CoreNlpAnnotator(NlpConfig config) {
        this.config = config;
        this.pipeline = new StanfordCoreNLP(config.toProperties());
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(toToken(tokenIndex++, label));
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), begin, end, tokens));
        }
        return new AnnotatedText(text, sentences);
    }

    private static Token toToken(int index, CoreLabel label) {
        return new Token(
                index,
                label.word(),
                label.beginPosition(),
                label.endPosition(),
                orDefault(label.tag(), "X"),
                orDefault(label.lemma(), label.word()),
                orDefault(label.ner(), "O"));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public String description() {
        return "Stanford CoreNLP 4.5.10 [" + config.annotators() + "; ner model " + config.nerModel() + "]";
    }

    /**
     * CoreNLP caches loaded annotators across pipelines in the JVM; the benchmark drops them so that the baseline
     * loads its own models instead of reusing Tumen's.
     */
    public static void releaseSharedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** Exposed for the benchmark, which runs CoreNLP's own default configuration as the baseline. */
    public static Properties defaultNerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return p;
    }

    /** Runs a raw CoreNLP configuration over a text and returns its token count (the benchmark's baseline). */
    public static final class Baseline {
        private final StanfordCoreNLP pipeline;

        public Baseline(Properties properties) {
            this.pipeline = new StanfordCoreNLP(properties);
        }

        public int annotate(String text) {
            Annotation document = new Annotation(text);
            pipeline.annotate(document);
            return document.get(CoreAnnotations.TokensAnnotation.class).size();
        }
    }
}
