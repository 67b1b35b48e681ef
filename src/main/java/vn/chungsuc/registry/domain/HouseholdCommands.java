package vn.chungsuc.registry.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.chungsuc.registry.HouseholdEnded;
import vn.chungsuc.registry.HouseholdMoved;
import vn.chungsuc.registry.HouseholdRegistered;
import vn.chungsuc.registry.HouseholdSplit;
import vn.chungsuc.registry.PersonBorn;
import vn.chungsuc.registry.PersonDied;
import vn.chungsuc.registry.PersonMoved;
import vn.chungsuc.registry.domain.Forms.Violation;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * Every change an officer makes to a household or a person: one transaction each, with its audit entry, its
 * history rows and its event. The officer must manage the household's area on the date of the change. A form that
 * breaks a rule changes nothing: {@link Refused} lists what is wrong, field by field.
 */
@Service
public class HouseholdCommands {

    private final JdbcClient jdbc;
    private final Households households;
    private final Areas areas;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Today clock;
    private final EthnicGroups ethnicGroups;

    HouseholdCommands(JdbcClient jdbc, Households households, Areas areas, AuditLog audit,
            ApplicationEventPublisher events, Today clock, EthnicGroups ethnicGroups) {
        this.ethnicGroups = ethnicGroups;
        this.jdbc = jdbc;
        this.households = households;
        this.areas = areas;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The rules a form broke; nothing was saved. */
    public static class Refused extends vn.chungsuc.shared.problem.Refused {
        private final transient List<Violation> violations;

        public Refused(List<Violation> violations) {
            super(violations.stream().map(v -> new vn.chungsuc.shared.problem.Refused.Reason(v.field(),
                    v.problem().key(), v.problem().args())).toList());
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what);
        }
    }

