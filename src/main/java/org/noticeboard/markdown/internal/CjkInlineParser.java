/*
 * Copied from commonmark-java 0.32.0, org.commonmark.internal.InlineParserImpl, which keeps its
 * delimiter scan private. Changed: scanDelimiters asks CjkFlanking whether a run can open or
 * close; staggered delimiter processors (two for one character, which we do not configure) are
 * left out and refused. Keep the rest as upstream has it when updating commonmark.
 *
 * Copyright (c) 2015, Atlassian Pty Ltd
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * * Redistributions of source code must retain the above copyright notice, this
 *   list of conditions and the following disclaimer.
 *
 * * Redistributions in binary form must reproduce the above copyright notice,
 *   this list of conditions and the following disclaimer in the documentation
 *   and/or other materials provided with the distribution.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
package org.noticeboard.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.internal.Bracket;
import org.commonmark.internal.Delimiter;
import org.commonmark.internal.inline.AsteriskDelimiterProcessor;
import org.commonmark.internal.inline.AutolinkInlineParser;
import org.commonmark.internal.inline.BackslashInlineParser;
import org.commonmark.internal.inline.BackticksInlineParser;
import org.commonmark.internal.inline.CoreLinkProcessor;
import org.commonmark.internal.inline.EntityInlineParser;
import org.commonmark.internal.inline.HtmlInlineParser;
import org.commonmark.internal.inline.LinkResultImpl;
import org.commonmark.internal.inline.ParsedInlineImpl;
import org.commonmark.internal.inline.UnderscoreDelimiterProcessor;
import org.commonmark.internal.util.Escaping;
import org.commonmark.internal.util.LinkScanner;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.text.Characters;

/** commonmark-java's inline parser with CJK-friendly emphasis ({@link CjkFlanking}). */
public final class CjkInlineParser implements InlineParser, InlineParserState {

    /** For {@code Parser.builder().inlineParserFactory(…)}. */
    public static final InlineParserFactory FACTORY = CjkInlineParser::new;

    private final InlineParserContext context;
    private final List<InlineContentParserFactory> inlineContentParserFactories;
    private final Map<Character, DelimiterProcessor> delimiterProcessors;
    private final List<LinkProcessor> linkProcessors;
    private final BitSet specialCharacters;
    private final BitSet linkMarkers;
    private final int maxInlineNesting;
    private final boolean limitInlineNesting;
    private final Map<Node, Integer> nestingDepths = new IdentityHashMap<>();

    private Map<Character, List<InlineContentParser>> inlineParsers;
    private Scanner scanner;
    /** Where the block's inline content starts, to look two characters back from a run. */
    private Position contentStart;
    private boolean includeSourceSpans;
    private int trailingSpaces;
    private Delimiter lastDelimiter;
    private Bracket lastBracket;

    private CjkInlineParser(InlineParserContext context) {
        this.context = context;
        this.maxInlineNesting = context.getMaxInlineNesting();
        this.limitInlineNesting = maxInlineNesting != Integer.MAX_VALUE;
        this.inlineContentParserFactories = new ArrayList<>(
                context.getCustomInlineContentParserFactories());
        inlineContentParserFactories.addAll(List.of(new BackslashInlineParser.Factory(),
                new BackticksInlineParser.Factory(), new EntityInlineParser.Factory(),
                new AutolinkInlineParser.Factory(), new HtmlInlineParser.Factory()));
        this.delimiterProcessors = delimiterProcessors(context.getCustomDelimiterProcessors());
        this.linkProcessors = new ArrayList<>(context.getCustomLinkProcessors());
        linkProcessors.add(new CoreLinkProcessor());
        this.linkMarkers = linkMarkers(context.getCustomLinkMarkers());
        this.specialCharacters = specialCharacters(linkMarkers, delimiterProcessors.keySet(),
                inlineContentParserFactories);
    }

    private static Map<Character, DelimiterProcessor> delimiterProcessors(
            List<DelimiterProcessor> custom) {
        Map<Character, DelimiterProcessor> map = new HashMap<>();
        List<DelimiterProcessor> all = new ArrayList<>(List.of(
                new AsteriskDelimiterProcessor(), new UnderscoreDelimiterProcessor()));
        all.addAll(custom);
        for (DelimiterProcessor processor : all) {
            add(processor.getOpeningCharacter(), processor, map);
            if (processor.getClosingCharacter() != processor.getOpeningCharacter()) {
                add(processor.getClosingCharacter(), processor, map);
            }
        }
        return map;
    }

