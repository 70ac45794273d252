package net.wastenet.kitchen.api;

import java.time.LocalDate;

/** Fired, in the writing transaction, when a hauler refuses a point's kitchen waste at pickup for contamination. */
public record PickupRefused(long refusalId, String pointCode, String districtCode, String haulerCode, LocalDate day,
                            LocalDate dueDate, boolean repeated) {
}
