package io.precog.models.adapters.postgres.forecasts;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** Counts forecasts read by several partitions and reports the total each time it passes a multiple of the interval. */
final class ProgressCounter {

    /** Readers add their counts in blocks of this size, so that the shared counter is rarely touched. */
    static final int BLOCK = 4_096;

    private final AtomicLong total = new AtomicLong();
    private final long interval;
    private final LongConsumer listener;

    ProgressCounter(long interval, LongConsumer listener) {
        if (interval < 1) {
            throw new IllegalArgumentException("progress interval must be at least 1: " + interval);
        }
        this.interval = interval;
        this.listener = listener;
    }

    void add(long count) {
        if (count == 0) {
            return;
        }
        long now = total.addAndGet(count);
        if (now / interval > (now - count) / interval) {
            listener.accept(now);
        }
    }
}
