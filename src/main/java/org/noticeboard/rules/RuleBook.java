package org.noticeboard.rules;

import java.util.ArrayList;
import java.util.List;

/** Every rule {@code noticeboard check} applies, in the order the reference lists them. */
public final class RuleBook {

    private RuleBook() {}

    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(StructureRules.RULES);
        all.addAll(ServiceGuideRules.RULES);
        all.addAll(PostingRules.RULES);
        all.addAll(RelationRules.RULES);
        all.addAll(ReceptionRules.RULES);
        all.addAll(SupervisionRules.RULES);
        all.addAll(TimelinessRules.RULES);
        all.addAll(NamingRules.RULES);
        all.addAll(LinkRules.RULES);
        all.addAll(PersonalDataGuard.RULES);
        all.addAll(CatalogueRules.RULES);
        all.addAll(SampleRules.RULES);
        return List.copyOf(all);
    }
}
