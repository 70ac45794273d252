package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.wastenet.points.api.PointWeighings;
import net.wastenet.shared.WasteCategory;

/** {@link PointWeighings} from the tonnage log's current values, summed by point, day and category in the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class JpaPointWeighings implements PointWeighings {
    /** Points asked in one statement at most (an IN list). */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "collection-points")
    EntityManager em;

    @Override
    public List<PointDay> daily(Collection<String> pointCodes, LocalDate from, LocalDate to) {
        List<PointDay> out = new ArrayList<>();
        List<String> codes = new ArrayList<>(pointCodes);
        for (int i = 0; i < codes.size(); i += CHUNK) {
            List<Object[]> rows = em.createQuery("select l.pointCode, l.weighedOn, l.category, sum(l.weightKg) from TonnageLog l "
                            + "where l.pointCode in :codes and l.weighedOn >= :from and l.weighedOn <= :to "
                            + "group by l.pointCode, l.weighedOn, l.category", Object[].class)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + CHUNK))).setParameter("from", from).setParameter("to", to)
                    .getResultList();
            for (Object[] r : rows) {
                out.add(new PointDay((String) r[0], (LocalDate) r[1], (WasteCategory) r[2], (BigDecimal) r[3]));
            }
        }
        return out;
    }
}
