package net.wastenet.quality.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The quality module's records: rubrics, the roster, plans, photos, inspections, rectifications. */
public interface QualityBook {
    /** Stores a new record (it has its id afterwards). */
    void add(Object record);

    /** Every rubric version, oldest {@code validFrom} first. */
    List<Rubric> rubrics();

    Optional<Rubric> rubric(String code);

    Optional<Inspector> inspector(String username);

    /** The roster of a district (null: every inspector), by username. */
    List<Inspector> inspectors(String districtCode);

    Optional<InspectionPlan> plan(long id);

    Optional<InspectionPlan> plan(String districtCode, String period);

    /** Plans of these districts (null: all), of a month (null: any), newest month first. */
    Page<InspectionPlan> plans(Set<String> districts, String period, PageRequest page);

    /** Whether a planned inspection of the plan has been recorded. */
    boolean started(long planId);

    Optional<Photo> photo(long id);

    Map<Long, Photo> photos(Collection<Long> ids);

    /** The uploader's photos with these SHA-256s (their client keys). */
    Map<String, Photo> photosBySha256(String uploader, Set<String> sha256s);

    Optional<byte[]> photoBytes(long id);

    /** The districts of the inspections and rectifications that use a photo. */
    Set<String> districtsUsing(long photoId);

    Map<String, Inspection> inspectionsByClientKeys(String submitter, Set<String> clientKeys);

    Optional<Inspection> inspection(long id);

    /** What a list of inspections may be filtered by; null: not filtered. */
    record InspectionFilter(Set<String> districts, String communityCode, LocalDate from, LocalDate to) {
    }

    /** Inspections, newest first. */
    Page<Inspection> inspections(InspectionFilter filter, PageRequest page);

    /** The inspections of a district (null: the city) dated in a period. */
    List<Inspection> inspectionsIn(String districtCode, LocalDate from, LocalDate to);

    /** The community's rectification that is not closed, its row locked: one at a time per community. */
    Optional<Rectification> unclosedRectification(String communityCode);

    Optional<Rectification> rectification(long id);

    /** What a list of rectifications may be filtered by; null: not filtered; {@code overdueOn}: only those overdue that day. */
    record RectificationFilter(Set<String> districts, String communityCode, Rectification.Status status, LocalDate overdueOn) {
    }

    /** Rectifications, earliest due first. */
    Page<Rectification> rectifications(RectificationFilter filter, PageRequest page);

    /** Contamination noted at points of a district (null: the city) found in a period, in day order. */
    List<Contamination> contaminationIn(String districtCode, LocalDate from, LocalDate to);

    /** Contamination noted at these points found in a period, in day order. */
    List<Contamination> contaminationAt(Collection<String> pointCodes, LocalDate from, LocalDate to);

    /** The rectifications of a district (null: the city) opened on or before a day. */
    List<Rectification> rectificationsOpenedBy(String districtCode, LocalDate day);
}
