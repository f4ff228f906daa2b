package org.tumen.app.cli;

import java.util.concurrent.Callable;
import org.tumen.app.service.SearchJson;
import org.tumen.store.search.SearchHit;
import org.tumen.store.search.SearchIndex;
import org.tumen.store.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen search QUERY}: reports and events by Lucene query, with highlighted snippets. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search reports and events (Lucene query syntax).")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "QUERY", description = "e.g. Orlov, \"artillery shells\", type:TRANSFER party:PRK")
    String query;

    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() {
        // the index belongs to a store: a search against a store that cannot be reached says so
        try (var db = store.open();
                SearchIndex index = SearchIndex.open(Indexer.folder(store))) {
            SearchResult result = index.search(query, limit);
            for (SearchHit hit : result.hits())
                System.out.println(json ? SearchJson.hit(hit).toString() : text(hit));
            if (!json) System.err.println(result.totalHits() + (result.exact() ? "" : "+") + " hits");
        }
        return 0;
    }

    /** The snippet is HTML-escaped with marked matches; on a terminal the marks become «…». */
    private static String text(SearchHit hit) {
        String snippet = unescape(hit.snippet().replace("<mark>", "«").replace("</mark>", "»"));
        return String.format(
                "%-6s %-24s %s%n       %s", hit.kind(), hit.id(), hit.title() == null ? "" : hit.title(), snippet);
    }

    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|lt|gt|quot|apos|amp);");

    /** Undoes HTML escaping (named and numeric entities) for plain-text output. */
    static String unescape(String html) {
        return ENTITY.matcher(html).replaceAll(m -> {
            String e = m.group(1);
            String ch = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "amp" -> "&";
                default ->
                    Character.toString(
                            e.startsWith("#x")
                                    ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1)));
            };
            return java.util.regex.Matcher.quoteReplacement(ch);
        });
    }
}
