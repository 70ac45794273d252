package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wastenet.points.api.PointWeighings;
import net.wastenet.shared.WasteCategory;

/**
 * {@link PointWeighings} from the tonnage log's current values: one statement sums each point's day, shares it among
 * the communities the point serves and sums the shares per community and part, in the database; the rows are read
 * with a bounded fetch size inside a transaction (PostgreSQL streams a result only outside auto-commit).
 */
@ApplicationScoped
class JpaPointWeighings implements PointWeighings {
    /** Communities asked by name in one statement at most (an IN list). */
    private static final int CHUNK = 500;
    private static final int FETCH = 1000;

    @jakarta.annotation.Resource(lookup = "jdbc/wastenet")
    javax.sql.DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void communityParts(Communities which, WasteCategory category, List<LocalDate> partStarts, LocalDate to,
                               Consumer<CommunityPart> sink) {
        if (partStarts.isEmpty() || partStarts.get(0).isAfter(to)) {
            return;
        }
        if (which.codes() == null) {
            query(which.districtCode(), null, category, partStarts, to, sink);
            return;
        }
        List<String> codes = new ArrayList<>(new java.util.TreeSet<>(which.codes()));
        for (int i = 0; i < codes.size(); i += CHUNK) {
            query(null, codes.subList(i, Math.min(codes.size(), i + CHUNK)), category, partStarts, to, sink);
        }
    }

    private void query(String districtCode, List<String> codes, WasteCategory category, List<LocalDate> partStarts, LocalDate to,
                       Consumer<CommunityPart> sink) {
        // the communities asked about: of a district, named, or all
        String asked = districtCode != null ? " and c.district_code = ?" : codes != null ? " and c.code in (" + marks(codes.size()) + ")" : "";
        StringBuilder part = new StringBuilder("case");
        for (int i = partStarts.size() - 1; i >= 1; i--) {
            part.append(" when d.weighed_on >= ? then ").append(i);
        }
        part.append(" else 0 end");
        String partOf = partStarts.size() == 1 ? "0" : part.toString();
        String served = "select pc.point_id, c.code, c.district_code, c.households from points.point_community pc "
                + "join points.community c on c.code = pc.community_code join points.collection_point p on p.id = pc.point_id "
                + "where c.active_from <= ? and p.active_from <= ? and c.households > 0";
        String sql = "select code, district_code, part, sum(kg) from ("
                + "select s.code, s.district_code, " + partOf + " as part, round(d.kg * s.households / h.households, 3) as kg "
                + "from (select l.point_id, l.weighed_on, sum(l.weight_kg) as kg from points.tonnage_log l "
                + "where l.category = ? and l.weighed_on >= ? and l.weighed_on <= ?"
                + (asked.isEmpty() ? "" : " and l.point_id in (select pc.point_id from points.point_community pc "
                        + "join points.community c on c.code = pc.community_code where 1 = 1" + asked + ")")
                + " group by l.point_id, l.weighed_on) d "
                + "join (" + served + ") s on s.point_id = d.point_id "
                + "join (select x.point_id, sum(x.households) as households from (" + served + ") x group by x.point_id) h "
                + "on h.point_id = d.point_id"
                + (asked.isEmpty() ? "" : " where 1 = 1" + asked.replace("c.", "s."))
                + ") shares group by code, district_code, part order by code, part";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            for (int k = partStarts.size() - 1; k >= 1; k--) {
                q.setObject(i++, partStarts.get(k));
            }
            q.setString(i++, category.name());
            q.setObject(i++, partStarts.get(0));
            q.setObject(i++, to);
            i = bindAsked(q, i, districtCode, codes);
            q.setObject(i++, to);
            q.setObject(i++, to);
            q.setObject(i++, to);
            q.setObject(i++, to);
            bindAsked(q, i, districtCode, codes);
            q.setFetchSize(FETCH);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sink.accept(new CommunityPart(r.getString(1), r.getString(2), r.getInt(3), r.getBigDecimal(4).setScale(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("summing the communities' weighings failed", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public net.wastenet.shared.Page<PointDayShare> communityDays(String communityCode, WasteCategory category, LocalDate from, LocalDate to,
                                                                 net.wastenet.shared.PageRequest page) {
        String served = "select pc.point_id, c.code, c.households from points.point_community pc "
                + "join points.community c on c.code = pc.community_code join points.collection_point p on p.id = pc.point_id "
                + "where c.active_from <= ? and p.active_from <= ? and c.households > 0";
        String from_ = " from (select l.point_id, l.weighed_on, sum(l.weight_kg) as kg, count(*) as n from points.tonnage_log l "
                + "where l.category = ? and l.weighed_on >= ? and l.weighed_on <= ? "
                + "and l.point_id in (select pc.point_id from points.point_community pc where pc.community_code = ?) "
                + "group by l.point_id, l.weighed_on) d "
                + "join (" + served + ") s on s.point_id = d.point_id and s.code = ? "
                + "join (select x.point_id, sum(x.households) as households from (" + served + ") x group by x.point_id) h on h.point_id = d.point_id "
                + "join points.collection_point pt on pt.id = d.point_id";
        List<PointDayShare> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("select pt.code, d.weighed_on, d.kg, d.n, s.households, h.households, "
                    + "round(d.kg * s.households / h.households, 3)" + from_ + " order by d.weighed_on, pt.code offset ? rows fetch next ? rows only")) {
                int i = bindDays(q, communityCode, category, from, to);
                q.setLong(i++, page.offset());
                q.setInt(i, page.size());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        items.add(new PointDayShare(r.getString(1), r.getObject(2, LocalDate.class), r.getBigDecimal(3).setScale(3), r.getInt(4),
                                r.getInt(5), r.getInt(6), r.getBigDecimal(7).setScale(3)));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("select count(*)" + from_)) {
                bindDays(q, communityCode, category, from, to);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a community's point-days failed", e);
        }
        return new net.wastenet.shared.Page<>(items, total);
    }

    private static int bindDays(PreparedStatement q, String communityCode, WasteCategory category, LocalDate from, LocalDate to)
            throws SQLException {
        int i = 1;
        q.setString(i++, category.name());
        q.setObject(i++, from);
        q.setObject(i++, to);
        q.setString(i++, communityCode);
        q.setObject(i++, to);
        q.setObject(i++, to);
        q.setString(i++, communityCode);
        q.setObject(i++, to);
        q.setObject(i++, to);
        return i;
    }

    private static int bindAsked(PreparedStatement q, int i, String districtCode, List<String> codes) throws SQLException {
        if (districtCode != null) {
            q.setString(i++, districtCode);
        } else if (codes != null) {
            for (String code : codes) {
                q.setString(i++, code);
            }
        }
        return i;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