    private static void add(char c, DelimiterProcessor processor,
            Map<Character, DelimiterProcessor> map) {
        if (map.put(c, processor) != null) {
            throw new IllegalArgumentException("Delimiter processor conflict with delimiter char '"
                    + c + "'");
        }
    }

    private static BitSet linkMarkers(Set<Character> linkMarkers) {
        BitSet bitSet = new BitSet();
        for (Character c : linkMarkers) {
            bitSet.set(c);
        }
        bitSet.set('!');
        return bitSet;
    }

    private static BitSet specialCharacters(BitSet linkMarkers, Set<Character> delimiterCharacters,
            List<InlineContentParserFactory> inlineContentParserFactories) {
        BitSet bitSet = (BitSet) linkMarkers.clone();
        for (Character c : delimiterCharacters) {
            bitSet.set(c);
        }
        for (InlineContentParserFactory factory : inlineContentParserFactories) {
            for (Character c : factory.getTriggerCharacters()) {
                bitSet.set(c);
            }
        }
        bitSet.set('[');
        bitSet.set(']');
        bitSet.set('!');
        bitSet.set('\n');
        return bitSet;
    }

    private Map<Character, List<InlineContentParser>> createInlineContentParsers() {
        Map<Character, List<InlineContentParser>> map = new HashMap<>();
        for (InlineContentParserFactory factory : inlineContentParserFactories) {
            InlineContentParser parser = factory.create();
            for (Character c : factory.getTriggerCharacters()) {
                map.computeIfAbsent(c, k -> new ArrayList<>()).add(parser);
            }
        }
        return map;
    }

    @Override
    public Scanner scanner() {
        return scanner;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        reset(lines);
        while (true) {
            List<? extends Node> nodes = parseInline();
            if (nodes == null) {
                break;
            }
            for (Node node : nodes) {
                block.appendChild(node);
            }
        }
        processDelimiters(null);
        mergeChildTextNodes(block);
    }

    private void reset(SourceLines lines) {
        this.scanner = Scanner.of(lines);
        this.contentStart = scanner.position();
        this.includeSourceSpans = !lines.getSourceSpans().isEmpty();
        this.trailingSpaces = 0;
        this.lastDelimiter = null;
        this.lastBracket = null;
        this.nestingDepths.clear();
        this.inlineParsers = createInlineContentParsers();
    }

    private Text text(SourceLines sourceLines) {
        Text text = new Text(sourceLines.getContent());
        text.setSourceSpans(sourceLines.getSourceSpans());
        return text;
    }

    private List<? extends Node> parseInline() {
        char c = scanner.peek();
        switch (c) {
            case Scanner.END:
                return null;
            case '\n':
                return List.of(parseLineBreak());
            case '[':
                return List.of(parseOpenBracket());
            case ']':
                return List.of(parseCloseBracket());
            default:
                break;
        }
        if (linkMarkers.get(c)) {
            Position markerPosition = scanner.position();
            List<? extends Node> nodes = parseLinkMarker();
            if (nodes != null) {
                return nodes;
            }
            scanner.setPosition(markerPosition);
        }
        if (!specialCharacters.get(c)) {
            return List.of(parseText());
        }
        List<InlineContentParser> parsers = inlineParsers.get(c);
        if (parsers != null) {
            Position position = scanner.position();
            for (InlineContentParser inlineParser : parsers) {
                ParsedInline parsedInline = inlineParser.tryParse(this);
                if (parsedInline instanceof ParsedInlineImpl parsed) {
                    Node node = parsed.getNode();
                    scanner.setPosition(parsed.getPosition());
                    if (includeSourceSpans && node.getSourceSpans().isEmpty()) {
                        node.setSourceSpans(scanner.getSource(position, scanner.position())
                                .getSourceSpans());
                    }
                    return List.of(node);
                }
                scanner.setPosition(position);
            }
        }
        DelimiterProcessor delimiterProcessor = delimiterProcessors.get(c);
        if (delimiterProcessor != null) {
            List<? extends Node> nodes = parseDelimiters(delimiterProcessor, c);
            if (nodes != null) {
                return nodes;
            }
        }
        return List.of(parseText());
    }

    private List<? extends Node> parseDelimiters(DelimiterProcessor delimiterProcessor,
            char delimiterChar) {
        DelimiterData res = scanDelimiters(delimiterProcessor, delimiterChar);
        if (res == null) {
            return null;
        }
        List<Text> characters = res.characters();
        lastDelimiter = new Delimiter(characters, delimiterChar, res.canOpen(), res.canClose(),
                lastDelimiter);
        if (lastDelimiter.previous != null) {
            lastDelimiter.previous.next = lastDelimiter;
        }
        return characters;
    }

