package org.noticeboard.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
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
        List<KeyboardSlips.Slip> slips = KeyboardSlips.inFrontMatter(yaml);
        if (!slips.isEmpty()) {
            // YAML would blame the line after the slip; the slip itself is what to fix
            slips.forEach(slip -> diagnostics.error(new Position(file,
                    lineOffset + slip.line() + 1, slip.column() + 1), "", slip.message()));
            return Optional.empty();
        }
        Node node;
        try {
            node = composers.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem());
            if (problem.startsWith("Global tag is not allowed: ")) {
                Mark at = e.getProblemMark();
                diagnostics.error(new Position(file, lineOffset + at.getLine() + 1,
                        at.getColumn() + 1), "", Message.of("yaml-global-tag", "tag",
                        problem.substring("Global tag is not allowed: ".length())));
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
            Message syntax = Message.of("yaml-syntax", "problem", firstLine(
                    e.getProblem() != null ? e.getProblem() : e.getMessage()));
            String variant = hintFor(e.getProblem());
            diagnostics.error(new Position(file, line, column), "",
                    variant.isEmpty() ? syntax : syntax.hint(variant));
            return Optional.empty();
        } catch (YAMLException | StackOverflowError e) {
            diagnostics.error(new Position(file, lineOffset + 1, 0), "",
                    Message.of("yaml-unreadable", "problem",
                            firstLine(String.valueOf(e.getMessage()))));
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
                    Message.of("front-matter-not-fields"));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) map;
        return Optional.of(new YamlDocument(root, converter.lines, converter.columns));
    }

    /** The hint variant of {@code yaml-syntax} for SnakeYAML's problem; empty: the usual. */
    private static String hintFor(String problem) {
        if (problem == null) {
            return "";
        }
        if (problem.contains("tab")) {
            return "tabs";
        }
        if (problem.contains("duplicate key")) {
            return "duplicate";
        }
        return "";
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
                fail(node, Message.of("yaml-too-deep"));
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
                    fail(keyNode, Message.of("field-name-not-text"));
                    continue;
                }
                String name = key.getValue();
                if (map.containsKey(name)) {
                    fail(keyNode, Message.of("duplicate-field", "name", name));
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
            fail(node, Message.of("yaml-tag", "tag", node.getTag().getValue()));
            return null;
        }

        private void fail(Node node, Message message) {
            failed = true;
            Mark mark = node.getStartMark();
            diagnostics.error(new Position(file, lineOffset + mark.getLine() + 1,
                    mark.getColumn() + 1), "", message);
        }

        private static List<Object> nonNull(List<Object> list) {
            return list.stream().map(v -> v == null ? "" : v).toList();
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
