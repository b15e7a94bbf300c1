package org.noticeboard.rules;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Attachment;
import org.noticeboard.model.Board;
import org.noticeboard.model.Contact;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parallel.Slices;
import org.noticeboard.parse.ParsedFile;
import org.noticeboard.parse.YamlDocument;
import org.noticeboard.source.SourceFile;
import org.noticeboard.source.TextDecoder;
import org.noticeboard.validate.ValidatedFile;

/**
 * Keeps personal data (个人信息) off the public boards: every front-matter value and body line of
 * every item, drafts included, is searched; phones and mailboxes site.yaml declares public are
 * allowed. Messages never repeat a full number: they and the source line show it masked.
 */
final class PersonalDataGuard {

    static final Rule FOUND = Rule.error("personal-data",
            "{kind} in a public item; publish it masked as {masked}",
            "remove or mask it; an office phone or mailbox that may be published belongs in "
                    + "public_contacts in site.yaml; a reviewed exception needs "
                    + "'pii_waiver: {reason: …}' in the front matter");
    static final Rule WAIVED = Rule.warning("personal-data-waived",
            "{kind} {masked} published under pii_waiver: {reason}",
            "published because of a reviewed exception; check that the reason still holds");
    static final Rule IN_DRAFT = Rule.warning("personal-data-in-draft",
            "{kind} in a draft; publish it masked as {masked}",
            "remove or mask it before the draft is published");

    static final Rule IN_ATTACHMENT = Rule.error("personal-data-in-attachment",
            "{kind} in the attached file {file}; publish it masked as {masked}",
            "remove the column or mask the numbers before attaching the file (a 公示名单 "
                    + "needs names, not ID numbers); a reviewed exception needs "
                    + "'pii_waiver: {reason: …}' in the item's front matter");

    static final List<Rule> RULES = List.of(FOUND, WAIVED, IN_DRAFT, IN_ATTACHMENT);

    /** Attached files the guard reads as text; other formats are not read (yet). */
    private static final Set<String> TEXT_TYPES = Set.of("CSV", "TXT");

    void check(RuleContext context) {
        Set<String> allowed = publicContacts(context.site().config());
        // files are independent, and diagnostics are sorted when printed
        Slices.forEach(List.copyOf(context.files()), file -> context.perFile("personal-data", file,
                null, c -> new Scan(c, file, allowed).run()));
    }

    static Set<String> publicContacts(SiteConfig config) {
        Set<String> allowed = new HashSet<>();
        config.publicContacts().forEach(c -> allowed.add(PersonalData.normalise(c)));
        allowed.add(PersonalData.normalise(config.hotline()));
        for (Board board : config.boards()) {
            allowed.add(PersonalData.normalise(board.hotline()));
            for (Contact contact : board.contacts()) {
                allowed.add(PersonalData.normalise(contact.phone()));
            }
        }
        return allowed;
    }

    /** One file's search. */
    private static final class Scan {
        private final RuleContext context;
        private final ParsedFile parsed;
        private final Set<String> allowed;
        private final boolean draft;
        private final String reason;
        /** The file's lines, split once (lookups by line number are many per file). */
        private final List<String> lines;

        Scan(RuleContext context, ValidatedFile file, Set<String> allowed) {
            this.context = context;
            this.parsed = file.parsed();
            this.allowed = allowed;
            this.draft = file.fields().flag("draft");
            this.reason = file.fields().map("pii_waiver").text("reason");
            this.lines = parsed.source().lines();
        }

        private String line(int oneBased) {
            return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
        }

        void run() {
            YamlDocument doc = parsed.frontMatter();
            doc.root().forEach((key, value) -> {
                if (!key.equals("pii_waiver")) {
                    value(key, value, doc);
                }
            });
            List<String> body = parsed.body().lines().toList();
            for (int i = 0; i < body.size(); i++) {
                search(body.get(i), parsed.bodyLineOffset() + i + 1, "body", 0);
            }
            Set<Path> read = new HashSet<>();
            for (Attachment a : parsed.attachments()) {
                if (TEXT_TYPES.contains(a.type()) && read.add(a.file())) {
                    attachment(a);
                }
            }
        }

        /**
         * A CSV or TXT file, line by line: the commonest leak is a 公示名单 exported with full ID
         * numbers. Read as UTF-8, or else as GB18030 (what Chinese Excel saves a CSV in).
         */
        private void attachment(Attachment a) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(a.file());
            } catch (IOException e) {
                return; // the publish reports a file it cannot read
            }
            String text = new TextDecoder().decode(bytes).text()
                    .orElseGet(() -> TextDecoder.normalise(new String(bytes,
                            Charset.forName("GB18030"))));
            String display = displayPath(a.file());
            List<String> fileLines = text.lines().toList();
            for (int i = 0; i < fileLines.size(); i++) {
                String line = fileLines.get(i);
                for (PersonalData.Found found : PersonalData.find(line)) {
                    if (allowed.contains(found.normalised())) {
                        continue;
                    }
                    int index = line.indexOf(found.text());
                    Position at = new Position(display, i + 1, index >= 0 ? index + 1 : 1);
                    Rule rule = draft ? IN_DRAFT : reason.isEmpty() ? IN_ATTACHMENT : WAIVED;
                    context.reportWithLine(rule, at, "", PersonalData.maskAll(line),
                            "kind", found.kind().label(), "masked", found.masked(),
                            "reason", reason, "file", a.name());
                }
            }
        }

        /** An attached file's path as messages show it: content/street/notice/名单.csv. */
        private String displayPath(Path file) {
            SourceFile source = parsed.source();
            String shown = source.displayPath();
            String rootShown = shown.substring(0, shown.length() - source.relative().length());
            Path root = source.path();
            for (int i = source.relative().split("/").length; i > 0; i--) {
                root = root.getParent();
            }
            return rootShown + root.relativize(file).toString().replace('\\', '/');
        }

        private void value(String path, Object value, YamlDocument doc) {
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> value(path + "." + k, v, doc));
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    value(path + "." + i, list.get(i), doc);
                }
            } else if (value != null) {
                int line = doc.lineOf(path);
                for (String part : value.toString().split("\n")) {
                    line = lineContaining(part, line);
                    search(part, line, path, doc.columnOf(path));
                }
            }
        }

        /** A value may be quoted or folded over lines: find the line that holds the text. */
        private int lineContaining(String text, int from) {
            for (int l = from; l > 0 && l <= from + 50; l++) {
                if (line(l).contains(text.strip())) {
                    return l;
                }
            }
            return from;
        }

        private void search(String text, int line, String field, int fallbackColumn) {
            for (PersonalData.Found found : PersonalData.find(text)) {
                if (allowed.contains(found.normalised())) {
                    continue;
                }
                String source = line(line);
                int index = source.indexOf(found.text());
                Position at = new Position(parsed.source().displayPath(), line,
                        index >= 0 ? index + 1 : Math.max(fallbackColumn, 1));
                Rule rule = draft ? IN_DRAFT : reason.isEmpty() ? FOUND : WAIVED;
                context.reportWithLine(rule, at, field, PersonalData.maskAll(source),
                        "kind", found.kind().label(), "masked", found.masked(),
                        "reason", reason);
            }
        }
    }
}
