package org.noticeboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Site;
import org.noticeboard.render.ThemeLoader;
import org.noticeboard.render.ViewFactory;
import org.noticeboard.testing.ExampleBuild;
import org.noticeboard.testing.Projects;

/**
 * The split index, read back from the files as {@code search.js} reads them (the term shards of
 * the query's terms, then the document shards of the hits), gives exactly the answers of one
 * unsplit index built from the same content: the oracle's queries and a few hundred more.
 */
class SplitIndexTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path site;
    static SearchIndex oracle;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        BuildResult result = ExampleBuild.into(site, Optional.empty());
        assertTrue(result.published(), result.diagnostics().toString());
        Site model = result.site().orElseThrow();
        var theme = new ThemeLoader().load(Projects.theme(), new Diagnostics()).orElseThrow();
        oracle = SearchPages.build(model, new ViewFactory(model, theme.messages("zh-CN"),
                "zh-CN", new MarkdownEngine()));
    }

    @Test
    void theSplitIndexAnswersAsTheUnsplitOne() throws IOException {
        Set<String> queries = new LinkedHashSet<>(List.of("低保", "residence", "最低生活保障申请",
                "水", "公示 2026", "About this SITE", "zzzz", "临时停水", "低保申请", "房"));
        Random random = new Random(19);
        List<SearchIndex.Doc> docs = oracle.docs();
        for (int i = 0; i < 300; i++) {
            String title = docs.get(random.nextInt(docs.size())).title();
            int from = random.nextInt(title.length());
            queries.add(title.substring(from, Math.min(title.length(),
                    from + 1 + random.nextInt(6))));
        }
        SplitReader reader = new SplitReader(site);
        for (String query : queries) {
            List<String> expected = oracle.search(query).stream().map(SearchIndex.Doc::path)
                    .toList();
            assertEquals(expected, reader.search(query), query);
        }
    }

    @Test
    void aQueryLoadsOneTermShardPerTermAndTheDocumentShardsOfItsFirstPage() throws IOException {
        SplitReader reader = new SplitReader(site);
        reader.search("最低生活保障申请");
        assertTrue(reader.loaded.size() <= SearchTokens.terms("最低生活保障申请", false).size()
                + 20, reader.loaded.toString());
        assertTrue(reader.loaded.stream().allMatch(f -> f.startsWith("search/t/")
                || f.startsWith("search/d/")), reader.loaded.toString());
        assertTrue(reader.termShards > 1, "the example site's terms are split");
    }

    @Test
    void shardsAreTheSameInEveryCopyOfTheSite() throws IOException {
        List<Path> shards;
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            shards = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(shards.isEmpty());
        for (Path shard : shards) {
            if (shard.getFileName().toString().equals("index.js")) {
                continue;
            }
            Path english = site.resolve("en").resolve(site.relativize(shard));
            assertEquals(Files.mismatch(shard, english), -1L, english.toString());
        }
    }

    /** Reads the files as search.js does: meta, term shards by hash, document shards. */
    static final class SplitReader {
        final Path site;
        final int termShards;
        final int docsPerShard;
        final List<String> loaded = new ArrayList<>();

        SplitReader(Path site) throws IOException {
            this.site = site;
            String meta = Files.readString(site.resolve("search/index.js"));
            JsonNode m = JSON.readTree(meta.substring(meta.indexOf('{'), meta.lastIndexOf('}') + 1));
            termShards = m.get("termShards").asInt();
            docsPerShard = m.get("docsPerShard").asInt();
        }

        JsonNode shard(String path) throws IOException {
            loaded.add(path);
            String text = Files.readString(site.resolve(path));
            assertTrue(text.startsWith("NOTICEBOARD_SEARCH.") && text.endsWith(");\n"), path);
            return JSON.readTree(text.substring(text.indexOf(',') + 1, text.length() - 3));
        }

        List<String> search(String query) throws IOException {
            loaded.clear();
            Set<String> q = SearchTokens.terms(query, false);
            if (q.isEmpty()) {
                return List.of();
            }
            int required = q.size() - q.size() / 3;
            Map<Integer, Integer> matched = new HashMap<>();
            Map<Integer, Integer> score = new HashMap<>();
            Map<Integer, JsonNode> shards = new HashMap<>();
            for (String term : q) {
                int n = SearchShards.shardOf(term, termShards);
                JsonNode shard = shards.get(n);
                if (shard == null) {
                    shard = shard("search/t/" + n + ".js");
                    shards.put(n, shard);
                }
                if (!shard.has(term)) {
                    continue;
                }
                int doc = 0;
                for (String part : shard.get(term).asText().split(",")) {
                    int value = Integer.parseInt(part, 36);
                    doc += value / 4;
                    matched.merge(doc, 1, Integer::sum);
                    score.merge(doc, value % 4, Integer::sum);
                }
            }
            List<Integer> hits = matched.keySet().stream()
                    .filter(d -> matched.get(d) >= required)
                    .sorted(Comparator.comparingInt((Integer d) -> -matched.get(d))
                            .thenComparingInt(d -> -score.get(d)).thenComparingInt(d -> d))
                    .toList();
            Map<Integer, JsonNode> docShards = new HashMap<>();
            List<String> paths = new ArrayList<>();
            for (int d : hits) {
                int n = d / docsPerShard;
                JsonNode shard = docShards.get(n);
                if (shard == null) {
                    // only the first page's (20) are loaded by the page; all here, to compare
                    shard = paths.size() < 20 ? shard("search/d/" + n + ".js")
                            : JSON.readTree(unwrap("search/d/" + n + ".js"));
                    docShards.put(n, shard);
                }
                paths.add(shard.get(d % docsPerShard).get(1).asText());
            }
            return paths;
        }

        private String unwrap(String path) throws IOException {
            String text = Files.readString(site.resolve(path));
            return text.substring(text.indexOf(',') + 1, text.length() - 3);
        }
    }
}
