package net.wastenet.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.wastenet.reporting.domain.WallFigures;

/** The wall screen's aggregates as one grouped query each; none reads more than a day's facts or a month's sums. */
@ApplicationScoped
class JpaWallFigures implements WallFigures {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    /** A day's weighings: the range of point_log_day_ix (fact_on, category, point_code). */
    @Override
    public List<CategoryDay> categoriesOn(LocalDate day) {
        List<?> rows = em.createNativeQuery("select category, sum(weight_kg), count(*) from reporting.point_log where fact_on = ? "
                + "group by category order by category").setParameter(1, Date.valueOf(day)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new CategoryDay((String) r[0], decimal(r[1]), ((Number) r[2]).longValue())).toList();
    }

    /** A month's flow sums (flow_month, by its key's first column), new waste by the kind of its source, the rest by the sending facility's kind. */
    @Override
    public List<FlowLink> flowsOfMonth(LocalDate firstDay) {
        List<?> rows = em.createNativeQuery("select case when source_kind = 'FACILITY' then from_kind else source_kind end, to_kind, residue, "
                + "sum(weight_kg), sum(receipts) from reporting.flow_month where month_on = ? "
                + "group by case when source_kind = 'FACILITY' then from_kind else source_kind end, to_kind, residue "
                + "order by 1, 2, 3").setParameter(1, Date.valueOf(firstDay)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new FlowLink((String) r[0], (String) r[1], Boolean.TRUE.equals(r[2]) || Integer.valueOf(1).equals(r[2]),
                        decimal(r[3]), ((Number) r[4]).longValue())).toList();
    }

    /** Open warnings read through warning_open_raised_ix (confirmed_at, raised_at): only the unconfirmed rows. */
    @Override
    public Map<String, Long> openWarningsByKind() {
        Map<String, Long> result = new TreeMap<>();
        List<?> rows = em.createNativeQuery("select kind, count(*) from reporting.warning where confirmed_at is null group by kind").getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    @Override
    public List<OpenWarning> newestOpenWarnings(int limit) {
        List<?> rows = em.createNativeQuery("select id, kind, district_code, fact_on, message_zh, message_en, raised_at from reporting.warning "
                + "where confirmed_at is null order by raised_at desc, id desc").setMaxResults(limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new OpenWarning(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                day(r[3]), (String) r[4], (String) r[5], time(r[6]))).toList();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    private static LocalDateTime time(Object o) {
        return o instanceof Timestamp t ? t.toLocalDateTime() : o instanceof LocalDateTime l ? l : LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
