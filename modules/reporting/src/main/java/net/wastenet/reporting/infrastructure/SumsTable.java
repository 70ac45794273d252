package net.wastenet.reporting.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One of the read model's sums tables: rows keyed by some columns that other columns are added to.
 * {@link #add} sums the given rows per key, then adds them to the table in key order (so that two
 * writers never wait for each other in a cycle) in one statement per 200 rows: PostgreSQL's
 * {@code insert ... on conflict do update}, standard {@code merge} elsewhere (H2). Both are safe
 * against a concurrent writer of the same key. A table of keys alone (a fact that something exists, such
 * as a point's month of kitchen-waste evidence) is written with {@link #insertAbsent}, which writes nothing
 * for a key already there.
 */
final class SumsTable {
    record Column(String name, String sqlType) {
    }

    private static final int ROWS_A_STATEMENT = 200;
    private final String table;
    private final List<Column> keys;
    private final List<Column> attributes;
    private final List<Column> sums;

    /** {@code attributes}: columns set when a key's row is first stored, never changed after (a point's district). */
    SumsTable(String table, List<Column> keys, List<Column> attributes, List<Column> sums) {
        this.table = table;
        this.keys = keys;
        this.attributes = attributes;
        this.sums = sums;
    }

    /** Each row: the key values in column order, then the attributes, then the values to add (numbers). */
    void add(Connection c, boolean postgres, List<Object[]> rows) throws SQLException {
        Map<List<Object>, Object[]> byKey = new TreeMap<>(SumsTable::compareKeys);
        for (Object[] row : rows) {
            byKey.merge(Arrays.asList(row).subList(0, keys.size()), row.clone(), this::plus);
        }
        List<Object[]> combined = new ArrayList<>(byKey.values());
        for (int i = 0; i < combined.size(); i += ROWS_A_STATEMENT) {
            List<Object[]> some = combined.subList(i, Math.min(combined.size(), i + ROWS_A_STATEMENT));
            try (PreparedStatement s = c.prepareStatement(postgres ? upsert(some.size()) : merge(some.size()))) {
                int n = 1;
                for (Object[] row : some) {
                    for (Object value : row) {
                        s.setObject(n++, value);
                    }
                }
                s.executeUpdate();
            }
        }
    }

    /**
     * Stores the rows whose key the table does not hold yet, in key order, and leaves the others as they are
     * (nothing written for them); answers how many rows were new. For a table of keys alone (no sums).
     */
    int insertAbsent(Connection c, boolean postgres, List<Object[]> rows) throws SQLException {
        Map<List<Object>, Object[]> byKey = new TreeMap<>(SumsTable::compareKeys);
        for (Object[] row : rows) {
            byKey.putIfAbsent(Arrays.asList(row).subList(0, keys.size()), row);
        }
        List<Object[]> distinct = new ArrayList<>(byKey.values());
        int added = 0;
        for (int i = 0; i < distinct.size(); i += ROWS_A_STATEMENT) {
            List<Object[]> some = distinct.subList(i, Math.min(distinct.size(), i + ROWS_A_STATEMENT));
            try (PreparedStatement s = c.prepareStatement(postgres ? insertOrNothing(some.size()) : mergeAbsent(some.size()))) {
                int n = 1;
                for (Object[] row : some) {
                    for (Object value : row) {
                        s.setObject(n++, value);
                    }
                }
                added += s.executeUpdate();
            }
        }
        return added;
    }

    private Object[] plus(Object[] a, Object[] b) {
        Object[] sum = a.clone();
        for (int i = keys.size() + attributes.size(); i < sum.length; i++) {
            sum[i] = a[i] instanceof BigDecimal x ? x.add((BigDecimal) b[i]) : (Object) (((Number) a[i]).intValue() + ((Number) b[i]).intValue());
        }
        return sum;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private List<Column> all() {
        List<Column> all = new ArrayList<>(keys);
        all.addAll(attributes);
        all.addAll(sums);
        return all;
    }

    private String columns() {
        return names(all());
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private String upsert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(all().size(), "?")) + ")";
        return "insert into " + table + " (" + columns() + ") values " + String.join(", ", Collections.nCopies(rows, row))
                + " on conflict (" + names(keys) + ") do update set "
                + sums.stream().map(s -> s.name() + " = " + table + "." + s.name() + " + excluded." + s.name())
                .collect(Collectors.joining(", "));
    }

    private String insertOrNothing(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(all().size(), "?")) + ")";
        return "insert into " + table + " (" + columns() + ") values " + String.join(", ", Collections.nCopies(rows, row))
                + " on conflict (" + names(keys) + ") do nothing";
    }

    private String mergeAbsent(int rows) {
        List<Column> all = all();
        String row = "(" + all.stream().map(col -> "cast(? as " + col.sqlType() + ")").collect(Collectors.joining(", ")) + ")";
        return "merge into " + table + " d using (values " + String.join(", ", Collections.nCopies(rows, row)) + ") s (" + columns() + ")"
                + " on " + keys.stream().map(k -> "d." + k.name() + " = s." + k.name()).collect(Collectors.joining(" and "))
                + " when not matched then insert (" + columns() + ") values ("
                + all.stream().map(col -> "s." + col.name()).collect(Collectors.joining(", ")) + ")";
    }

    private String merge(int rows) {
        List<Column> all = all();
        String row = "(" + all.stream().map(col -> "cast(? as " + col.sqlType() + ")").collect(Collectors.joining(", ")) + ")";
        return "merge into " + table + " d using (values " + String.join(", ", Collections.nCopies(rows, row)) + ") s (" + columns() + ")"
                + " on " + keys.stream().map(k -> "d." + k.name() + " = s." + k.name()).collect(Collectors.joining(" and "))
                + " when matched then update set " + sums.stream().map(s -> s.name() + " = d." + s.name() + " + s." + s.name())
                .collect(Collectors.joining(", "))
                + " when not matched then insert (" + columns() + ") values ("
                + all.stream().map(col -> "s." + col.name()).collect(Collectors.joining(", ")) + ")";
    }
}
