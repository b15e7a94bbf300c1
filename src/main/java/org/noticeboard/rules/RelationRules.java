package org.noticeboard.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.Item;
import org.noticeboard.model.Validity;

/**
 * Amendments and replacements agree in both directions: a repealed document names its successor
 * (or says why there is none), and a document that is replaced or amended says so.
 */
final class RelationRules {

    static final Rule REPEALED_WITHOUT_SUCCESSOR = Rule.error("repealed-without-successor",
            "this document is repealed but no item replaces it",
            "add its id to the new document's 'replaces' list, or write 'no_successor: <why>' "
                    + "(无替代文件的说明) when nothing replaces it");
    static final Rule NO_SUCCESSOR_NOT_REPEALED = Rule.error("no-successor-not-repealed",
            "'no_successor' is only for repealed documents (validity is '{validity}')",
            "write 'validity: repealed', or remove 'no_successor'");
    static final Rule REFERS_TO_ITSELF = Rule.error("refers-to-itself",
            "the document {verb} itself", "name the other document's id");
    static final Rule REPLACED_BUT_IN_FORCE = Rule.warning("replaced-but-in-force",
            "'{by}' replaces this document, but its validity is '{validity}'",
            "write 'validity: repealed' (已废止)");
    static final Rule AMENDED_BUT_VALID = Rule.warning("amended-but-valid",
            "'{by}' amends this document, but its validity is 'valid'",
            "write 'validity: amended' (已修订)");
    static final Rule AMENDED_WITHOUT_AMENDMENT = Rule.warning("amended-without-amendment",
            "this document is marked amended but no item amends it",
            "add its id to the amending document's 'amends' list");

    static final List<Rule> RULES = List.of(REPEALED_WITHOUT_SUCCESSOR, NO_SUCCESSOR_NOT_REPEALED,
            REFERS_TO_ITSELF, REPLACED_BUT_IN_FORCE, AMENDED_BUT_VALID,
            AMENDED_WITHOUT_AMENDMENT);

    void check(RuleContext c) {
        Map<String, Item> replacedBy = new HashMap<>();
        Map<String, Item> amendedBy = new HashMap<>();
        for (Item item : c.site().items()) {
            item.replaces().forEach(id -> replacedBy.putIfAbsent(id, item));
            item.amends().forEach(id -> amendedBy.putIfAbsent(id, item));
            if (item.replaces().contains(item.id())) {
                c.report(REFERS_TO_ITSELF, c.at(item, "replaces"), "replaces", "verb", "word.replaces");
            }
            if (item.amends().contains(item.id())) {
                c.report(REFERS_TO_ITSELF, c.at(item, "amends"), "amends", "verb", "word.amends");
            }
        }
        for (Item item : c.site().items()) {
            boolean explained = c.file(item.id())
                    .map(f -> f.fields().has("no_successor")).orElse(false);
            Item successor = replacedBy.get(item.id());
            Item amendment = amendedBy.get(item.id());
            if (item.validity() == Validity.REPEALED && successor == null && !explained) {
                c.report(REPEALED_WITHOUT_SUCCESSOR, c.at(item, "validity"), "validity");
            }
            if (explained && item.validity() != Validity.REPEALED) {
                c.report(NO_SUCCESSOR_NOT_REPEALED, c.at(item, "no_successor"), "no_successor",
                        "validity", item.validity().id());
            }
            if (successor != null && item.validity() != Validity.REPEALED
                    && c.lifecycle().isPublished(successor) && successor != item) {
                c.report(REPLACED_BUT_IN_FORCE, c.at(item, "validity"), "validity",
                        "by", successor.id(), "validity", item.validity().id());
            }
            if (amendment != null && item.validity() == Validity.VALID
                    && c.lifecycle().isPublished(amendment) && amendment != item) {
                c.report(AMENDED_BUT_VALID, c.at(item, "validity"), "validity",
                        "by", amendment.id());
            }
            if (item.validity() == Validity.AMENDED && amendment == null) {
                c.report(AMENDED_WITHOUT_AMENDMENT, c.at(item, "validity"), "validity");
            }
        }
    }
}
