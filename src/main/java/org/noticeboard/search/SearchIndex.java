package org.noticeboard.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<String> boards;
    private final List<Doc> docs = new ArrayList<>();
    /**
     * term → its postings. Documents are added in index order, so each list is appended to in
     * ascending order; terms are sorted once, when written. (A TreeMap per term, boxed, made
     * this index most of a 10,000-item build's time.)
     */
    private final TermNumbers terms = new TermNumbers();
    /** By term number. */
    private final List<Postings> postings = new ArrayList<>();

    /**
     * The terms of one document, by field, each field's terms joined by spaces (no term holds
     * one): a preview session keeps every item's terms, and one string per field takes a
     * tenth of the memory of a list of strings. {@link #of} may run on any thread.
     */
    record Terms(String text, String keywords, String title) {

        /** With the text read only as far as its first {@link #TEXT_TERMS} terms reach. */
        static Terms of(String title, String keywords, SearchTokens.Source text) {
            return new Terms(SearchTokens.joined(text, false, TEXT_TERMS),
                    SearchTokens.joined(SearchTokens.Source.of(keywords), true, Integer.MAX_VALUE),
                    SearchTokens.joined(SearchTokens.Source.of(title), true, Integer.MAX_VALUE));
        }
    }

    SearchIndex(List<String> boards) {
        this.boards = List.copyOf(boards);
    }

    /**
     * Adds a document whose terms are already known; call in rank order (newest first): ties
     * keep this order.
     */
    void add(Doc doc, Terms t) {
        int index = docs.size();
        docs.add(doc);
        post(index, t.text(), TEXT);
        post(index, t.keywords(), KEYWORDS);
        post(index, t.title(), TITLE);
    }

    private void post(int doc, String words, int weight) {
        char[] chars = words.toCharArray();
        int start = 0;
        while (start < chars.length) {
            int end = words.indexOf(' ', start);
            end = end < 0 ? chars.length : end;
            int term = terms.add(chars, start, end);
            if (term == postings.size()) {
                postings.add(new Postings());
            }
            postings.get(term).add(doc, weight);
            start = end + 1;
        }
    }

    /** The postings of {@code term}, or null if no document has it. */
    private Postings postingsOf(String term) {
        int number = terms.find(term.toCharArray(), 0, term.length());
        return number < 0 ? null : postings.get(number);
    }

    /** Ascending document indexes, each with its best weight. */
    private static final class Postings {
        private int[] docs = new int[4];
        private int[] weights = new int[4];
        private int size;

        void add(int doc, int weight) {
            if (size > 0 && docs[size - 1] == doc) {
                weights[size - 1] = Math.max(weights[size - 1], weight);
                return;
            }
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size] = weight;
            size++;
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
            Postings p = postingsOf(term);
            for (int i = 0; p != null && i < p.size; i++) {
                matched[p.docs[i]]++;
                score[p.docs[i]] += p.weights[i];
            }
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
     * The script that sets {@code window.NOTICEBOARD_SEARCH}: the board and type names (of one
     * language), how many documents, and how many term shards ({@link SearchShards}) — all a
     * query needs to know which shards to load.
     */
    byte[] toJavaScript(List<String> typeNames, SearchShards shards) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        bytes.writeBytes("window.NOTICEBOARD_SEARCH=".getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("v", 2);
            g.writeArrayFieldStart("boards");
            for (String b : boards) {
                g.writeString(b);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("types");
            for (String t : typeNames) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeNumberField("docCount", shards.docCount());
            g.writeNumberField("docsPerShard", SearchShards.DOCS_PER_SHARD);
            g.writeNumberField("termShards", shards.termShards());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.writeBytes(";\n".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** The documents and terms in shards: the same in every copy of the site. */
    SearchShards shards() {
        Map<String, String> encoded = new TreeMap<>();
        for (int n = 0; n < terms.size(); n++) {
            encoded.put(terms.term(n), postings(postings.get(n)));
        }
        return SearchShards.of(docs, encoded);
    }

    private static String postings(Postings p) {
        StringBuilder out = new StringBuilder(p.size * 3);
        char[] digits = new char[8];
        int previous = 0;
        for (int i = 0; i < p.size; i++) {
            if (i > 0) {
                out.append(',');
            }
            // Integer.toString(value, 36), without a string per posting (two million at
            // 10,000 items)
            int value = (p.docs[i] - previous) * 4 + p.weights[i];
            int at = digits.length;
            do {
                digits[--at] = Character.forDigit(value % 36, 36);
                value /= 36;
            } while (value > 0);
            out.append(digits, at, digits.length - at);
            previous = p.docs[i];
        }
        return out.toString();
    }
}
