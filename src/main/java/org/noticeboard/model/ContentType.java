package org.noticeboard.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of item a notice board discloses; the folder name is the type's name. */
public enum ContentType {
    POLICY("policy", "政策法规", "Policies and regulations", true),
    PROCEDURE("procedure", "办事指南", "Service guides", true),
    COMMITMENT("commitment", "服务承诺", "Service commitments", true),
    RESPONSIBILITY("responsibility", "岗位职责", "Responsibilities", false),
    SUPERVISION("supervision", "监督检查", "Supervision results", true),
    NOTICE("notice", "公示公告", "Public notices", true),
    RECEPTION("reception", "接待日", "Reception days", false),
    PAGE("page", "其他信息", "Pages", false);

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final boolean postable;

    ContentType(String id, String nameZh, String nameEn, boolean postable) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.postable = postable;
    }

    /** The folder and URL name, e.g. {@code procedure}. */
    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether the type is printed as a bulletin-board poster. */
    public boolean postable() {
        return postable;
    }

    public static Optional<ContentType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