    private Node parseOpenBracket() {
        Position start = scanner.position();
        scanner.next();
        Position contentPosition = scanner.position();
        Text node = text(scanner.getSource(start, contentPosition));
        addBracket(Bracket.link(node, start, contentPosition, lastBracket, lastDelimiter));
        return node;
    }

    private List<? extends Node> parseLinkMarker() {
        Position markerPosition = scanner.position();
        scanner.next();
        Position bracketPosition = scanner.position();
        if (!scanner.next('[')) {
            return null;
        }
        Position contentPosition = scanner.position();
        Text bangNode = text(scanner.getSource(markerPosition, bracketPosition));
        Text bracketNode = text(scanner.getSource(bracketPosition, contentPosition));
        addBracket(Bracket.withMarker(bangNode, markerPosition, bracketNode, bracketPosition,
                contentPosition, lastBracket, lastDelimiter));
        return List.of(bangNode, bracketNode);
    }

    private Node parseCloseBracket() {
        Position beforeClose = scanner.position();
        scanner.next();
        Position afterClose = scanner.position();
        Bracket opener = lastBracket;
        if (opener == null) {
            return text(scanner.getSource(beforeClose, afterClose));
        }
        if (!opener.allowed) {
            removeLastBracket();
            return text(scanner.getSource(beforeClose, afterClose));
        }
        Node linkOrImage = parseLinkOrImage(opener, beforeClose);
        if (linkOrImage != null) {
            return linkOrImage;
        }
        scanner.setPosition(afterClose);
        removeLastBracket();
        return text(scanner.getSource(beforeClose, afterClose));
    }

    private Node parseLinkOrImage(Bracket opener, Position beforeClose) {
        LinkInfo linkInfo = parseLinkInfo(opener, beforeClose);
        if (linkInfo == null) {
            return null;
        }
        Position processorStartPosition = scanner.position();
        for (LinkProcessor linkProcessor : linkProcessors) {
            LinkResult linkResult = linkProcessor.process(linkInfo, scanner, context);
            if (!(linkResult instanceof LinkResultImpl result)) {
                scanner.setPosition(processorStartPosition);
                continue;
            }
            scanner.setPosition(result.getPosition());
            switch (result.getType()) {
                case WRAP:
                    return wrapBracket(opener, result.getNode(), result.isIncludeMarker());
                case REPLACE:
                    return replaceBracket(opener, result.getNode(), result.isIncludeMarker());
                default:
                    break;
            }
        }
        return null;
    }

    private LinkInfo parseLinkInfo(Bracket opener, Position beforeClose) {
        Position afterClose = scanner.position();
        DestinationTitle destinationTitle = parseInlineDestinationTitle(scanner);
        if (destinationTitle != null) {
            return new CjkLinkInfo(opener.markerNode, opener.bracketNode, opener.contentPosition,
                    beforeClose, null, destinationTitle.destination(), destinationTitle.title(),
                    afterClose);
        }
        scanner.setPosition(afterClose);
        String label = parseLinkLabel(scanner);
        if (label == null) {
            scanner.setPosition(afterClose);
        }
        boolean textIsReference = label == null || label.isEmpty();
        if (opener.bracketAfter && textIsReference && opener.markerNode == null) {
            return null;
        }
        return new CjkLinkInfo(opener.markerNode, opener.bracketNode, opener.contentPosition,
                beforeClose, label, null, null, afterClose);
    }

    private Node wrapBracket(Bracket opener, Node wrapperNode, boolean includeMarker) {
        if (limitInlineNesting && opener.contentNestingDepth >= maxInlineNesting) {
            return null;
        }
        Node n = opener.bracketNode.getNext();
        while (n != null) {
            Node next = n.getNext();
            wrapperNode.appendChild(n);
            n = next;
        }
        if (includeSourceSpans) {
            Position startPosition = includeMarker && opener.markerPosition != null
                    ? opener.markerPosition : opener.bracketPosition;
            wrapperNode.setSourceSpans(scanner.getSource(startPosition, scanner.position())
                    .getSourceSpans());
        }
        processDelimiters(opener.previousDelimiter);
        mergeChildTextNodes(wrapperNode);
        if (includeMarker && opener.markerNode != null) {
            opener.markerNode.unlink();
        }
        opener.bracketNode.unlink();
        removeLastBracket();
        recordNestingDepth(wrapperNode, opener.contentNestingDepth + 1);
        if (opener.markerNode == null) {
            disallowPreviousLinks();
        }
        return wrapperNode;
    }

