package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A browser that hangs is stopped after its timeout, with every process it started. */
class HungBrowserTest {

    @TempDir
    Path temp;

    @Test
    void aHungChromiumIsAbandonedAndItsWholeProcessTreeKilled() throws Exception {
        Path pids = temp.resolve("pids");
        Path fake = temp.resolve("chromium");
        // A "browser" that starts a child, which starts a grandchild, and waits for ever.
        Files.writeString(fake, """
                #!/bin/sh
                ( sleep 300 & echo $! >> '%1$s'; wait ) &
                echo $! >> '%1$s'
                wait
                """.formatted(pids));
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path html = Files.writeString(temp.resolve("poster.html"), "<p>x");

        IOException e = assertThrows(IOException.class, () ->
                new PdfPrinter(fake, Duration.ofSeconds(2)).print(html, temp.resolve("p.pdf")));
        assertEquals("Chromium did not finish within 2 s and was stopped", e.getMessage());

        List<Long> started = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
        assertEquals(2, started.size(), "the child and the grandchild");
        for (long pid : started) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            p.ifPresent(h -> h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                    .exceptionally(t -> h).join());
            assertFalse(p.map(ProcessHandle::isAlive).orElse(false), "process " + pid + " left");
        }
    }
}
