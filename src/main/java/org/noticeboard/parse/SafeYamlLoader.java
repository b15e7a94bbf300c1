package org.noticeboard.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads YAML into plain maps and lists only. SnakeYAML composes the node tree (with positions);
 * we turn nodes into values ourselves, so no class tag can ever instantiate anything: any tag but
 * the standard scalar, sequence and mapping tags is refused. Duplicate keys and non-text keys are
 * errors; aliases and nesting are bounded, so a "billion laughs" document fails fast.
 */
public final class SafeYamlLoader {

    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_CODE_POINTS = 1_000_000;

    /**
     * One composer per thread: a Yaml instance is not thread-safe, and building one (its
     * resolver, constructor and representer) for every file cost more than composing a short
     * front matter.
     */
    private final ThreadLocal<Yaml> composers = ThreadLocal.withInitial(SafeYamlLoader::composer);

    private static Yaml composer() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts on line 2)
     */
    public Optional<YamlDocument> load(
            String yaml, String file, int lineOffset, Diagnostics diagnostics) {
        Node node;
        try {
            node = composers.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem());
            if (problem.startsWith("Global tag is not allowed: ")) {
                Mark at = e.getProblemMark();
                diagnostics.error(new Position(file, lineOffset + at.getLine() + 1,
                        at.getColumn() + 1), "", "YAML tag '"
                        + problem.substring("Global tag is not allowed: ".length())
                        + "' is not allowed", "remove the '!!' tag; write plain values only");
                return Optional.empty();
            }
            // "could not find expected ':'" is found at the end; the key that lacks it is the
            // context, and that is the line the editor must fix.
            boolean contextFirst = problem.startsWith("could not find expected")
                    && e.getContextMark() != null;
            Mark mark = contextFirst ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            diagnostics.error(new Position(file, line, column), "",
                    "YAML syntax error: " + firstLine(e.getProblem() != null ? e.getProblem()
                            : e.getMessage()), hintFor(e.getProblem()));
            return Optional.empty();
        } catch (YAMLException | StackOverflowError e) {
            diagnostics.error(new Position(file, lineOffset + 1, 0), "",
                    "YAML cannot be read: " + firstLine(String.valueOf(e.getMessage())),
                    "write plain 'key: value' lines; aliases (*name) and deep nesting are limited");
            return Optional.empty();
        }
        if (node == null) {
            // Empty front matter: "missing field" errors point at its first line.
            return Optional.of(new YamlDocument(Map.of(), Map.of("", lineOffset + 1),
                    Map.of("", 1)));
        }
        Converter converter = new Converter(file, lineOffset, diagnostics);
        Object value = converter.convert(node, "", 0);
        if (converter.failed) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            diagnostics.error(new Position(file, lineOffset + 1, 1), "",
                    "front matter must be a list of 'field: value' lines",
                    "start each line with a field name, e.g. 'title: 停水通知'");
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) map;
        return Optional.of(new YamlDocument(root, converter.lines, converter.columns));
    }

    private static String hintFor(String problem) {
        if (problem == null) {
            return "check the indentation and quote values that contain ':' or '#'";
        }
        if (problem.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("duplicate key")) {
            return "each field may appear only once; delete one of them";
        }
        return "check the indentation and quote values that contain ':' or '#'";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static final class Converter {
        private final String file;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private final Map<String, Integer> lines = new HashMap<>();
        private final Map<String, Integer> columns = new HashMap<>();
        private boolean failed;

        Converter(String file, int lineOffset, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        Object convert(Node node, String path, int depth) {
            if (depth > MAX_DEPTH) {
                fail(node, "YAML is nested too deeply", "keep lists and maps at most a few levels");
                return null;
            }
            lines.put(path, lineOffset + node.getStartMark().getLine() + 1);
            columns.put(path, node.getStartMark().getColumn() + 1);
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, path, depth);
            }
            if (node instanceof SequenceNode sequence) {
                if (!sequence.getTag().equals(Tag.SEQ)) {
                    return refuseTag(node);
                }
                List<Object> list = new ArrayList<>();
                List<Node> children = sequence.getValue();
                for (int i = 0; i < children.size(); i++) {
                    list.add(convert(children.get(i), join(path, String.valueOf(i)), depth + 1));
                }
                return List.copyOf(nonNull(list));
            }
            return scalar((ScalarNode) node);
        }

        private Object mapping(MappingNode mapping, String path, int depth) {
            if (!mapping.getTag().equals(Tag.MAP)) {
                return refuseTag(mapping);
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode key) || !isTextKey(key)) {
                    fail(keyNode, "field names must be plain text",
                            "write the field name as letters, e.g. 'title:'");
                    continue;
                }
                String name = key.getValue();
                if (map.containsKey(name)) {
                    fail(keyNode, "field '" + name + "' appears twice",
                            "each field may appear only once; delete one of them");
                    continue;
                }
                String childPath = join(path, name);
                Object value = convert(tuple.getValueNode(), childPath, depth + 1);
                lines.put(childPath + "#key", lineOffset + keyNode.getStartMark().getLine() + 1);
                columns.put(childPath + "#key", keyNode.getStartMark().getColumn() + 1);
                map.put(name, value);
            }
            return java.util.Collections.unmodifiableMap(map);
        }

        private boolean isTextKey(ScalarNode key) {
            Tag tag = key.getTag();
            // Years and other numbers are fine as names (the holiday file is keyed by year).
            return tag.equals(Tag.STR) || tag.equals(Tag.INT)
                    || tag.equals(Tag.BOOL) && isWord(key.getValue());
        }

        private static boolean isWord(String s) {
            return s.chars().allMatch(Character::isLetter);
        }

        private Object scalar(ScalarNode node) {
            Tag tag = node.getTag();
            String v = node.getValue();
            if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
                return v;
            }
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return switch (v.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on", "y" -> Boolean.TRUE;
                    default -> Boolean.FALSE;
                };
            }
            if (tag.equals(Tag.INT)) {
                try {
                    return Long.parseLong(v.replace("_", ""));
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            if (tag.equals(Tag.FLOAT)) {
                try {
                    return Double.parseDouble(v.replace("_", ""));
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            return refuseTag(node);
        }

        private Object refuseTag(Node node) {
            fail(node, "YAML tag '" + node.getTag().getValue() + "' is not allowed",
                    "remove the '!' tag; write plain values only");
            return null;
        }

        private void fail(Node node, String message, String hint) {
            failed = true;
            Mark mark = node.getStartMark();
            diagnostics.error(new Position(file, lineOffset + mark.getLine() + 1,
                    mark.getColumn() + 1), "", message, hint);
        }

        private static List<Object> nonNull(List<Object> list) {
            return list.stream().map(v -> v == null ? "" : v).toList();
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
