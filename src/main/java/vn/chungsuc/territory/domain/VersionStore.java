package vn.chungsuc.territory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/** SQL over {@code territory_unit} and {@code territory_unit_version}. */
@Repository
class VersionStore {

    private static final String COLUMNS =
            "v.id, v.code, v.name, v.type, v.parent_code, v.path, v.valid_from, v.valid_to";
    private static final String VALID = " v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf) ";
    static final RowMapper<StoredVersion> ROW = VersionStore::map;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TerritoryCache cache;

    VersionStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TerritoryCache cache) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cache = cache;
    }

    Optional<StoredVersion> at(String code, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from territory_unit_version v where v.code = :code and" + VALID)
                .param("code", code).param("asOf", asOf).query(ROW).optional();
    }

    /** The versions valid on the date of the given codes, keyed by code. */
    Map<String, StoredVersion> atMany(Collection<String> codes, LocalDate asOf) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, StoredVersion> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from territory_unit_version v where v.code in (:codes) and" + VALID)
                .param("codes", codes).param("asOf", asOf).query(ROW).list()
                .forEach(v -> found.put(v.code(), v));
        return found;
    }

    List<StoredVersion> childrenAt(String parentCode, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from territory_unit_version v where v.parent_code = :parent and"
                        + VALID + "order by v.level, v.name, v.code")
                .param("parent", parentCode).param("asOf", asOf).query(ROW).list();
    }

    /** Every version valid on the date strictly below the unit whose path is given, parents before children. */
    List<StoredVersion> descendantsAt(String path, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from territory_unit_version v"
                        + " where v.path like :prefix and v.path <> :path and" + VALID + "order by v.path")
                .param("prefix", path + "%").param("path", path).param("asOf", asOf).query(ROW).list();
    }

    /** How many units hang directly under each of the codes on the date. */
    Map<String, Integer> childCounts(Collection<String> codes, LocalDate asOf) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select v.parent_code, count(*) from territory_unit_version v where v.parent_code in (:codes) and"
                        + VALID + "group by v.parent_code")
                .param("codes", codes).param("asOf", asOf)
                .query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    List<StoredVersion> history(String code) {
        return jdbc.sql("select " + COLUMNS + " from territory_unit_version v where v.code = :code"
                        + " order by v.valid_from")
                .param("code", code).query(ROW).list();
    }

    Optional<StoredVersion> latest(String code) {
        return jdbc.sql("select " + COLUMNS + " from territory_unit_version v where v.code = :code"
                        + " order by v.valid_from desc limit 1")
                .param("code", code).query(ROW).optional();
    }

    /** All versions of all units of a level, grouped by code, oldest first. */
    Map<String, List<StoredVersion>> allOfLevel(UnitLevel level) {
        Map<String, List<StoredVersion>> byCode = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from territory_unit_version v where v.level = :level"
                        + " order by v.code, v.valid_from")
                .param("level", level.depth()).query(ROW).list()
                .forEach(v -> byCode.computeIfAbsent(v.code(), c -> new java.util.ArrayList<>()).add(v));
        return byCode;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from territory_unit where code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /** Whether any unit other than the country root has been recorded. */
    boolean anyBelowCountry() {
        return jdbc.sql("select exists (select 1 from territory_unit_version where level > 0)").query(Boolean.class)
                .single();
    }

    /** Whether a version of the code overlaps [from, to) (to null: open-ended). */
    boolean overlaps(String code, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select exists (select 1 from territory_unit_version
                                       where code = :code and daterange(valid_from, valid_to) && daterange(:from, :to))
                        """)
                .param("code", code).param("from", from, Types.DATE).param("to", to, Types.DATE)
                .query(Boolean.class).single();
    }

    void insertUnits(Collection<String> codes) {
        cache.written();
        SqlParameterSource[] rows = codes.stream()
                .map(c -> new MapSqlParameterSource("code", c))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("insert into territory_unit (code) values (:code) on conflict do nothing", rows);
    }

    /** Writes the changes: closings, then rewrites, then new versions (the order the no-overlap rule needs). */
    void apply(VersionChanges changes) {
        cache.written();
        batch.batchUpdate("update territory_unit_version set valid_to = :validTo where id = :id",
                changes.closings.stream()
                        .map(c -> new MapSqlParameterSource("id", c.id()).addValue("validTo", c.validTo(), Types.DATE))
                        .toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                        update territory_unit_version
                        set name = :name, type = :type, level = :level, parent_code = :parent, path = :path,
                            valid_from = :validFrom, valid_to = :validTo, search_key = :searchKey,
                            catalogue_import_id = :catalogue
                        where id = :id""",
                changes.rewrites.stream()
                        .map(r -> params(r.view(), changes.catalogueImportId).addValue("id", r.id()))
                        .toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                        insert into territory_unit_version
                            (code, name, type, level, parent_code, path, valid_from, valid_to, search_key,
                             catalogue_import_id)
                        values (:code, :name, :type, :level, :parent, :path, :validFrom, :validTo, :searchKey,
                                :catalogue)""",
                changes.inserts.stream().map(v -> params(v, changes.catalogueImportId))
                        .toArray(SqlParameterSource[]::new));
    }

    /**
     * For each of the codes valid on the date, the parent of its latest earlier version under another parent, named
     * as that parent was on the version's last day: where a unit came from before a merger moved it.
     */
    Map<String, StoredVersion> formerParents(Collection<String> codes, LocalDate asOf) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, StoredVersion> found = new HashMap<>();
        jdbc.sql("""
                        select distinct on (cur.code) cur.code as unit_code,
                               v.id, v.code, v.name, v.type, v.parent_code, v.path, v.valid_from, v.valid_to
                        from territory_unit_version cur
                        join territory_unit_version prev
                          on prev.code = cur.code and prev.valid_to <= cur.valid_from
                         and prev.parent_code <> cur.parent_code
                        join territory_unit_version v
                          on v.code = prev.parent_code and v.valid_from < prev.valid_to
                         and (v.valid_to is null or v.valid_to >= prev.valid_to)
                        where cur.code in (:codes)
                          and cur.valid_from <= :asOf and (cur.valid_to is null or cur.valid_to > :asOf)
                        order by cur.code, prev.valid_from desc""")
                .param("codes", codes).param("asOf", asOf)
                .query((rs, i) -> found.put(rs.getString("unit_code"), map(rs, i))).list();
        return found;
    }

    /** Of the codes, those valid on the date that share name and type with another unit under the same parent. */
    Set<String> namesakes(Collection<String> codes, LocalDate asOf) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select v.code from territory_unit_version v where v.code in (:codes)"
                        + " and" + VALID + """
                         and exists (select 1 from territory_unit_version o
                                     where o.parent_code = v.parent_code and o.name = v.name and o.type = v.type
                                       and o.code <> v.code and o.valid_from <= :asOf
                                       and (o.valid_to is null or o.valid_to > :asOf))""")
                .param("codes", codes).param("asOf", asOf).query(String.class).list());
    }

    /**
     * For the residential-area versions among the given ones that share their name and type with another area under
     * the same parent, the short name of the commune each came from: the parent of its latest earlier version under
     * another parent, as that parent was named on the version's last day. A namesake counts when it is valid on
     * {@code asOf}, or, with {@code asOf} null, at any time during the version. Areas that never moved get no entry.
     */
    Map<Long, String> formerCommunes(Collection<Long> versionIds, LocalDate asOf) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return formerCommunes("cur.id in (:ids)", new MapSqlParameterSource("ids", versionIds), asOf);
    }

    /** {@link #formerCommunes(Collection, LocalDate)} for every residential area valid on the date below a path. */
    Map<Long, String> formerCommunesBelow(String path, LocalDate asOf) {
        return formerCommunes("cur.path like :prefix and cur.valid_from <= :asOf"
                + " and (cur.valid_to is null or cur.valid_to > :asOf)",
                new MapSqlParameterSource("prefix", path + "%"), asOf);
    }

    private Map<Long, String> formerCommunes(String filter, MapSqlParameterSource params, LocalDate asOf) {
        String namesakeValid = asOf == null
                ? "daterange(o.valid_from, o.valid_to) && daterange(cur.valid_from, cur.valid_to)"
                : "o.valid_from <= :asOf and (o.valid_to is null or o.valid_to > :asOf)";
        Map<Long, String> found = new HashMap<>();
        batch.query("""
                        select distinct on (cur.id) cur.id, p.name
                        from territory_unit_version cur
                        join territory_unit_version prev
                          on prev.code = cur.code and prev.valid_to <= cur.valid_from
                         and prev.parent_code <> cur.parent_code
                        join territory_unit_version p
                          on p.code = prev.parent_code and p.valid_from < prev.valid_to
                         and (p.valid_to is null or p.valid_to >= prev.valid_to)
                        where %s and cur.level = %d
                          and exists (select 1 from territory_unit_version o
                                      where o.parent_code = cur.parent_code and o.name = cur.name
                                        and o.type = cur.type and o.code <> cur.code and %s)
                        order by cur.id, prev.valid_from desc""".formatted(filter,
                        UnitLevel.RESIDENTIAL_AREA.depth(), namesakeValid),
                params.addValue("asOf", asOf, Types.DATE),
                rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                });
        return found;
    }

    /** The latest date on or before the date on which a unit's version began or ended. */
    Optional<LocalDate> lastChangeOnOrBefore(LocalDate on) {
        return jdbc.sql("""
                        select max(d) from (
                            select max(valid_from) as d from territory_unit_version where valid_from <= :on
                            union all
                            select max(valid_to) from territory_unit_version where valid_to <= :on) x""")
                .param("on", on).query(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The start dates of the unit's versions that a catalogue import opened. */
    Set<LocalDate> catalogueStarts(String code) {
        return new TreeSet<>(jdbc.sql("""
                        select valid_from from territory_unit_version
                        where code = :code and catalogue_import_id is not null""")
                .param("code", code).query(LocalDate.class).list());
    }

    /**
     * Search by folded name on the date. Ranked: the whole name ("phuong dong son"), then the name after its kind
     * ("dong son"), then names containing the words, then close spellings (trigram word similarity).
     */
    List<StoredVersion> search(String key, LocalDate asOf, Set<String> scopeRoots, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from territory_unit_version v where" + VALID + searchFilter(scopeRoots)
                        + """
                         order by v.search_key = :key desc, v.search_key like :suffix desc,
                                  v.search_key like :pattern desc, word_similarity(:key, v.search_key) desc,
                                  v.level, v.name, v.code
                         limit :limit offset :offset""")
                .params(searchParams(key, asOf, scopeRoots)).param("limit", limit).param("offset", offset)
                .query(ROW).list();
    }

    long count(String key, LocalDate asOf, Set<String> scopeRoots) {
        return jdbc.sql("select count(*) from territory_unit_version v where" + VALID + searchFilter(scopeRoots))
                .params(searchParams(key, asOf, scopeRoots)).query(Long.class).single();
    }

    /** {@code scopeRoots} null means every unit; otherwise the path must go through one of the roots. */
    private static String searchFilter(Set<String> scopeRoots) {
        String filter = " and (v.search_key like :pattern or :key <% v.search_key)";
        return scopeRoots == null ? filter : filter + " and v.path like any (array[:roots])";
    }

    private static Map<String, Object> searchParams(String key, LocalDate asOf, Set<String> scopeRoots) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asOf", asOf);
        params.put("key", key);
        String escaped = VietnameseText.likeKey(key);
        params.put("pattern", "%" + escaped + "%");
        params.put("suffix", "% " + escaped);
        if (scopeRoots != null) {
            params.put("roots", scopeRoots.stream().map(r -> "%/" + r + "/%").toList());
        }
        return params;
    }

    private static MapSqlParameterSource params(UnitView v, Long catalogueImportId) {
        return new MapSqlParameterSource()
                .addValue("catalogue", catalogueImportId, Types.BIGINT)
                .addValue("code", v.code())
                .addValue("name", v.name())
                .addValue("type", v.type().name())
                .addValue("level", v.level().depth())
                .addValue("parent", v.parentCode(), Types.VARCHAR)
                .addValue("path", v.path())
                .addValue("validFrom", v.validFrom(), Types.DATE)
                .addValue("validTo", v.validTo(), Types.DATE)
                .addValue("searchKey", VietnameseText.searchKey(v.typedName()));
    }

    private static StoredVersion map(ResultSet rs, int row) throws SQLException {
        return new StoredVersion(rs.getLong("id"), new UnitView(rs.getString("code"), rs.getString("name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("parent_code"), rs.getString("path"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)));
    }
}
