package org.noticeboard.model;

import java.util.List;

/**
 * The columns of the 基层政务公开标准目录 for one catalogue row, as the national standard
 * guidelines print them. Every column may be empty: a site fills in what its published
 * catalogue says and the page leaves the rest blank rather than guess.
 *
 * @param matter 公开事项, 一级事项 (e.g. 社会救助)
 * @param subMatter 公开事项, 二级事项 (e.g. 最低生活保障)
 * @param elements 公开内容（要素）
 * @param timeLimit 公开时限 as the catalogue words it; empty when it is the default
 * @param subject 公开主体; empty means the board itself
 * @param channels 公开渠道和载体 (政府网站, 公开查阅点, 便民服务站, 社区公示栏…)
 * @param audience 公开对象: 全社会 or 特定群众
 * @param mode 公开方式: 主动 or 依申请
 * @param levels 公开层级 (区级, 街道, 社区…)
 */
public record StandardColumns(
        String matter,
        String subMatter,
        List<String> elements,
        String timeLimit,
        String subject,
        List<String> channels,
        String audience,
        String mode,
        List<String> levels) {

    public static final StandardColumns NONE = new StandardColumns("", "", List.of(), "", "",
            List.of(), "", "", List.of());

    public StandardColumns {
        elements = List.copyOf(elements);
        channels = List.copyOf(channels);
        levels = List.copyOf(levels);
    }
}
