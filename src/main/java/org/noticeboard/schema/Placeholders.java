package org.noticeboard.schema;

/**
 * The mark {@code noticeboard new} writes where the editor must choose a value. Any value that
 * starts with it fails validation with its own message, whatever the field's type, so a new
 * item cannot be published half filled in.
 */
public final class Placeholders {

    public static final String MARK = org.noticeboard.model.SampleSite.PLACEHOLDER;

    private Placeholders() {}

    public static boolean is(Object raw) {
        return raw instanceof String s && s.strip().startsWith(MARK);
    }
}
