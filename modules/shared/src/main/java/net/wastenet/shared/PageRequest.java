package net.wastenet.shared;

/** Which page of a list: {@code page} from 0, {@code size} 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    /** Checks the query's paging parameters, recording each problem. */
    public static PageRequest check(Integer page, Integer size, Problems problems) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        boolean ok = problems.require(p >= 0, "page", "must be 0 or more", "必须大于或等于 0");
        ok &= problems.require(s >= 1 && s <= MAX_SIZE, "size", "must be 1 to 1000", "必须在 1 到 1000 之间");
        ok = ok && problems.require((long) p * s <= Integer.MAX_VALUE, "page", "is beyond any list: page × size must be at most "
                + Integer.MAX_VALUE, "超出列表范围：page × size 不得超过 " + Integer.MAX_VALUE);
        return ok ? new PageRequest(p, s) : null;
    }

    public int offset() {
        return page * size;
    }
}
