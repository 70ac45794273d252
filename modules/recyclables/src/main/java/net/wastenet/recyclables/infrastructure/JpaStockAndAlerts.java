package net.wastenet.recyclables.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.wastenet.recyclables.domain.CapacityAlert;
import net.wastenet.recyclables.domain.CapacityAlerts;
import net.wastenet.recyclables.domain.StockReport;
import net.wastenet.recyclables.domain.StockReports;
import net.wastenet.shared.DateRange;

@ApplicationScoped
class JpaStockAndAlerts implements StockReports, CapacityAlerts {
    @PersistenceContext(unitName = "recyclables")
    EntityManager em;

    @Override
    public void add(StockReport report) {
        em.persist(report);
    }

    @Override
    public BigDecimal stockAt(long facilityId, LocalDate day) {
        return em.createQuery("select s from StockReport s where s.facilityId = :f and s.stockOn <= :d "
                        + "order by s.stockOn desc, s.recordedAt desc, s.id desc", StockReport.class)
                .setParameter("f", facilityId).setParameter("d", day).setMaxResults(1)
                .getResultStream().findFirst().map(StockReport::stockKg).orElse(BigDecimal.ZERO);
    }

    @Override
    public Optional<CapacityAlert> find(long id) {
        return Optional.ofNullable(em.find(CapacityAlert.class, id));
    }

    @Override
    public Optional<CapacityAlert> on(long facilityId, LocalDate day) {
        return em.createQuery("select a from CapacityAlert a where a.facilityId = :f and a.alertOn = :d", CapacityAlert.class)
                .setParameter("f", facilityId).setParameter("d", day).getResultStream().findFirst();
    }

    @Override
    public List<CapacityAlert> list(String facilityCode, DateRange range, Boolean confirmed) {
        String where = " where a.alertOn between :from and :to"
                + (facilityCode == null ? "" : " and a.facilityCode = :f")
                + (confirmed == null ? "" : confirmed ? " and a.confirmedAt is not null" : " and a.confirmedAt is null");
        var q = em.createQuery("select a from CapacityAlert a" + where + " order by a.alertOn desc", CapacityAlert.class)
                .setParameter("from", range.from()).setParameter("to", range.to());
        if (facilityCode != null) {
            q.setParameter("f", facilityCode);
        }
        return q.getResultList();
    }

    @Override
    public void add(CapacityAlert alert) {
        em.persist(alert);
    }
}
