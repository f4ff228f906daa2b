package org.tumen.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of reports and events, with Lucene query syntax and highlighted snippets.
 *
 * <p>Free words search the default fields {@code text}, {@code title}, {@code evidence} and {@code roles} with
 * English stemming ("shipped" finds "shipping"). Fielded terms: {@code kind:report|event}, {@code type:TRANSFER},
 * {@code party:PRK}, {@code outlet:stuff}, {@code id:…}, and ISO dates as text, so that {@code
 * published:[2022-11-01 TO 2022-11-30]} and {@code when:2022-11*} work. Keyword fields ignore case, so {@code
 * type:transfer} works too.
 *
 * <p>Snippets are HTML: the passage is escaped and matches are wrapped in {@code <mark>}…{@code </mark>}, so a
 * report quoting {@code <script>} is shown, not run, and the browser UI can insert the snippet as it is; the CLI
 * turns the marks into terminal emphasis. Offsets are stored in the postings so the UnifiedHighlighter need not
 * re-analyse documents.
 *
 * <p>Thread-safe: one {@link IndexWriter} (itself thread-safe) and a {@link SearcherManager} that hands each search a
 * point-in-time reader. A search sees what was indexed before the last {@link #commit()}.
 */
public final class SearchIndex implements AutoCloseable {
    /** Searches return at most this many hits; paging deeper belongs to the event query, not to search. */
    public static final int MAX_LIMIT = 1000;

    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String TITLE = "title";
    private static final String OUTLET = "outlet";
    private static final String PUBLISHED = "published";
    private static final String TEXT = "text";
    private static final String TYPE = "type";
    private static final String ROLES = "roles";
    private static final String EVIDENCE = "evidence";
    private static final String PARTY = "party";
    private static final String WHEN = "when";

    private static final String[] DEFAULT_FIELDS = {TEXT, TITLE, EVIDENCE, ROLES};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f, EVIDENCE, 1.5f);
    /** Where a snippet comes from, in order of preference. */
    private static final String[] SNIPPET_FIELDS = {TEXT, EVIDENCE, ROLES, TITLE};

    /** Stored, tokenized, with offsets in the postings for the highlighter. */
    private static final FieldType HIGHLIGHTED = highlighted();

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Map<String, String> marks;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.marks = DirectoryReader.indexExists(directory)
                ? Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData())
                : Map.of();
        this.analyzer = analyzer();
        IndexWriterConfig config =
                new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    /** Opens the index in this folder, creating it if it is not there. */
    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + folder, e);
        }
    }

    /** Adds or replaces a report. */
    public void index(ReportDoc report) {
        Document doc = base(report.id(), "report");
        addText(doc, TITLE, report.title());
        addText(doc, OUTLET, report.outlet());
        if (report.published() != null)
            doc.add(new TextField(PUBLISHED, report.published().toString(), Field.Store.YES));
        doc.add(new Field(TEXT, report.text(), HIGHLIGHTED));
        update(report.id(), "report", doc);
    }

    /** Adds or replaces an event. */
    public void index(EventDoc event) {
        Document doc = base(event.id(), "event");
        doc.add(new TextField(TYPE, event.type(), Field.Store.YES));
        addText(doc, TITLE, event.title());
        addText(doc, ROLES, event.roles());
        addText(doc, EVIDENCE, event.evidence());
        for (String party : event.parties()) doc.add(new TextField(PARTY, party, Field.Store.YES));
        if (event.when() != null) doc.add(new TextField(WHEN, event.when(), Field.Store.YES));
        if (event.published() != null)
            doc.add(new TextField(PUBLISHED, event.published().toString(), Field.Store.YES));
        update(event.id(), "event", doc);
    }

    /** Removes the report or event with this id (both, if a report and an event share it). */
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id + " from the search index", e);
        }
    }

    /** Makes everything indexed so far durable and visible to searches; the commit carries no marks. */
    public void commit() {
        commit(Map.of());
    }

    /**
     * As {@link #commit()}, the commit carrying these marks (what the index is known to hold, for its owner to tell
     * later whether it is complete), readable by {@link #marks()} now and after reopening.
     */
    public void commit(Map<String, String> marks) {
        Map<String, String> copy = Map.copyOf(marks);
        try {
            writer.setLiveCommitData(copy.entrySet());
            writer.commit();
            this.marks = copy;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /** The marks of the last commit; empty when it carried none, or there is none. */
    public Map<String, String> marks() {
        return marks;
    }

    /**
     * Searches with Lucene query syntax.
     *
     * @throws IllegalArgumentException for a malformed query, with the parser's message, or a limit outside
     *     1..{@value #MAX_LIMIT}
     */
    public SearchResult search(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        Query parsed = parse(query);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(parsed, limit);
                return new SearchResult(
                        top.totalHits.value(),
                        top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                        hits(searcher, parsed, top));
            } catch (IndexSearcher.TooManyClauses e) {
                throw new IllegalArgumentException(
                        "search query '" + query + "' expands to too many terms; make wildcards more specific", e);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /** Documents in the index as of the last commit (reports and events). */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public void close() {
        try (directory;
                writer;
                searchers) {
            // closed in reverse order: readers, then the writer (which commits), then the directory
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("search query is empty");
        MultiFieldQueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse search query '" + query + "': " + firstLine(e), e);
        }
    }

    /** The parser's message without its long list of expected tokens. */
    private static String firstLine(ParseException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), "syntax error");
        int expecting = message.indexOf("Was expecting");
        String head = (expecting > 0 ? message.substring(0, expecting) : message).strip();
        int colon = head.indexOf(": ");
        if (head.startsWith("Cannot parse") && colon > 0) head = head.substring(colon + 2);
        return head.replaceAll("\\s+", " ");
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
        int[] passages = new int[SNIPPET_FIELDS.length];
        java.util.Arrays.fill(passages, 2);
        Map<String, String[]> snippets = highlighter.highlightFields(SNIPPET_FIELDS, query, top, passages);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = stored.document(sd.doc);
            hits.add(new SearchHit(doc.get(ID), doc.get(KIND), doc.get(TITLE), snippet(snippets, i), sd.score));
        }
        return hits;
    }

    /** The first snippet with a match, else the first non-empty one (a fielded query matches no text). */
    private static String snippet(Map<String, String[]> snippets, int i) {
        String fallback = null;
        for (String field : SNIPPET_FIELDS) {
            String s = snippets.get(field)[i];
            if (s == null || s.isBlank()) continue;
            if (s.contains("<mark>")) return s;
            if (fallback == null) fallback = s;
        }
        return fallback == null ? "" : fallback;
    }

    private static Document base(String id, String kind) {
        Document doc = new Document();
        doc.add(new StringField(KEY, kind + ":" + id, Field.Store.NO));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new TextField(KIND, kind, Field.Store.YES));
        return doc;
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) doc.add(new Field(field, value, HIGHLIGHTED));
    }

    private void update(String id, String kind, Document doc) {
        try {
            writer.updateDocument(new Term(KEY, kind + ":" + id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + kind + " " + id, e);
        }
    }

    private static FieldType highlighted() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** English with stemming for prose; whole-value, case-blind matching for codes and dates; ids exact. */
    private static Analyzer analyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        return new PerFieldAnalyzerWrapper(
                new EnglishAnalyzer(),
                Map.of(
                        ID, new KeywordAnalyzer(),
                        KIND, keyword,
                        TYPE, keyword,
                        PARTY, keyword,
                        WHEN, keyword,
                        PUBLISHED, keyword));
    }
}
