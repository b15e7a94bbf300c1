package org.noticeboard.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A list's items worked on by every core, in small slices taken in turn until none is left. A
 * parallel stream cuts a list up front into four parts per pool thread, and on two cores the
 * pool has one: four parts for two threads, and the thread that finished first idled while the
 * other worked through its last part (for about a tenth of a 10,000-item build, one core was
 * idle). The calling thread works too, so a call from inside a busy pool still finishes.
 */
public final class Slices {

    /** Slices per thread: small enough to end together, large enough to cost nothing. */
    private static final int SLICES_PER_THREAD = 32;

    private Slices() {}

    /** {@code fn} of every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
        List<T> list = indexable(items);
        Object[] out = new Object[list.size()];
        run(list.size(), i -> out[i] = fn.apply(list.get(i)));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return Collections.unmodifiableList(results);
    }

    /** {@code action} for every item, in no set order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        List<T> list = indexable(items);
        run(list.size(), i -> action.accept(list.get(i)));
    }

    /** Items are taken by index: a linked list is copied first. */
    private static <T> List<T> indexable(List<T> items) {
        return items instanceof RandomAccess ? items : new ArrayList<>(items);
    }

    private static void run(int size, IntConsumer task) {
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), size - 1);
        if (helpers <= 0) {
            for (int i = 0; i < size; i++) {
                task.accept(i);
            }
            return;
        }
        int slice = Math.max(1, size / (SLICES_PER_THREAD * (helpers + 1)));
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            try {
                for (int from = next.getAndAdd(slice); from < size;
                        from = next.getAndAdd(slice)) {
                    for (int i = from, to = Math.min(size, from + slice); i < to; i++) {
                        task.accept(i);
                    }
                }
            } catch (RuntimeException | Error e) {
                next.set(size); // no thread takes a new slice
                throw e;
            }
        };
        List<ForkJoinTask<?>> started = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            started.add(ForkJoinPool.commonPool().submit(work));
        }
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            started.forEach(Slices::awaitQuietly);
            throw e;
        }
        // a helper that never started is run here, and finds nothing left
        started.forEach(ForkJoinTask::join);
    }

    private static void awaitQuietly(ForkJoinTask<?> task) {
        try {
            task.join();
        } catch (RuntimeException | Error ignored) {
            // the caller's own failure is the one reported
        }
    }
}
