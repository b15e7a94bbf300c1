package org.noticeboard.render.view;

/**
 * An attached file as the item page and the poster list it.
 *
 * @param title the link text, e.g. 审核名单
 * @param type the file type, e.g. XLSX
 * @param size e.g. 12 KB
 * @param info type and size as this copy's language writes them after the title, e.g. （XLSX，12 KB）
 * @param url the file's address relative to the page
 * @param name the file's own name, for the download
 * @param address the file's public address (with the base URL when there is one), for paper
 */
public record AttachmentView(String title, String type, String size, String info, String url,
        String name, String address) {}
