package org.noticeboard.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * A deploy that checks out one commit (the default of actions/checkout and GitLab) must not
 * make every page say it was first published on the day of the deploy.
 */
class ShallowHistoryTest {

    static final String PATH = "street/policy/rules.md";
    static final String FIELDS = Items.policy("测试规定")
            .replace("title:", "updated: 2026-11-20\nchange_note: 补充了附件\ntitle:");

    @TempDir
    Path temp;

    @Test
    void aShallowCloneWarnsOnceAndShowsTheDatesOfTheFields() throws Exception {
        Path origin = temp.resolve("origin");
        TestSite source = TestSite.in(origin);
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            source.file(PATH, Items.policy("测试规定")).writeFiles();
            commit(git, "2026-10-02T10:00+08:00", "发布测试规定");
            source.file(PATH, FIELDS).writeFiles();
            commit(git, "2026-11-28T10:00+08:00", "deploy day");
        }
        Path clone = temp.resolve("clone");
        run("git", "clone", "--quiet", "--depth", "1", origin.toUri().toString(),
                clone.toString());
        assertTrue(java.nio.file.Files.exists(clone.resolve(".git/shallow")), "a shallow clone");

        TestSite site = TestSite.in(clone).file(PATH, FIELDS);
        BuildResult result = site.build();

        assertTrue(result.published(), TestSite.lines(result).toString());
        List<String> warnings = TestSite.lines(result).stream()
                .filter(l -> l.contains("shallow")).toList();
        assertEquals(List.of("content/: warning: the git repository is a shallow clone: when "
                + "each item was first published and changed is not known"), warnings);
        assertEquals(List.of("2026年11月1日 在本网站首次发布", "2026年11月20日 修改：补充了附件"),
                site.page("street/policy/rules.html").select("section.history li").eachText(),
                "the fields' dates, not 28 November (the only commit the clone has)");
    }

    @Test
    void theFullCloneOfTheSameRepositoryHasTheRealHistory() throws Exception {
        Path origin = temp.resolve("origin");
        TestSite source = TestSite.in(origin);
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            source.file(PATH, Items.policy("测试规定")).writeFiles();
            commit(git, "2026-10-02T10:00+08:00", "发布测试规定");
            source.file(PATH, FIELDS).writeFiles();
            commit(git, "2026-11-28T10:00+08:00", "更正附件");
        }
        Path clone = temp.resolve("clone");
        run("git", "clone", "--quiet", origin.toUri().toString(), clone.toString());

        TestSite site = TestSite.in(clone).file(PATH, FIELDS);
        BuildResult result = site.build();

        assertTrue(TestSite.lines(result).stream().noneMatch(l -> l.contains("shallow")));
        assertEquals("2026年11月1日 在本网站首次发布",
                site.page("street/policy/rules.html").select("section.history li").first()
                        .text());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    private static void commit(Git git, String when, String message) throws Exception {
        ZonedDateTime t = ZonedDateTime.parse(when);
        PersonIdent who = new PersonIdent("Editor", "editor@example.org", t.toInstant(),
                t.getZone());
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
