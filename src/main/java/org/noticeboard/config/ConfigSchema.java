package org.noticeboard.config;

import java.util.List;
import org.noticeboard.schema.FieldKind;
import org.noticeboard.schema.FieldSpec;

/** The fields of {@code site.yaml}, declared like a content type's. */
public final class ConfigSchema {

    private ConfigSchema() {}

    public static List<FieldSpec> site() {
        return List.of(
                req("title", FieldKind.TEXT, "The site's name", "和平街道政务公开"),
                opt("title_en", FieldKind.TEXT, "The site's name in English", "Heping Street Notice Board"),
                req("organisation", FieldKind.TEXT, "The body that publishes", "和平街道办事处"),
                opt("language", FieldKind.ENUM, "Default language", "zh-CN", "zh-CN", "en"),
                opt("languages", FieldKind.TEXT_LIST,
                        "Interface languages, the default first; each other one is a copy of "
                                + "the site under its own folder (en/)", "[zh-CN, en]"),
                opt("large_text", FieldKind.BOOLEAN,
                        "Also write a large-text copy of the site under large/", "true"),
                opt("base_url", FieldKind.URL, "Public address of the site", "https://heping.example.gov.cn/"),
                req("hotline", FieldKind.PHONE, "Supervision hotline (监督举报电话)", "010-65212345"),
                opt("public_contacts", FieldKind.TEXT_LIST,
                        "Phones and e-mails the personal-data check accepts", "[\"010-65212345\"]"),
                opt("index_prefix", FieldKind.TEXT, "Organisation code for index numbers", "11010100"),
                new FieldSpec("minimum_posting_days", FieldKind.MAP, false,
                        "Shortest posting period per type", "{notice: 7}", List.of(),
                        List.of(opt("notice", FieldKind.INTEGER, "Days", "7"))),
                opt("holidays", FieldKind.TEXT, "Holiday data file, inside the content folder",
                        "data/holidays.yaml"),
                new FieldSpec("attachments", FieldKind.MAP, false,
                        "Files beside the items that their bodies link to",
                        "{max_size_mb: 20}", List.of(),
                        List.of(opt("max_size_mb", FieldKind.INTEGER,
                                "The largest attached file published, in megabytes (default 20)",
                                "20"))),
                opt("paper", FieldKind.ENUM, "Poster paper of items that name none (many "
                        + "offices have no A3 printer)", "A4", "A4", "A3"),
                opt("raw_html", FieldKind.ENUM, "What to do with HTML in Markdown", "refuse",
                        "refuse", "sanitize"),
                new FieldSpec("params", FieldKind.MAP, false,
                        "What every government site shows: logo and registration numbers",
                        "{site_code: \"1101010001\", icp: 京ICP备12345678号}", List.of(),
                        List.of(opt("logo", FieldKind.TEXT, "Logo in the published site, from "
                                        + "the theme folder's static/", "assets/logo.png"),
                                opt("site_code", FieldKind.TEXT, "网站标识码 (10 digits)",
                                        "\"1101010001\""),
                                opt("icp", FieldKind.TEXT, "ICP 备案号", "京ICP备12345678号"),
                                opt("public_security", FieldKind.TEXT, "公安机关备案号",
                                        "京公网安备11010102000001号"))),
                new FieldSpec("boards", FieldKind.MAP_LIST, true, "The notice boards",
                        "[{slug: street, name: 和平街道办事处}]", List.of(), board()),
                new FieldSpec("timeliness", FieldKind.MAP, false,
                        "The 公开时限 check: items published from this date are checked "
                                + "against their catalogue row's limit (default 20 working days "
                                + "after 'formed' or 'written')",
                        "{from: 2026-01-01}", List.of(), List.of(
                                new FieldSpec("from", FieldKind.DATE, true,
                                        "Check items published on or after this date",
                                        "2026-01-01", List.of(), List.of()),
                                opt("boards", FieldKind.TEXT_LIST, "Boards checked (default: "
                                        + "the street-office boards; list community boards to "
                                        + "opt them in)", "[street, dongsi]"))),
                new FieldSpec("catalogue", FieldKind.MAP_LIST, false,
                        "The disclosure catalogue (公开目录): what each board must keep published",
                        "[{title: 监督检查结果, type: supervision, max_age_days: 92}]", List.of(),
                        catalogue()));
    }

