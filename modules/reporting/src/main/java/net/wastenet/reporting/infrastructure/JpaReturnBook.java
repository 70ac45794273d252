package net.wastenet.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.wastenet.reporting.domain.DistrictReturn;
import net.wastenet.reporting.domain.ReturnBook;
import net.wastenet.reporting.domain.ReturnStatus;
import net.wastenet.reporting.domain.ReturnTransition;
import net.wastenet.reporting.domain.SignedReturn;

@ApplicationScoped
class JpaReturnBook implements ReturnBook {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;
    @jakarta.annotation.Resource(lookup = "jdbc/wastenet")
    javax.sql.DataSource dataSource;

    @Override
    public Optional<DistrictReturn> find(String districtCode, String period) {
        return em.createQuery("select r from DistrictReturn r where r.districtCode = :d and r.period = :p", DistrictReturn.class)
                .setParameter("d", districtCode).setParameter("p", period).getResultStream().findFirst();
    }

    @Override
    public List<DistrictReturn> forPeriod(String period) {
        return em.createQuery("select r from DistrictReturn r where r.period = :p", DistrictReturn.class)
                .setParameter("p", period).getResultList();
    }

    @Override
    public Optional<String> lockedCovering(String districtCode, LocalDate day) {
        return em.createQuery("select r.period from DistrictReturn r where r.districtCode = :d and r.status = :s "
                        + "and r.periodFrom <= :day and r.periodTo >= :day", String.class)
                .setParameter("d", districtCode).setParameter("s", ReturnStatus.LOCKED).setParameter("day", day)
                // asked inside every writing transaction: whether a period is locked never depends on what that
                // transaction wrote, so its pending records are not flushed first (an import chunk's thousand
                // pending records made that flush cost more than the inserts; a batch now asks its locks once, lockedOverlappingAndFirstDefinedDay)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public LocksAndFirstDay lockedOverlappingAndFirstDefinedDay(java.util.Set<String> districtCodes, LocalDate from, LocalDate to) {
        // asked by every batch of records before they are made: one statement, in plain JDBC on the transaction's connection
        String locked = districtCodes.isEmpty() ? "" : "select district_code, period, period_from, period_to from reporting.district_return "
                + "where status = '" + ReturnStatus.LOCKED.name() + "' and district_code in (" + String.join(", ", java.util.Collections.nCopies(districtCodes.size(), "?"))
                + ") and period_from <= ? and period_to >= ? union all ";
        List<LockedSpan> spans = new java.util.ArrayList<>();
        LocalDate first = null;
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement q = c.prepareStatement(locked + "select null, null, min(effective_from), null from reporting.definition_set")) {
            int n = 1;
            if (!districtCodes.isEmpty()) {
                for (String d : districtCodes) {
                    q.setString(n++, d);
                }
                q.setObject(n++, to);
                q.setObject(n, from);
            }
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1) == null) {
                        first = r.getObject(3, LocalDate.class);
                    } else {
                        spans.add(new LockedSpan(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class)));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("reading the locked returns failed", e);
        }
        return new LocksAndFirstDay(List.copyOf(spans), first);
    }

    @Override
    public List<ReturnTransition> transitions(long returnId) {
        return em.createQuery("select t from ReturnTransition t where t.returnId = :r order by t.id", ReturnTransition.class)
                .setParameter("r", returnId).getResultList();
    }

    @Override
    public List<SignedReturn> signed(long returnId) {
        return em.createQuery("select s from SignedReturn s where s.returnId = :r order by s.lockNo", SignedReturn.class)
                .setParameter("r", returnId).getResultList();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
