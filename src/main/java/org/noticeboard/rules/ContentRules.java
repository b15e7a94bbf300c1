package org.noticeboard.rules;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.Site;
import org.noticeboard.parallel.Slices;
import org.noticeboard.validate.ValidatedFile;

/**
 * The rules stage, after assemble: the disclosure rules only the whole site can check (service
 * guides, posting periods, relations, receptions, supervision, personal data, the catalogue),
 * each family reporting into the build's diagnostics.
 */
public final class ContentRules {

    private final Optional<RuleMemory> memory;

    /** Checks everything each time. */
    public ContentRules() {
        this.memory = Optional.empty();
    }

    /** Remembers per-file findings in {@code memory}, for a preview session's next check. */
    public ContentRules(RuleMemory memory) {
        this.memory = Optional.of(memory);
    }

    /**
     * @param files every valid file, drafts included (the personal-data guard reads drafts)
     * @param contentRoot the content folder as messages show it, e.g. {@code content}
     */
    public void check(Site site, List<ValidatedFile> files, String contentRoot,
            Diagnostics diagnostics) {
        check(site, files, Set.of(), contentRoot, diagnostics);
    }

    /**
     * @param inError the ids of item files that are there but did not pass; the catalogue does
     *     not ask for them to be written
     */
    public void check(Site site, List<ValidatedFile> files, Set<String> inError,
            String contentRoot, Diagnostics diagnostics) {
        memory.ifPresent(m -> m.begin(site));
        RuleContext context = new RuleContext(site, files.stream()
                .collect(Collectors.toMap(ValidatedFile::id, Function.identity(), (a, b) -> a)),
                diagnostics, contentRoot, memory, inError);
        // the families only read the site and report, so they run side by side (the report is
        // sorted when printed); the longest first
        List<Consumer<RuleContext>> families = List.of(
                new PersonalDataGuard()::check,
                new ServiceGuideRules()::check,
                new PostingRules()::check,
                new RelationRules()::check,
                new ReceptionRules()::check,
                new SupervisionRules()::check,
                new TimelinessRules()::check,
                new NamingRules()::check,
                new LinkRules()::check,
                new CatalogueRules()::check,
                new SampleRules()::check);
        Slices.forEach(families, family -> family.accept(context));
    }
}
