package org.noticeboard.model;

import java.nio.file.Path;

/**
 * A file beside an item that its body links to (a name list, a PDF, a photo), published once at
 * {@code address} and linked from every page that shows the item.
 *
 * @param link the link target as the editor wrote it, e.g. {@code 附件1：审核名单.xlsx}
 * @param title the link text (for an image, its alt text)
 * @param name the file's own name, kept for the download, e.g. {@code 附件1：审核名单.xlsx}
 * @param address the path in the site, e.g. {@code files/street/notice/fu-jian-1-shen-he-ming-dan.xlsx}
 * @param type the file type as residents read it, e.g. {@code XLSX}
 * @param bytes the file's size
 * @param width the image's width in pixels, 0 for other files
 * @param height the image's height in pixels, 0 for other files
 * @param image whether the body shows it as an image ({@code ![alt](photo.jpg)})
 * @param file the file on disk
 * @param line the Markdown file's line of the (first) link
 * @param column the column of that link
 * @param modified when the file last changed (milliseconds since 1970): a corrected file of the
 *     same size is still a change, which the preview must publish
 */
public record Attachment(
        String link,
        String title,
        String name,
        String address,
        String type,
        long bytes,
        int width,
        int height,
        boolean image,
        Path file,
        int line,
        int column,
        long modified) {}
