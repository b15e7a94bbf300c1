package org.noticeboard.render;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.noticeboard.model.PostingPeriod;

/** Dates written the way each language writes them: 2026年12月1日 or 1 December 2026. */
public record DateText(String language) {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.ENGLISH);

    private boolean zh() {
        return !language.startsWith("en");
    }

    public String date(LocalDate d) {
        return zh() ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                : d.format(EN);
    }

    public String dateTime(ZonedDateTime t) {
        String time = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
        return date(t.toLocalDate()) + " " + time;
    }

    public String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL,
                zh() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** 2026年12月1日至12月7日 (the year once when both ends share it), or 1 – 7 December 2026. */
    public String period(PostingPeriod p) {
        LocalDate s = p.start();
        LocalDate e = p.end();
        if (zh()) {
            String end = e.getYear() == s.getYear()
                    ? e.getMonthValue() + "月" + e.getDayOfMonth() + "日" : date(e);
            return date(s) + "至" + end;
        }
        return date(s) + " – " + date(e);
    }
}
