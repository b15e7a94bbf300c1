package org.noticeboard.diag;

/** A place in a source file, 1-based; line 0 means "somewhere in the file". */
public record Position(String file, int line, int column) {

    public static Position of(String file) {
        return new Position(file, 0, 0);
    }

    public Position atLine(int newLine, int newColumn) {
        return new Position(file, newLine, newColumn);
    }
}
