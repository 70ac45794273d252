package net.wastenet.tools;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on standard error: share done, count, rate, time left. */
final class Progress {
    private final String what;
    private final long total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long done;
    private long lastPrint;

    Progress(String what, long total, PrintStream out) {
        this.what = what;
        this.total = Math.max(1, total);
        this.out = out;
    }

    void add(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - lastPrint > 500_000_000L) {
            lastPrint = now;
            print(false);
        }
    }

    void finish() {
        print(true);
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    long done() {
        return done;
    }

    private void print(boolean last) {
        double s = seconds();
        double share = Math.min(1.0, (double) done / total);
        int width = 30;
        int filled = (int) Math.round(share * width);
        double rate = s > 0 ? done / s : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        out.print(String.format(Locale.ROOT, "\r%-10s [%s] %5.1f%% %,d/%,d  %,.0f/s  %s", what, bar, share * 100, done, total, rate,
                last ? String.format(Locale.ROOT, "in %.1f s   ", s) : "~" + left + " s left   "));
        if (last) {
            out.println();
        }
        out.flush();
    }
}
