package org.noticeboard.schema;

import static org.noticeboard.schema.FieldKind.*;
import static org.noticeboard.schema.FieldSpec.optional;
import static org.noticeboard.schema.FieldSpec.required;

import java.util.ArrayList;
import java.util.List;
import org.noticeboard.model.ContentType;

/** The front-matter schema of every content type, declared once. */
public final class Schemas {

    private Schemas() {}

    /** Fields every item may have. {@code published} is required except for pages. */
    public static List<FieldSpec> common(ContentType type) {
        return List.of(
                required("title", TEXT, "Title as shown on the board", "关于2026年12月停水的通知"),
                optional("type", TEXT, "The content type; must match the folder", "notice"),
                optional("summary", TEXT, "One sentence shown in listings", "因管网维修，12月3日停水"),
                new FieldSpec("published", DATE, type != ContentType.PAGE,
                        "Date published (发布日期); a future date holds the item back until then",
                        "2026-11-20", List.of(), List.of()),
                optional("written", DATE, "Date written (成文日期)", "2026-11-18"),
                optional("formed", DATE, "Date the information was formed or changed (信息形成"
                        + "日期), when not the written date; the 公开时限 counts from it",
                        "2026-11-18"),
                optional("updated", DATE, "Date of the last substantive change", "2026-11-25"),
                optional("expires", DATE, "After this date the item moves to the archive",
                        "2026-12-31"),
                optional("issuer", TEXT, "Issuing body (发布机构); defaults to the board's name",
                        "和平街道办事处"),
                optional("doc_no", TEXT, "Document number (发文字号)", "和街发〔2026〕12号"),
                optional("index_no", TEXT, "Index number (索引号); generated when absent",
                        "11010100/2026-00012"),
                optional("topic", TEXT, "Topic classification (主题分类)", "社会救助"),
                optional("validity", ENUM, "Validity (有效性)", "valid")
                        .oneOf("valid", "amended", "repealed"),
                optional("amends", ITEM_REF_LIST, "Items this one amends",
                        "[street/policy/open-affairs-rules-2024]"),
                optional("replaces", ITEM_REF_LIST, "Items this one replaces (repeals)",
                        "[street/policy/open-affairs-rules-2020]"),
                optional("no_successor", TEXT, "For a repealed document that no item replaces: "
                        + "why (无替代文件的说明)", "上级文件已废止，不再另行制定"),
                optional("draft", BOOLEAN, "A draft is never published", "true"),
                optional("keywords", TEXT_LIST, "Subject words (主题词)", "[低保, 救助]"),
                optional("paper", ENUM, "Poster paper size", "A3").oneOf("A4", "A3"),
                optional("change_note", TEXT, "Public note on the latest change",
                        "更正了办理地点"),
                optional("lang", ENUM, "Language the item is written in, when not the site's",
                        "en").oneOf("zh-CN", "en"),
                optional("pii_waiver", MAP,
                        "A reviewed exception to the personal-data check, with its reason",
                        "{reason: 经审核，公示名单依法须公开}")
                        .with(required("reason", TEXT, "Why publishing is lawful", "…")));
    }

