package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.noticeboard.attachments.AttachmentFinder;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parallel.Slices;
import org.noticeboard.parse.ContentParser;
import org.noticeboard.parse.ParsedFile;
import org.noticeboard.source.ContentReader;
import org.noticeboard.validate.FileValidator;
import org.noticeboard.validate.ValidatedFile;

/**
 * The source, parse and validate stages of the {@link Pipeline}: the content files, each with
 * the result of its own stages and their diagnostics, kept between runs so an edit re-reads one
 * file. Bodies are rendered under the site's raw-HTML policy, so files are parsed only once the
 * configuration is known, and all of them again if the policy changes.
 */
final class SessionSources {

    /** One file's results; {@code validated} is empty until validated against a config. */
    record Entry(Optional<ParsedFile> parsed, List<Diagnostic> readDiagnostics,
            Optional<ValidatedFile> validated, List<Diagnostic> validateDiagnostics,
            boolean isValidated) {}

    private final Path root;
    private final String display;
    private final MarkdownEngine markdown;
    private ContentParser parser;
    private boolean escapeHtml = true;
    private final ContentReader reader = new ContentReader();
    private final Map<String, Entry> entries = new TreeMap<>();

    SessionSources(Path root, String display, MarkdownEngine markdown) {
        this.root = root.toAbsolutePath().normalize();
        this.display = display;
        this.markdown = markdown;
        this.parser = new ContentParser(markdown, escapeHtml);
    }

    /** Whether the files were parsed with raw HTML escaped ({@code raw_html: refuse}). */
    boolean escapesHtml() {
        return escapeHtml;
    }

    /** Reads and parses every content file again, under the given raw-HTML policy. */
    void readAll(boolean escapeHtml) throws IOException {
        this.escapeHtml = escapeHtml;
        this.parser = new ContentParser(markdown, escapeHtml);
        entries.clear();
        refresh(root);
    }

    /**
     * Re-reads what lies at {@code path}: a file, or a folder and everything below it. Files no
     * longer there are forgotten.
     */
    void refresh(Path path) throws IOException {
        String prefix = relative(path);
        entries.keySet().removeIf(k -> (prefix.isEmpty() || k.equals(prefix)
                || k.startsWith(prefix + "/")) && !Files.exists(root.resolve(k)));
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(files::add);
            }
        } else if (path.getFileName().toString().endsWith(".md")) {
            files.add(path);
        } else {
            files.addAll(citing(path));
        }
        Map<String, Entry> read = new ConcurrentHashMap<>();
        Slices.forEach(files, f -> read(f).ifPresent(e -> read.put(relative(f), e)));
        files.forEach(f -> entries.remove(relative(f)));
        entries.putAll(read);
    }

    /**
     * The content files whose bodies link to the file at {@code path} (or to a file below it): an
     * attached file that changed, appeared or went changes the items that cite it.
     */
    private List<Path> citing(Path path) {
        Path abs = real(path.toAbsolutePath().normalize());
        List<Path> citing = new ArrayList<>();
        for (Entry e : entries.values()) {
            e.parsed().filter(p -> AttachmentFinder.targets(p.source(), p.bodyFindings())
                    .stream().anyMatch(t -> t.startsWith(abs)))
                    .ifPresent(p -> citing.add(root.resolve(p.source().relative())));
        }
        return citing;
    }

    /** The path with its folder's links resolved, as the content files' paths are. */
    private static Path real(Path path) {
        try {
            Path parent = path.getParent().toRealPath();
            return parent.resolve(path.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    /** Validates the files not yet validated, or all of them when {@code all}. */
    void validate(SiteConfig config, boolean all) {
        FileValidator validator = new FileValidator(config);
        List<String> keys = entries.entrySet().stream()
                .filter(e -> all || !e.getValue().isValidated()).map(Map.Entry::getKey).toList();
        Map<String, Entry> done = new ConcurrentHashMap<>();
        Slices.forEach(keys, k -> {
            Entry e = entries.get(k);
            Diagnostics d = collector();
            Optional<ValidatedFile> v = e.parsed().flatMap(p -> validator.validate(p, d));
            done.put(k, new Entry(e.parsed(), e.readDiagnostics(), v, d.sorted(), true));
        });
        entries.putAll(done);
    }

    /**
     * The ids of item files that are there but did not pass (their errors are reported at
     * them), so that what refers to them is not blamed a second time.
     */
    Set<String> idsInError() {
        return entries.entrySet().stream().filter(e -> e.getValue().validated().isEmpty())
                .map(e -> e.getKey().substring(0, e.getKey().length() - ".md".length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    List<ValidatedFile> validated() {
        return entries.values().stream().flatMap(e -> e.validated().stream()).toList();
    }

    /** What the source, parse and validate stages found, file by file. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        for (Entry e : entries.values()) {
            all.addAll(e.readDiagnostics());
            all.addAll(e.validateDiagnostics());
        }
        return all;
    }

    private Optional<Entry> read(Path file) {
        Diagnostics d = collector();
        var source = reader.readFile(root, display, file, d);
        if (source.isEmpty() && !d.hasErrors()) {
            return Optional.empty();
        }
        Optional<ParsedFile> parsed = source.flatMap(s -> parser.parse(s, d));
        return Optional.of(new Entry(parsed, d.sorted(), Optional.empty(), List.of(), false));
    }

    private Diagnostics collector() {
        return new Diagnostics(new FileLines(root, display));
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : "";
    }
}
