package vn.chungsuc.registry.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.domain.Forms.Violation;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.UnitView;

/**
 * Likely duplicates: two person records with the same folded name and date of birth living in the same commune
 * today (two different CCCDs mean two people). An officer merges them (the second record leaves its household and
 * points at the first, which takes the CCCD and phone it lacked) or dismisses the pair; both are audited and a
 * dismissed pair is not shown again.
 */
@Service
public class Duplicates {

    public static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final Areas areas;
    private final Households households;
    private final AuditLog audit;

    private final vn.chungsuc.shared.time.Today clock;

    Duplicates(JdbcClient jdbc, Areas areas, Households households, AuditLog audit,
            vn.chungsuc.shared.time.Today clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.areas = areas;
        this.households = households;
        this.audit = audit;
    }

    /** One side of a pair. */
    public record Side(long personId, String fullName, LocalDate birthDate, String citizenId, String householdCode,
            String areaCode) {
    }

    public record Pair(Side first, Side second, String communeCode) {
    }

    @Transactional(readOnly = true)
    public List<Pair> list(UnitScope scope, LocalDate asOf) {
        Areas.AreaFilter filter = areas.filter(scope, asOf, null, null, () -> households.areasInUse(asOf));
        Set<String> codes = filter.all() ? households.areasInUse(asOf) : filter.codes();
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> areaList = new ArrayList<>();
        List<String> communes = new ArrayList<>();
        for (String code : codes) {
            areas.area(code, asOf).ifPresent(a -> {
                areaList.add(code);
                communes.add(a.parentCode());
            });
        }
        return jdbc.sql("""
                        with a as (select * from unnest(cast(:areas as text[]), cast(:communes as text[]))
                                   as t(area_code, commune)),
                        cur as (select p.id, p.full_name, p.search_key, p.birth_date, p.citizen_id, h.code,
                                       l.area_code, a.commune
                                from registry_person p
                                join registry_membership m on m.person_id = p.id and %s
                                join registry_household h on h.id = m.household_id
                                join registry_household_location l on l.household_id = h.id and %s
                                join a on a.area_code = l.area_code
                                where p.merged_into is null)
                        select x.id as a_id, x.full_name as a_name, x.birth_date as a_birth, x.citizen_id as a_cccd,
                               x.code as a_code, x.area_code as a_area, y.id as b_id, y.full_name as b_name,
                               y.birth_date as b_birth, y.citizen_id as b_cccd, y.code as b_code,
                               y.area_code as b_area, x.commune
                        from cur x join cur y on x.commune = y.commune and x.search_key = y.search_key
                             and x.birth_date = y.birth_date and x.id < y.id
                        where (x.citizen_id is null or y.citizen_id is null or x.citizen_id = y.citizen_id)
                          and not exists (select 1 from registry_duplicate_decision d
                                          where d.person_a = x.id and d.person_b = y.id)
                        order by x.full_name, x.id, y.id limit :limit""".formatted(Households.at("m"),
                        Households.at("l")))
                .param("areas", areaList.toArray(String[]::new)).param("communes", communes.toArray(String[]::new))
                .param("d", Date.valueOf(asOf)).param("limit", LIMIT)
                .query((rs, i) -> new Pair(
                        new Side(rs.getLong("a_id"), rs.getString("a_name"), rs.getObject("a_birth", LocalDate.class),
                                rs.getString("a_cccd"), rs.getString("a_code"), rs.getString("a_area")),
                        new Side(rs.getLong("b_id"), rs.getString("b_name"), rs.getObject("b_birth", LocalDate.class),
                                rs.getString("b_cccd"), rs.getString("b_code"), rs.getString("b_area")),
                        rs.getString("commune")))
                .list();
    }

    @Transactional
    public void dismiss(long a, long b, UnitScope scope) {
        long first = Math.min(a, b);
        long second = Math.max(a, b);
        requireManage(first, scope);
        requireManage(second, scope);
        jdbc.sql("""
                        insert into registry_duplicate_decision (person_a, person_b, decision, decided_by)
                        values (:a, :b, 'DISMISSED', :by) on conflict (person_a, person_b) do nothing""")
                .param("a", first).param("b", second).param("by", HouseholdCommands.actor()).update();
        audit.record("DISMISS", "registry.duplicate", first + "-" + second, "Không phải trùng lặp: nhân khẩu "
                + first + " và " + second, null, Map.of("personA", first, "personB", second));
    }

