package org.tumen.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: bind values by Java type, run a named statement, read nullable columns. */
public final class Jdbc {
    private Jdbc() {}

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int at = i + 1;
            switch (a) {
                case null -> ps.setNull(at, Types.VARCHAR);
                case NullOf n -> ps.setNull(at, n.sqlType());
                case LocalDate d -> ps.setDate(at, Date.valueOf(d));
                case Instant t -> ps.setTimestamp(at, Timestamp.from(t));
                case Integer n -> ps.setInt(at, n);
                case Long n -> ps.setLong(at, n);
                case Double n -> ps.setDouble(at, n);
                case Boolean b -> ps.setBoolean(at, b);
                default -> ps.setString(at, a.toString());
            }
        }
    }

    /** A typed null: PostgreSQL wants the type of a null DATE or INTEGER parameter. */
    public record NullOf(int sqlType) {}

    public static Object date(LocalDate d) {
        return d == null ? new NullOf(Types.DATE) : d;
    }

    public static Object integer(Integer n) {
        return n == null ? new NullOf(Types.INTEGER) : n;
    }

    public static int update(Connection c, String name, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, Sql.get(name), args)) {
            return ps.executeUpdate();
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(mapper.map(rs));
            return out;
        }
    }

    public static <T> List<T> query(Connection c, String name, RowMapper<T> mapper, Object... args)
            throws SQLException {
        return list(c, Sql.get(name), mapper, args);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
