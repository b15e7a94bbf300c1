package org.noticeboard.attachments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.noticeboard.text.Pinyin;

/**
 * The published address of an attached file: {@code files/} then its place in the content
 * folder, each name made safe for every server and browser (Chinese spelt in pinyin, ASCII
 * letters and digits kept, the rest a hyphen). It depends on the file's own name and place
 * only, so a corrected list saved under the same name keeps its address, and a printed link
 * stays valid. {@code 附件1：审核名单.xlsx} → {@code fu-jian-1-shen-he-ming-dan.xlsx}.
 */
final class SafeNames {

    static final String FOLDER = "files/";
    private static final int MAX_LENGTH = 80;
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private SafeNames() {}

    /** The address of the file at {@code relative} (inside the content folder, '/'-separated). */
    static String address(String relative) {
        String[] parts = relative.split("/");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            out.add(segment(parts[i]));
        }
        String name = parts[parts.length - 1];
        String extension = FileTypes.extension(name);
        String base = extension.isEmpty() ? name
                : name.substring(0, name.length() - extension.length() - 1);
        out.add(segment(base) + (extension.isEmpty() ? "" : "." + extension));
        return FOLDER + String.join("/", out);
    }

    static String segment(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SAFE.matcher(lower).matches() && lower.length() <= MAX_LENGTH) {
            return lower;
        }
        StringBuilder safe = new StringBuilder();
        for (String word : Pinyin.words(name)) {
            if (safe.length() + word.length() + 1 > MAX_LENGTH) {
                break;
            }
            safe.append(safe.length() == 0 ? "" : "-").append(word);
        }
        return safe.length() == 0 ? "file" : safe.toString();
    }
}
