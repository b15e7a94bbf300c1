package org.noticeboard.scaffold;

import java.util.Map;
import java.util.Optional;
import org.noticeboard.schema.FieldSpec;

/**
 * Chinese labels and hints for the front-matter fields, for the forms and templates office staff
 * see. The fields themselves come from {@link org.noticeboard.schema.Schemas}; a test makes sure
 * every one of them has a label here.
 */
public final class FieldLabels {

    /** A field's label and a one-line hint, keyed by path ({@code posting.start}). */
    public record Label(String label, String hint) {}

    private static final Map<String, Label> LABELS = Map.ofEntries(
            l("title", "标题", "公开时显示的完整标题"),
            l("type", "类型", "必须与所在文件夹一致，可以不写"),
            l("summary", "摘要", "一句话概括，显示在列表中"),
            l("published", "发布日期", "格式 2026-11-29；写将来的日期则到那天才公开"),
            l("written", "成文日期", "文件落款日期"),
            l("formed", "信息形成日期", "信息形成或变更的日期（与成文日期不同时填写）；公开时限从这一天算起"),
            l("updated", "更新日期", "最近一次实质性修改的日期"),
            l("expires", "下架日期", "过了这一天移入历史档案"),
            l("issuer", "发布机构", "不填则为本公开栏的单位名称"),
            l("doc_no", "发文字号", "例如 和街发〔2026〕12号"),
            l("index_no", "索引号", "不填则自动生成"),
            l("topic", "主题分类", "例如 社会救助、城市管理、综合政务"),
            l("validity", "有效性", "valid 有效，amended 已修改，repealed 已废止"),
            l("amends", "修改的文件", "被本文件修改的文件编号，如 street/policy/open-affairs-rules"),
            l("replaces", "替代的文件", "被本文件替代（废止）的文件编号"),
            l("no_successor", "无替代文件说明", "已废止且没有替代文件时，写明原因"),
            l("draft", "草稿", "是草稿时不会公开"),
            l("keywords", "主题词", "每行一个"),
            l("paper", "海报纸张", "A4 或 A3"),
            l("change_note", "更正说明", "对外公开的修改说明，例如 更正了办理地点"),
            l("lang", "语言", "内容不是网站语言时填写，例如英文内容写 en"),
            l("pii_waiver", "个人信息公开审核", "经审核依法须公开个人信息时填写"),
            l("pii_waiver.reason", "公开理由", "依法公开的理由"),
            l("posting", "公示期", "开始日期，加上天数或结束日期"),
            l("posting.start", "公示开始日期", "张贴的第一天"),
            l("posting.days", "公示天数", "至少 7 天"),
            l("posting.day_type", "天数计算方式", "calendar 自然日，working 工作日"),
            l("posting.end", "公示结束日期", "代替天数时填写"),
            l("objections", "异议受理", "公示期内意见和异议向谁反映"),
            l("objections.contact", "受理部门或联系人", "例如 民政科"),
            l("objections.phone", "联系电话", "带区号，例如 010-65212347"),
            l("objections.address", "地址", "例如 和平街12号"),
            l("result", "结果公告", "公示结果公告的编号，发布结果后填写"),
            l("kind", "类型", "公示栏：公示、公告、通知 或 征求意见（不写为公示）；"
                    + "接待日：director 主任接待日，deputy 人大代表接待选民"),
            l("schedule.months", "单月或双月", "只在单月或双月接待时填写：单月 或 双月"),
            l("schedule.date", "接待日期（仅一次）", "只接待一次时写日期，代替每月几号或每周几"),
            l("method", "检查方式", "定期、不定期 或 暗访（不写为定期）"),
            l("time_limit_note", "时限说明", "时限写 未规定 或 上级规定 时，写明依据"),
            l("schedule", "接待安排", "每月几号或每周几，时间，起始日期"),
            l("schedule.monthly_days", "每月几号", "例如 [1, 15]"),
            l("schedule.weekdays", "每周几", "例如 [wednesday] 或 [周三]"),
            l("schedule.time", "接待时间", "例如 09:00-11:30"),
            l("schedule.postpone_on_holiday", "节假日顺延", "遇法定节假日顺延到下一个工作日"),
            l("schedule.from", "起始日期", "从哪天开始"),
            l("schedule.until", "截止日期", "到哪天为止，可以不填"),
            l("location", "地点", "办理或接待的具体地点"),
            l("receivers", "接待人", "姓名和职务，每行一位，例如 王明（街道办事处主任）"),
            l("overrides", "个别日期调整", "某一天改人、改地点、改时间或取消"),
            l("overrides.date", "调整的日期", "格式 2026-12-15"),
            l("overrides.receivers", "改由谁接待", "每行一位"),
            l("overrides.location", "改在何处", ""),
            l("overrides.time", "改在何时", "例如 14:00-16:00"),
            l("overrides.cancelled", "当日取消", "当天不接待"),
            l("overrides.note", "说明", "对外公开的说明，例如 因会议调整"),
            l("inspected", "检查日期", "格式 2026-10-20"),
            l("period", "检查期间", "例如 2026年第三季度；暗访可以不写"),
            l("inspector", "检查单位", "例如 街道政务公开监督小组"),
            l("posts", "岗位", "每个岗位的责任人（A岗）和替补人（B岗）"),
            l("posts.post", "岗位名称", "例如 民政专干"),
            l("posts.person", "责任人（A岗）", "姓名"),
            l("posts.stand_in", "替补人（B岗）", "姓名"),
            l("posts.duties", "职责", "例如 低保受理"),
            l("commitments", "承诺事项", "每行一条"),
            l("applicants", "受理对象", "个人、法人 或 个人及法人"),
            l("conditions", "申请条件", "每行一条"),
            l("materials", "申请材料", "每种材料的名称、形式和份数"),
            l("materials.name", "材料名称", "例如 居民身份证"),
            l("materials.form", "形式", "原件、复印件、电子 或 原件及复印件"),
            l("materials.count", "份数", "整数，例如 1"),
            l("steps", "办理流程", "按顺序每行一步"),
            l("time_limit", "承诺时限", "例如 5个工作日、即时办结；没有时写 上级规定 或 未规定"),
            l("statutory_time_limit", "法定时限", "例如 20个工作日；法规未规定时写 未规定"),
            l("fee", "收费标准", "免费时写 不收费"),
            l("fee_basis", "收费依据", "收费的法律依据"),
            l("legal_basis", "设定依据", "法规名称和条款，每行一条"),
            l("hours", "办理时间", "写明法定节假日是否办理"),
            l("phone", "咨询电话", "带区号，例如 010-65212346；多个电话写成列表"),
            l("complaint_phone", "监督投诉电话", "带区号，例如 010-65212345"));

    private FieldLabels() {}

    /** The label of the field at {@code path}, or its English meaning if it has none yet. */
    public static Label of(String path, FieldSpec spec) {
        return find(path).orElse(new Label(spec.name(), spec.meaning()));
    }

    public static Optional<Label> find(String path) {
        return Optional.ofNullable(LABELS.get(path));
    }

    private static Map.Entry<String, Label> l(String path, String label, String hint) {
        return Map.entry(path, new Label(label, hint));
    }
}
