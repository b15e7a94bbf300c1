package org.noticeboard.attachments;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which files may be published beside an item. An allow-list: office documents, PDF, plain
 * data and photos. Web pages and SVG are refused because, served from the site's own address,
 * their scripts would run as the site; programs because residents would be invited to run them.
 */
final class FileTypes {

    static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "gif");
    static final Set<String> DOCUMENTS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "csv",
            "txt", "ppt", "pptx", "odt", "ods", "odp", "rtf", "wps", "et", "ofd");
    private static final Set<String> ACTIVE = Set.of("html", "htm", "xhtml", "shtml", "svg",
            "svgz", "xml", "js", "mjs");
    private static final Set<String> PROGRAMS = Set.of("exe", "msi", "bat", "cmd", "com",
            "scr", "ps1", "vbs", "sh", "jar", "apk", "dll", "lnk", "hta");

    private FileTypes() {}

    /** The lowercase extension of a file name, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isImage(String extension) {
        return IMAGES.contains(extension);
    }

    /** Why a file with this extension is not published, or empty when it may be. */
    static Optional<String> refusal(String extension) {
        if (IMAGES.contains(extension) || DOCUMENTS.contains(extension)) {
            return Optional.empty();
        }
        if (ACTIVE.contains(extension)) {
            return Optional.of("a ." + extension + " file can run scripts in the reader's "
                    + "browser under the site's address");
        }
        if (PROGRAMS.contains(extension)) {
            return Optional.of("a ." + extension + " file is a program; residents must not be "
                    + "asked to run one");
        }
        return Optional.of(extension.isEmpty() ? "a file without a type (.pdf, .xlsx…) cannot "
                + "be opened by residents" : "files of type ." + extension + " are not published");
    }

    /** The rule id of the error for a type that is not published, if it is not. */
    static Optional<String> refusalRule(String extension) {
        if (IMAGES.contains(extension) || DOCUMENTS.contains(extension)) {
            return Optional.empty();
        }
        if (ACTIVE.contains(extension)) {
            return Optional.of("attachment-runs-scripts");
        }
        if (PROGRAMS.contains(extension)) {
            return Optional.of("attachment-is-a-program");
        }
        return Optional.of(extension.isEmpty() ? "attachment-without-type"
                : "attachment-type-refused");
    }

    /** The allowed types, for hints. */
    static String allowed() {
        return "PDF, Word, Excel, WPS, OFD, CSV, TXT, JPEG, PNG or GIF";
    }
}
