package org.noticeboard.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.TimeLimit;

/** 办事指南 as practised: a stated fee, honest time limits, real steps, no catch-all clauses. */
final class ServiceGuideRules {

    static final Rule FEE_NOT_STATED = Rule.error("fee-not-stated",
            "fee '{fee}' does not say whether the service is charged",
            "write 'fee: 不收费' when it is free, or the amount with its basis (收费标准)");
    static final Rule PROMISE_EXCEEDS_STATUTORY = Rule.error("promise-exceeds-statutory",
            "the promised time limit ({promised}) is longer than the statutory one ({statutory})",
            "承诺时限 must not exceed 法定时限: shorten the promise or correct "
                    + "statutory_time_limit");
    static final Rule TOO_FEW_STEPS = Rule.error("steps-not-numbered",
            "'steps' must list the procedure's steps in order, one per entry (found {count})",
            "办理流程 is shown as numbered steps: write '- 申请：…', '- 受理：…', '- 办结：…' "
                    + "one per line");
    static final Rule STEP_NUMBERED_BY_HAND = Rule.warning("step-numbered-by-hand",
            "step {number} starts with its own number '{prefix}'",
            "steps are numbered when shown; remove the number so it is not shown twice");
    static final Rule CATCH_ALL = Rule.error("catch-all-clause",
            "catch-all {what} '{text}' (兜底条款)",
            "list every {what} explicitly; \"法律、法规规定的其他条件\" cannot be checked by "
                    + "anyone applying");
    static final Rule COMPLAINT_PHONE_FORMAT = Rule.error("complaint-phone-format",
            "complaint phone '{phone}' is not written as area code, hyphen, number",
            "write it like 010-65212345 (区号-号码)");
    static final Rule HOURS_WITHOUT_HOLIDAYS = Rule.warning("hours-without-holidays",
            "'hours' does not say whether the service is open on public holidays",
            "add e.g. '（法定节假日除外）' or '法定节假日不办公'");

    static final List<Rule> RULES = List.of(FEE_NOT_STATED, PROMISE_EXCEEDS_STATUTORY,
            TOO_FEW_STEPS, STEP_NUMBERED_BY_HAND, CATCH_ALL, COMPLAINT_PHONE_FORMAT,
            HOURS_WITHOUT_HOLIDAYS);

