package net.wastenet.points.api;

import java.time.LocalDate;

/** One weighing of separately collected kitchen waste at a point (for rebuilding the coverage evidence). */
public record KitchenLog(long logId, String pointCode, LocalDate day) {
}
