package org.noticeboard.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlicesTest {

    @Test
    void mapKeepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 10_007).boxed().toList();
        List<String> out = Slices.map(items, i -> "#" + i);
        assertEquals(items.size(), out.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals("#" + i, out.get(i));
        }
    }

    @Test
    void everyItemIsTakenExactlyOnceAndByMoreThanOneThreadWhenThereArePoolThreads() {
        int n = 5_000;
        AtomicIntegerArray seen = new AtomicIntegerArray(n);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Slices.forEach(IntStream.range(0, n).boxed().toList(), i -> {
            seen.incrementAndGet(i);
            threads.add(Thread.currentThread().getName());
            busy(50_000);
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen.get(i), "item " + i);
        }
        if (ForkJoinPool.getCommonPoolParallelism() > 0) {
            assertTrue(threads.size() >= 2, "threads: " + threads);
        }
    }

    @Test
    void emptyAndSingleItemLists() {
        assertEquals(List.of(), Slices.map(List.<Integer>of(), i -> i));
        assertEquals(List.of(2), Slices.map(List.of(1), i -> i + 1));
    }

    @Test
    void nullResultsAreKept() {
        assertEquals(java.util.Arrays.asList(null, "b"),
                Slices.map(List.of("a", "b"), s -> s.equals("a") ? null : s));
    }

    @Test
    void aFailureReachesTheCallerAndLaterSlicesAreNotStarted() {
        AtomicInteger ran = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Slices.forEach(items, i -> {
                    ran.incrementAndGet();
                    if (i == 10) {
                        throw new IllegalStateException("item 10");
                    }
                }));
        assertTrue(e.getMessage().contains("item 10"), e.getMessage());
        assertTrue(ran.get() < items.size(), "stopped early: " + ran.get());
    }

    @Test
    void callsNestedInsideSlicesFinish() {
        // the render stage slices its page groups, and each group slices its items
        List<Integer> outer = IntStream.range(0, 12).boxed().toList();
        List<Integer> sums = Slices.map(outer, g -> Slices.map(
                IntStream.range(0, 1_000).boxed().toList(), i -> i + g)
                .stream().mapToInt(Integer::intValue).sum());
        for (int g = 0; g < outer.size(); g++) {
            assertEquals(499_500 + 1_000 * g, sums.get(g));
        }
    }

    private static void busy(int rounds) {
        double x = 0;
        for (int i = 0; i < rounds; i++) {
            x += Math.sqrt(i);
        }
        if (x < 0) {
            throw new AssertionError();
        }
    }
}
