package org.noticeboard.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 申请条件 shortened for a card by a fixed rule, so a resident at the window can tell at a
 * glance whether to come at all; the QR code leads to the guide with every condition in full.
 * The rule: asides in brackets go (they qualify, they do not decide), each condition is cut to
 * {@value #LONGEST} characters, and at most {@value #SHOWN} are shown, with a line saying how
 * many more the full guide lists.
 */
final class CardConditions {

    static final int LONGEST = 30;
    static final int SHOWN = 3;

    private CardConditions() {}

    static List<String> shorten(List<String> conditions, Map<String, String> t) {
        List<String> out = new ArrayList<>();
        for (String c : conditions.subList(0, Math.min(SHOWN, conditions.size()))) {
            out.add(cut(withoutAsides(c)));
        }
        if (conditions.size() > SHOWN) {
            out.add(t.get("print.more_conditions").replace("{count}",
                    String.valueOf(conditions.size() - SHOWN)));
        }
        return out;
    }

    /** Without （…） and (…): "收入低于低保标准（2026年为1450元）" → "收入低于低保标准". */
    static String withoutAsides(String text) {
        String out = text.replaceAll("（[^（）]*）|\\([^()]*\\)", "").strip();
        return out.isEmpty() ? text : out;
    }

    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= LONGEST) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LONGEST - 1)) + "…";
    }
}
