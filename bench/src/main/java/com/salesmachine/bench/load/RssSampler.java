package com.salesmachine.bench.load;

import java.util.ArrayList;
import java.util.List;
import com.salesmachine.support.AppProcess;

/** VmRSS of the application process once a second, on a daemon thread, from {@link #start()} to {@link #stop()}. */
final class RssSampler {

    private final AppProcess app;
    private final List<Long> samplesKb = new ArrayList<>();
    private Thread thread;
    private volatile boolean running;

    RssSampler(AppProcess app) {
        this.app = app;
    }

    RssSampler start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
            while (running) {
                long kb = app.rssKb();
                if (kb > 0) {
                    synchronized (samplesKb) {
                        samplesKb.add(kb);
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return this;
    }

    /** Stops sampling and takes one last sample (the "final" figure). */
    List<Long> stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long last = app.rssKb();
        synchronized (samplesKb) {
            if (last > 0) {
                samplesKb.add(last);
            }
            return List.copyOf(samplesKb);
        }
    }

    static long peak(List<Long> samples) {
        return samples.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    static long last(List<Long> samples) {
        return samples.isEmpty() ? -1 : samples.getLast();
    }

    static String mb(long kb) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
