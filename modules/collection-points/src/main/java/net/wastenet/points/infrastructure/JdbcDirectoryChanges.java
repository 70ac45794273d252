package net.wastenet.points.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import net.wastenet.points.domain.DirectoryChanges;

/** points.directory_change, in plain JDBC on the transaction's connection; rows older than an hour pruned as changes come. */
@ApplicationScoped
class JdbcDirectoryChanges implements DirectoryChanges {
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;

    @Override
    public void note(String what, LocalDateTime at) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into points.directory_change (what, changed_at) values (?, ?)")) {
                s.setString(1, what.length() > 64 ? what.substring(0, 64) : what);
                s.setObject(2, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("delete from points.directory_change where changed_at < ?")) {
                s.setObject(1, at.minusHours(1));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noting a directory change failed", e);
        }
    }

    @Override
    public boolean since(LocalDateTime time) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from points.directory_change where changed_at >= ? fetch first 1 rows only")) {
            s.setObject(1, time);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the directory's changes failed", e);
        }
    }
}
