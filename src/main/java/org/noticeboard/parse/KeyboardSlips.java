package org.noticeboard.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noticeboard.diag.Message;

/**
 * The slips a Chinese keyboard makes in front matter: a full-width colon after a field name, a
 * full-width space or quotes around it, full-width digits in a date. YAML reads these as part of
 * the name or the value, and its own error then lands a line later and blames the indentation;
 * found here first, each is reported on its own line naming the character.
 */
public final class KeyboardSlips {

    /** One slip: 0-based line in the front matter, 0-based column, and what to say. */
    public record Slip(int line, int column, Message message) {}

    private static final String QUOTES = "“”‘’＂＇";
    private static final Pattern KEY_LINE = Pattern.compile(
            "^([ \\t\\u3000]*)(-[ \\u3000]+)?([\\u3000]*)([“”‘’＂＇\"']?)([A-Za-z_][A-Za-z0-9_]*)"
                    + "([“”‘’＂＇\"']?)([ \\u3000]*)([:：])");
    private static final Pattern BLOCK_START = Pattern.compile(":[ \\t]*[|>][-+0-9]*[ \\t]*$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private KeyboardSlips() {}

    /** Every slip in {@code yaml}, skipping comments and the lines of '|' and '>' blocks. */
    public static List<Slip> inFrontMatter(String yaml) {
        List<Slip> slips = new ArrayList<>();
        List<String> lines = yaml.lines().toList();
        int blockIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = indent(line);
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = -1;
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = KEY_LINE.matcher(line);
            if (m.find()) {
                slips.addAll(slipsIn(i, m));
            }
            if (BLOCK_START.matcher(line).find()) {
                blockIndent = indent;
            }
        }
        return List.copyOf(slips);
    }

    private static List<Slip> slipsIn(int line, Matcher m) {
        List<Slip> slips = new ArrayList<>();
        String key = m.group(5);
        for (int g : new int[] {1, 2, 3, 7}) {
            int at = m.group(g) == null ? -1 : m.group(g).indexOf('\u3000');
            if (at >= 0) {
                slips.add(new Slip(line, m.start(g) + at,
                        Message.of("full-width-space", "key", key)));
                break;
            }
        }
        for (int g : new int[] {4, 6}) {
            if (!m.group(g).isEmpty() && QUOTES.contains(m.group(g))) {
                slips.add(new Slip(line, m.start(g),
                        Message.of("full-width-quote", "key", key, "char", m.group(g))));
                break;
            }
        }
        if (m.group(8).equals("：")) {
            slips.add(new Slip(line, m.start(8), Message.of("full-width-colon", "key", key)));
        }
        return slips;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /**
     * A date typed with full-width digits or dashes ({@code ２０２６－１１－０１}), with the
     * half-width date to write instead when it makes one.
     */
    public static Optional<Message> inDate(String name, String value) {
        StringBuilder chars = new StringBuilder();
        StringBuilder fixed = new StringBuilder();
        for (char c : value.toCharArray()) {
            char half = halfWidth(c);
            if (half != c && chars.indexOf(String.valueOf(c)) < 0) {
                chars.append(c);
            }
            fixed.append(half);
        }
        if (chars.isEmpty()) {
            return Optional.empty();
        }
        Message m = Message.of("full-width-date", "name", name, "value", value,
                "chars", chars, "fixed", fixed);
        return Optional.of(DATE.matcher(fixed).matches() ? m : m.hint("format"));
    }

    private static char halfWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '－', '—', '–', '―', '‐', '−', '／', '．' -> '-';
            default -> c;
        };
    }
}
