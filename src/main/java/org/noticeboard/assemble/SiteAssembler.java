package org.noticeboard.assemble;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.markdown.BodyInspector;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.Validity;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.parallel.Slices;
import org.noticeboard.schema.Fields;
import org.noticeboard.validate.ValidatedFile;

/**
 * The assemble stage: turns validated files into the immutable site model and checks what only
 * the whole site can tell: that every reference points to an item, and index numbers are unique.
 * Drafts are validated but left out of the model.
 */
public final class SiteAssembler {

    private final AssemblyMemory memory;

    /** Assembles everything each time. */
    public SiteAssembler() {
        this(null);
    }

    /** Remembers each file's item in {@code memory}, for a preview session's next build. */
    public SiteAssembler(AssemblyMemory memory) {
        this.memory = memory;
    }

    public Site assemble(SiteConfig config, WorkingCalendar calendar, List<ValidatedFile> files,
            LocalDate today, ZonedDateTime generatedAt, Diagnostics diagnostics) {
        DetailsReader details = new DetailsReader(calendar);
        if (memory != null) {
            memory.beginItems(config, calendar);
        }
        List<Item> items = Slices.map(files, f -> memory == null
                        ? item(config, f, details, diagnostics)
                        : replay(memory.item(f, () -> {
                            Diagnostics found = diagnostics.sibling();
                            return new AssemblyMemory.Made(item(config, f, details, found),
                                    found.sorted());
                        }), diagnostics))
                .stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(Item::id))
                .toList();
        Map<String, ValidatedFile> byId = files.stream()
                .collect(Collectors.toMap(ValidatedFile::id, f -> f, (a, b) -> a));
        Set<String> published = items.stream().filter(i -> !i.draft()).map(Item::id)
                .collect(Collectors.toSet());
        if (memory == null) {
            Slices.forEach(files, f -> checkReferences(f, byId, published, diagnostics));
        } else {
            memory.beginReferences(byId.keySet(), published);
            Slices.forEach(files, f -> memory.references(f, () -> {
                Diagnostics found = diagnostics.sibling();
                checkReferences(f, byId, published, found);
                return found.sorted();
            }).forEach(diagnostics::add));
        }
        checkIndexNumbers(items, byId, diagnostics);
        return Site.of(config, items.stream().filter(i -> !i.draft()).toList(), calendar, today,
                generatedAt);
    }

    private static Optional<Item> replay(AssemblyMemory.Made made, Diagnostics diagnostics) {
        made.diagnostics().forEach(diagnostics::add);
        return made.item();
    }

    private Optional<Item> item(SiteConfig config, ValidatedFile file, DetailsReader reader,
            Diagnostics diagnostics) {
        Fields f = file.fields();
        return reader.read(file, diagnostics).map(details -> {
            int year = f.date("published").or(() -> f.date("written"))
                    .map(LocalDate::getYear).orElse(2000);
            String indexNo = f.has("index_no") ? f.text("index_no")
                    : IndexNumbers.generate(config.indexPrefix(), file.id(), year);
            return new Item(file.id(), file.board().slug(), file.type(), file.parsed().slug(),
                    file.parsed().source().displayPath(), f.text("title"), f.text("summary"),
                    f.date("published"), f.date("written"), f.date("updated"), f.date("expires"),
                    f.has("issuer") ? f.text("issuer") : file.board().name(),
                    f.text("doc_no"), indexNo, f.text("topic"), validity(f),
                    f.texts("amends"), f.texts("replaces"), f.flag("draft"), f.texts("keywords"),
                    f.has("paper") ? f.text("paper") : "A4", f.text("change_note"), details,
                    file.parsed().body(), file.parsed().bodyLineOffset() + 1, f.text("lang"),
                    file.parsed().bodyHtml());
        });
    }

    private static Validity validity(Fields f) {
        return switch (f.text("validity")) {
            case "amended" -> Validity.AMENDED;
            case "repealed" -> Validity.REPEALED;
            default -> Validity.VALID;
        };
    }

    private void checkReferences(ValidatedFile file, Map<String, ValidatedFile> all,
            Set<String> published, Diagnostics diagnostics) {
        Fields f = file.fields();
        List<String[]> refs = new ArrayList<>();
        for (String field : List.of("amends", "replaces")) {
            List<String> ids = f.texts(field);
            for (int i = 0; i < ids.size(); i++) {
                refs.add(new String[] {field + "." + i, ids.get(i), field});
            }
        }
        for (String field : List.of("result")) {
            if (f.has(field)) {
                refs.add(new String[] {field, f.text(field), field});
            }
        }
        var doc = file.parsed().frontMatter();
        for (String[] ref : refs) {
            Position at = new Position(file.parsed().source().displayPath(), doc.lineOf(ref[0]),
                    doc.columnOf(ref[0]));
            reportMissing(ref[1], at, ref[2], all, published, diagnostics);
        }
        for (var found : file.parsed().bodyFindings()) {
            if (found.kind().equals("link") && BodyInspector.isItemLink(found.value())) {
                Position at = new Position(file.parsed().source().displayPath(),
                        file.parsed().bodyLineOffset() + found.line(), found.column());
                reportMissing(BodyInspector.itemId(found.value()), at, "body", all, published,
                        diagnostics);
            }
        }
    }

    private static void reportMissing(String id, Position at, String field,
            Map<String, ValidatedFile> all, Set<String> published, Diagnostics diagnostics) {
        if (!all.containsKey(id)) {
            String hint = org.noticeboard.schema.Suggestions.closest(id, all.keySet())
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse("write the id as board/type/file-name, e.g. street/policy/"
                            + "open-affairs-rules");
            diagnostics.error(at, field, "'" + id + "' does not name any item", hint);
        } else if (!published.contains(id) && all.get(id).fields().flag("draft")) {
            // an item that failed to assemble has its own error; only a draft is named here
            diagnostics.error(at, field, "'" + id + "' is a draft and will not be published",
                    "publish that item first, or remove the reference");
        }
    }

    private static void checkIndexNumbers(List<Item> items, Map<String, ValidatedFile> files,
            Diagnostics diagnostics) {
        Map<String, List<Item>> byNumber = new HashMap<>();
        items.forEach(i -> byNumber.computeIfAbsent(i.indexNo(), k -> new ArrayList<>()).add(i));
        byNumber.values().stream().filter(list -> list.size() > 1).forEach(list -> {
            for (Item item : list.subList(1, list.size())) {
                var doc = files.get(item.id()).parsed().frontMatter();
                diagnostics.error(new Position(item.source(), doc.lineOf("index_no"),
                                doc.columnOf("index_no")), "index_no",
                        "index number '" + item.indexNo() + "' is also used by "
                                + list.get(0).source(),
                        "give each item its own index_no, or delete the line to generate one");
            }
        });
    }
}
