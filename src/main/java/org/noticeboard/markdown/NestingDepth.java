package org.noticeboard.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Measures how deeply a Markdown tree nests, without recursion. Rendering and inspecting a tree
 * recurse once per level, so a body of ten thousand nested quotes or lists would overflow the
 * stack; no real notice comes near {@link #LIMIT}, and a deeper one is refused before any visitor
 * runs.
 */
public final class NestingDepth {

    public static final int LIMIT = 100;

    private NestingDepth() {}

    /** The 1-based body line of the first node nested deeper than {@link #LIMIT}, if any. */
    public static Optional<Integer> tooDeep(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > LIMIT) {
                return Optional.of(line(node));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }

    private static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            var spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan span = spans.get(0);
                return span.getLineIndex() + 1;
            }
        }
        return 1;
    }
}
