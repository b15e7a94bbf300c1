package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** {@code noticeboard check} and {@code build} as scripts and editors use them. */
class CheckCommandTest {

    @TempDir
    Path temp;

    private Console check(TestSite site, String... extra) throws Exception {
        site.writeFiles();
        List<String> args = new java.util.ArrayList<>(List.of("check", "--now", "2026-11-29",
                "--source", site.content().toString(), "--theme", Projects.theme().toString()));
        args.addAll(List.of(extra));
        return Console.run(args.toArray(String[]::new));
    }

    @Test
    void exampleSiteHasNoErrors() {
        Console c = Console.run("check", "--now", "2026-11-29", "--source",
                Projects.exampleContent().toString(), "--theme", Projects.theme().toString());
        assertEquals(0, c.exit(), c.err());
        assertFalse(c.err().contains("错误:"), c.err());
        assertTrue(c.err().lines().anyMatch(l -> l.startsWith("0 个错误，")), "the example "
                + "site states 'language: zh-CN', so check speaks Chinese: " + c.err());
    }

    @Test
    void errorsExitOneWithEveryProblemOnItsOwnLine() throws Exception {
        TestSite site = TestSite.in(temp)
                .file("street/procedure/a.md", Items.procedure("低保").replace("fee: 不收费", "fee: 不详")
                        .replace("（法定节假日除外）", ""))
                .file("street/notice/b.md", Items.notice("公示", "2026-11-20", 3));
        Console c = check(site);
        assertEquals(1, c.exit());
        List<String> problems = c.err().lines().filter(l -> l.startsWith("content/")).toList();
        assertEquals(List.of(
                "content/street/notice/b.md:6:9: error: the posting period lasts 3 days, less "
                        + "than the minimum of 7 days [posting.days]",
                "content/street/procedure/a.md:11:6: error: fee '不详' does not say whether the "
                        + "service is charged [fee]",
                "content/street/procedure/a.md:14:8: warning: 'hours' does not say whether the "
                        + "service is open on public holidays [hours]"), problems);
        assertTrue(c.err().contains("2 errors, 1 warning in 2 files"), c.err());
    }

    @Test
    void warningsPassUnlessStrict() throws Exception {
        TestSite site = TestSite.in(temp).file("street/procedure/a.md",
                Items.procedure("低保").replace("（法定节假日除外）", ""));
        assertEquals(0, check(site).exit());
        assertEquals(1, check(site, "--strict").exit());
    }

    @Test
    void jsonFormatForMachines() throws Exception {
        Console c = check(TestSite.in(temp).file("street/procedure/a.md",
                Items.procedure("低保").replace("fee: 不收费", "fee: 不详")), "--format", "json");
        assertEquals(1, c.exit());
        assertEquals("""
                [
                  {"file":"content/street/procedure/a.md","line":11,"column":6,\
                "severity":"error","rule":"fee-not-stated","field":"fee","message":"fee '不详' \
                does not say whether the service is charged","hint":"'不详' says the fee is not \
                known; write 'fee: 不收费' (or 免费, 无, 0元) when it is free, or the amount with \
                its basis (收费标准)"}
                ]
                """, c.out().replace(temp.toString() + "/", ""));
    }

    @Test
    void buildRefusesToPublishARuleErrorAndKeepsThePreviousSite() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则"));
        site.writeFiles();
        String out = temp.resolve("site").toString();
        String[] build = {"build", "--now", "2026-11-29", "--source", site.content().toString(),
            "--theme", Projects.theme().toString(), "-o", out};
        assertEquals(0, Console.run(build).exit());
        Path page = temp.resolve("site/street/policy/a.html");
        String before = Files.readString(page);

        site.file("street/policy/a.md", Items.policy("规则") + "联系人手机13812345678。\n")
                .writeFiles();
        Console broken = Console.run(build);
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("content/street/policy/a.md:7:6: error: mobile phone "
                + "number (手机号码) in a public item; publish it masked as 138****5678 [body]"),
                broken.err());
        assertFalse(broken.err().contains("13812345678"), "never echoed");
        assertEquals(before, Files.readString(page));
    }
}
