package org.noticeboard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A large site for budgets and measurements: the example's content, its items (reception
 * schedules aside) copied with new titles until there are {@code items}.
 */
public final class LargeSite {

    private LargeSite() {}

    /** Writes the site's content to {@code content}; returns how many items it has. */
    public static int write(Path content, int items) throws IOException {
        SiteFiles.copyExampleContent(content);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Projects.exampleContent())) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> examples = sources.stream().map(p -> Projects.exampleContent().relativize(p))
                .filter(p -> p.toString().endsWith(".md") && !p.startsWith("data"))
                .filter(p -> !p.toString().contains("/reception/")).toList();
        int made = examples.size();
        for (int i = 0; made < items; i++) {
            Path source = examples.get(i % examples.size());
            String text = Files.readString(Projects.exampleContent().resolve(source.toString()))
                    .replaceFirst("(?m)^title: (.*)$", "title: $1（第" + i + "号）")
                    .replaceFirst("(?m)^index_no: .*\\n", "")
                    .replaceFirst("(?m)^doc_no: .*\\n", "")
                    // a copy of a repealed document has no successor of its own
                    .replaceFirst("(?m)^validity: repealed$",
                            "validity: repealed\nno_successor: 测量用副本");
            String name = source.getFileName().toString().replace(".md", "-" + i + ".md");
            Path to = content.resolve(source.getParent().toString()).resolve(name);
            Files.writeString(to, text);
            made++;
        }
        return made;
    }
}
