package vn.chungsuc.registry.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.MemberRef;
import vn.chungsuc.registry.OrganisationRef;
import vn.chungsuc.registry.OrganisationKind;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.territory.Setting;

@Service
@Transactional(readOnly = true)
class RegistryQueries implements RegistryApi {

    private static final String HOUSEHOLDS_AT = """
            from registry_household_location l
            where l.valid_from <= :d and (l.valid_to is null or l.valid_to > :d) and l.area_code = any(:areas)""";

    private final JdbcClient jdbc;
    private final Areas areas;

    RegistryQueries(JdbcClient jdbc, Areas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    @Override
    public long countHouseholds(Collection<String> areaCodes, LocalDate asOf) {
        return jdbc.sql("select count(*) " + HOUSEHOLDS_AT).param("d", Date.valueOf(asOf))
                .param("areas", areaCodes.toArray(String[]::new)).query(Long.class).single();
    }

    @Override
    public long countPersons(Collection<String> areaCodes, LocalDate asOf) {
        return jdbc.sql("select count(*) " + HOUSEHOLDS_AT.replace("where", """
                        join registry_membership m on m.household_id = l.household_id
                             and m.valid_from <= :d and (m.valid_to is null or m.valid_to > :d)
                        where"""))
                .param("d", Date.valueOf(asOf)).param("areas", areaCodes.toArray(String[]::new))
                .query(Long.class).single();
    }

    @Override
    public Map<String, Long> householdsByArea(Collection<String> areaCodes, LocalDate asOf) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select l.area_code, count(*) as n " + HOUSEHOLDS_AT + " group by l.area_code order by l.area_code")
                .param("d", Date.valueOf(asOf)).param("areas", areaCodes.toArray(String[]::new))
                .query((rs, i) -> out.put(rs.getString("area_code"), rs.getLong("n"))).list();
        return out;
    }

    @Override
    public Map<Setting, Long> householdsBySetting(Collection<String> areaCodes, LocalDate asOf) {
        Map<Setting, Long> out = new EnumMap<>(Setting.class);
        householdsByArea(areaCodes, asOf).forEach((area, n) -> areas.setting(area, asOf)
                .ifPresent(s -> out.merge(s, n, Long::sum)));
        return out;
    }

    @Override
    public List<HouseholdRef> households(Collection<String> areaCodes, LocalDate asOf) {
        return jdbc.sql(REF_SELECT + " where " + Households.at("l") + " and l.area_code = any(:areas) order by h.code")
                .param("d", Date.valueOf(asOf)).param("areas", areaCodes.toArray(String[]::new))
                .query((rs, i) -> new HouseholdRef(rs.getString("code"), rs.getString("area_code"),
                        rs.getString("head_name"), rs.getInt("members")))
                .list();
    }

    @Override
    public Map<String, HouseholdRef> householdsAmong(Collection<String> householdCodes, Collection<String> areaCodes,
            LocalDate asOf) {
        Map<String, HouseholdRef> out = new LinkedHashMap<>();
        if (householdCodes.isEmpty() || areaCodes.isEmpty()) {
            return out;
        }
        jdbc.sql(REF_SELECT + " where " + Households.at("l") + " and l.area_code = any(:areas)"
                        + " and h.code = any(:codes)")
                .param("d", Date.valueOf(asOf)).param("areas", areaCodes.toArray(String[]::new))
                .param("codes", householdCodes.toArray(String[]::new))
                .query((rs, i) -> out.put(rs.getString("code"), new HouseholdRef(rs.getString("code"),
                        rs.getString("area_code"), rs.getString("head_name"), rs.getInt("members"))))
                .list();
        return out;
    }

    @Override
    public Optional<HouseholdRef> household(String code, LocalDate asOf) {
        return jdbc.sql(REF_SELECT + " where " + Households.at("l") + " and h.code = :code")
                .param("d", Date.valueOf(asOf)).param("code", PersonRules.cleanHouseholdCode(code))
                .query((rs, i) -> new HouseholdRef(rs.getString("code"), rs.getString("area_code"),
                        rs.getString("head_name"), rs.getInt("members")))
                .optional();
    }

    private static final String REF_SELECT = """
            select h.code, l.area_code, hp.full_name as head_name,
                   (select count(*) from registry_membership m where m.household_id = h.id
                    and m.valid_from <= :d and (m.valid_to is null or m.valid_to > :d)) as members
            from registry_household_location l
            join registry_household h on h.id = l.household_id
            left join registry_membership hm on hm.household_id = h.id and hm.relation = 'HEAD'
                 and hm.valid_from <= :d and (hm.valid_to is null or hm.valid_to > :d)
            left join registry_person hp on hp.id = hm.person_id
            """;

    @Override
    public long countOrganisations(OrganisationKind kind, Collection<String> unitCodes, LocalDate asOf) {
        return jdbc.sql("""
                        select count(*) from registry_organisation where kind = :kind and unit_code = any(:units)
                        and (established_on is null or established_on <= :d) and (closed_on is null or closed_on > :d)""")
                .param("kind", kind.name()).param("units", unitCodes.toArray(String[]::new))
                .param("d", Date.valueOf(asOf)).query(Long.class).single();
    }

    @Override
    public List<OrganisationRef> organisations(Collection<String> unitCodes, LocalDate asOf) {
        return jdbc.sql("""
                        select id, name, kind, unit_code from registry_organisation where unit_code = any(:units)
                        and (established_on is null or established_on <= :d) and (closed_on is null or closed_on > :d)
                        order by name""")
                .param("units", unitCodes.toArray(String[]::new)).param("d", Date.valueOf(asOf))
                .query((rs, i) -> new OrganisationRef(rs.getLong("id"), rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")), rs.getString("unit_code"))).list();
    }

    @Override
    public List<MemberRef> members(String householdCode, LocalDate asOf) {
        return jdbc.sql("""
                        select p.full_name, m.relation, extract(year from p.birth_date)::int as birth_year, p.ethnicity, p.id
                        from registry_household h
                        join registry_membership m on m.household_id = h.id
                         and m.valid_from <= :d and (m.valid_to is null or m.valid_to > :d)
                        join registry_person p on p.id = m.person_id
                        where h.code = :code
                        order by (m.relation = 'HEAD') desc, p.birth_date, p.id""")
                .param("code", householdCode).param("d", Date.valueOf(asOf))
                .query((rs, i) -> new MemberRef(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }
}
