/**
 * quality: the quality of sorting (达标小区, issue 18).
 *
 * <p>Owns the {@code quality} schema: the bureau's rubrics (评分细则) versioned by {@code validFrom}; the roster of
 * inspectors a double-random plan may draw in a district, with the communities each lives in or serves; the monthly
 * double-random inspection plans (双随机) with their seeds; photos (bytes and SHA-256); inspections scored by the
 * rubric valid on their day; rectifications (整改) opened by failed inspections, completed by the district's officer
 * and closed by a passing re-inspection; and from these each community's 达标 status in a period
 * ({@link net.wastenet.quality.domain.StandardRule}); the contamination the kitchen-waste chain found at points (refusals at
 * pickup, rejections at the plant), noted on the record of the communities they serve and feeding the purity veto.
 *
 * <p>Calls collection-points (districts and communities) through its api only. Publishes
 * {@link net.wastenet.quality.api.StandardCommunities} (the 达标 verdicts, for reporting's indicator answer),
 * {@link net.wastenet.quality.api.QualityEvidence} (photos, contamination notes: for kitchen-waste) and the
 * events {@link net.wastenet.quality.api.InspectionRecorded}, {@link net.wastenet.quality.api.RectificationOpened},
 * {@link net.wastenet.quality.api.RectificationClosed}, {@link net.wastenet.quality.api.RectificationCompleted}.
 */
package net.wastenet.quality;
