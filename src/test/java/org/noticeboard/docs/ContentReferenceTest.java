package org.noticeboard.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.noticeboard.config.ConfigSchema;
import org.noticeboard.model.ContentType;
import org.noticeboard.rules.RuleBook;
import org.noticeboard.schema.FieldSpec;
import org.noticeboard.schema.Schemas;
import org.noticeboard.testing.Projects;

/** docs/content-reference.md is exactly what the generator writes from the code. */
class ContentReferenceTest {

    @Test
    void committedReferenceIsUpToDate() throws Exception {
        Path doc = Projects.root().resolve(ReferenceWriter.PATH);
        String expected = new ReferenceWriter().write();
        if (Boolean.getBoolean("noticeboard.updateDocs")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, expected);
        }
        assertEquals(expected, Files.readString(doc), ReferenceWriter.PATH + " is stale: run "
                + "mvn -q -o test -Dtest=ContentReferenceTest -Dnoticeboard.updateDocs=true");
    }

    @Test
    void everyFieldOfEveryTypeAndEveryRuleIsDocumented() {
        String doc = new ReferenceWriter().write();
        for (ContentType type : ContentType.values()) {
            for (FieldSpec spec : Schemas.of(type)) {
                assertTrue(doc.contains("| `" + spec.name() + "` |"), type + " " + spec.name());
            }
        }
        for (FieldSpec spec : ConfigSchema.catalogue()) {
            assertTrue(doc.contains("| `catalogue[]." + spec.name() + "` |"), spec.name());
        }
        RuleBook.all().forEach(r -> assertTrue(doc.contains("| `" + r.id() + "` |"), r.id()));
    }
}
