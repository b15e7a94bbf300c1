package org.noticeboard.model;

/** A notice's place in its posting period, computed from the build clock. */
public enum NoticeStatus {
    ANNOUNCED("announced", "预告", "Announced"),
    OPEN("open", "公示中", "Open for objections"),
    ENDED("ended", "公示期已结束", "Posting period ended"),
    RESULT_PUBLISHED("result", "结果已公布", "Result published");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    NoticeStatus(String id, String nameZh, String nameEn) {
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
