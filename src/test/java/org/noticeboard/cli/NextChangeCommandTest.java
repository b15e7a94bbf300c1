package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.noticeboard.testing.Projects;

class NextChangeCommandTest {

    private static Console run(String... extra) {
        String[] base = {"next-change", "--now", "2026-11-29", "--source",
            Projects.exampleContent().toString(), "--theme", Projects.theme().toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                java.util.Arrays.stream(extra)).toArray(String[]::new);
        return Console.run(args);
    }

    @Test
    void printsTheNextMomentAPageChanges() {
        Console c = run();
        assertEquals(0, c.exit(), c.err());
        assertEquals("2026-11-30T00:00+08:00\tposting period ended: "
                + "liuyin/notice/parking-plan-2026\n", c.out());
    }

    @Test
    void listsEveryUpcomingChange() {
        Console c = run("--all");
        assertTrue(c.out().contains("2026-12-10T00:00+08:00\tpublished: "
                + "street/notice/new-year-service-2027\n"), c.out());
        assertTrue(c.out().lines().count() > 20);
        assertEquals(c.out().lines().sorted().toList(), c.out().lines().toList(), "in order");
    }
}
