package org.noticeboard.datapages;

import java.util.regex.Pattern;

/**
 * A text cell made safe for spreadsheets: Excel, WPS and LibreOffice run a cell that begins with
 * {@code = + - @}, a tab or a carriage return as a formula (e.g. {@code =HYPERLINK(…)} sending
 * the sheet's contents away). OWASP's rule: prefix such a cell with {@code '}, which the
 * spreadsheet shows as text. A number stays a number, a negative one included, so the figures
 * still add up.
 */
final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvCell() {}

    static String neutralised(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