    private Node replaceBracket(Bracket opener, Node node, boolean includeMarker) {
        while (lastDelimiter != null && lastDelimiter != opener.previousDelimiter) {
            removeDelimiter(lastDelimiter);
        }
        if (includeSourceSpans) {
            Position startPosition = includeMarker && opener.markerPosition != null
                    ? opener.markerPosition : opener.bracketPosition;
            node.setSourceSpans(scanner.getSource(startPosition, scanner.position())
                    .getSourceSpans());
        }
        removeLastBracket();
        Node n = includeMarker && opener.markerNode != null
                ? opener.markerNode : opener.bracketNode;
        while (n != null) {
            Node next = n.getNext();
            n.unlink();
            n = next;
        }
        recordNestingDepth(node, nestingDepthOfSiblings(node.getFirstChild(), null) + 1);
        if (opener.markerNode == null || !includeMarker) {
            disallowPreviousLinks();
        }
        return node;
    }

    private void addBracket(Bracket bracket) {
        if (lastBracket != null) {
            lastBracket.bracketAfter = true;
        }
        lastBracket = bracket;
    }

    private void removeLastBracket() {
        Bracket bracket = lastBracket;
        lastBracket = bracket.previous;
        if (lastBracket != null && bracket.contentNestingDepth > lastBracket.contentNestingDepth) {
            lastBracket.contentNestingDepth = bracket.contentNestingDepth;
        }
    }

    private void disallowPreviousLinks() {
        for (Bracket bracket = lastBracket; bracket != null; bracket = bracket.previous) {
            if (bracket.markerNode == null) {
                bracket.allowed = false;
            }
        }
    }

    private static DestinationTitle parseInlineDestinationTitle(Scanner scanner) {
        if (!scanner.next('(')) {
            return null;
        }
        scanner.whitespace();
        String dest = parseLinkDestination(scanner);
        if (dest == null) {
            return null;
        }
        String title = null;
        int whitespace = scanner.whitespace();
        if (whitespace >= 1) {
            title = parseLinkTitle(scanner);
            scanner.whitespace();
        }
        return scanner.next(')') ? new DestinationTitle(dest, title) : null;
    }

    private static String parseLinkDestination(Scanner scanner) {
        char delimiter = scanner.peek();
        Position start = scanner.position();
        if (!LinkScanner.scanLinkDestination(scanner)) {
            return null;
        }
        String dest = scanner.getSource(start, scanner.position()).getContent();
        if (delimiter == '<') {
            dest = dest.substring(1, dest.length() - 1);
        }
        return Escaping.unescapeString(dest);
    }

    private static String parseLinkTitle(Scanner scanner) {
        Position start = scanner.position();
        if (!LinkScanner.scanLinkTitle(scanner)) {
            return null;
        }
        String rawTitle = scanner.getSource(start, scanner.position()).getContent();
        return Escaping.unescapeString(rawTitle.substring(1, rawTitle.length() - 1));
    }

    private static String parseLinkLabel(Scanner scanner) {
        if (!scanner.next('[')) {
            return null;
        }
        Position start = scanner.position();
        if (!LinkScanner.scanLinkLabelContent(scanner)) {
            return null;
        }
        Position end = scanner.position();
        if (!scanner.next(']')) {
            return null;
        }
        String content = scanner.getSource(start, end).getContent();
        return content.length() > 999 ? null : content;
    }

    private Node parseLineBreak() {
        scanner.next();
        boolean hard = trailingSpaces >= 2;
        trailingSpaces = 0;
        return hard ? new HardLineBreak() : new SoftLineBreak();
    }

    private Node parseText() {
        Position start = scanner.position();
        scanner.next();
        char c;
        while (true) {
            c = scanner.peek();
            if (c == Scanner.END || specialCharacters.get(c)) {
                break;
            }
            scanner.next();
        }
        SourceLines source = scanner.getSource(start, scanner.position());
        String content = source.getContent();
        if (c == '\n') {
            int end = Characters.skipBackwards(' ', content, content.length() - 1, 0) + 1;
            trailingSpaces = content.length() - end;
            content = content.substring(0, end);
        } else if (c == Scanner.END) {
            int end = Characters.skipSpaceTabBackwards(content, content.length() - 1, 0) + 1;
            content = content.substring(0, end);
        }
        Text text = new Text(content);
        text.setSourceSpans(source.getSourceSpans());
        return text;
    }

