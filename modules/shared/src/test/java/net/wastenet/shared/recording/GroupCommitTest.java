package net.wastenet.shared.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    @Test
    void aRequestAloneIsABatchOfOneAndWaitsForNobody() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer, String> commit = new GroupCommit<>(64, 1, items -> {
            batches.add(items);
            return items.stream().map(i -> "#" + i).toList();
        }, i -> "alone " + i);

        assertEquals("#7", commit.submit(7));
        assertEquals(List.of(List.of(7)), batches);
    }

    @Test
    void concurrentRequestsShareCommitsAndEachGetsItsOwnAnswer() throws Exception {
        int callers = 64;
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> commit = new GroupCommit<>(16, 1, items -> {
            batchSizes.add(items.size());
            sleep(20); // a commit's disk sync
            return items.stream().map(i -> "#" + i).toList();
        }, i -> "alone " + i);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int item = i;
            answers.add(pool.submit(() -> {
                start.await();
                return commit.submit(item);
            }));
        }
        start.countDown();
        for (int i = 0; i < callers; i++) {
            assertEquals("#" + i, answers.get(i).get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(callers, batchSizes.stream().mapToInt(Integer::intValue).sum(), "every request in exactly one batch");
        assertTrue(batchSizes.stream().allMatch(s -> s <= 16), "no batch above its maximum: " + batchSizes);
        assertTrue(batchSizes.size() < callers / 2, "requests waiting on a commit are committed together: " + batchSizes);
        assertEquals(batchSizes.size(), commit.counts()[0]);
    }

    @Test
    void aBatchThatFailsAsAWholeIsRunAgainItemByItemSoOnlyTheGuiltyCallerFails() throws Exception {
        List<Integer> ranAlone = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, Boolean> seen = new ConcurrentHashMap<>();
        GroupCommit<Integer, String> commit = new GroupCommit<>(64, 1, items -> {
            items.forEach(i -> seen.put(i, true));
            sleep(20);
            if (items.contains(13)) {
                throw new IllegalStateException("unique key lost to another instance");
            }
            return items.stream().map(i -> "#" + i).toList();
        }, i -> {
            ranAlone.add(i);
            if (i == 13) {
                throw new IllegalArgumentException("thirteen");
            }
            return "alone #" + i;
        });
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int item = i;
            answers.add(pool.submit(() -> {
                start.await();
                return commit.submit(item);
            }));
        }
        start.countDown();
        for (int i = 0; i < 20; i++) {
            if (i == 13) {
                Future<String> guilty = answers.get(i);
                var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> guilty.get(10, TimeUnit.SECONDS));
                assertEquals("thirteen", e.getCause().getMessage());
            } else {
                String answer = answers.get(i).get(10, TimeUnit.SECONDS);
                assertTrue(answer.equals("#" + i) || answer.equals("alone #" + i), answer);
            }
        }
        pool.shutdown();
        assertTrue(ranAlone.contains(13));
        assertEquals(20, seen.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
