package org.noticeboard.model;

/** A named contact on a board: a role, a person or office, and a phone number. */
public record Contact(String role, String name, String phone) {}
