package org.noticeboard.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a real content file: byte and line edits, values of the wrong type, random
 * Unicode, line-end and YAML/Markdown oddities. The same seed gives the same inputs, so a failure
 * can be replayed with {@code -Dnoticeboard.fuzz.seed=…}.
 */
final class Mutator {

    /** A mutated input and the names of the mutations that made it, for failure messages. */
    record Mutant(byte[] bytes, List<String> steps) {}

    private static final String[] VALUES = {
        "[a, b]", "{x: 1}", "12", "-1", "99999999999999999999", "1e999", ".inf", "0x1F", "true",
        "no", "null", "~", "''", "\"\"", "2026-13-45", "2026-02-30", "0000-00-00", "\"2026-11-01\"",
        "|\n  block\n  text", ">-", "&anchor value", "*anchor", "!!str x", "!!binary aGk=",
        "!local x", "[[[]]]", "{a: {b: {c: [1, {d: e}]}}}", "\"\\u0000\"", "\"\\uD800\"",
        "street/policy/../../x", "item:../../x", "../../etc/passwd", "A4", "个人及法人",
        "\"<script>alert(1)</script>\"", "'\" onmouseover=alert(1) x=\"'", "x".repeat(5000),
        "[" + "1, ".repeat(2000) + "1]", "? [a, b]\n: c", "? a", "- list", ": x", "\t", "#",
        "[" .repeat(60) + "]".repeat(60), "{x: ".repeat(60) + "1" + "}".repeat(60),
    };

    private static final String[] SNIPPETS = {
        "\t", "\tkey: value\n", "? [a, b]: c\n", "1: x\n", "<<: {title: x}\n", "&a [x]\n",
        "*a\n", "---\n", "...\n", "%YAML 1.1\n", "!!javax.script.ScriptEngineManager [x]\n",
        "title: !foo bar\n", "\uFEFF", "\r", "\r\n", "\u0000", "\u2028", "\u202E", "\u200B",
        "<script>alert(1)</script>\n", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
        "<javascript:alert(1)>", "[r](item:../../x)", "[r](item:street/policy/nothing)",
        "> ".repeat(500) + "deep\n", "- ".repeat(500) + "deep\n", "*".repeat(2000),
        "[".repeat(2000), "`".repeat(1000), "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "| " + "x | ".repeat(300) + "\n|" + "---|".repeat(300) + "\n",
        "<!--", "<![CDATA[", "&#0;", "&#x110000;", "\\", "***\n", "# ".repeat(100) + "\n",
    };

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Mutant mutate(byte[] original) {
        byte[] bytes = original;
        List<String> steps = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(12);
            steps.add(NAMES[kind]);
            bytes = apply(kind, bytes);
        }
        return new Mutant(bytes, steps);
    }

    private static final String[] NAMES = {
        "delete-bytes", "insert-random-bytes", "duplicate-bytes", "delete-line", "duplicate-line",
        "swap-lines", "insert-unicode", "swap-value", "insert-snippet", "line-ends", "truncate",
        "insert-line-snippet",
    };

    private byte[] apply(int kind, byte[] b) {
        switch (kind) {
            case 0: {
                int at = random.nextInt(b.length + 1);
                int len = Math.min(b.length - at, 1 + random.nextInt(16));
                return concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + len, b.length));
            }
            case 1: {
                byte[] extra = new byte[1 + random.nextInt(8)];
                random.nextBytes(extra);
                return insert(b, random.nextInt(b.length + 1), extra);
            }
            case 2: {
                int at = random.nextInt(b.length + 1);
                int len = Math.min(b.length - at, 1 + random.nextInt(64));
                return insert(b, at, Arrays.copyOfRange(b, at, at + len));
            }
            case 3: case 4: case 5:
                return lines(kind, b);
            case 6:
                return insert(b, random.nextInt(b.length + 1), utf8(randomUnicode()));
            case 7:
                return swapValue(b);
            case 8:
                return insert(b, random.nextInt(b.length + 1), utf8(pick(SNIPPETS)));
            case 9:
                return lineEnds(b);
            case 10:
                return Arrays.copyOf(b, random.nextInt(b.length + 1));
            default: {
                List<String> lines = splitLines(b);
                lines.add(random.nextInt(lines.size() + 1), pick(SNIPPETS).stripTrailing());
                return utf8(String.join("\n", lines));
            }
        }
    }

    private byte[] lines(int kind, byte[] b) {
        List<String> lines = splitLines(b);
        if (lines.isEmpty()) {
            return b;
        }
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        if (kind == 3) {
            lines.remove(i);
        } else if (kind == 4) {
            lines.add(i, lines.get(i));
        } else {
            String t = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, t);
        }
        return utf8(String.join("\n", lines));
    }

    /** Replaces the value of a random {@code key: value} line with a value of another type. */
    private byte[] swapValue(byte[] b) {
        List<String> lines = splitLines(b);
        List<Integer> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*-?\\s*[a-z_]+:.*")) {
                fields.add(i);
            }
        }
        if (fields.isEmpty()) {
            return b;
        }
        int i = fields.get(random.nextInt(fields.size()));
        String line = lines.get(i);
        lines.set(i, line.substring(0, line.indexOf(':') + 1) + " " + pick(VALUES));
        return utf8(String.join("\n", lines));
    }

    private byte[] lineEnds(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0: return utf8(s.replace("\n", "\r\n"));
            case 1: return utf8(s.replace("\n", "\r"));
            case 2: return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
            default: return utf8(s.replace("  ", "\t"));
        }
    }

    /** Code points from every plane, controls, combining marks and private use included. */
    private String randomUnicode() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int cp;
            switch (random.nextInt(4)) {
                case 0: cp = random.nextInt(0x80); break;
                case 1: cp = random.nextInt(0x3000); break;
                case 2: cp = 0x4E00 + random.nextInt(0x5000); break;
                default: cp = random.nextInt(0x110000); break;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static List<String> splitLines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + extra.length);
        out.write(b, 0, at);
        out.write(extra, 0, extra.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }
}
