package org.noticeboard.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long each stage of one build took, in the order they ran: {@code build --timings} prints
 * it, so a slow build can be explained without a profiler.
 */
public final class StageTimes {

    /** One stage's wall time. */
    public record Stage(String name, long millis) {}

    private final List<Stage> stages = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the stage running since the previous lap (or since this clock was made). */
    synchronized void lap(String name) {
        long now = System.nanoTime();
        stages.add(new Stage(name, (now - last) / 1_000_000));
        last = now;
    }

    /** Adds a time measured elsewhere (e.g. one page group's), without ending a stage. */
    synchronized void add(String name, long millis) {
        stages.add(new Stage(name, millis));
    }

    public synchronized List<Stage> stages() {
        return List.copyOf(stages);
    }

    @Override
    public String toString() {
        return stages.stream().map(s -> String.format(Locale.ROOT, "%s %d ms", s.name(), s.millis()))
                .collect(Collectors.joining(", "));
    }
}
