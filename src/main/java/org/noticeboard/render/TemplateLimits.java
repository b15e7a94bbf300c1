package org.noticeboard.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.IncludeTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Bounds on what one page's render may do. A render runs on a shared thread and cannot be
 * interrupted, so a theme mistake — a partial that includes itself, {@code range(1, 100000000)}
 * — must end as a template error at its file and line instead of a stack overflow or a core
 * pinned for minutes. The limits are far above what any real page needs: the default theme nests
 * includes 3 deep, uses no {@code range}, and its largest page (a board's archive at 10,000
 * items) is about 4 MB.
 *
 * <p>What is not bounded: loops over the site's own lists, nested in each other. Their size
 * comes from the content, and the output limit catches them as soon as they write.
 */
final class TemplateLimits extends AbstractExtension {

    /** Includes inside includes; Pebble's own frames per level stay far below a thread's stack. */
    static final int INCLUDE_DEPTH = 32;
    /** Elements in one {@code range(…)} or {@code a..b}. */
    static final int RANGE_ELEMENTS = 100_000;
    /** Elements of all ranges of one page together: nested ranges multiply. */
    static final int RANGE_ELEMENTS_PER_PAGE = 1_000_000;
    /** Characters written by one page (Pebble counts characters, not bytes). */
    static final int OUTPUT_CHARS = 20 * 1024 * 1024;

    /** The context variable that carries a page's {@link Budget}; not a name themes use. */
    static final String BUDGET = "__noticeboard_render_budget";

    static final String TOO_DEEP = "includes nested more than " + INCLUDE_DEPTH
            + " deep: does a template include itself, directly or through another?";
    static final String RANGE_TOO_LONG = "range of %,d elements; at most " + RANGE_ELEMENTS
            + " are allowed";
    static final String RANGES_TOO_LONG = "ranges of this page together exceed "
            + RANGE_ELEMENTS_PER_PAGE + " elements (nested loops?)";
    static final String OUTPUT_TOO_LARGE = "the page is larger than " + OUTPUT_CHARS
            + " characters: a runaway loop?";
    static final String RECURSION = "template recursion too deep (a macro, include, import or "
            + "extends that leads back to itself?)";

    /** What one page's render has used so far. Not thread-safe: one per page. */
    static final class Budget {
        private int depth;
        private long rangeElements;
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new BoundedIncludeParser());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(RangeFunction.FUNCTION_NAME, new BoundedRange());
    }

    private static Budget budget(EvaluationContext context) {
        return (Budget) context.getVariable(BUDGET);
    }

    /** {@code include}, parsed as Pebble does, rendered with a depth count. */
    private static final class BoundedIncludeParser extends IncludeTokenParser {
        @Override
        public RenderableNode parse(Token token, Parser parser) {
            return new BoundedInclude((AbstractRenderableNode) super.parse(token, parser));
        }
    }

    private static final class BoundedInclude extends AbstractRenderableNode {
        private final AbstractRenderableNode include;

        BoundedInclude(AbstractRenderableNode include) {
            super(include.getLineNumber());
            this.include = include;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context)
                throws IOException {
            Budget budget = budget(context);
            if (budget == null) {
                include.render(self, writer, context);
                return;
            }
            if (budget.depth >= INCLUDE_DEPTH) {
                throw new PebbleException(null, TOO_DEEP, getLineNumber(), self.getName());
            }
            budget.depth++;
            try {
                include.render(self, writer, context);
            } finally {
                budget.depth--;
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            include.accept(visitor);
        }
    }

    /** Pebble's {@code range}, refused before it builds a list longer than the limits. */
    private static final class BoundedRange implements Function {
        private final RangeFunction range = new RangeFunction();

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self,
                EvaluationContext context, int line) {
            long size = size(args.get("start"), args.get("end"), args.get("increment"));
            if (size > RANGE_ELEMENTS) {
                throw new PebbleException(null, String.format(RANGE_TOO_LONG, size), line,
                        self.getName());
            }
            Budget budget = budget(context);
            if (budget != null) {
                budget.rangeElements += size;
                if (budget.rangeElements > RANGE_ELEMENTS_PER_PAGE) {
                    throw new PebbleException(null, RANGES_TOO_LONG, line, self.getName());
                }
            }
            return range.execute(args, self, context, line);
        }

        /** How many numbers the range holds (characters are at most 65,536: not counted). */
        static long size(Object start, Object end, Object increment) {
            if (!(start instanceof Number) || !(end instanceof Number)) {
                return 0;
            }
            long step = increment instanceof Number n ? n.longValue() : 1;
            double from = ((Number) start).longValue();
            double to = ((Number) end).longValue();
            double count = step == 0 ? 0 : Math.floor((to - from) / step) + 1;
            return count <= 0 ? 0 : count >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) count;
        }

        @Override
        public List<String> getArgumentNames() {
            return range.getArgumentNames();
        }
    }
}
