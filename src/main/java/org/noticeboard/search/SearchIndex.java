package org.noticeboard.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index built at build time: the documents (title, path, board, type, date) newest
 * first, and for every term the documents it occurs in with a weight — 3 in the title, 2 in the
 * keywords, topic or document number, 1 in the summary or body. {@link #search} is the ranking
 * {@code search.js} implements; tests hold the two to the same answers.
 */
final class SearchIndex {

    static final int TITLE = 3;
    static final int KEYWORDS = 2;
    static final int TEXT = 1;
    /**
     * Summary and body give at most this many distinct terms per document — a long body would
     * otherwise grow the index the browser loads; the opening of a text says what it is about.
     */
    static final int TEXT_TERMS = 200;

    /** One searchable page. */
    record Doc(String title, String path, int board, int type, String date) {}

    private final List<String> boards;
    private final List<String> types;
    private final List<Doc> docs = new ArrayList<>();
    /** term → doc index → best weight, both in ascending order. */
    private final Map<String, TreeMap<Integer, Integer>> terms = new TreeMap<>();

    SearchIndex(List<String> boards, List<String> types) {
        this.boards = List.copyOf(boards);
        this.types = List.copyOf(types);
    }

    /** Adds a document; call in rank order (newest first): ties keep this order. */
    void add(Doc doc, String title, String keywords, String text) {
        int index = docs.size();
        docs.add(doc);
        post(index, SearchTokens.terms(text, false).stream().limit(TEXT_TERMS).toList(), TEXT);
        post(index, SearchTokens.terms(keywords, true), KEYWORDS);
        post(index, SearchTokens.terms(title, true), TITLE);
    }

    private void post(int doc, Iterable<String> words, int weight) {
        for (String w : words) {
            terms.computeIfAbsent(w, k -> new TreeMap<>()).merge(doc, weight, Math::max);
        }
    }

    List<Doc> docs() {
        return List.copyOf(docs);
    }

    int termCount() {
        return terms.size();
    }

    /**
     * Documents for a query, best first. A document must contain most of the query's terms (all
     * of one or two, two of three, n − n/3 in general), so 低保申请 still finds 最低生活保障申请 with
     * 低保 in its keywords; more terms matched rank first, then the sum of weights, then newer.
     */
    List<Doc> search(String query) {
        List<String> q = new ArrayList<>(SearchTokens.terms(query, false));
        if (q.isEmpty()) {
            return List.of();
        }
        int required = q.size() - q.size() / 3;
        int[] matched = new int[docs.size()];
        int[] score = new int[docs.size()];
        for (String term : q) {
            terms.getOrDefault(term, new TreeMap<>()).forEach((doc, weight) -> {
                matched[doc]++;
                score[doc] += weight;
            });
        }
        List<Integer> hits = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (matched[d] >= required) {
                hits.add(d);
            }
        }
        hits.sort(Comparator.comparingInt((Integer d) -> -matched[d])
                .thenComparingInt(d -> -score[d]).thenComparingInt(d -> d));
        return hits.stream().map(docs::get).toList();
    }

    /**
     * The index as a script that sets {@code window.NOTICEBOARD_SEARCH}: a script, not JSON,
     * because a page opened from a folder (file://) may load scripts but not fetch files.
     * Postings are written as base-36 numbers {@code (docDelta * 4 + weight)}, comma-separated.
     */
    String toJavaScript() {
        StringWriter text = new StringWriter();
        text.write("window.NOTICEBOARD_SEARCH=");
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("v", 1);
            g.writeArrayFieldStart("boards");
            for (String b : boards) {
                g.writeString(b);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("types");
            for (String t : types) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("docs");
            for (Doc d : docs) {
                g.writeStartArray();
                g.writeString(d.title());
                g.writeString(d.path());
                g.writeNumber(d.board());
                g.writeNumber(d.type());
                g.writeString(d.date());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("terms");
            for (var e : terms.entrySet()) {
                g.writeStringField(e.getKey(), postings(e.getValue()));
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.write(";\n");
        return text.toString();
    }

    private static String postings(TreeMap<Integer, Integer> docs) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (var e : docs.entrySet()) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Integer.toString((e.getKey() - previous) * 4 + e.getValue(), 36));
            previous = e.getKey();
        }
        return out.toString();
    }
}
