package org.noticeboard.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statutory or promised time limit ({@code 办理时限}), parsed from what editors write: {@code
 * 即时办结}, {@code 当场办结}, {@code 5个工作日}, {@code 20 working days}, {@code 30日}, {@code 30
 * calendar days}; or, where no number may honestly be written, {@code 未规定} (no law sets one)
 * and {@code 上级规定} (set by a higher authority), which the guide explains in a note.
 */
public record TimeLimit(Unit unit, int amount, String text) {

    public enum Unit {
        IMMEDIATE,
        WORKING_DAYS,
        CALENDAR_DAYS,
        NOT_SET,
        HIGHER_AUTHORITY;

        /** Whether the limit is a number of days (or immediate) that can be compared. */
        public boolean measured() {
            return this != NOT_SET && this != HIGHER_AUTHORITY;
        }
    }

    private static final Pattern ZH =
            Pattern.compile("(?:自受理之日起)?\\s*(\\d{1,3})\\s*个?\\s*(工作日|自然日|日|天)(?:内)?(?:办结)?");
    private static final Pattern EN =
            Pattern.compile("(\\d{1,3})\\s+(working|business|calendar)?\\s*days?",
                    Pattern.CASE_INSENSITIVE);

    public static Optional<TimeLimit> parse(String text) {
        // A trailing note in brackets ("（不含评定时间）") explains the limit; it is kept as written.
        String t = text.strip().replaceFirst("\\s*[（(][^（）()]*[）)]$", "").strip();
        if (t.matches("即时办结|当场办结|即办|即时办理|当场办理") || t.equalsIgnoreCase("immediately")
                || t.equalsIgnoreCase("on the spot")) {
            return Optional.of(new TimeLimit(Unit.IMMEDIATE, 0, text.strip()));
        }
        if (t.equals("未规定") || t.equalsIgnoreCase("not set")) {
            return Optional.of(new TimeLimit(Unit.NOT_SET, 0, text.strip()));
        }
        if (t.equals("上级规定") || t.equalsIgnoreCase("set by higher authority")) {
            return Optional.of(new TimeLimit(Unit.HIGHER_AUTHORITY, 0, text.strip()));
        }
        Matcher zh = ZH.matcher(t);
        if (zh.matches()) {
            Unit unit = zh.group(2).equals("工作日") ? Unit.WORKING_DAYS : Unit.CALENDAR_DAYS;
            return positive(unit, Integer.parseInt(zh.group(1)), text.strip());
        }
        Matcher en = EN.matcher(t);
        if (en.matches()) {
            String kind = en.group(2) == null ? "calendar" : en.group(2).toLowerCase();
            Unit unit = kind.equals("calendar") ? Unit.CALENDAR_DAYS : Unit.WORKING_DAYS;
            return positive(unit, Integer.parseInt(en.group(1)), text.strip());
        }
        return Optional.empty();
    }

    private static Optional<TimeLimit> positive(Unit unit, int amount, String text) {
        return amount > 0 ? Optional.of(new TimeLimit(unit, amount, text)) : Optional.empty();
    }

    /** Days, for comparing a promised limit against the statutory one (working days count 1). */
    public int days() {
        return amount;
    }
}
