package net.wastenet.quality.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;

/**
 * The double-random draw (双随机) of a month's inspections in a district: the communities to inspect and the inspectors
 * are drawn independently, each from its own random stream derived from one seed, so the same seed over the same
 * communities and roster draws the same plan on any machine ({@link Random}'s algorithm is fixed by its specification).
 *
 * <p>The communities are shuffled (Fisher–Yates) and the first {@code count} taken; the roster is shuffled by the
 * second stream; each drawn community, in drawn order, goes to the next inspector of the shuffled roster (round the
 * roster) who neither lives in nor serves it. A community that every inspector of the roster lives in or serves
 * cannot be planned: the draw is refused rather than breaking the rule.
 */
public final class DoubleRandomDraw {
    /** The largest seed: a JSON number every client reads exactly (2^53 − 1). */
    public static final long MAX_SEED = (1L << 53) - 1;

    private DoubleRandomDraw() {
    }

    /** An inspector of the roster and the communities they live in or serve (never given to them). */
    public record Candidate(String username, Set<String> ownCommunities) {
        public Candidate {
            ownCommunities = Set.copyOf(ownCommunities);
        }
    }

    /** A community drawn, and the inspector drawn for it. */
    public record Assignment(String communityCode, String inspector) {
    }

    /**
     * Draws {@code count} of the communities and an inspector for each. The inputs are put in code and name order
     * first, so the order they were read in does not matter.
     */
    public static List<Assignment> draw(long seed, List<String> communities, int count, List<Candidate> roster) {
        List<String> pool = new ArrayList<>(new TreeSet<>(communities));
        if (count < 1 || count > pool.size()) {
            throw new InvalidInputException("communities", Text.of("must be 1 to " + pool.size() + " (the district's communities)",
                    "必须在 1 到 " + pool.size() + "（该区的小区数）之间"));
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new InvalidInputException("seed", Text.of("must be 0 to " + MAX_SEED, "必须在 0 到 " + MAX_SEED + " 之间"));
        }
        List<Candidate> inspectors = new ArrayList<>(roster);
        inspectors.sort(Comparator.comparing(Candidate::username));
        if (inspectors.isEmpty()) {
            throw new ConflictException("districtCode", Text.of("the district has no inspector on the roster to draw from",
                    "该区的检查人员名录库为空，无法抽取检查人员"));
        }
        Random communityStream = new Random(mix(seed));
        Random inspectorStream = new Random(mix(seed ^ 0x2545F4914F6CDD1DL));
        shuffle(pool, communityStream);
        shuffle(inspectors, inspectorStream);
        List<Assignment> plan = new ArrayList<>(count);
        int next = 0;
        for (String community : pool.subList(0, count)) {
            int chosen = -1;
            for (int k = 0; k < inspectors.size(); k++) {
                int i = (next + k) % inspectors.size();
                if (!inspectors.get(i).ownCommunities().contains(community)) {
                    chosen = i;
                    break;
                }
            }
            if (chosen < 0) {
                throw new ConflictException("communities", Text.of("community " + community + " was drawn, but every inspector on the "
                        + "roster lives in or serves it", "抽中了小区 " + community + "，但名录库中的检查人员均居住于或服务于该小区"));
            }
            plan.add(new Assignment(community, inspectors.get(chosen).username()));
            next = chosen + 1;
        }
        return plan;
    }

    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** SplitMix64's finaliser: two nearby seeds start two unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
