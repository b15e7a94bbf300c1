package org.noticeboard.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file {@value #NAME} at the top of a published site: it says that Noticeboard wrote the
 * folder, and lists every file it wrote there. The next publish replaces the folder only when
 * nothing else is in it, so a mistyped {@code --output} can never delete anyone's files, and
 * {@code check} knows the addresses the last publish put online.
 */
public record SiteMarker(Set<String> files) {

    public static final String NAME = ".noticeboard-site";
    static final String HEADER = "noticeboard-site 1";

    public SiteMarker {
        files = Set.copyOf(files);
    }

    /** The marker of {@code folder}, empty if it has none or it is not ours. */
    public static Optional<SiteMarker> read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        Set<String> files = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                files.add(line);
            }
        }
        return Optional.of(new SiteMarker(files));
    }

    /** Writes the marker into {@code folder}, replacing any earlier one in one rename. */
    public void write(Path folder) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("# Noticeboard wrote this folder; the next build replaces it whole.\n")
                .append("# 此文件夹由 Noticeboard 生成，下次构建时整体替换，请勿在此存放其他文件。\n");
        for (String path : new TreeSet<>(files)) {
            text.append(path).append('\n');
        }
        Path temp = folder.resolve(NAME + ".new");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        SitePublisher.move(temp, folder.resolve(NAME));
    }

    /** This marker with {@code more} files, for what is written after the site (print PDFs). */
    public SiteMarker with(Collection<String> more) {
        Set<String> all = new TreeSet<>(files);
        all.addAll(more);
        return new SiteMarker(all);
    }

    /** Adds files written into a published site to its marker (a no-op for a folder not ours). */
    public static void record(Path folder, Collection<String> more) throws IOException {
        Optional<SiteMarker> marker = read(folder);
        if (marker.isPresent()) {
            marker.get().with(more).write(folder);
        }
    }

}
