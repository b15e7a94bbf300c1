package org.noticeboard.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.TestSite;

/** RFC 5545 §3.1: content lines are folded at 75 octets, between whole UTF-8 characters. */
class IcsFoldingTest {

    static final String LOCATION = "测试路1号和平街道办事处党群服务中心二楼东侧第三会议室（西门进入，"
            + "电梯直达，无障碍通道在北侧，Room 203 East Wing）";

    static final String RECEPTION = """
            ---
            title: 主任接待日（每周三上午在党群服务中心二楼接待来访居民，反映诉求与建议）
            published: 2026-08-20
            kind: director
            schedule:
              weekdays: [wednesday]
              time: "09:00-11:30"
              from: 2026-09-01
            location: %s
            receivers: [张三（主任）, 李四（副主任）, 王五（社区居委会主任）]
            ---
            每周三上午接待。
            """.formatted(LOCATION);

    @TempDir
    Path temp;

    @Test
    void longChineseLinesAreFoldedAt75OctetsAndReadBackWhole() throws Exception {
        TestSite test = TestSite.in(temp).today(LocalDate.of(2026, 9, 20))
                .file("street/reception/director.md", RECEPTION);
        assertTrue(test.build().published());
        for (String path : List.of("receptions.ics", "street/receptions.ics")) {
            byte[] bytes = Files.readAllBytes(test.output().resolve(path));
            List<byte[]> lines = lines(bytes);
            int continued = 0;
            for (byte[] line : lines) {
                assertTrue(line.length <= 75, path + ": a line of " + line.length + " octets: "
                        + new String(line, StandardCharsets.UTF_8));
                strictUtf8(line); // no character cut in two
                continued += line.length > 0 && line[0] == ' ' ? 1 : 0;
            }
            assertTrue(continued >= 2, path + ": the long location and title are folded");
            Calendar cal = new CalendarBuilder().build(new StringReader(
                    new String(bytes, StandardCharsets.UTF_8)));
            VEvent event = cal.<VEvent>getComponents("VEVENT").get(0);
            assertEquals(LOCATION, event.getProperty("LOCATION").orElseThrow().getValue());
        }
    }

    @Test
    void foldingBreaksBetweenCharactersAndKeepsShortLines() {
        String line = "LOCATION:" + "会".repeat(40) + "\r\n";
        String folded = LineFolding.fold("BEGIN:VEVENT\r\n" + line + "END:VEVENT\r\n");
        // 9 ASCII octets + 22 characters of 3 = 75; then 24 more (72 + the space)
        assertEquals("BEGIN:VEVENT\r\nLOCATION:" + "会".repeat(22) + "\r\n "
                + "会".repeat(18) + "\r\nEND:VEVENT\r\n", folded);
        assertEquals(line.replace("\r\n ", ""), folded.replace("\r\n ", "")
                .replace("BEGIN:VEVENT\r\n", "").replace("END:VEVENT\r\n", ""));
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                byte[] line = new byte[i - start];
                System.arraycopy(bytes, start, line, 0, line.length);
                lines.add(line);
                start = i + 2;
            }
        }
        assertEquals(bytes.length, start, "every line ends in CRLF");
        return lines;
    }

    private static void strictUtf8(byte[] line) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line));
    }
}
