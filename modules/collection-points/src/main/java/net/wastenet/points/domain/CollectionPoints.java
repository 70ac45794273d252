package net.wastenet.points.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The collection points of both networks. */
public interface CollectionPoints {
    Optional<CollectionPoint> find(String code);

    Optional<CollectionPoint> find(long id);

    /**
     * The points with these codes, by code, to read only (never changed through them); unknown codes are absent.
     * They may be kept from an earlier read while the directory's change journal shows no change since.
     */
    Map<String, CollectionPoint> findAll(Collection<String> codes);

    Page<CollectionPoint> list(String districtCode, PageRequest page);

    void add(CollectionPoint point);

    /** Every point (of a district, when given) as a map draws it, with its status on a day, in code order. */
    java.util.List<MapPoint> map(String districtCode, java.time.LocalDate day);
}