    /** Keeps {@code keep}; {@code drop} leaves its household today and points at {@code keep}. */
    @Transactional
    public void merge(long keep, long drop, UnitScope scope) {
        if (keep == drop) {
            throw new HouseholdCommands.Refused(List.of(new Violation("", Problem.of("registry.duplicate.same"))));
        }
        PersonDetail kept = requireManage(keep, scope);
        PersonDetail dropped = requireManage(drop, scope);
        LocalDate today = clock.date();
        MemberRow membership = dropped.membershipOn(today).orElse(null);
        if (membership != null && membership.relation() == Relation.HEAD) {
            throw new HouseholdCommands.Refused(List.of(new Violation("",
                    Problem.of("registry.duplicate.head", dropped.fullName(), membership.householdCode()))));
        }
        if (kept.citizenId() != null && dropped.citizenId() != null && !kept.citizenId().equals(dropped.citizenId())) {
            throw new HouseholdCommands.Refused(List.of(new Violation("", Problem.of("registry.duplicate.twoIds"))));
        }
        if (membership != null) {
            if (membership.validFrom().isBefore(today)) {
                jdbc.sql("update registry_membership set valid_to = :d, left_by = 'MERGED' where id = :id")
                        .param("d", Date.valueOf(today)).param("id", membership.membershipId()).update();
            } else {
                jdbc.sql("delete from registry_membership where id = :id").param("id", membership.membershipId())
                        .update();
            }
            long householdId = households.idOf(membership.householdCode()).orElseThrow();
            jdbc.sql("""
                            insert into registry_event (household_id, person_id, kind, occurred_on, note, recorded_by)
                            values (:h, :p, 'MERGED', :d, :note, :by)""")
                    .param("h", householdId).param("p", drop).param("d", Date.valueOf(today))
                    .param("note", "Gộp vào nhân khẩu " + keep).param("by", HouseholdCommands.actor()).update();
        }
        String cccd = kept.citizenId() != null ? kept.citizenId() : dropped.citizenId();
        String phone = kept.phone() != null ? kept.phone() : dropped.phone();
        jdbc.sql("update registry_person set citizen_id = null, merged_into = :k, updated_at = now() where id = :id")
                .param("k", keep).param("id", drop).update();
        jdbc.sql("update registry_person set citizen_id = :c, phone = :p, updated_at = now() where id = :id")
                .param("c", cccd).param("p", phone).param("id", keep).update();
        long first = Math.min(keep, drop);
        long second = Math.max(keep, drop);
        jdbc.sql("""
                        insert into registry_duplicate_decision (person_a, person_b, decision, decided_by)
                        values (:a, :b, 'MERGED', :by) on conflict (person_a, person_b)
                        do update set decision = 'MERGED', decided_by = :by, decided_at = now()""")
                .param("a", first).param("b", second).param("by", HouseholdCommands.actor()).update();
        audit.record("MERGE", "registry.person", String.valueOf(keep), "Gộp nhân khẩu " + drop + " vào " + keep
                + " (" + kept.fullName() + ")", Map.of("kept", keep, "dropped", drop,
                "droppedHousehold", membership == null ? "" : membership.householdCode()),
                Map.of("citizenId", cccd == null ? "" : "(giữ)", "phone", phone == null ? "" : "(giữ)"));
    }

    private PersonDetail requireManage(long personId, UnitScope scope) {
        PersonDetail p = households.person(personId)
                .orElseThrow(() -> new HouseholdCommands.NotFound("person " + personId));
        LocalDate today = clock.date();
        String area = p.membershipOn(today).map(m -> households.areaOn(Set.of(m.householdCode()), today)
                .get(m.householdCode())).orElse(null);
        if (area == null || !areas.canManage(scope, area, today)) {
            throw new AccessDeniedException("outside scope");
        }
        return p;
    }

    /** The commune of an area today, for showing a pair. */
    public String communeName(String communeCode, LocalDate asOf) {
        return areas.unit(communeCode, asOf).map(UnitView::fullName).orElse(communeCode);
    }
}