    /** One catalogue entry; see docs/content-reference.md for its rules. */
    public static List<FieldSpec> catalogue() {
        return List.of(
                req("title", FieldKind.TEXT, "What must be disclosed, as residents read it",
                        "政务公开监督检查结果"),
                new FieldSpec("type", FieldKind.ENUM, true,
                        "The content type that satisfies it, or hotline (the board's hotline)",
                        "supervision", List.of("policy", "procedure", "commitment",
                                "responsibility", "supervision", "notice", "reception", "page",
                                "hotline"), List.of()),
                opt("boards", FieldKind.TEXT_LIST, "Board slugs it applies to (default: every "
                        + "board)", "[dongsi, xinhua, liuyin]"),
                opt("max_age_days", FieldKind.INTEGER,
                        "Overdue when the newest matching item is older than this many days",
                        "92"),
                new FieldSpec("services", FieldKind.MAP_LIST, false,
                        "For type procedure: the services that each need a guide",
                        "[{slug: dibao-application, title: 最低生活保障申请}]", List.of(), List.of(
                                req("slug", FieldKind.TEXT, "File name of the guide, without .md",
                                        "dibao-application"),
                                req("title", FieldKind.TEXT, "Name of the service",
                                        "最低生活保障申请"))),
                opt("basis", FieldKind.TEXT, "公开依据: the rule that requires it, shown on the "
                        + "catalogue page", "《和平街道政务公开工作制度》第八条"),
                opt("topic", FieldKind.TEXT, "Only items of this 主题分类 ('topic') fulfil "
                        + "the entry", "社会救助"),
                opt("matter", FieldKind.TEXT, "公开事项, 一级事项 of the standard catalogue",
                        "社会救助"),
                opt("sub_matter", FieldKind.TEXT, "公开事项, 二级事项", "最低生活保障"),
                opt("elements", FieldKind.TEXT_LIST, "公开内容（要素）",
                        "[审核确认结果, 救助标准, 办理流程]"),
                opt("time_limit", FieldKind.TEXT, "公开时限 as the catalogue words it (default: "
                        + "from time_limit_days)", "信息形成或变更之日起20个工作日内"),
                opt("time_limit_days", FieldKind.INTEGER, "公开时限 in working days, checked "
                        + "by 'check' (default 20, 条例第二十六条)", "10"),
                opt("subject", FieldKind.TEXT, "公开主体 (default: the board)", "和平街道办事处"),
                opt("channels", FieldKind.TEXT_LIST, "公开渠道和载体",
                        "[政府网站, 公开查阅点, 社区公示栏]"),
                opt("audience", FieldKind.ENUM, "公开对象", "全社会", "全社会", "特定群众"),
                opt("mode", FieldKind.ENUM, "公开方式", "主动", "主动", "依申请"),
                opt("levels", FieldKind.TEXT_LIST, "公开层级", "[街道, 社区]"));
    }

    static List<FieldSpec> board() {
        return List.of(
                req("slug", FieldKind.TEXT, "Folder and URL name", "street"),
                req("name", FieldKind.TEXT, "Name", "和平街道办事处"),
                opt("name_en", FieldKind.TEXT, "Name in English", "Heping Street Office"),
                opt("kind", FieldKind.ENUM, "street-office or community", "community",
                        "street-office", "community"),
                req("address", FieldKind.TEXT, "Address", "和平街12号"),
                req("office_hours", FieldKind.TEXT, "Office hours", "周一至周五 8:30-17:30"),
                req("hotline", FieldKind.PHONE, "Board's hotline", "010-65212345"),
                opt("supervision_interval_days", FieldKind.INTEGER,
                        "Maximum age of the latest supervision result", "92"),
                opt("posting_day", FieldKind.ENUM, "Weekday the paper board is updated: the "
                        + "week's change sheet starts then", "monday", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday"),
                new FieldSpec("contacts", FieldKind.MAP_LIST, false, "Contacts", "[{role: 主任, name: 王明, phone: \"010-65212340\"}]",
                        List.of(), List.of(
                                req("role", FieldKind.TEXT, "Role", "主任"),
                                req("name", FieldKind.TEXT, "Name or office", "王明"),
                                req("phone", FieldKind.PHONE, "Phone", "010-65212340"))));
    }

    private static FieldSpec req(String name, FieldKind kind, String meaning, String example) {
        return new FieldSpec(name, kind, true, meaning, example, List.of(), List.of());
    }

    private static FieldSpec opt(String name, FieldKind kind, String meaning, String example,
            String... values) {
        return new FieldSpec(name, kind, false, meaning, example, List.of(values), List.of());
    }
}
