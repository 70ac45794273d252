package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointSummary;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.points.domain.District;
import net.wastenet.points.domain.Districts;
import net.wastenet.shared.WasteCategory;

/** The module's published look-ups, answered from its own repositories. */
@ApplicationScoped
class PointDirectoryAdapter implements PointDirectory {
    @Inject
    Districts districts;
    @Inject
    CollectionPoints points;

    @Override
    public Optional<DistrictSummary> district(String districtCode) {
        return districts.find(districtCode).map(PointDirectoryAdapter::summary);
    }

    @Override
    public List<DistrictSummary> districts() {
        return districts.all().stream().map(PointDirectoryAdapter::summary).toList();
    }

    @Override
    public Optional<PointSummary> point(String pointCode) {
        return points.find(pointCode).map(p -> new PointSummary(p.code(), p.name(), p.kind().name(), p.districtCode(),
                p.acceptedCategories(), p.servedCommunities(), p.activeFrom()));
    }

    @Override
    public boolean isActiveOn(String pointCode, LocalDate day) {
        return points.find(pointCode).map(p -> p.isActiveOn(day)).orElse(false);
    }

    @Override
    public boolean canReceive(String pointCode, WasteCategory category, LocalDate day) {
        Optional<CollectionPoint> point = points.find(pointCode);
        return point.isPresent() && point.get().isActiveOn(day) && point.get().accepts(category);
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.code(), d.nameZh(), d.nameEn(), d.kind().name(), d.centralCity());
    }
}
