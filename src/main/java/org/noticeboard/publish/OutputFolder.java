package org.noticeboard.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether a folder may be used as the output. Publishing replaces the output folder as a
 * whole, so it must hold nothing but what Noticeboard wrote there: it is absent, empty, or a site
 * this tool published (its {@link SiteMarker} lists every file, and nothing else is there). A
 * mistyped {@code --output} naming the sources, {@code .git}, a home folder or someone's
 * documents is refused before anything is read, and checked again just before the swap.
 */
public final class OutputFolder {

    /** Extensions an earlier version of the tool wrote, before sites carried a marker. */
    private static final Set<String> EARLIER_KINDS =
            Set.of("html", "css", "csv", "ics", "js", "json", "xml", "pdf");

    private OutputFolder() {}

    /** The folder a publish writes: the target of a symbolic link, so the link is kept. */
    public static Path target(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(abs); hops++) {
            try {
                abs = abs.resolveSibling(Files.readSymbolicLink(abs)).normalize();
            } catch (IOException e) {
                return abs;
            }
        }
        return abs;
    }

    /** Why {@code output} must not be written, or empty when it is safe. */
    public static Optional<String> refusal(Path output, Path source, Path theme) {
        if (output.toString().indexOf('\0') >= 0) {
            return Optional.of("the output folder name contains a NUL character");
        }
        Path out = real(target(output));
        if (out.getParent() == null) {
            return Optional.of("the output folder " + output + " is a file-system root");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && out.equals(real(Path.of(home)))) {
            return Optional.of("the output folder " + output + " is your home folder");
        }
        Path src = real(source);
        if (src.startsWith(out) || out.startsWith(src)) {
            return Optional.of("the output folder " + output
                    + " overlaps the content folder " + source);
        }
        Path thm = real(theme);
        if (thm.startsWith(out) || out.startsWith(thm)) {
            return Optional.of("the output folder " + output + " overlaps the theme folder "
                    + theme);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("the output " + output + " is a file, not a folder");
        }
        try {
            return occupant(out).refusal(output);
        } catch (IOException e) {
            return Optional.of("the output folder " + output + " cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    /** What is in the folder a publish would replace. */
    static Occupant occupant(Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return new Occupant(Occupant.Kind.ABSENT, Map.of(), Set.of());
        }
        Map<String, Long> files = files(target);
        Optional<SiteMarker> marker = SiteMarker.read(target);
        if (marker.isPresent()) {
            return new Occupant(Occupant.Kind.MARKED, files, marker.get().files());
        }
        if (files.isEmpty()) {
            return new Occupant(Occupant.Kind.EMPTY, files, Set.of());
        }
        return new Occupant(earlierSite(target, files) ? Occupant.Kind.EARLIER_VERSION
                : Occupant.Kind.FOREIGN, files, Set.of());
    }

    /**
     * A site published by a version of the tool that wrote no marker: its home page names the
     * generator and it has the item list. It is recognised once; the publish then marks it.
     */
    private static boolean earlierSite(Path target, Map<String, Long> files) throws IOException {
        if (!files.containsKey("index.html") || !files.containsKey("items.json")) {
            return false;
        }
        String home = Files.readString(target.resolve("index.html"), StandardCharsets.UTF_8);
        return home.contains("<meta name=\"generator\" content=\"Noticeboard\">");
    }

    /** Every entry that is not a folder, path → size; links are listed, never followed. */
    static Map<String, Long> files(Path root) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.equals(SiteMarker.NAME)) {
                    files.put(path, attrs.isRegularFile() ? attrs.size() : -1L);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /**
     * The contents of an output folder: its files, and which of them a publish may replace.
     *
     * @param files every file now there (path → size; -1 for a link or special file)
     * @param listed the files the last publish wrote, from its marker
     */
    record Occupant(Kind kind, Map<String, Long> files, Set<String> listed) {

        enum Kind { ABSENT, EMPTY, MARKED, EARLIER_VERSION, FOREIGN }

        /** Files that are not the tool's, given the files this publish writes. */
        List<String> strangers(Set<String> written) {
            List<String> found = new ArrayList<>();
            for (var file : files.entrySet()) {
                if (!owned(file.getKey(), file.getValue(), written)) {
                    found.add(file.getKey());
                }
            }
            return found;
        }

        private boolean owned(String path, long size, Set<String> written) {
            return switch (kind) {
                case ABSENT, EMPTY -> false;
                case MARKED -> listed.contains(path);
                // an earlier version's pages of items since removed are replaced too
                case EARLIER_VERSION -> size >= 0 && (written.contains(path)
                        || path.endsWith(".html") || path.equals("robots.txt")
                        || path.startsWith("print/") && path.endsWith(".pdf"));
                case FOREIGN -> false;
            };
        }

        Optional<String> refusal(Path shown) {
            if (kind == Kind.FOREIGN) {
                return Optional.of(describe(shown, "is not a site Noticeboard published", null));
            }
            return refusal(shown, null);
        }

        /** The refusal, judged against the files this publish writes (null: not known yet). */
        Optional<String> refusal(Path shown, Set<String> written) {
            if (kind == Kind.FOREIGN) {
                return refusal(shown);
            }
            List<String> strangers = strangers(written == null ? Set.of() : written);
            if (kind == Kind.EARLIER_VERSION && written == null) {
                // before the render, only what the tool never wrote is known to be a stranger
                strangers.removeIf(p -> p.equals("robots.txt") || p.contains(".")
                        && EARLIER_KINDS.contains(p.substring(p.lastIndexOf('.') + 1)));
            }
            if (strangers.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(describe(shown, "holds files Noticeboard did not write", strangers));
        }

        private String describe(Path shown, String what, List<String> strangers) {
            List<String> examples = strangers != null ? strangers
                    : new ArrayList<>(files.keySet());
            int n = examples.size();
            String list = String.join(", ", examples.subList(0, Math.min(5, n)))
                    + (n > 5 ? " and " + (n - 5) + " more" : "");
            return "the output folder " + shown + " " + what + " (" + n + " file"
                    + (n == 1 ? "" : "s") + ": " + list + "), and publishing replaces the "
                    + "whole folder, so it was left as it is (if it is the site's folder, move "
                    + "those files elsewhere)";
        }
    }

    /**
     * The absolute, normalised path with symbolic links resolved as far as the path exists, so
     * that a link to the content folder is recognised as the content folder.
     */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
