package org.noticeboard.source;

import java.nio.file.Path;

/**
 * Lock, swap and backup files that editors leave beside the file being edited (Emacs
 * {@code .#a.md} and {@code #a.md#}, Vim {@code .a.md.swp} and its {@code 4913} probe,
 * {@code a.md~}, Office and WPS {@code ~$a.md}). They are not content: the build, the check and
 * the preview's watcher all skip them by this one rule.
 */
public final class EditorFiles {

    private EditorFiles() {}

    public static boolean isScratch(Path path) {
        Path name = path.getFileName();
        return name != null && isScratch(name.toString());
    }

    static boolean isScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".swo") || name.startsWith(".#") || name.startsWith("~$")
                || name.startsWith("#") && name.endsWith("#") || name.equals("4913");
    }
}