    /**
     * Fees that say nothing, by why: not known, nothing yet, a blank mark. "免费", "不收费", "无",
     * "0元" are how offices write "free" and are accepted; these are not answers at all.
     */
    private static final Map<String, String> NOT_A_FEE = notAFee();
    private static final Pattern REFERS_ELSEWHERE = Pattern.compile(
            "^(详见|参见|见|按|依照|按照).{0,12}(规定|标准|文件|公示)(收取|收费|执行)?$");
    private static final Pattern CATCH_ALL_TEXT = Pattern.compile(
            "(规定的|要求的|需要的|等)?其[他它](条件|材料|情形|相关|资料|证明)|相关材料$|其[他它]$");
    private static final Pattern AREA_CODE_PHONE = Pattern.compile("0\\d{2,3}-\\d{7,8}");
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "^\\s*(\\d{1,2}\\s*[.、．)）]|[（(]\\d{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十\\d]+步)");
    private static final Pattern HOLIDAYS = Pattern.compile("节假日|假日|holiday",
            Pattern.CASE_INSENSITIVE);

    void check(RuleContext context) {
        for (Item item : context.site().items()) {
            if (item.details() instanceof Details.Procedure p) {
                var file = context.file(item.id());
                if (file.isPresent()) {
                    context.perFile("service-guide", file.get(), item, c -> check(c, item, p));
                } else {
                    check(context, item, p);
                }
            }
        }
    }

    private void check(RuleContext c, Item item, Details.Procedure p) {
        feeProblem(p.fee()).ifPresent(why -> c.report(FEE_NOT_STATED, why, c.at(item, "fee"),
                "fee", "fee", p.fee()));
        if (longer(p.timeLimit(), p.statutoryTimeLimit())) {
            c.report(PROMISE_EXCEEDS_STATUTORY, c.at(item, "time_limit"), "time_limit",
                    "promised", p.timeLimit().text(), "statutory", p.statutoryTimeLimit().text());
        }
        if (p.steps().size() < 2) {
            c.report(TOO_FEW_STEPS, c.at(item, "steps"), "steps", "count", p.steps().size());
        }
        for (int i = 0; i < p.steps().size(); i++) {
            Matcher m = OWN_NUMBER.matcher(p.steps().get(i));
            if (m.find()) {
                c.report(STEP_NUMBERED_BY_HAND, c.at(item, "steps." + i), "steps." + i,
                        "number", i + 1, "prefix", m.group(1).strip());
            }
        }
        catchAll(c, item, "conditions", p.conditions(), "word.condition");
        catchAll(c, item, "materials", p.materials().stream().map(m -> m.name()).toList(),
                "word.material");
        if (!AREA_CODE_PHONE.matcher(p.complaintPhone()).matches()) {
            c.report(COMPLAINT_PHONE_FORMAT, c.at(item, "complaint_phone"), "complaint_phone",
                    "phone", p.complaintPhone());
        }
        if (!HOLIDAYS.matcher(p.hours()).find()) {
            c.report(HOURS_WITHOUT_HOLIDAYS, c.at(item, "hours"), "hours");
        }
    }

    private static void catchAll(RuleContext c, Item item, String field, List<String> texts,
            String what) {
        for (int i = 0; i < texts.size(); i++) {
            if (CATCH_ALL_TEXT.matcher(texts.get(i).strip()).find()) {
                String path = field + "." + i + (field.equals("materials") ? ".name" : "");
                c.report(CATCH_ALL, c.at(item, path), path, "what", what,
                        "text", shorten(texts.get(i)));
            }
        }
    }

    /** Why {@code fee} does not say whether the service is charged (a hint variant), if so. */
    static Optional<String> feeProblem(String fee) {
        String f = fee.strip().toLowerCase(Locale.ROOT);
        if (NOT_A_FEE.containsKey(f)) {
            return Optional.of(NOT_A_FEE.get(f));
        }
        return REFERS_ELSEWHERE.matcher(f).matches() ? Optional.of("elsewhere")
                : Optional.empty();
    }

    private static Map<String, String> notAFee() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String s : List.of("不详", "未知", "待定", "不确定", "unknown", "tbd")) {
            m.put(s, "unknown");
        }
        for (String s : List.of("暂无", "暂未确定", "暂未定")) {
            m.put(s, "for-now");
        }
        for (String s : List.of("-", "—", "–", "/", "／", "…", "n/a", "na", "nil", "?", "？")) {
            m.put(s, "blank");
        }
        return Map.copyOf(m);
    }

    /**
     * Whether {@code promised} takes longer than {@code statutory}. Mixed units compare a week
     * of five working days with seven calendar days, the usual reading.
     */
    static boolean longer(TimeLimit promised, TimeLimit statutory) {
        if (!promised.unit().measured() || !statutory.unit().measured()) {
            return false;
        }
        if (promised.unit() == TimeLimit.Unit.IMMEDIATE) {
            return false;
        }
        if (statutory.unit() == TimeLimit.Unit.IMMEDIATE) {
            return true;
        }
        if (promised.unit() == statutory.unit()) {
            return promised.amount() > statutory.amount();
        }
        return calendarDays(promised) > calendarDays(statutory);
    }

    private static double calendarDays(TimeLimit limit) {
        return limit.unit() == TimeLimit.Unit.WORKING_DAYS ? limit.amount() * 7.0 / 5
                : limit.amount();
    }

    static String shorten(String text) {
        String t = text.strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
