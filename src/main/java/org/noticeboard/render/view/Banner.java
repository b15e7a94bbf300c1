package org.noticeboard.render.view;

/** A strong notice at the top of an item: repealed, amended, posting period ended… */
public record Banner(String kind, String text, Link link) {}
