package org.noticeboard.schema;

/** The value types a front-matter field can have, with how they are written in the README. */
public enum FieldKind {
    TEXT("text"),
    DATE("date (YYYY-MM-DD)"),
    BOOLEAN("true / false"),
    INTEGER("whole number"),
    ENUM("one of"),
    TEXT_LIST("list of text"),
    ITEM_REF("item id"),
    ITEM_REF_LIST("list of item ids"),
    PHONE("phone number"),
    PHONE_LIST("phone number or list of them"),
    URL("URL"),
    TIME_LIMIT("time limit"),
    WEEKDAY_LIST("list of weekdays"),
    INTEGER_LIST("list of whole numbers"),
    MAP("fields"),
    MAP_LIST("list of entries");

    private final String label;

    FieldKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
