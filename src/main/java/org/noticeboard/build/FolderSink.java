package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;
import org.noticeboard.addresses.AddressLoader;
import org.noticeboard.addresses.ItemAddresses;
import org.noticeboard.check.LinkCheck;
import org.noticeboard.check.LinkChecker;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.publish.OutputFolder;
import org.noticeboard.publish.SiteMarker;
import org.noticeboard.publish.SitePublisher;
import org.noticeboard.publish.Staging;
import org.noticeboard.render.OutputFile;

/**
 * The sink of {@code build} and {@code check}: every file is link-checked as it is rendered and,
 * when publishing, written at once into a staging folder that is swapped into place at the end,
 * so the pages of a large site never sit in memory together. A check writes nothing. Both
 * compare the item pages with those the output folder's last publish put online: an address
 * that would disappear (it may be on a poster's QR code) is an error.
 */
final class FolderSink implements Sink, AutoCloseable {

    private final Path output;
    private final boolean publish;
    private final String contentRoot;
    private final AtomicInteger rendered = new AtomicInteger();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private Set<String> online = Set.of();
    private LinkCheck links;
    private Staging staging;

    /**
     * @param output the output folder: published into, or only read (its list of addresses)
     * @param contentRoot the content folder as messages show it
     */
    FolderSink(Path output, boolean publish, String contentRoot) {
        this.output = output;
        this.publish = publish;
        this.contentRoot = contentRoot;
    }

    @Override
    public void begin(Map<String, byte[]> assets) throws IOException {
        links = new LinkChecker().start(assets.keySet());
        online = SiteMarker.read(OutputFolder.target(output)).map(SiteMarker::files)
                .orElse(Set.of());
        if (publish) {
            staging = new SitePublisher().begin(output);
            assets.forEach((path, bytes) -> staging.accept(new OutputFile(path, bytes)));
        }
    }

    @Override
    public void accept(OutputFile file) {
        links.accept(file);
        paths.add(file.path());
        if (staging != null) {
            staging.accept(file);
        }
        rendered.incrementAndGet();
    }

    @Override
    public void check(AffectedPages affected, boolean everything, Predicate<String> excused,
            Diagnostics diagnostics) {
        links.report(diagnostics, excused);
        for (String gone : ItemAddresses.disappearing(online, paths)) {
            if (excused.test(gone)) {
                continue;
            }
            String id = gone.substring(0, gone.length() - ".html".length());
            diagnostics.error(Position.of(contentRoot + "/" + id + ".md"), "",
                    Message.of("page-would-disappear", "page", gone, "id", id,
                            "file", contentRoot + "/" + AddressLoader.FILE));
        }
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
