package org.noticeboard.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexNumbersTest {

    @Test
    void generatedNumbersAreStableAndDistinct() {
        String a = IndexNumbers.generate("11010100", "street/policy/open-affairs-rules", 2026);
        assertTrue(a.matches("11010100/2026-[0-9A-F]{12}"), a);
        assertEquals(a, IndexNumbers.generate("11010100", "street/policy/open-affairs-rules", 2026));
        assertNotEquals(a, IndexNumbers.generate("11010100", "street/policy/other", 2026));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            assertTrue(seen.add(IndexNumbers.generate("P", "b/notice/item-" + i, 2026)));
        }
    }
}
