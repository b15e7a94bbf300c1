package org.noticeboard.render.view;

import java.util.List;

/** One upcoming reception, ready to show. */
public record ReceptionView(
        String date,
        String isoDate,
        String weekday,
        String time,
        String location,
        List<String> receivers,
        String note,
        String title,
        String url,
        String board) {

    public ReceptionView {
        receivers = List.copyOf(receivers);
    }
}
