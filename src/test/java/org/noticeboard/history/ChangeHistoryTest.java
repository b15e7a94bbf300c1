package org.noticeboard.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Item pages list their first publication and each later change, from git or from fields. */
class ChangeHistoryTest {

    static final String PATH = "street/policy/rules.md";

    @TempDir
    Path temp;

    @Test
    void pageListsFirstPublicationAndEachLaterCommitWithItsMessage() throws Exception {
        TestSite site = TestSite.in(temp);
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            site.file(PATH, Items.policy("测试规定")).writeFiles();
            commit(git, "2026-11-02T10:00+08:00", "发布测试规定");
            site.file(PATH, Items.policy("测试规定").replace("正文第一段", "正文修改后")).writeFiles();
            // 20:30 UTC is already the next day in the build's time zone (Asia/Shanghai)
            commit(git, "2026-11-19T20:30Z", "更正办理地点\n\nInternal detail not shown.");
        }
        assertTrue(site.build().published());

        var history = site.page("street/policy/rules.html").select("section.history li");
        assertEquals(List.of("2026年11月2日 在本网站首次发布", "2026年11月20日 修改：更正办理地点"),
                history.eachText());
        assertEquals("2026-11-20", history.get(1).selectFirst("time").attr("datetime"));
        String html = site.page("street/policy/rules.html").html();
        assertFalse(html.contains("editor@example.org") || html.contains("Internal detail")
                || html.contains(temp.toString()), "no e-mail, message body or local path");
    }

    @Test
    void changeNoteIsTheLatestChangesPublicNoteAndEarlyEditsFoldIntoPublication()
            throws Exception {
        TestSite site = TestSite.in(temp);
        String later = Items.policy("测试规定").replace("published: 2026-11-01",
                "published: 2026-11-10");
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            site.file(PATH, later).writeFiles();
            commit(git, "2026-11-01T09:00+08:00", "草拟");
            site.file(PATH, later + "补充。\n").writeFiles();
            commit(git, "2026-11-05T09:00+08:00", "审核后修改");
            site.file(PATH, later.replace("title:", "change_note: 更正了发文字号\ntitle:")
                    + "补充。\n").writeFiles();
            commit(git, "2026-11-25T09:00+08:00", "fix typo");
        }
        assertTrue(site.build().published());

        assertEquals(List.of("2026年11月10日 在本网站首次发布", "2026年11月25日 修改：更正了发文字号"),
                site.page("street/policy/rules.html").select("section.history li").eachText());
    }

    @Test
    void commitsAfterTheBuildClockAreNotYetKnown() throws Exception {
        TestSite site = TestSite.in(temp);
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            site.file(PATH, Items.policy("测试规定")).writeFiles();
            commit(git, "2026-11-02T10:00+08:00", "发布测试规定");
            site.file(PATH, Items.policy("测试规定") + "补充。\n").writeFiles();
            commit(git, "2026-11-29T09:00+08:00", "build clock is 08:00 that day");
        }
        assertTrue(site.build().published());

        assertEquals(List.of("2026年11月2日 在本网站首次发布"),
                site.page("street/policy/rules.html").select("section.history li").eachText());
    }

    @Test
    void withoutGitThePublishedAndUpdatedFieldsAreTheHistory() {
        TestSite site = TestSite.in(temp).file(PATH, Items.policy("测试规定")
                .replace("title:", "updated: 2026-11-20\nchange_note: 补充了附件\ntitle:"));
        assertTrue(site.build().published());

        assertEquals(List.of("2026年11月1日 在本网站首次发布", "2026年11月20日 修改：补充了附件"),
                site.page("street/policy/rules.html").select("section.history li").eachText());
    }

    @Test
    void readerRecordsEveryChangedFileInOneWalkAndNothingOutsideTheContentFolder()
            throws Exception {
        Path content = temp.resolve("content");
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            TestSite.in(temp).file("street/policy/a.md", "a").file("street/policy/b.md", "b")
                    .writeFiles();
            java.nio.file.Files.writeString(temp.resolve("README.md"), "outside");
            commit(git, "2026-11-02T10:00+08:00", "first");
            java.nio.file.Files.writeString(content.resolve("street/policy/b.md"), "b2");
            commit(git, "2026-11-03T10:00+08:00", "second");
        }
        var history = new GitHistoryReader().read(content, new Diagnostics());

        assertEquals(List.of("first"), messages(history.of("street/policy/a.md")));
        assertEquals(List.of("first", "second"), messages(history.of("street/policy/b.md")));
        assertTrue(history.of("README.md").isEmpty() && history.of("../README.md").isEmpty());
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNoHistory() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new GitHistoryReader().read(temp, diagnostics).isEmpty());
        assertTrue(diagnostics.sorted().isEmpty());
    }

    private static List<String> messages(List<org.noticeboard.model.ChangeHistory.Revision> r) {
        return r.stream().map(org.noticeboard.model.ChangeHistory.Revision::message).toList();
    }

    private static void commit(Git git, String when, String message) throws Exception {
        ZonedDateTime t = ZonedDateTime.parse(when);
        PersonIdent who = new PersonIdent("Editor", "editor@example.org", t.toInstant(),
                t.getZone());
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