    public static List<FieldSpec> specific(ContentType type) {
        return switch (type) {
            case PROCEDURE -> procedure();
            case NOTICE -> List.of(
                    optional("kind", ENUM, "What the notice is, as its title says: 公示 and "
                            + "征求意见 take objections or comments, 公告 and 通知 only inform "
                            + "(default 公示)", "公告").oneOf("公示", "公告", "通知", "征求意见"),
                    required("posting", MAP, "Posting period (公示期): a start and a length or an end",
                            "{start: 2026-12-01, days: 7, day_type: calendar}")
                            .with(required("start", DATE, "First day on the board", "2026-12-01"),
                                    optional("days", INTEGER, "Length in days", "7"),
                                    optional("day_type", ENUM, "How days are counted", "working")
                                            .oneOf("calendar", "working"),
                                    optional("end", DATE, "Last day (instead of days)",
                                            "2026-12-07")),
                    optional("objections", MAP, "Where objections (公示) or comments (征求意见) "
                            + "go while the notice is open; required for those kinds, not "
                            + "allowed for 公告 and 通知",
                            "{contact: 民政科, phone: \"010-65212347\", address: 和平街12号}")
                            .with(required("contact", TEXT, "Office or person", "民政科"),
                                    required("phone", PHONE, "Phone", "010-65212347"),
                                    optional("address", TEXT, "Address", "和平街12号")),
                    optional("result", ITEM_REF, "The result notice, once published",
                            "street/notice/dibao-result-2026-11"));
            case RECEPTION -> List.of(
                    required("kind", ENUM, "Director reception day or deputies receiving voters",
                            "deputy").oneOf("director", "deputy"),
                    required("schedule", MAP, "When receptions happen: monthly_days, "
                                    + "weekdays or one date",
                            "{monthly_days: [1, 15], time: \"09:00-11:30\", postpone_on_holiday: true, from: 2026-01-01}")
                            .with(optional("monthly_days", INTEGER_LIST, "Days of each month",
                                            "[1, 15]"),
                                    optional("weekdays", WEEKDAY_LIST, "Days of each week",
                                            "[wednesday]"),
                                    optional("months", ENUM, "Only in odd (单月) or even "
                                            + "(双月) months", "单月").oneOf("单月", "双月"),
                                    optional("date", DATE, "A reception held once, on this "
                                            + "date (instead of monthly_days or weekdays; then "
                                            + "'from' is not needed)", "2026-12-18"),
                                    required("time", TEXT, "Time of day", "09:00-11:30"),
                                    optional("postpone_on_holiday", BOOLEAN,
                                            "Move to the next working day on a holiday (顺延)",
                                            "true"),
                                    optional("from", DATE, "First possible date (required "
                                            + "for a recurring schedule)", "2026-01-01"),
                                    optional("until", DATE, "Last possible date", "2027-12-31")),
                    required("location", TEXT, "Where", "东四社区居委会一楼接待室"),
                    required("receivers", TEXT_LIST, "Who receives", "[张伟（区人大代表）]"),
                    optional("overrides", MAP_LIST, "Changes to single dates",
                            "[{date: 2026-12-15, receivers: [李强（区人大代表）]}]")
                            .with(required("date", DATE, "The date changed", "2026-12-15"),
                                    optional("receivers", TEXT_LIST, "Who receives instead", "[…]"),
                                    optional("location", TEXT, "Where instead", "…"),
                                    optional("time", TEXT, "When instead", "14:00-16:00"),
                                    optional("cancelled", BOOLEAN, "No reception that day", "true"),
                                    optional("note", TEXT, "Public note", "因会议调整")));
            case SUPERVISION -> List.of(
                    required("inspected", DATE, "Date of the inspection", "2026-10-20"),
                    optional("method", ENUM, "检查方式: regular (定期), occasional (不定期) or "
                            + "unannounced (暗访); default 定期", "暗访")
                            .oneOf("定期", "不定期", "暗访"),
                    optional("period", TEXT, "Period covered; required for a 定期 inspection",
                            "2026年第三季度"),
                    required("inspector", TEXT, "Who inspected", "街道政务公开监督小组"));
            case RESPONSIBILITY -> List.of(
                    required("posts", MAP_LIST, "Posts with their holder and A/B stand-in",
                            "[{post: 民政专干, person: 王芳, stand_in: 刘洋}]")
                            .with(required("post", TEXT, "Post", "民政专干"),
                                    required("person", TEXT, "Holder (A post)", "王芳"),
                                    optional("stand_in", TEXT, "Stand-in (B post)", "刘洋"),
                                    optional("duties", TEXT, "Duties", "低保受理")));
            case COMMITMENT -> List.of(
                    required("commitments", TEXT_LIST, "The promises, one per line",
                            "[首问负责，不推诿, 一次性告知所需材料]"));
            case POLICY, PAGE -> List.of();
        };
    }

    private static List<FieldSpec> procedure() {
        return List.of(
                required("applicants", ENUM, "Who may apply (受理范围)", "个人")
                        .oneOf("个人", "法人", "个人及法人"),
                required("conditions", TEXT_LIST, "Conditions (申请条件)", "[本街道户籍居民]"),
                required("materials", MAP_LIST, "Required materials (申报材料)",
                        "[{name: 居民身份证, form: 原件, count: 1}]")
                        .with(required("name", TEXT, "Document", "居民身份证"),
                                required("form", ENUM, "Form", "原件").oneOf("原件", "复印件", "电子",
                                        "原件及复印件"),
                                required("count", INTEGER, "Copies", "1")),
                required("steps", TEXT_LIST, "Steps (办理流程), in order", "[受理, 审核, 办结]"),
                required("time_limit", TIME_LIMIT, "Promised time limit (承诺时限); 未规定 or "
                        + "上级规定 when there is no number to promise", "5个工作日"),
                required("statutory_time_limit", TIME_LIMIT, "Statutory time limit (法定时限); "
                        + "未规定 when no law sets one, 上级规定 when a higher authority does",
                        "20个工作日"),
                optional("time_limit_note", TEXT, "The basis of a 未规定 or 上级规定 time limit "
                        + "(required with them)", "由区民政局审批，时限以区级办事指南为准"),
                required("fee", TEXT, "Fee (收费标准): write 不收费 when free", "不收费"),
                optional("fee_basis", TEXT, "Legal basis of the fee", "…"),
                required("legal_basis", TEXT_LIST, "Legal basis (设定依据): law and article",
                        "[《社会救助暂行办法》第十一条]"),
                required("location", TEXT, "Where to apply (办理地点)", "和平街12号便民服务大厅3号窗口"),
                required("hours", TEXT, "When (办理时间), and whether open on holidays",
                        "周一至周五 8:30-17:00（法定节假日除外）"),
                required("phone", PHONE_LIST, "Consultation phone (咨询电话); a list when there "
                        + "are several", "[\"010-65212350\", \"010-64011234\"]"),
                required("complaint_phone", PHONE, "Complaint phone (监督投诉电话)", "010-65212345"));
    }

    /** Every field of a type, common ones first. */
    public static List<FieldSpec> of(ContentType type) {
        List<FieldSpec> all = new ArrayList<>(common(type));
        all.addAll(specific(type));
        return List.copyOf(all);
    }
}
