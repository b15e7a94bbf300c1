package org.noticeboard.model;

/** One document an applicant brings: its name, form (原件, 复印件, 电子) and number of copies. */
public record Material(String name, String form, int count) {}
