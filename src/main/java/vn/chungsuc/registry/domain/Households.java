package vn.chungsuc.registry.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.domain.Areas.AreaFilter;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * Reads households and persons as of a date. Lists take an {@link AreaFilter} (the areas the user may see, already
 * narrowed by the filters chosen) and never return a record outside it.
 *
 * <p>Name search compares folded keys ({@link VietnameseText#searchKey}): first the names that contain the query
 * (an exact name first, then names starting with it, then names with a word starting with it), through the trigram
 * index; only when none contains it, the names most similar to it (a misspelling), by trigram similarity.
 */
@Service
@Transactional(readOnly = true)
public class Households {

    static final String VALID_AT = "%1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d)";
    /** How similar (pg_trgm) a misspelt query must be to a name to find it. */
    static final double FUZZY_THRESHOLD = 0.4;

    public enum Sort { CODE, HEAD }

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    Households(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    static String at(String alias) {
        return VALID_AT.formatted(alias);
    }

    /** A search query taken apart: folded name key, LIKE patterns, a CCCD or household code it may be. */
    record Query(String raw, String key, String contains, String prefix, String wordPrefix, String codePrefix,
            String citizenId) {

        static Query of(String q) {
            String raw = q == null ? "" : q.trim();
            String key = VietnameseText.searchKey(raw);
            String like = VietnameseText.likeKey(raw);
            String digits = raw.replaceAll("[\\s.]", "");
            String code = PersonRules.cleanHouseholdCode(raw).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            return new Query(raw, key, "%" + like + "%", like + "%", "% " + like + "%", code + "%",
                    digits.matches("[0-9]{12}") ? digits : null);
        }

        boolean blank() {
            return key.isEmpty();
        }
    }

    // ----- households -----------------------------------------------------------------------------------------

    /** A list query: FROM … WHERE …, the rank and order, and its parameters. */
    private record Built(String from, String rank, String order, Map<String, Object> params, long total) {
    }

    private Built households(Query query, AreaFilter areas, LocalDate asOf, Sort sort) {
        String base = """
                from registry_household_location l
                join registry_household h on h.id = l.household_id
                left join registry_membership hm on hm.household_id = h.id and hm.relation = 'HEAD' and %s
                left join registry_person hp on hp.id = hm.person_id
                where %s""".formatted(at("hm"), at("l")) + (areas.all() ? "" : " and l.area_code = any(:areas)");
        Map<String, Object> params = params(query, areas, asOf);
        if (query.blank()) {
            return built(base, "0", sort == Sort.HEAD ? "hp.full_name, h.code" : "h.code", params);
        }
        Built direct = built(base + """
                 and (h.code like :codePrefix or hp.search_key like :contains or exists (
                      select 1 from registry_membership cm join registry_person cp on cp.id = cm.person_id
                      where cm.household_id = h.id and %s and cp.citizen_id = :cccd))""".formatted(at("cm")),
                """
                case when h.code like :codePrefix then 0 when hp.search_key = :key then 1
                     when hp.search_key like :prefix then 2 when hp.search_key like :wordPrefix then 3 else 4 end""",
                "rank, " + (sort == Sort.HEAD ? "hp.full_name, h.code" : "h.code"), params);
        if (query.citizenId() != null || any(direct.from(), params)) {
            return direct;
        }
        // Nothing contains the query: look for names like it (a misspelling).
        setFuzzyThreshold();
        return built(base + " and hp.search_key % :key", "0",
                "similarity(hp.search_key, :key) desc, hp.full_name, h.code", params);
    }

    /** A query whose size is not known yet (-1): the page query counts its rows in passing. */
    private static Built built(String from, String rank, String order, Map<String, Object> params) {
        return new Built(from, rank, order, params, -1);
    }

    /** Whether the query finds anything at all (decides between direct and similar-name search). */
    private boolean any(String from, Map<String, Object> params) {
        return jdbc.sql("select exists (select 1 " + from + ")").params(params).query(Boolean.class).single();
    }

    /**
     * One page and the total in one statement ({@code count(*) over ()}), so the trigram index is read once. When
     * the page asked lies past the end, the last page is read instead.
     */
    private <T> Page<T> page(String select, Built b, int page, int size, RowMapper<T> mapper) {
        String sql = select.replaceFirst("select ", "select count(*) over () as total_rows, ")
                + " order by " + b.order() + " limit :size offset :offset";
        long[] total = {0};
        int current = Math.max(0, page);
        List<T> rows = jdbc.sql(sql).params(b.params()).param("size", size).param("offset", (long) current * size)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total_rows");
                    return mapper.mapRow(rs, i);
                }).list();
        if (rows.isEmpty() && current > 0) {
            long count = jdbc.sql("select count(*) " + b.from()).params(b.params()).query(Long.class).single();
            if (count == 0) {
                return new Page<>(List.of(), 0, 0, size);
            }
            return page(select, b, (int) ((count - 1) / size), size, mapper);
        }
        return new Page<>(rows, total[0], current, size);
    }

    private static final String HOUSEHOLD_COLUMNS = """
            select h.id, h.code, h.address, l.area_code, hp.id as head_id, hp.full_name as head_name, h.started_on,
                   (select count(*) from registry_membership m where m.household_id = h.id and %s) as members,
                   %s as rank
            """;

    public Page<HouseholdRow> list(String q, AreaFilter areas, LocalDate asOf, Sort sort, int page, int size) {
        if (areas.nothing()) {
            return new Page<>(List.of(), 0, 0, size);
        }
        Built b = households(Query.of(q), areas, asOf, sort);
        return page(HOUSEHOLD_COLUMNS.formatted(at("m"), b.rank()) + b.from(), b, page, size, (rs, i) -> householdRow(rs));
    }

    /** Every household of the list, in its order, one by one from a cursor (for exports of any size). */
    public void forEach(String q, AreaFilter areas, LocalDate asOf, Sort sort,
            java.util.function.Consumer<HouseholdRow> each) {
        if (areas.nothing()) {
            return;
        }
        Built b = households(Query.of(q), areas, asOf, sort);
        cursor().query(HOUSEHOLD_COLUMNS.formatted(at("m"), b.rank()) + b.from() + " order by " + b.order(),
                b.params(), (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(householdRow(rs)));
    }

    private org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate cursor() {
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(template);
    }

    private static HouseholdRow householdRow(ResultSet rs) throws SQLException {
        long headId = rs.getLong("head_id");
        Long head = rs.wasNull() ? null : headId;
        return new HouseholdRow(rs.getLong("id"), rs.getString("code"), rs.getString("address"),
                rs.getString("area_code"), head, rs.getString("head_name"),
                rs.getInt("members"), rs.getObject("started_on", LocalDate.class));
    }

    private static Map<String, Object> params(Query q, AreaFilter areas, LocalDate d) {
        Map<String, Object> p = new HashMap<>();
        p.put("d", Date.valueOf(d));
        if (!areas.all()) {
            p.put("areas", areas.array());
        }
        if (!q.blank()) {
            p.put("key", q.key());
            p.put("contains", q.contains());
            p.put("prefix", q.prefix());
            p.put("wordPrefix", q.wordPrefix());
            p.put("codePrefix", q.codePrefix());
            p.put("cccd", q.citizenId());
        }
        return p;
    }

    private void setFuzzyThreshold() {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :t, true)")
                .param("t", String.valueOf(FUZZY_THRESHOLD)).query(String.class).single();
    }

    public Optional<Long> idOf(String code) {
        return jdbc.sql("select id from registry_household where code = :code")
                .param("code", PersonRules.cleanHouseholdCode(code)).query(Long.class).optional();
    }

    public Optional<HouseholdDetail> detail(String code) {
        return jdbc.sql("""
                        select id, code, address, started_on, ended_on, end_reason from registry_household
                        where code = :code""")
                .param("code", PersonRules.cleanHouseholdCode(code))
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("code"), rs.getString("address"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getString("end_reason")})
                .optional()
                .map(h -> {
                    long id = (Long) h[0];
                    List<HouseholdDetail.Location> locations = jdbc.sql("""
                                    select area_code, valid_from, valid_to from registry_household_location
                                    where household_id = :id order by valid_from""")
                            .param("id", id)
                            .query((rs, i) -> new HouseholdDetail.Location(rs.getString("area_code"),
                                    rs.getObject("valid_from", LocalDate.class),
                                    rs.getObject("valid_to", LocalDate.class)))
                            .list();
                    List<MemberRow> members = jdbc.sql(MEMBER_SELECT + """
                                    where m.household_id = :id
                                    order by m.valid_to is not null, m.valid_to desc, m.relation = 'HEAD' desc,
                                             p.birth_date, p.full_name""")
                            .param("id", id).query((rs, i) -> memberRow(rs)).list();
                    List<HouseholdDetail.EventRow> events = jdbc.sql("""
                                    select e.id, e.kind, e.occurred_on, e.area_code, e.person_id, p.full_name,
                                           o.code as other_code, e.note, e.recorded_by
                                    from registry_event e
                                    left join registry_person p on p.id = e.person_id
                                    left join registry_household o on o.id = e.other_household_id
                                    where e.household_id = :id order by e.occurred_on desc, e.id desc""")
                            .param("id", id)
                            .query((rs, i) -> {
                                long pid = rs.getLong("person_id");
                                Long person = rs.wasNull() ? null : pid;
                                return new HouseholdDetail.EventRow(rs.getLong("id"), rs.getString("kind"),
                                        rs.getObject("occurred_on", LocalDate.class), rs.getString("area_code"),
                                        person, rs.getString("full_name"),
                                        rs.getString("other_code"), rs.getString("note"),
                                        rs.getString("recorded_by"));
                            })
                            .list();
                    return new HouseholdDetail(id, (String) h[1], (String) h[2], (LocalDate) h[3], (LocalDate) h[4],
                            (String) h[5], locations, members, events);
                });
    }

    static final String MEMBER_SELECT = """
            select m.id as membership_id, p.id as person_id, p.full_name, p.sex, p.birth_date, p.citizen_id,
                   p.phone, p.ethnicity, m.relation, m.valid_from, m.valid_to, m.joined_by, m.left_by, p.died_on,
                   h.code as household_code
            from registry_membership m
            join registry_person p on p.id = m.person_id
            join registry_household h on h.id = m.household_id
            """;

    static MemberRow memberRow(ResultSet rs) throws SQLException {
        return new MemberRow(rs.getLong("membership_id"), rs.getLong("person_id"), rs.getString("full_name"),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("citizen_id"), rs.getString("phone"), rs.getString("ethnicity"),
                Relation.valueOf(rs.getString("relation")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("joined_by"), rs.getString("left_by"),
                rs.getObject("died_on", LocalDate.class), rs.getString("household_code"));
    }

    /** The area each household lived in on the date, for households that lived somewhere then. */
    public Map<String, String> areaOn(Set<String> householdCodes, LocalDate asOf) {
        Map<String, String> out = new HashMap<>();
        if (householdCodes.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select h.code, l.area_code from registry_household h
                        join registry_household_location l on l.household_id = h.id and %s
                        where h.code = any(:codes)""".formatted(at("l")))
                .param("d", Date.valueOf(asOf)).param("codes", householdCodes.toArray(String[]::new))
                .query((rs, i) -> out.put(rs.getString("code"), rs.getString("area_code"))).list();
        return out;
    }

    /** The area of each person's household on the date, for persons in a household then. */
    public Map<Long, String> areasOfPersons(Set<Long> personIds, LocalDate asOf) {
        Map<Long, String> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select m.person_id, l.area_code from registry_membership m
                        join registry_household_location l on l.household_id = m.household_id and %s
                        where m.person_id = any(:ids) and %s""".formatted(at("l"), at("m")))
                .param("d", Date.valueOf(asOf)).param("ids", personIds.toArray(Long[]::new))
                .query((rs, i) -> out.put(rs.getLong("person_id"), rs.getString("area_code"))).list();
        return out;
    }

    /** The residential areas that hold a household on the date (for filters and counts). */
    public Set<String> areasInUse(LocalDate asOf) {
        return Set.copyOf(jdbc.sql("select distinct l.area_code from registry_household_location l where "
                        + at("l")).param("d", Date.valueOf(asOf)).query(String.class).list());
    }

    // ----- persons --------------------------------------------------------------------------------------------

    private Built persons(Query query, AreaFilter areas, LocalDate asOf) {
        String base = """
                from registry_person p
                join registry_membership m on m.person_id = p.id and %s
                join registry_household h on h.id = m.household_id
                join registry_household_location l on l.household_id = h.id and %s
                where true""".formatted(at("m"), at("l")) + (areas.all() ? "" : " and l.area_code = any(:areas)");
        Map<String, Object> params = params(query, areas, asOf);
        if (query.blank()) {
            return built(base, "0", "p.full_name, p.id", params);
        }
        if (query.citizenId() != null) {
            return built(base + " and p.citizen_id = :cccd", "0", "p.full_name, p.id", params);
        }
        Built direct = built(base + " and p.search_key like :contains", """
                case when p.search_key = :key then 0 when p.search_key like :prefix then 1
                     when p.search_key like :wordPrefix then 2 else 3 end""", "rank, p.full_name, p.id", params);
        if (any(direct.from(), params)) {
            return direct;
        }
        setFuzzyThreshold();
        return built(base + " and p.search_key % :key", "0",
                "similarity(p.search_key, :key) desc, p.full_name, p.id", params);
    }

    private static final String PERSON_COLUMNS = """
            select p.id, p.full_name, p.sex, p.birth_date, p.citizen_id, p.phone, p.ethnicity, h.code,
                   l.area_code, m.relation, %s as rank
            """;

    public Page<PersonRow> persons(String q, AreaFilter areas, LocalDate asOf, int page, int size) {
        if (areas.nothing()) {
            return new Page<>(List.of(), 0, 0, size);
        }
        Built b = persons(Query.of(q), areas, asOf);
        return page(PERSON_COLUMNS.formatted(b.rank()) + b.from(), b, page, size, (rs, i) -> personRow(rs));
    }

    /** Every person of the list, in its order, from a cursor (for exports). */
    public void forEachPerson(String q, AreaFilter areas, LocalDate asOf,
            java.util.function.Consumer<PersonRow> each) {
        if (areas.nothing()) {
            return;
        }
        Built b = persons(Query.of(q), areas, asOf);
        cursor().query(PERSON_COLUMNS.formatted(b.rank()) + b.from() + " order by " + b.order(), b.params(),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(personRow(rs)));
    }

    private static PersonRow personRow(ResultSet rs) throws SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getString("citizen_id"), rs.getString("phone"),
                rs.getString("ethnicity"), rs.getString("code"), rs.getString("area_code"),
                Relation.valueOf(rs.getString("relation")));
    }

    /** A person with every household he belonged to, the latest first. */
    public Optional<PersonDetail> person(long id) {
        List<MemberRow> memberships = jdbc.sql(MEMBER_SELECT + " where p.id = :id order by m.valid_from desc")
                .param("id", id).query((rs, i) -> memberRow(rs)).list();
        return jdbc.sql("""
                        select p.id, p.full_name, p.sex, p.birth_date, p.citizen_id, p.phone, p.ethnicity, p.died_on,
                               k.full_name as merged_into_name, p.merged_into
                        from registry_person p left join registry_person k on k.id = p.merged_into
                        where p.id = :id""")
                .param("id", id)
                .query((rs, i) -> {
                    long merged = rs.getLong("merged_into");
                    Long mergedInto = rs.wasNull() ? null : merged;
                    return new PersonDetail(rs.getLong("id"), rs.getString("full_name"),
                            Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                            rs.getString("citizen_id"), rs.getString("phone"), rs.getString("ethnicity"),
                            rs.getObject("died_on", LocalDate.class), mergedInto,
                            rs.getString("merged_into_name"), memberships);
                })
                .optional();
    }

    /** Who holds a CCCD: the person and the household he belongs to on the date (if any). */
    public Optional<Holder> holderOf(String citizenId, LocalDate asOf) {
        if (citizenId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select p.id, p.full_name, h.code, l.area_code
                        from registry_person p
                        left join registry_membership m on m.person_id = p.id and %s
                        left join registry_household h on h.id = m.household_id
                        left join registry_household_location l on l.household_id = h.id and %s
                        where p.citizen_id = :cccd""".formatted(at("m"), at("l")))
                .param("cccd", citizenId).param("d", Date.valueOf(asOf))
                .query((rs, i) -> new Holder(rs.getLong("id"), rs.getString("full_name"), rs.getString("code"),
                        rs.getString("area_code")))
                .optional();
    }

    /** The holder of a CCCD: a person, and his household and its area on the date (null when in none). */
    public record Holder(long personId, String fullName, String householdCode, String areaCode) {
    }

    /** Members of households by code, as of the date (for the API's detail). */
    public List<MemberRow> membersOn(long householdId, LocalDate asOf) {
        return jdbc.sql(MEMBER_SELECT + " where m.household_id = :id and " + at("m")
                        + " order by m.relation = 'HEAD' desc, p.birth_date")
                .param("id", householdId).param("d", Date.valueOf(asOf)).query((rs, i) -> memberRow(rs)).list();
    }
}
