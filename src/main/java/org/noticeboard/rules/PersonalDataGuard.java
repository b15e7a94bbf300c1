package org.noticeboard.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Board;
import org.noticeboard.model.Contact;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parallel.Slices;
import org.noticeboard.parse.ParsedFile;
import org.noticeboard.parse.YamlDocument;
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

    static final List<Rule> RULES = List.of(FOUND, WAIVED, IN_DRAFT);

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
