package org.noticeboard.print;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * One A6 consultation card as the {@code print/cards} template draws it.
 *
 * @param sections the card's text in print order; {@link CardFit} measures exactly these
 * @param fontSize the type size chosen by {@link CardFit}, in points, e.g. {@code 8.5}
 * @param fits false when even the smallest legible size overflows: the card then says so
 * @param estimateMm the estimated height of the sections at {@code fontSize}, for the tests
 */
public record CardView(
        String id,
        String title,
        String boardName,
        List<CardSection> sections,
        String phone,
        String complaintPhone,
        SafeString qr,
        String url,
        String fontSize,
        boolean fits,
        String estimateMm) {

    public CardView {
        sections = List.copyOf(sections);
    }

    public boolean withQr() {
        return !url.isEmpty();
    }

    /** A labelled paragraph ({@code items} empty) or a labelled list. */
    public record CardSection(String label, String text, List<String> items, boolean numbered) {

        public CardSection {
            items = List.copyOf(items);
        }

        static CardSection text(String label, String text) {
            return new CardSection(label, text, List.of(), false);
        }

        static CardSection list(String label, List<String> items, boolean numbered) {
            return new CardSection(label, "", items, numbered);
        }

        public boolean isList() {
            return !items.isEmpty();
        }
    }
}
