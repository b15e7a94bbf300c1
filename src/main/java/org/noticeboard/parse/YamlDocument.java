package org.noticeboard.parse;

import java.util.Map;

/**
 * YAML loaded into plain maps, lists and scalars, with the position of every value kept.
 *
 * @param root the top-level mapping (String keys; values are Map, List, String, Long, Double,
 *     Boolean or null)
 * @param lines the 1-based source line of each value, by path: {@code title}, {@code
 *     posting.start}, {@code materials.0.name}
 * @param columns the 1-based column of each value, by the same paths
 */
public record YamlDocument(
        Map<String, Object> root, Map<String, Integer> lines, Map<String, Integer> columns) {

    public int lineOf(String path) {
        return lines.getOrDefault(path, lines.getOrDefault(parent(path), 0));
    }

    public int columnOf(String path) {
        return columns.getOrDefault(path, 0);
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
