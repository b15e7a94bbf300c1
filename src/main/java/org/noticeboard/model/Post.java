package org.noticeboard.model;

/** A post with its holder and the A/B-post stand-in (AB岗) who acts in their absence. */
public record Post(String post, String person, String standIn, String duties) {}
