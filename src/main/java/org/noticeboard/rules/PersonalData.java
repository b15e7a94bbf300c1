package org.noticeboard.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text: mainland resident ID numbers (checksum per GB 11643), mobile
 * numbers, bank card numbers (Luhn) and e-mail addresses. Checksums keep ordinary long numbers
 * (index numbers, amounts) from being reported.
 */
final class PersonalData {

    enum Kind {
        ID_NUMBER("word.id-number"),
        BANK_CARD("word.bank-card"),
        MOBILE("word.mobile"),
        EMAIL("word.email");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One finding: its kind, the text as written, where it is in the text, and its mask. */
    record Found(Kind kind, String text, int start, int end) {

        /** The form that may be published: 138****5678, 110***********123X, w***@x.cn. */
        String masked() {
            if (kind == Kind.EMAIL) {
                return text.charAt(0) + "***" + text.substring(text.indexOf('@'));
            }
            String digits = text.replaceAll("[ -]", "");
            int head = kind == Kind.BANK_CARD ? 4 : 3;
            return digits.substring(0, head) + "*".repeat(digits.length() - head - 4)
                    + digits.substring(digits.length() - 4);
        }

        /** For comparing with the public contacts: digits only, or the lowercase address. */
        String normalised() {
            return normalise(text);
        }
    }

    private static final Pattern ID =
            Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.])(?:\\d{16,19}"
            + "|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?)(?![\\d])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d.])1[3-9]\\d(?:\\d{8}|-\\d{4}-\\d{4}| \\d{4} \\d{4})(?![\\d])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
                    + "\\.[A-Za-z]{2,}");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalData() {}

    static List<Found> find(String text) {
        if (!mayHold(text)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        collect(text, ID, Kind.ID_NUMBER, found);
        collect(text, CARD, Kind.BANK_CARD, found);
        collect(text, MOBILE, Kind.MOBILE, found);
        collect(text, EMAIL, Kind.EMAIL, found);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The text with every finding replaced by its mask, safe to print. */
    static String maskAll(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Found f : find(text)) {
            out.append(text, at, f.start()).append(f.masked());
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * Whether the text could hold a finding at all: every kind needs an '@' or at least 11
     * digits (a mobile number; ID and card numbers have more). Most lines have neither, and
     * this test is far cheaper than the four patterns.
     */
    static boolean mayHold(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || (c >= '0' && c <= '9' && ++digits >= 11)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String contact) {
        String c = contact.strip();
        return c.contains("@") ? c.toLowerCase(Locale.ROOT) : c.replaceAll("\\D", "");
    }

    private static void collect(String text, Pattern pattern, Kind kind, List<Found> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean overlaps = into.stream().anyMatch(f -> f.start() < end && start < f.end());
            if (!overlaps && valid(kind, m.group())) {
                into.add(new Found(kind, m.group(), start, end));
            }
        }
    }

    private static boolean valid(Kind kind, String text) {
        return switch (kind) {
            case ID_NUMBER -> idChecksumHolds(text);
            case BANK_CARD -> luhn(text.replaceAll("[ -]", ""));
            case MOBILE, EMAIL -> true;
        };
    }

    /** GB 11643: weighted sum of the first 17 digits mod 11 gives the 18th character. */
    static boolean idChecksumHolds(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