    /** The one change from upstream: the flanking rules are {@link CjkFlanking}'s. */
    private DelimiterData scanDelimiters(DelimiterProcessor delimiterProcessor,
            char delimiterChar) {
        int before = scanner.peekPreviousCodePoint();
        Position start = scanner.position();
        int delimiterCount = scanner.matchMultiple(delimiterChar);
        if (delimiterCount < delimiterProcessor.getMinLength()) {
            scanner.setPosition(start);
            return null;
        }
        List<Text> delimiters = new ArrayList<>();
        scanner.setPosition(start);
        Position positionBefore = start;
        while (scanner.next(delimiterChar)) {
            delimiters.add(text(scanner.getSource(positionBefore, scanner.position())));
            positionBefore = scanner.position();
        }
        int after = scanner.peekCodePoint();
        CjkFlanking.Flags flags = CjkFlanking.of(delimiterChar, before,
                () -> twoBefore(start), after);
        boolean canOpen = flags.canOpen()
                && delimiterChar == delimiterProcessor.getOpeningCharacter();
        boolean canClose = flags.canClose()
                && delimiterChar == delimiterProcessor.getClosingCharacter();
        return new DelimiterData(delimiters, canOpen, canClose);
    }

    /** The code point two before {@code position}, or {@link Scanner#END}. */
    private int twoBefore(Position position) {
        String content = scanner.getSource(contentStart, position).getContent();
        int end = content.length();
        if (end == 0) {
            return Scanner.END;
        }
        int one = content.offsetByCodePoints(end, -1);
        return one == 0 ? Scanner.END : content.codePointBefore(one);
    }

    private void processDelimiters(Delimiter stackBottom) {
        Map<DelimiterSearchKey, Delimiter> openerBottoms = new HashMap<>();
        Delimiter closer = lastDelimiter;
        while (closer != null && closer.previous != stackBottom) {
            closer = closer.previous;
        }
        while (closer != null) {
            DelimiterProcessor delimiterProcessor = delimiterProcessors.get(closer.delimiterChar);
            if (!closer.canClose() || delimiterProcessor == null) {
                closer = closer.next;
                continue;
            }
            DelimiterSearchKey searchKey = new DelimiterSearchKey(closer.delimiterChar,
                    closer.originalLength() % 3 + (closer.canOpen() ? 3 : 0));
            Delimiter openerBottom = openerBottoms.get(searchKey);
            char openingDelimiterChar = delimiterProcessor.getOpeningCharacter();
            int usedDelims = 0;
            boolean openerFound = false;
            int matchDepth = 0;
            Node createdNode = null;
            Delimiter opener = closer.previous;
            Text scanBoundary = closer.getCloser();
            int contentDepth = 0;
            while (opener != null && opener != stackBottom && opener != openerBottom) {
                if (limitInlineNesting) {
                    contentDepth = Math.max(contentDepth,
                            nestingDepthOfSiblings(opener.getOpener().getNext(), scanBoundary));
                    scanBoundary = opener.getOpener();
                    if (contentDepth >= maxInlineNesting) {
                        break;
                    }
                }
                if (opener.canOpen() && opener.delimiterChar == openingDelimiterChar) {
                    usedDelims = delimiterProcessor.process(opener, closer);
                    if (usedDelims > 0) {
                        openerFound = true;
                        matchDepth = contentDepth + 1;
                        createdNode = opener.getOpener().getNext();
                        break;
                    }
                }
                opener = opener.previous;
            }
            if (!openerFound) {
                openerBottoms.put(searchKey, closer.previous);
                if (!closer.canOpen()) {
                    removeDelimiter(closer);
                }
                closer = closer.next;
                continue;
            }
            for (int i = 0; i < usedDelims; i++) {
                opener.characters.remove(opener.characters.size() - 1).unlink();
            }
            for (int i = 0; i < usedDelims; i++) {
                closer.characters.remove(0).unlink();
            }
            removeDelimitersBetween(opener, closer);
            if (createdNode != null) {
                recordNestingDepth(createdNode, matchDepth);
            }
            if (opener.length() == 0) {
                removeDelimiter(opener);
            }
            if (closer.length() == 0) {
                Delimiter next = closer.next;
                removeDelimiter(closer);
                closer = next;
            }
        }
        while (lastDelimiter != null && lastDelimiter != stackBottom) {
            removeDelimiter(lastDelimiter);
        }
    }

