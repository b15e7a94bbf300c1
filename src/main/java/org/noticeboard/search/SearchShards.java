package org.noticeboard.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.noticeboard.render.OutputFile;

/**
 * The search index split so that a query loads only what it needs: the terms in shards by a hash
 * of the term ({@code search/t/<n>.js}), the documents in shards of {@link #DOCS_PER_SHARD} in
 * rank order ({@code search/d/<n>.js}). A query loads one term shard per term and the document
 * shards of the results it shows. Each shard is a script calling
 * {@code NOTICEBOARD_SEARCH.terms(n, {…})} or {@code .docs(n, […])}: scripts, not JSON, so that
 * search works from a folder (file://), where a page may load scripts but not fetch files.
 *
 * @param termShards how many term shards; {@code search.js} needs it to find a term's shard
 * @param files the shards, by path inside a copy of the site
 */
record SearchShards(int termShards, int docCount, List<OutputFile> files) {

    /**
     * Documents per shard: a page of 20 results, scattered through the index, loads up to 20
     * document shards, so they are small (~2 KB).
     */
    static final int DOCS_PER_SHARD = 20;
    /**
     * The size a term shard aims at: a query loads one per term (a Chinese query of 8
     * characters has 7 terms), each this much plus the term's own postings.
     */
    static final int TERM_SHARD_BYTES = 8 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    SearchShards {
        files = List.copyOf(files);
    }

    /**
     * The shard of {@code term}, as {@code search.js} computes it: String.hashCode's hash,
     * its bits mixed (CJK character pairs alone fall into few shards), modulo the count.
     */
    static int shardOf(String term, int shards) {
        int h = term.hashCode();
        h = (h ^ (h >>> 16)) * 0x45d9f3b;
        h ^= h >>> 16;
        return Integer.remainderUnsigned(h, shards);
    }

    /** @param terms every term with its encoded postings, in term order */
    static SearchShards of(List<SearchIndex.Doc> docs, Map<String, String> terms) {
        long bytes = 0;
        for (var e : terms.entrySet()) {
            bytes += e.getKey().length() * 3L + e.getValue().length() + 6;
        }
        int shards = (int) Math.max(1, (bytes + TERM_SHARD_BYTES - 1) / TERM_SHARD_BYTES);
        List<Map<String, String>> byShard = new ArrayList<>();
        for (int n = 0; n < shards; n++) {
            byShard.add(new TreeMap<>());
        }
        terms.forEach((term, postings) -> byShard.get(shardOf(term, shards)).put(term, postings));
        List<OutputFile> files = new ArrayList<>();
        for (int n = 0; n < shards; n++) {
            files.add(new OutputFile("search/t/" + n + ".js", termShard(n, byShard.get(n))));
        }
        for (int from = 0, n = 0; from < docs.size(); from += DOCS_PER_SHARD, n++) {
            files.add(new OutputFile("search/d/" + n + ".js",
                    docShard(n, docs.subList(from, Math.min(docs.size(), from + DOCS_PER_SHARD)))));
        }
        return new SearchShards(shards, docs.size(), files);
    }

    private static byte[] termShard(int n, Map<String, String> terms) {
        return script("terms", n, g -> {
            g.writeStartObject();
            for (var e : terms.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        });
    }

    private static byte[] docShard(int n, List<SearchIndex.Doc> docs) {
        return script("docs", n, g -> {
            g.writeStartArray();
            for (SearchIndex.Doc d : docs) {
                g.writeStartArray();
                g.writeString(d.title());
                g.writeString(d.path());
                g.writeNumber(d.board());
                g.writeNumber(d.type());
                g.writeString(d.date());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    private interface Json {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] script(String function, int n, Json value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("NOTICEBOARD_SEARCH." + function + "(" + n + ",")
                .getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            value.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.writeBytes(");\n".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
