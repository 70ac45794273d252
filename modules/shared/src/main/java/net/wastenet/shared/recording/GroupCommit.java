package net.wastenet.shared.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Commits concurrent requests together. Each caller queues its item and waits; the first caller that
 * finds a free slot leads: it takes what is queued (up to {@code maxBatch} items) and runs them as one
 * batch, in one transaction, then hands each caller its own result. Under load a commit serves many
 * requests, so the database writes and syncs once for all of them; alone, a request is a batch of one
 * and waits for nobody. Nothing is answered before its batch has committed.
 *
 * <p>If a batch fails as a whole (the database, a unique key lost to another instance), each of its
 * items is run again alone, so every caller gets the answer its own request deserves.
 */
public final class GroupCommit<S, T> {
    /**
     * A waiting caller is woken when its item is done or when it is next in line (an unpark before the park is not lost);
     * this wake is only a safety net, long enough that thirty waiting callers do not spin the CPU between commits.
     */
    private static final long SAFETY_WAKE_NANOS = 50_000_000L;

    private final int maxBatch;
    private final Semaphore slots;
    private final Function<List<S>, List<T>> together;
    private final Function<S, T> alone;
    private final Queue<Pending<S, T>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong items = new AtomicLong();

    /**
     * @param maxBatch     the most items one batch takes
     * @param concurrent   how many batches may run at once
     * @param together     runs a batch in one transaction: one result per item, in order
     * @param alone        runs one item in its own transaction (after its batch failed as a whole)
     */
    public GroupCommit(int maxBatch, int concurrent, Function<List<S>, List<T>> together, Function<S, T> alone) {
        if (maxBatch < 1 || concurrent < 1) {
            throw new IllegalArgumentException("maxBatch and concurrent must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.slots = new Semaphore(concurrent);
        this.together = Objects.requireNonNull(together);
        this.alone = Objects.requireNonNull(alone);
    }

    /** Queues the item, waits until a batch holding it has committed, and answers its result (or throws its failure). */
    public T submit(S item) {
        Pending<S, T> mine = new Pending<>(item, Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (slots.tryAcquire()) {
                try {
                    lead();
                } finally {
                    slots.release();
                    wakeNext();
                }
            } else {
                LockSupport.parkNanos(this, SAFETY_WAKE_NANOS);
                // an interrupt does not abandon a request that may be committed meanwhile: noted, and kept for the caller
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.result();
    }

    /** Batches run so far and the items they held: their ratio is the mean batch size. */
    public long[] counts() {
        return new long[] {batches.get(), items.get()};
    }

    private void lead() {
        List<Pending<S, T>> batch = new ArrayList<>();
        Pending<S, T> p;
        while (batch.size() < maxBatch && (p = queue.poll()) != null) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return;
        }
        batches.incrementAndGet();
        items.addAndGet(batch.size());
        List<T> results;
        try {
            results = together.apply(batch.stream().map(b -> b.item).toList());
        } catch (RuntimeException failedAsAWhole) {
            for (Pending<S, T> one : batch) {
                try {
                    one.complete(alone.apply(one.item));
                } catch (RuntimeException e) {
                    one.fail(e);
                }
            }
            return;
        } catch (Error e) {
            batch.forEach(b -> b.fail(e));
            throw e;
        }
        if (results.size() != batch.size()) {
            IllegalStateException e = new IllegalStateException(results.size() + " results for " + batch.size() + " items");
            batch.forEach(b -> b.fail(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(results.get(i));
        }
    }

    /** After a batch: the caller at the head of the queue may lead the next one. */
    private void wakeNext() {
        Pending<S, T> next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.owner);
        }
    }

    private static final class Pending<S, T> {
        final S item;
        final Thread owner;
        volatile boolean done;
        private T result;
        private Throwable failure;

        Pending(S item, Thread owner) {
            this.item = item;
            this.owner = owner;
        }

        void complete(T value) {
            result = value;
            finish();
        }

        void fail(Throwable why) {
            failure = why;
            finish();
        }

        private void finish() {
            done = true;
            if (owner != Thread.currentThread()) {
                LockSupport.unpark(owner);
            }
        }

        T result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
