package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.recyclables.domain.Facilities;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.recyclables.domain.StockReport;
import net.wastenet.recyclables.domain.StockReports;
import net.wastenet.shared.Actor;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/** A facility's stock count, as the recording pipeline creates it: at a facility of the submitter's, in an open period. */
@ApplicationScoped
public class StockReportKind implements RecordKind<Drafts.Stock, Facility, StockReport> {
    @Inject
    Facilities facilities;
    @Inject
    StockReports stock;

    @Override
    public String name() {
        return "stock-report";
    }

    @Override
    public void checkScope(Drafts.Stock d, Actor actor) {
        actor.requireWriteAtFacility(d.facilityCode(), "code");
    }

    @Override
    public Map<String, StockReport> earlier(String submitter, Set<String> clientKeys) {
        return Map.of();
    }

    @Override
    public String fingerprintOf(StockReport report) {
        throw new IllegalStateException("stock counts have no client key");
    }

    /** A count is sent one at a time: the facility of the only draft, or none (refused in {@link #dated}). */
    @Override
    public Facility lookUp(List<Drafts.Stock> drafts) {
        if (drafts.size() > 1) {
            throw new IllegalStateException("stock counts are recorded one at a time, not " + drafts.size());
        }
        return facilities.find(drafts.get(0).facilityCode()).orElse(null);
    }

    @Override
    public Dated dated(Drafts.Stock d, Facility facility) {
        if (facility == null) {
            throw new UnknownCodeException("code", FacilityRegistry.FACILITY, d.facilityCode());
        }
        return Dated.on(d.day(), "date", facility.districtCode());
    }

    @Override
    public StockReport make(Drafts.Stock d, Facility facility, Stamp stamp) {
        return new StockReport(facility, d.day(), d.stockKg(), stamp.at(), stamp.who());
    }

    @Override
    public List<?> store(List<StockReport> reports) {
        reports.forEach(stock::add);
        return List.of();
    }

    @Override
    public Object ref(StockReport report) {
        return report.facilityCode() + " " + report.stockOn();
    }

    @Override
    public Object audited(StockReport report) {
        return Map.of("facilityCode", report.facilityCode(), "date", report.stockOn().toString(), "stockKg", report.stockKg());
    }
}
