package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.noticeboard.check.LinkCheck;
import org.noticeboard.check.LinkChecker;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.publish.SitePublisher;
import org.noticeboard.publish.Staging;
import org.noticeboard.render.OutputFile;

/**
 * The sink of {@code build} and {@code check}: every file is link-checked as it is rendered and,
 * when publishing, written at once into a staging folder that is swapped into place at the end,
 * so the pages of a large site never sit in memory together. Without an output folder
 * ({@code check}) nothing is written.
 */
final class FolderSink implements Sink, AutoCloseable {

    private final Path output;
    private final AtomicInteger rendered = new AtomicInteger();
    private LinkCheck links;
    private Staging staging;

    /** @param output the folder to publish into, or null to write nothing */
    FolderSink(Path output) {
        this.output = output;
    }

    @Override
    public void begin(Map<String, byte[]> assets) throws IOException {
        links = new LinkChecker().start(assets.keySet());
        if (output != null) {
            staging = new SitePublisher().begin(output);
            assets.forEach((path, bytes) -> staging.accept(new OutputFile(path, bytes)));
        }
    }

    @Override
    public void accept(OutputFile file) {
        links.accept(file);
        if (staging != null) {
            staging.accept(file);
        }
        rendered.incrementAndGet();
    }

    @Override
    public void check(AffectedPages affected, boolean everything, Diagnostics diagnostics) {
        links.report(diagnostics);
    }

    @Override
    public Set<String> publish() throws IOException {
        if (staging != null) {
            staging.commit();
        }
        return Set.of();
    }

    @Override
    public int rendered() {
        return rendered.get();
    }

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() {
        if (staging != null) {
            staging.close();
        }
    }
}