    /** Cleaned person data. */
    record PersonValues(String name, String key, Sex sex, LocalDate birth, String citizenId, String ethnicity,
            String phone) {

        Map<String, Object> audit() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fullName", name);
            m.put("sex", sex);
            m.put("birthDate", birth == null ? null : birth.toString());
            m.put("citizenId", citizenId);
            m.put("ethnicity", ethnicity);
            m.put("phone", phone);
            return m;
        }
    }

    LocalDate today() {
        return clock.date();
    }

    // ----- households -----------------------------------------------------------------------------------------

    @Transactional
    public String register(Forms.NewHousehold f, UnitScope scope) {
        List<Violation> out = new ArrayList<>();
        String code = PersonRules.cleanHouseholdCode(f.code());
        PersonRules.checkHouseholdCode(code).ifPresent(p -> out.add(new Violation("code", p)));
        if (out.isEmpty() && households.idOf(code).isPresent()) {
            out.add(new Violation("code", Problem.of("registry.household.code.taken", code)));
        }
        PersonRules.checkText(f.address(), PersonRules.MAX_ADDRESS)
                .ifPresent(p -> out.add(new Violation("address", p)));
        LocalDate on = date(f.startedOn(), "startedOn", out);
        String area = f.areaCode() == null ? "" : f.areaCode().trim().toUpperCase(java.util.Locale.ROOT);
        checkArea(area, on, scope, "areaCode", out);
        PersonValues head = checkPerson(f.person(), null, on == null ? today() : on, scope, out);
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        String address = clean(f.address());
        long id = jdbc.sql("""
                        insert into registry_household (code, address, started_on) values (:code, :address, :on)
                        returning id""")
                .param("code", code).param("address", address).param("on", Date.valueOf(on))
                .query(Long.class).single();
        insertLocation(id, area, on);
        long personId = insertPerson(head);
        insertMembership(personId, id, Relation.HEAD, on, "FOUNDED");
        event(id, personId, "REGISTERED", on, area, null, null);
        audit.record("CREATE", "registry.household", code, "Đăng ký hộ " + code + " (chủ hộ " + head.name() + ")",
                null, Map.of("code", code, "area", area, "address", address, "startedOn", on.toString(),
                        "head", head.audit()));
        events.publishEvent(new HouseholdRegistered(code, area, on));
        return code;
    }

    @Transactional
    public void edit(String code, Forms.Edit f, UnitScope scope) {
        Locked h = lock(code, scope);
        requireAddress(f.address());
        String address = clean(f.address());
        jdbc.sql("update registry_household set address = :a, updated_at = now() where id = :id")
                .param("a", address).param("id", h.id()).update();
        event(h.id(), null, "UPDATED", today(), h.area(), null, "Địa chỉ: " + address);
        audit.record("UPDATE", "registry.household", h.code(), "Sửa địa chỉ hộ " + h.code(),
                Map.of("address", h.address()), Map.of("address", address));
    }

    @Transactional
    public void move(String code, Forms.Move f, UnitScope scope) {
        Locked h = lock(code, scope);
        List<Violation> out = new ArrayList<>();
        LocalDate on = date(f.on(), "on", out);
        String area = f.areaCode() == null ? "" : f.areaCode().trim().toUpperCase(java.util.Locale.ROOT);
        if (on != null && !on.isAfter(h.since())) {
            out.add(new Violation("on", Problem.of("registry.date.afterSince", Dates.show(h.since()))));
        }
        if (area.equals(h.area())) {
            out.add(new Violation("areaCode", Problem.of("registry.household.move.same")));
        } else if (on != null) {
            if (areas.area(area, on).isEmpty()) {
                out.add(new Violation("areaCode", Problem.of("registry.area.unknown", area)));
            }
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        jdbc.sql("""
                        update registry_household_location set valid_to = :on
                        where household_id = :id and valid_to is null""")
                .param("on", Date.valueOf(on)).param("id", h.id()).update();
        insertLocation(h.id(), area, on);
        requireAddress(f.address());
        String address = f.address() == null || f.address().isBlank() ? h.address() : clean(f.address());
        jdbc.sql("update registry_household set address = :a, updated_at = now() where id = :id")
                .param("a", address).param("id", h.id()).update();
        event(h.id(), null, "MOVED", on, area, null, "Từ " + h.area() + " đến " + area);
        audit.record("MOVE", "registry.household", h.code(), "Chuyển hộ " + h.code() + " từ " + h.area() + " đến "
                + area, Map.of("area", h.area(), "address", h.address()), Map.of("area", area, "address", address,
                "on", on.toString()));
        events.publishEvent(new HouseholdMoved(h.code(), h.area(), area, on));
    }

    /** "Vào hộ do" for a person new to the register: birth, marriage, adoption, moving in from outside. */
    public static final List<String> NEW_MEMBER_REASONS = List.of("BORN", "MARRIED", "ADOPTED", "MOVED_IN");
    /** "Vào hộ do" for a person the register holds in another household: marriage, adoption, moving in. */
    public static final List<String> TRANSFER_REASONS = List.of("MARRIED", "ADOPTED", "MOVED_IN");
    static final int MAX_NOTE = 200;

    @Transactional
    public long addMember(String code, Forms.NewMember f, UnitScope scope) {
        Locked h = lock(code, scope);
        List<Violation> out = new ArrayList<>();
        LocalDate on = date(f.on(), "on", out);
        Relation relation = Relation.parse(f.relation()).orElse(null);
        if (relation == null) {
            out.add(new Violation("relation", Problem.of("registry.person.relation.required")));
        } else if (relation == Relation.HEAD) {
            out.add(new Violation("relation", Problem.of("registry.household.head.exists")));
        }
        String joinedBy = f.joinedBy() == null ? "" : f.joinedBy();
        boolean born = "BORN".equals(joinedBy);
        if (!NEW_MEMBER_REASONS.contains(joinedBy)) {
            out.add(new Violation("joinedBy", Problem.of("registry.member.joinedBy.required")));
        } else {
            checkRelationFits(joinedBy, relation, out);
        }
        if (on != null && on.isBefore(h.started())) {
            out.add(new Violation("on", Problem.of("registry.date.beforeHousehold", Dates.show(h.started()))));
        }
        PersonValues p = checkPerson(f.person(), null, on == null ? today() : on, scope, out);
        if (born && p != null && on != null && p.birth() != null && !p.birth().equals(on)) {
            out.add(new Violation("on", Problem.of("registry.member.bornOn")));
        } else if (p != null && on != null && on.isBefore(p.birth())) {
            out.add(new Violation("on", Problem.of("registry.date.beforeBirth", Dates.show(p.birth()))));
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        long personId = insertPerson(p);
        insertMembership(personId, h.id(), relation, on, joinedBy);
        event(h.id(), personId, born ? "BORN" : "JOINED", on, areaOn(h.id(), on), null, null);
        Map<String, Object> values = p.audit();
        values.put("household", h.code());
        values.put("relation", relation);
        values.put("joinedBy", joinedBy);
        values.put("on", on.toString());
        audit.record(born ? "BIRTH" : "JOIN", "registry.person", String.valueOf(personId),
                (born ? "Khai sinh " : "Nhập khẩu ") + p.name() + " vào hộ " + h.code(), null, values);
        events.publishEvent(born ? new PersonBorn(personId, h.code(), on) : new PersonMoved(personId, null, h.code(), on));
        return personId;
    }

    /** Marriage brings a spouse or a child-in-law; adoption a child or a grandchild. */
    private static void checkRelationFits(String joinedBy, Relation relation, List<Violation> out) {
        if (relation == null) {
            return;
        }
        if ("MARRIED".equals(joinedBy) && relation != Relation.SPOUSE && relation != Relation.CHILD_IN_LAW) {
            out.add(new Violation("relation", Problem.of("registry.member.married.relation")));
        } else if ("ADOPTED".equals(joinedBy) && relation != Relation.CHILD && relation != Relation.GRANDCHILD) {
            out.add(new Violation("relation", Problem.of("registry.member.adopted.relation")));
        }
    }

    /**
     * A person the register already holds moves from his household into this one (no second record of him is
     * made): his membership there ends on the date ("Chuyển sang hộ khác"), one here starts, and both households'
     * histories show the move with the note. The officer must manage both households; a head may move only when he
     * is the last member of his household (which then ends), otherwise the other household names a new head first.
     */
    @Transactional
    public void transfer(String code, Forms.Transfer f, UnitScope scope) {
        Locked h = lock(code, scope);
        List<Violation> out = new ArrayList<>();
        LocalDate on = date(f.on(), "on", out);
        Relation relation = Relation.parse(f.relation()).orElse(null);
        if (relation == null) {
            out.add(new Violation("relation", Problem.of("registry.person.relation.required")));
        } else if (relation == Relation.HEAD) {
            out.add(new Violation("relation", Problem.of("registry.household.head.exists")));
        }
        String joinedBy = f.joinedBy() == null ? "" : f.joinedBy();
        if (!TRANSFER_REASONS.contains(joinedBy)) {
            out.add(new Violation("joinedBy", Problem.of("registry.transfer.joinedBy.required")));
        } else {
            checkRelationFits(joinedBy, relation, out);
        }
        String note = clean(f.note());
        if (note.length() > MAX_NOTE) {
            out.add(new Violation("note", Problem.of("registry.transfer.note.size", MAX_NOTE)));
        }
        if (on != null && on.isBefore(h.started())) {
            out.add(new Violation("on", Problem.of("registry.date.beforeHousehold", Dates.show(h.started()))));
        }
        PersonDetail person = f.personId() == null ? null : households.person(f.personId())
                .filter(p -> p.mergedInto() == null).orElse(null);
        MemberRow from = person == null ? null : person.memberships().stream().filter(m -> m.validTo() == null)
                .findFirst().orElse(null);
        Locked source = null;
        List<MemberRow> othersThere = List.of();
        if (person == null) {
            out.add(new Violation("personId", Problem.of("registry.transfer.person.required")));
        } else if (person.diedOn() != null || from == null) {
            out.add(new Violation("personId", Problem.of("registry.transfer.person.noHousehold", person.fullName())));
        } else if (from.householdCode().equals(h.code())) {
            out.add(new Violation("personId", Problem.of("registry.transfer.person.sameHousehold",
                    person.fullName(), h.code())));
        } else {
            source = lockAny(from.householdCode());
            if (!areas.canManage(scope, source.area(), on == null ? today() : on)
                    || !areas.canManage(scope, source.area(), today())) {
                // Another commune's register: its officer records the move out ("Rời hộ"), not this one.
                out.add(new Violation("personId", Problem.of("registry.transfer.person.outOfScope")));
                source = null;
            } else {
                long sourceId = source.id();
                othersThere = currentMembers(sourceId).stream().filter(m -> m.personId() != person.id()).toList();
                if (from.relation() == Relation.HEAD && !othersThere.isEmpty()) {
                    out.add(new Violation("personId", Problem.of("registry.transfer.person.head", person.fullName(),
                            source.code())));
                }
                if (on != null && on.isBefore(person.birthDate())) {
                    out.add(new Violation("on", Problem.of("registry.date.beforeBirth",
                            Dates.show(person.birthDate()))));
                } else if (on != null && !on.isAfter(from.validFrom())) {
                    out.add(new Violation("on", Problem.of("registry.transfer.afterJoined", person.fullName(),
                            source.code(), Dates.show(from.validFrom()))));
                }
            }
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        long personId = person.id();
        closeMembership(from.membershipId(), on, "MOVED");
        insertMembership(personId, h.id(), relation, on, joinedBy);
        String shown = note.isEmpty() ? null : note;
        event(source.id(), personId, "LEFT", on, areaOn(source.id(), on), h.id(), shown);
        event(h.id(), personId, "JOINED", on, areaOn(h.id(), on), source.id(), shown);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("household", source.code());
        before.put("relation", from.relation());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("household", h.code());
        after.put("relation", relation);
        after.put("joinedBy", joinedBy);
        after.put("on", on.toString());
        after.put("note", note);
        audit.record("TRANSFER", "registry.person", String.valueOf(personId), "Chuyển " + person.fullName()
                + " từ hộ " + source.code() + " sang hộ " + h.code(), before, after);
        events.publishEvent(new PersonMoved(personId, source.code(), h.code(), on));
        if (othersThere.isEmpty()) {
            endHousehold(source, on, "NO_MEMBERS");
        }
    }

    @Transactional
    public void leave(String code, long personId, Forms.Leave f, UnitScope scope) {
        Locked h = lock(code, scope);
        List<Violation> out = new ArrayList<>();
        LocalDate on = date(f.on(), "on", out);
        MemberRow member = currentMembers(h.id()).stream().filter(m -> m.personId() == personId).findFirst()
                .orElseThrow(() -> new NotFound("member " + personId));
        List<MemberRow> others = currentMembers(h.id()).stream().filter(m -> m.personId() != personId).toList();
        if (on != null && !on.isAfter(member.validFrom())) {
            out.add(new Violation("on", Problem.of("registry.date.afterSince", Dates.show(member.validFrom()))));
        }
        String reason = f.reason() == null ? "" : f.reason();
        Locked target = null;
        Relation toRelation = null;
        if ("MOVED".equals(reason)) {
            String to = PersonRules.cleanHouseholdCode(f.toHouseholdCode());
            Optional<Long> targetId = to.isEmpty() ? Optional.empty() : households.idOf(to);
            if (targetId.isEmpty() || to.equals(h.code())) {
                out.add(new Violation("toHouseholdCode", Problem.of("registry.household.unknown", to)));
            } else {
                target = lockAny(to);
                if (!areas.canManage(scope, target.area(), on == null ? today() : on)) {
                    // Another commune's household is theirs to write into; it is named as unknown so that the
                    // message does not tell whether it exists.
                    out.add(new Violation("toHouseholdCode", Problem.of("registry.household.unknown", to)));
                    target = null;
                } else if (target.ended() != null) {
                    out.add(new Violation("toHouseholdCode", Problem.of("registry.household.ended", to)));
                }
            }
            toRelation = Relation.parse(f.toRelation()).orElse(Relation.OTHER);
            if (toRelation == Relation.HEAD) {
                out.add(new Violation("toRelation", Problem.of("registry.household.head.exists")));
            }
        } else if (!"DIED".equals(reason) && !"MOVED_OUT".equals(reason)) {
            out.add(new Violation("reason", Problem.of("registry.member.reason.required")));
        }
        MemberRow newHead = null;
        if (member.relation() == Relation.HEAD && !others.isEmpty()) {
            newHead = others.stream().filter(m -> f.newHeadId() != null && m.personId() == f.newHeadId())
                    .findFirst().orElse(null);
            if (newHead == null) {
                out.add(new Violation("newHeadId", Problem.of("registry.member.newHead.required")));
            }
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        String area = areaOn(h.id(), on);
        String leftBy = switch (reason) {
            case "DIED" -> "DIED";
            case "MOVED" -> "MOVED";
            default -> "MOVED_OUT";
        };
        closeMembership(member.membershipId(), on, leftBy);
        if (newHead != null) {
            closeMembership(newHead.membershipId(), on, "RELATION");
            insertMembership(newHead.personId(), h.id(), Relation.HEAD, on, "RELATION");
            event(h.id(), newHead.personId(), "HEAD_CHANGED", on, area, null, null);
        }
        switch (reason) {
            case "DIED" -> {
                jdbc.sql("update registry_person set died_on = :on, updated_at = now() where id = :id")
                        .param("on", Date.valueOf(on)).param("id", personId).update();
                event(h.id(), personId, "DIED", on, area, null, null);
                events.publishEvent(new PersonDied(personId, h.code(), on));
            }
            case "MOVED" -> {
                insertMembership(personId, target.id(), toRelation, on, "MOVED_IN");
                event(h.id(), personId, "LEFT", on, area, target.id(), null);
                event(target.id(), personId, "JOINED", on, areaOn(target.id(), on), h.id(), null);
                events.publishEvent(new PersonMoved(personId, h.code(), target.code(), on));
            }
            default -> {
                event(h.id(), personId, "LEFT", on, area, null, null);
                events.publishEvent(new PersonMoved(personId, h.code(), null, on));
            }
        }
        audit.record("LEAVE", "registry.person", String.valueOf(personId), member.fullName() + " rời hộ " + h.code()
                + " (" + reason + ")", Map.of("household", h.code()),
                target == null ? Map.of("reason", reason, "on", on.toString())
                        : Map.of("reason", reason, "on", on.toString(), "household", target.code()));
        if (others.isEmpty()) {
            endHousehold(h, on, "NO_MEMBERS");
        }
    }

    @Transactional
    public String split(String code, Forms.Split f, UnitScope scope) {
        Locked h = lock(code, scope);
        List<Violation> out = new ArrayList<>();
        LocalDate on = date(f.on(), "on", out);
        String newCode = PersonRules.cleanHouseholdCode(f.newCode());
        PersonRules.checkHouseholdCode(newCode).ifPresent(p -> out.add(new Violation("newCode", p)));
        if (!newCode.isEmpty() && households.idOf(newCode).isPresent()) {
            out.add(new Violation("newCode", Problem.of("registry.household.code.taken", newCode)));
        }
        String area = f.areaCode() == null || f.areaCode().isBlank() ? h.area()
                : f.areaCode().trim().toUpperCase(java.util.Locale.ROOT);
        checkArea(area, on, scope, "areaCode", out);
        List<MemberRow> current = currentMembers(h.id());
        List<MemberRow> leaving = current.stream().filter(m -> f.memberIds().contains(m.personId())).toList();
        if (leaving.isEmpty()) {
            out.add(new Violation("memberIds", Problem.of("registry.split.members.required")));
        } else if (leaving.size() == current.size()) {
            out.add(new Violation("memberIds", Problem.of("registry.split.members.all")));
        }
        if (leaving.stream().anyMatch(m -> m.relation() == Relation.HEAD)) {
            out.add(new Violation("memberIds", Problem.of("registry.split.members.head")));
        }
        MemberRow newHead = leaving.stream().filter(m -> f.newHeadId() != null && m.personId() == f.newHeadId())
                .findFirst().orElse(null);
        if (!leaving.isEmpty() && newHead == null) {
            out.add(new Violation("newHeadId", Problem.of("registry.split.newHead.required")));
        }
        if (on != null && leaving.stream().anyMatch(m -> !on.isAfter(m.validFrom()))) {
            out.add(new Violation("on", Problem.of("registry.date.afterSince", Dates.show(h.since()))));
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        String address = f.address() == null || f.address().isBlank() ? h.address() : clean(f.address());
        long newId = jdbc.sql("""
                        insert into registry_household (code, address, started_on) values (:code, :address, :on)
                        returning id""")
                .param("code", newCode).param("address", address).param("on", Date.valueOf(on))
                .query(Long.class).single();
        insertLocation(newId, area, on);
        for (MemberRow m : leaving) {
            closeMembership(m.membershipId(), on, "SPLIT");
            insertMembership(m.personId(), newId, m == newHead ? Relation.HEAD : m.relation(), on, "SPLIT");
        }
        String note = leaving.size() + " nhân khẩu";
        event(h.id(), null, "SPLIT", on, areaOn(h.id(), on), newId, note);
        event(newId, newHead.personId(), "SPLIT", on, area, h.id(), note);
        audit.record("SPLIT", "registry.household", h.code(), "Tách hộ " + newCode + " từ hộ " + h.code(),
                Map.of("household", h.code()), Map.of("newHousehold", newCode, "members",
                        leaving.stream().map(MemberRow::fullName).toList(), "on", on.toString()));
        events.publishEvent(new HouseholdSplit(h.code(), newCode, area, on));
        return newCode;
    }

    @Transactional
    public void end(String code, Forms.End f, UnitScope scope) {
        Locked h = lock(code, scope);
        List<Violation> out = new ArrayList<>();
        LocalDate on = date(f.on(), "on", out);
        String reason = f.reason() == null ? "" : f.reason();
        if (!List.of("DISSOLVED", "MOVED_AWAY", "MERGED").contains(reason)) {
            out.add(new Violation("reason", Problem.of("registry.household.end.reason.required")));
        }
        if (on != null && !on.isAfter(h.since())) {
            out.add(new Violation("on", Problem.of("registry.date.afterSince", Dates.show(h.since()))));
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        for (MemberRow m : currentMembers(h.id())) {
            closeMembership(m.membershipId(), on, "MOVED_AWAY".equals(reason) ? "MOVED_OUT" : "ENDED");
        }
        endHousehold(h, on, reason);
    }

    private void endHousehold(Locked h, LocalDate on, String reason) {
        jdbc.sql("update registry_household_location set valid_to = :on where household_id = :id and valid_to is null")
                .param("on", Date.valueOf(on)).param("id", h.id()).update();
        jdbc.sql("""
                        update registry_household set ended_on = :on, end_reason = :r, updated_at = now()
                        where id = :id""")
                .param("on", Date.valueOf(on)).param("r", reason).param("id", h.id()).update();
        event(h.id(), null, "ENDED", on, h.area(), null, reason);
        // the entry holds the household as it stood (its area and address, open) and as it ends (issue 18)
        audit.record("END", "registry.household", h.code(), "Kết thúc hộ " + h.code(),
                Map.of("area", h.area(), "address", h.address() == null ? "" : h.address(), "endedOn", ""),
                Map.of("reason", reason, "on", on.toString(), "endedOn", on.toString()));
        events.publishEvent(new HouseholdEnded(h.code(), h.area(), on));
    }

    // ----- persons --------------------------------------------------------------------------------------------

    @Transactional
    public void editPerson(long personId, Forms.PersonData f, UnitScope scope) {
        PersonDetail before = households.person(personId).orElseThrow(() -> new NotFound("person " + personId));
        MemberRow last = before.lastMembership().orElseThrow(() -> new NotFound("person " + personId));
        String area = areaOnOrLast(jdbc, last);
        LocalDate d = last.validTo() == null ? today() : last.validTo().minusDays(1);
        if (!areas.canManage(scope, area, d)) {
            throw new AccessDeniedException("outside scope");
        }
        List<Violation> out = new ArrayList<>();
        PersonValues p = checkPerson(f, personId, today(), scope, out);
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
        jdbc.sql("""
                        update registry_person set full_name = :name, search_key = :key, sex = :sex, birth_date = :birth,
                               citizen_id = :cccd, ethnicity = :eth, phone = :phone, updated_at = now()
                        where id = :id""")
                .param("name", p.name()).param("key", p.key()).param("sex", p.sex().name())
                .param("birth", Date.valueOf(p.birth())).param("cccd", p.citizenId()).param("eth", p.ethnicity())
                .param("phone", p.phone()).param("id", personId).update();
        long householdId = households.idOf(last.householdCode()).orElseThrow();
        event(householdId, personId, "UPDATED", today(), area, null, null);
        Map<String, Object> old = new PersonValues(before.fullName(), null, before.sex(), before.birthDate(),
                before.citizenId(), before.ethnicity(), before.phone()).audit();
        audit.record("UPDATE", "registry.person", String.valueOf(personId), "Sửa nhân khẩu " + p.name(), old,
                p.audit());
    }

    private static String areaOnOrLast(JdbcClient jdbc, MemberRow m) {
        return jdbc.sql("""
                        select l.area_code from registry_household_location l join registry_household h
                        on h.id = l.household_id where h.code = :code order by l.valid_from desc limit 1""")
                .param("code", m.householdCode()).query(String.class).single();
    }

    /** Checks a person's data; the CCCD must be free or held by {@code selfId}. Null when a rule is broken. */
    PersonValues checkPerson(Forms.PersonData f, Long selfId, LocalDate asOf, UnitScope scope,
            List<Violation> out) {
        int before = out.size();
        String name = PersonRules.cleanName(f.fullName());
        PersonRules.checkName(name).ifPresent(p -> out.add(new Violation("fullName", p)));
        Sex sex = Sex.parse(f.sex()).orElse(null);
        if (sex == null) {
            out.add(new Violation("sex", Problem.of("registry.person.sex.required")));
        }
        LocalDate birth = Dates.parse(f.birthDate()).orElse(null);
        if (birth == null && f.birthDate() != null && !f.birthDate().isBlank()) {
            out.add(new Violation("birthDate", Problem.of("registry.date.invalid")));
        } else {
            PersonRules.checkBirthDate(birth, today()).ifPresent(p -> out.add(new Violation("birthDate", p)));
        }
        String cccd = PersonRules.cleanCitizenId(f.citizenId());
        if (cccd != null) {
            CitizenIdPolicy.check(cccd, sex, birth).forEach(p -> out.add(new Violation("citizenId", p)));
            households.holderOf(cccd, asOf).filter(holder -> selfId == null || holder.personId() != selfId)
                    .ifPresent(holder -> out.add(new Violation("citizenId", heldBy(cccd, holder, scope, asOf))));
        }
        String phone = PersonRules.cleanPhone(f.phone());
        PersonRules.checkPhone(phone).ifPresent(p -> out.add(new Violation("phone", p)));
        String ethnicity = "Kinh";
        if (f.ethnicity() != null && !f.ethnicity().isBlank()) {
            // One of the 54 groups (or foreigner, unknown), by code or name (issue 18, hole 13).
            Optional<String> group = ethnicGroups.canonical(f.ethnicity());
            if (group.isPresent()) {
                ethnicity = group.get();
            } else {
                out.add(new Violation("ethnicity", Problem.of("registry.person.ethnicity.unknown",
                        PersonRules.shorten(f.ethnicity()))));
            }
        }
        if (out.size() > before) {
            return null;
        }
        return new PersonValues(name, VietnameseText.searchKey(name), sex, birth, cccd, ethnicity, phone);
    }

    /** "Số CCCD … đã thuộc nhân khẩu Nguyễn Văn A, hộ 14812-01-0001." */
    Problem heldBy(String cccd, Households.Holder holder, UnitScope scope, LocalDate asOf) {
        // Visible only if the holder's household lay in the user's units on the date and still does today.
        LocalDate today = today();
        String now = asOf.equals(today) ? holder.areaCode()
                : households.holderOf(cccd, today).map(Households.Holder::areaCode).orElse(null);
        boolean visible = scope.everything() || holder.areaCode() != null && areas.canView(scope, holder.areaCode(), asOf)
                && (now == null || areas.canView(scope, now, today));
        if (!visible) {
            // The holder lives outside the user's units: neither his name nor his household is told.
            return Problem.of("registry.cccd.heldElsewhere", cccd);
        }
        return holder.householdCode() == null
                ? Problem.of("registry.cccd.heldNoHousehold", cccd, holder.fullName())
                : Problem.of("registry.cccd.held", cccd, holder.fullName(), holder.householdCode());
    }

    // ----- helpers --------------------------------------------------------------------------------------------

    /** A household locked for a change, with its current place; the user must manage that place today. */
    record Locked(long id, String code, String address, LocalDate started, LocalDate ended, String area,
            LocalDate since) {
    }

    private Locked lock(String code, UnitScope scope) {
        Locked h = lockAny(PersonRules.cleanHouseholdCode(code));
        if (h.ended() != null) {
            throw new Refused(List.of(new Violation("", Problem.of("registry.household.ended", h.code()))));
        }
        if (!areas.canManage(scope, h.area(), today())) {
            throw new AccessDeniedException("outside scope");
        }
        return h;
    }

    private Locked lockAny(String code) {
        return jdbc.sql("""
                        select h.id, h.code, h.address, h.started_on, h.ended_on, l.area_code, l.valid_from
                        from registry_household h
                        join lateral (select area_code, valid_from from registry_household_location
                                      where household_id = h.id order by valid_from desc limit 1) l on true
                        where h.code = :code for update of h""")
                .param("code", code)
                .query((rs, i) -> new Locked(rs.getLong("id"), rs.getString("code"), rs.getString("address"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getString("area_code"), rs.getObject("valid_from", LocalDate.class)))
                .optional().orElseThrow(() -> new NotFound("household " + code));
    }

    private void checkArea(String area, LocalDate on, UnitScope scope, String field, List<Violation> out) {
        if (area.isEmpty()) {
            out.add(new Violation(field, Problem.of("registry.area.required")));
        } else if (on != null) {
            if (areas.area(area, on).isEmpty()) {
                out.add(new Violation(field, Problem.of("registry.area.unknown", area)));
            } else if (!areas.canManage(scope, area, on)) {
                out.add(new Violation(field, Problem.of("registry.area.outOfScope", area)));
            }
        }
    }

    private LocalDate date(String text, String field, List<Violation> out) {
        if (text == null || text.isBlank()) {
            out.add(new Violation(field, Problem.of("registry.date.required")));
            return null;
        }
        LocalDate d = Dates.parse(text).orElse(null);
        if (d == null) {
            out.add(new Violation(field, Problem.of("registry.date.invalid")));
        } else if (d.isAfter(today())) {
            out.add(new Violation(field, Problem.of("registry.date.future")));
            return null;
        }
        return d;
    }

    private List<MemberRow> currentMembers(long householdId) {
        return jdbc.sql(Households.MEMBER_SELECT + " where m.household_id = :id and m.valid_to is null")
                .param("id", householdId).query((rs, i) -> Households.memberRow(rs)).list();
    }

    private String areaOn(long householdId, LocalDate on) {
        return jdbc.sql("""
                        select area_code from registry_household_location where household_id = :id
                        and valid_from <= :d order by valid_from desc limit 1""")
                .param("id", householdId).param("d", Date.valueOf(on)).query(String.class).optional().orElse(null);
    }

    private void insertLocation(long householdId, String area, LocalDate from) {
        jdbc.sql("insert into registry_household_location (household_id, area_code, valid_from) values (:h, :a, :f)")
                .param("h", householdId).param("a", area).param("f", Date.valueOf(from)).update();
    }

    private long insertPerson(PersonValues p) {
        return jdbc.sql("""
                        insert into registry_person (full_name, search_key, sex, birth_date, citizen_id, ethnicity, phone)
                        values (:name, :key, :sex, :birth, :cccd, :eth, :phone) returning id""")
                .param("name", p.name()).param("key", p.key()).param("sex", p.sex().name())
                .param("birth", Date.valueOf(p.birth())).param("cccd", p.citizenId()).param("eth", p.ethnicity())
                .param("phone", p.phone()).query(Long.class).single();
    }

    private void insertMembership(long personId, long householdId, Relation relation, LocalDate from, String joinedBy) {
        jdbc.sql("""
                        insert into registry_membership (person_id, household_id, relation, valid_from, joined_by)
                        values (:p, :h, :r, :f, :j)""")
                .param("p", personId).param("h", householdId).param("r", relation.name())
                .param("f", Date.valueOf(from)).param("j", joinedBy).update();
    }

    private void closeMembership(long membershipId, LocalDate on, String leftBy) {
        jdbc.sql("update registry_membership set valid_to = :on, left_by = :l where id = :id")
                .param("on", Date.valueOf(on)).param("l", leftBy).param("id", membershipId).update();
    }

    private void event(long householdId, Long personId, String kind, LocalDate on, String area, Long other,
            String note) {
        jdbc.sql("""
                        insert into registry_event (household_id, person_id, kind, occurred_on, area_code,
                                                    other_household_id, note, recorded_by)
                        values (:h, :p, :k, :on, :a, :o, :n, :by)""")
                .param("h", householdId).param("p", personId).param("k", kind).param("on", Date.valueOf(on))
                .param("a", area).param("o", other).param("n", note).param("by", actor()).update();
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    /** An address of at most 500 characters, without control or bidi characters (hole 13). */
    private static void requireAddress(String address) {
        PersonRules.checkText(address, PersonRules.MAX_ADDRESS).ifPresent(p -> {
            throw new Refused(List.of(new Violation("address", p)));
        });
    }

    private static String clean(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ");
    }
}
