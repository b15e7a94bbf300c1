package org.noticeboard.model;

/** 有效性: whether a document is in force. */
public enum Validity {
    VALID("valid", "有效", "In force"),
    AMENDED("amended", "已修订", "Amended"),
    REPEALED("repealed", "已废止", "Repealed");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    Validity(String id, String nameZh, String nameEn) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
