package net.wastenet.points.api;

/** A district as other modules see it. */
public record DistrictSummary(String code, String nameZh, String nameEn, String kind, boolean centralCity) {
}
