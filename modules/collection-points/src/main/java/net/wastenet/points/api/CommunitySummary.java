package net.wastenet.points.api;

import java.time.LocalDate;

/** A residential community as other modules see it: its district, households, and the day it came into service. */
public record CommunitySummary(String code, String name, String districtCode, int households, LocalDate activeFrom) {
}
