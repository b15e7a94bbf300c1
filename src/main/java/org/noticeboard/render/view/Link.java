package org.noticeboard.render.view;

/** A labelled link, its URL relative to the page being written. */
public record Link(String label, String url) {}
