package org.noticeboard.render.view;

import java.util.List;
import org.noticeboard.model.Contact;

/** A board as templates see it. */
public record BoardView(
        String slug,
        String name,
        String nameEn,
        String kind,
        String address,
        String officeHours,
        String hotline,
        String url,
        List<Contact> contacts) {

    public BoardView {
        contacts = List.copyOf(contacts);
    }
}