    private void recordNestingDepth(Node node, int depth) {
        if (limitInlineNesting) {
            nestingDepths.put(node, depth);
            if (lastBracket != null && depth > lastBracket.contentNestingDepth) {
                lastBracket.contentNestingDepth = depth;
            }
        }
    }

    private int nestingDepthOfSiblings(Node first, Node end) {
        int depth = 0;
        for (Node node = first; node != null && node != end; node = node.getNext()) {
            Integer nodeDepth = nestingDepths.get(node);
            if (nodeDepth != null && nodeDepth > depth) {
                depth = nodeDepth;
            }
        }
        return depth;
    }

    private void removeDelimitersBetween(Delimiter opener, Delimiter closer) {
        Delimiter delimiter = closer.previous;
        while (delimiter != null && delimiter != opener) {
            Delimiter previousDelimiter = delimiter.previous;
            removeDelimiter(delimiter);
            delimiter = previousDelimiter;
        }
    }

    private void removeDelimiter(Delimiter delim) {
        if (delim.previous != null) {
            delim.previous.next = delim.next;
        }
        if (delim.next == null) {
            lastDelimiter = delim.previous;
        } else {
            delim.next.previous = delim.previous;
        }
    }

    private void mergeChildTextNodes(Node node) {
        if (node.getFirstChild() == null) {
            return;
        }
        Deque<Node> parents = new ArrayDeque<>();
        parents.addLast(node);
        while (!parents.isEmpty()) {
            mergeTextNodesInclusive(parents.removeLast(), parents);
        }
    }

    private void mergeTextNodesInclusive(Node parent, Deque<Node> parents) {
        Text first = null;
        Text last = null;
        int length = 0;
        Node node = parent.getFirstChild();
        Node toNode = parent.getLastChild();
        while (node != null) {
            if (node instanceof Text text) {
                if (first == null) {
                    first = text;
                }
                length += text.getLiteral().length();
                last = text;
            } else {
                mergeIfNeeded(first, last, length);
                first = null;
                last = null;
                length = 0;
                if (node.getFirstChild() != null) {
                    parents.addLast(node);
                }
            }
            if (node == toNode) {
                break;
            }
            node = node.getNext();
        }
        mergeIfNeeded(first, last, length);
    }

    private void mergeIfNeeded(Text first, Text last, int textLength) {
        if (first == null || last == null || first == last) {
            return;
        }
        StringBuilder sb = new StringBuilder(textLength);
        sb.append(first.getLiteral());
        SourceSpans sourceSpans = null;
        if (includeSourceSpans) {
            sourceSpans = new SourceSpans();
            sourceSpans.addAll(first.getSourceSpans());
        }
        Node node = first.getNext();
        Node stop = last.getNext();
        while (node != stop) {
            sb.append(((Text) node).getLiteral());
            if (sourceSpans != null) {
                sourceSpans.addAll(node.getSourceSpans());
            }
            Node unlink = node;
            node = node.getNext();
            unlink.unlink();
        }
        first.setLiteral(sb.toString());
        if (sourceSpans != null) {
            first.setSourceSpans(sourceSpans.getSourceSpans());
        }
    }

    private record DelimiterData(List<Text> characters, boolean canOpen, boolean canClose) {}

    private record DelimiterSearchKey(char delimiterChar, int caseNumber) {}

    private record DestinationTitle(String destination, String title) {}

    private static final class CjkLinkInfo implements LinkInfo {
        private final Text marker;
        private final Text openingBracket;
        private final Position textStart;
        private final Position textEnd;
        private final String label;
        private final String destination;
        private final String title;
        private final Position afterTextBracket;
        private String text;

        CjkLinkInfo(Text marker, Text openingBracket, Position textStart, Position textEnd,
                String label, String destination, String title, Position afterTextBracket) {
            this.marker = marker;
            this.openingBracket = openingBracket;
            this.textStart = textStart;
            this.textEnd = textEnd;
            this.label = label;
            this.destination = destination;
            this.title = title;
            this.afterTextBracket = afterTextBracket;
        }

        @Override
        public Text marker() {
            return marker;
        }

        @Override
        public Text openingBracket() {
            return openingBracket;
        }

        @Override
        public String text(Scanner scanner) {
            if (text == null) {
                text = scanner.getSource(textStart, textEnd).getContent();
            }
            return text;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String destination() {
            return destination;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public Position afterTextBracket() {
            return afterTextBracket;
        }
    }
}
