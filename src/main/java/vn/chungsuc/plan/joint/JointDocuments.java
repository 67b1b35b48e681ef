package vn.chungsuc.plan.joint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.plan.domain.NotFound;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.BodyKind;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Joint documents of a People's Committee and the Front committee of the same unit. A draft names both sides and
 * both signers; each side approves for its signer (the government side by the committee's office or a commune
 * officer, the Front side by a Front officer, both on the document's unit), and the second approval makes the
 * document final. A final document is frozen (also by the database); changing a draft clears its approvals.
 */
@Service
@Transactional(readOnly = true)
public class JointDocuments {

    public enum Kind { PROGRAMME, PLAN, OTHER }

    public enum Side { GOVERNMENT, FRONT }

    private static final Set<Function> GOVERNMENT = Set.of(Function.OFFICE, Function.COMMUNE);
    private static final Set<Function> FRONT = Set.of(Function.FRONT);

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final Bodies bodies;
    private final PlanPermissions permissions;
    private final Today today;
    private final AuditLog audit;

    JointDocuments(JdbcClient jdbc, TerritoryApi territory, Bodies bodies, PlanPermissions permissions, Today today,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.bodies = bodies;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
    }

    public record Approval(Side side, String signer, String approvedBy, Instant approvedAt) {

        /** The day of the approval in Vietnam. */
        public LocalDate approvedOn() {
            return LocalDate.ofInstant(approvedAt, Today.VIETNAM);
        }
    }

    public record Document(long id, Long programmeId, Kind kind, String number, String title, String unitCode,
            String unitName, LocalDate datedOn, String governmentName, String governmentSigner, String frontBody,
            String frontName, String frontSigner, boolean fin, LocalDate finalOn, List<Approval> approvals) {

        public Optional<Approval> approval(Side side) {
            return approvals.stream().filter(a -> a.side() == side).findFirst();
        }

        /** The side's approval by the side's name, or null (for the page). */
        public Approval approvalOf(String side) {
            return approvals.stream().filter(a -> a.side().name().equals(side)).findFirst().orElse(null);
        }
    }

    public List<Document> documents() {
        return rows("true", Map.of()).stream()
                .filter(d -> permissions.may("joint.view", d.unitCode(), d.datedOn())).toList();
    }

    public Document document(long id) {
        Document d = rows("d.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFound("document", "plan.joint.unknown", id));
        if (!permissions.may("joint.view", d.unitCode(), d.datedOn())) {
            throw new AccessDeniedException("may not view joint document " + id);
        }
        return d;
    }

    /** Whether the user may approve for this side of the draft now. */
    public boolean mayApprove(Document d, Side side) {
        if (d.fin() || d.approval(side).isPresent() || !permissions.may("joint.approve", d.unitCode(), d.datedOn())) {
            return false;
        }
        Set<Function> needed = side == Side.GOVERNMENT ? GOVERNMENT : FRONT;
        return permissions.administrator() || permissions.functions().stream().anyMatch(needed::contains);
    }

    public boolean mayDraft(String unitCode, LocalDate on) {
        return permissions.may("joint.draft", unitCode, on);
    }

    /** The Front committees of the unit on the date, the Front side's choices. */
    public List<Body> frontBodies(String unitCode, LocalDate on) {
        return bodies.of(unitCode, on).stream().filter(b -> b.kind() == BodyKind.FRONT_COMMITTEE).toList();
    }

    public record Form(String kind, String number, String title, String unit, String datedOn, String governmentName,
            String governmentSigner, String frontBody, String frontSigner) {
    }

    @Transactional
    public long draft(Form f) {
        Checked c = check(f);
        long id = jdbc.sql("""
                insert into plan_joint_document (kind, number, title, unit_code, dated_on, government_name,
                    government_signer, front_body, front_signer, created_by)
                values (:k, :n, :t, :u, :d, :gn, :gs, :fb, :fs, :by) returning id""").param("k", c.kind.name())
                .param("n", c.number).param("t", c.title).param("u", c.unit).param("d", c.on)
                .param("gn", c.governmentName).param("gs", c.governmentSigner).param("fb", c.frontBody)
                .param("fs", c.frontSigner).param("by", permissions.username()).query(Long.class).single();
        audit.record("CREATE", "plan.joint", String.valueOf(id), "Dự thảo văn bản liên tịch " + c.number, null,
                c.value());
        return id;
    }

    @Transactional
    public void update(long id, Form f) {
        Document d = document(id);
        if (d.fin()) {
            throw new Refused("document", "plan.joint.final", d.number());
        }
        if (!mayDraft(d.unitCode(), d.datedOn())) {
            throw new AccessDeniedException("may not change joint document " + id);
        }
        Checked c = check(f);
        jdbc.sql("delete from plan_joint_approval where document_id = :id").param("id", id).update();
        jdbc.sql("""
                update plan_joint_document set kind = :k, number = :n, title = :t, unit_code = :u, dated_on = :d,
                    government_name = :gn, government_signer = :gs, front_body = :fb, front_signer = :fs
                where id = :id""").param("k", c.kind.name()).param("n", c.number).param("t", c.title)
                .param("u", c.unit).param("d", c.on).param("gn", c.governmentName).param("gs", c.governmentSigner)
                .param("fb", c.frontBody).param("fs", c.frontSigner).param("id", id).update();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("number", d.number());
        old.put("title", d.title());
        old.put("governmentSigner", d.governmentSigner());
        old.put("frontSigner", d.frontSigner());
        old.put("approvals", d.approvals().size());
        audit.record("UPDATE", "plan.joint", String.valueOf(id), "Sửa dự thảo văn bản liên tịch " + c.number
                + " (các phê duyệt bị hủy)", old, c.value());
    }

    /** Records the side's approval for its signer; the second makes the document final. */
    @Transactional
    public boolean approve(long id, String sideName) {
        Document d = document(id);
        Side side = Arrays.stream(Side.values()).filter(s -> s.name().equals(sideName)).findFirst()
                .orElseThrow(() -> new Refused("side", "plan.joint.side.invalid"));
        if (d.fin()) {
            throw new Refused("document", "plan.joint.final", d.number());
        }
        if (d.approval(side).isPresent()) {
            throw new Refused("side", "plan.joint.approved.already");
        }
        if (!mayApprove(d, side)) {
            throw new AccessDeniedException("may not approve " + side + " of " + id);
        }
        String signer = side == Side.GOVERNMENT ? d.governmentSigner() : d.frontSigner();
        OffsetDateTime at = today.now().atOffset(java.time.ZoneOffset.UTC);
        jdbc.sql("""
                insert into plan_joint_approval (document_id, side, signer, approved_by, approved_at)
                values (:d, :s, :signer, :by, :at)""").param("d", id).param("s", side.name()).param("signer", signer)
                .param("by", permissions.username()).param("at", at).update();
        boolean fin = d.approvals().size() + 1 == Side.values().length;
        if (fin) {
            jdbc.sql("update plan_joint_document set state = 'FINAL', final_on = :on where id = :id")
                    .param("on", today.date()).param("id", id).update();
        }
        audit.record("APPROVE", "plan.joint", String.valueOf(id), "Phê duyệt văn bản liên tịch " + d.number() + " ("
                + side + ", " + signer + ")" + (fin ? ": văn bản hoàn thành" : ""), null,
                Map.of("side", side.name(), "signer", signer, "final", fin));
        return fin;
    }

    private record Checked(Kind kind, String number, String title, String unit, LocalDate on, String governmentName,
            String governmentSigner, String frontBody, String frontSigner) {

        Map<String, Object> value() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kind", kind.name());
            v.put("number", number);
            v.put("title", title);
            v.put("unit", unit);
            v.put("datedOn", on.toString());
            v.put("government", governmentName);
            v.put("governmentSigner", governmentSigner);
            v.put("front", frontBody);
            v.put("frontSigner", frontSigner);
            return v;
        }
    }

    private Checked check(Form f) {
        List<Refused.Reason> wrong = new ArrayList<>();
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(f.kind())).findFirst().orElse(null);
        if (kind == null) {
            wrong.add(Refused.Reason.of("kind", "plan.joint.kind.invalid"));
        }
        String number = text(f.number(), 100, "number", "plan.joint.number.invalid", wrong);
        String title = text(f.title(), 1000, "title", "plan.joint.title.invalid", wrong);
        LocalDate on = f.datedOn() == null ? null : Dates.parse(f.datedOn().strip()).filter(Dates::inBounds)
                .orElse(null);
        if (on == null) {
            wrong.add(Refused.Reason.of("datedOn", "plan.joint.date.invalid"));
        }
        String unit = f.unit() == null ? "" : f.unit().strip();
        Optional<UnitView> u = on == null || unit.isEmpty() || unit.length() > 40 ? Optional.empty()
                : territory.find(unit, on, UnitScope.ALL);
        if (u.isEmpty()) {
            wrong.add(Refused.Reason.of("unit", "plan.joint.unit.invalid"));
        } else if (!mayDraft(unit, on)) {
            throw new AccessDeniedException("may not draft joint documents of " + unit);
        }
        String governmentName = text(f.governmentName(), 300, "governmentName", "plan.joint.government.invalid",
                wrong);
        String governmentSigner = text(f.governmentSigner(), 300, "governmentSigner", "plan.joint.signer.invalid",
                wrong);
        String front = f.frontBody() == null ? "" : f.frontBody().strip();
        if (u.isPresent() && frontBodies(unit, on).stream().noneMatch(b -> b.code().equals(front))) {
            wrong.add(Refused.Reason.of("frontBody", "plan.joint.front.invalid"));
        }
        String frontSigner = text(f.frontSigner(), 300, "frontSigner", "plan.joint.signer.invalid", wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        return new Checked(kind, number, title, unit, on, governmentName, governmentSigner, front, frontSigner);
    }

    private static String text(String value, int max, String field, String key, List<Refused.Reason> wrong) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            wrong.add(Refused.Reason.of(field, key, max));
        }
        return t;
    }

    private List<Document> rows(String where, Map<String, ?> params) {
        Map<Long, List<Approval>> approvals = new LinkedHashMap<>();
        jdbc.sql("select * from plan_joint_approval order by approved_at").query((rs, i) -> approvals
                .computeIfAbsent(rs.getLong("document_id"), k -> new ArrayList<>())
                .add(new Approval(Side.valueOf(rs.getString("side")), rs.getString("signer"),
                        rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class).toInstant())))
                .list();
        var statement = jdbc.sql("select d.* from plan_joint_document d where " + where
                + " order by d.dated_on desc, d.id desc");
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        return statement.query((rs, i) -> {
            LocalDate on = rs.getObject("dated_on", LocalDate.class);
            String unit = rs.getString("unit_code");
            String front = rs.getString("front_body");
            long programme = rs.getLong("programme_id");
            return new Document(rs.getLong("id"), programme == 0 ? null : programme,
                    Kind.valueOf(rs.getString("kind")), rs.getString("number"), rs.getString("title"), unit,
                    territory.find(unit, on, UnitScope.ALL).map(UnitView::fullName).orElse(unit), on,
                    rs.getString("government_name"), rs.getString("government_signer"), front,
                    bodies.find(front).map(Body::name).orElse(front), rs.getString("front_signer"),
                    "FINAL".equals(rs.getString("state")), rs.getObject("final_on", LocalDate.class),
                    approvals.getOrDefault(rs.getLong("id"), List.of()));
        }).list();
    }
}
