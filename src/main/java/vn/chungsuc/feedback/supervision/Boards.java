package vn.chungsuc.feedback.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * A commune's people's boards (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 31; NĐ 59/2023/NĐ-CP): the Ban
 * Thanh tra nhân dân and the Ban Giám sát đầu tư của cộng đồng, with their members (typed: head, deputies, members)
 * and terms. Each kind's term length and least number of members are data ({@code feedback_board_kind}); a term
 * longer than the kind's, or fewer members than its minimum, is refused naming the basis.
 */
@Service
@Transactional(readOnly = true)
public class Boards {

    static final String AUDIT = "feedback.board";
    public static final List<String> ROLES = List.of("HEAD", "DEPUTY", "MEMBER");

    private final JdbcClient jdbc;
    private final FeedbackPermissions permissions;
    private final UnitChoices units;
    private final Today today;
    private final AuditLog audit;

    Boards(JdbcClient jdbc, FeedbackPermissions permissions, UnitChoices units, Today today, AuditLog audit) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.units = units;
        this.today = today;
        this.audit = audit;
    }

    /** A kind of board as data. */
    public record Kind(String code, String name, String nameEn, Integer termYears, int minMembers,
            Integer maxMembers, String basis) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : name;
        }
    }

    public record Member(String name, String role, String areaCode, String areaName) {
    }

    public record Board(long id, String communeCode, String communeName, Kind kind, String name, LocalDate termFrom,
            LocalDate termTo, String decision, List<Member> members) {

        public boolean currentOn(LocalDate day) {
            return !day.isBefore(termFrom) && !day.isAfter(termTo);
        }
    }

    public List<Kind> kinds() {
        return jdbc.sql("select * from feedback_board_kind order by code desc").query((rs, i) -> new Kind(
                rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                (Integer) rs.getObject("term_years"), rs.getInt("min_members"), (Integer) rs.getObject("max_members"),
                rs.getString("basis"))).list();
    }

    private Kind kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst().orElse(null);
    }

    private List<Board> query(String where, Map<String, ?> params) {
        return jdbc.sql("select * from feedback_board " + where + " order by commune_code, kind desc, term_from desc")
                .params(params).query((rs, i) -> {
                    long id = rs.getLong("id");
                    String commune = rs.getString("commune_code");
                    LocalDate from = rs.getObject("term_from", LocalDate.class);
                    List<Member> members = jdbc.sql("select name, role, area_code from feedback_board_member "
                            + "where board_id = :b order by position").param("b", id)
                            .query((r, j) -> new Member(r.getString(1), r.getString(2), r.getString(3),
                                    units.name(r.getString(3), from))).list();
                    return new Board(id, commune, units.name(commune, from), kind(rs.getString("kind")),
                            rs.getString("name"), from, rs.getObject("term_to", LocalDate.class),
                            rs.getString("decision"), members);
                }).list();
    }

    /** The boards of the communes the user may view (each checked on its term's first day). */
    public List<Board> visible(String commune) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = "";
        if (commune != null && !commune.isBlank()) {
            where = "where commune_code = :c";
            params.put("c", commune.strip());
        }
        return query(where, params).stream()
                .filter(b -> permissions.may("supervision.view", b.communeCode(), b.termFrom())).toList();
    }

    public Board board(long id) {
        Board b = query("where id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(Supervision.NotFound::new);
        if (!permissions.may("supervision.view", b.communeCode(), b.termFrom())) {
            throw new AccessDeniedException("board outside the user's units");
        }
        return b;
    }

    public boolean mayManage(Board b) {
        return permissions.may("board.manage", b.communeCode(), b.termFrom());
    }

    /** Members one per line: "name – role – area code", role HEAD, DEPUTY or MEMBER (or Trưởng ban, Phó…). */
    public record BoardForm(String commune, String kind, String name, String termFrom, String termTo,
            String decision, String members) {
    }

    /** A board's form once checked: what create and update store. */
    private record Checked(String commune, Kind kind, String name, LocalDate from, LocalDate to, String decision,
            List<Member> members) {
    }

    /** Checks the form whole: every reason at once, nothing stored; 403 when the commune is not the user's. */
    private Checked check(BoardForm f, List<Refused.Reason> wrong) {
        String commune = f.commune() == null ? "" : f.commune().strip();
        Kind kind = f.kind() == null ? null : kind(f.kind());
        if (kind == null) {
            wrong.add(Refused.Reason.of("kind", "feedback.board.kind.invalid"));
        }
        LocalDate from = Dates.parse(f.termFrom()).filter(d -> d.getYear() >= 2000).orElse(null);
        LocalDate to = Dates.parse(f.termTo()).filter(d -> d.getYear() >= 2000).orElse(null);
        if (from == null) {
            wrong.add(Refused.Reason.of("termFrom", "feedback.supervision.date.invalid"));
        }
        if (to == null) {
            wrong.add(Refused.Reason.of("termTo", "feedback.supervision.date.invalid"));
        }
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                wrong.add(Refused.Reason.of("termTo", "feedback.supervision.period.invalid"));
            } else if (kind != null && kind.termYears() != null && to.isAfter(from.plusYears(kind.termYears()))) {
                wrong.add(Refused.Reason.of("termTo", "feedback.board.term.long", kind.termYears(), kind.basis()));
            } else if (to.isAfter(from.plusYears(10))) {
                wrong.add(Refused.Reason.of("termTo", "feedback.board.term.long", 10, ""));
            }
        }
        LocalDate on = from == null ? today.date() : from;
        if (!units.isCommune(commune, on)) {
            wrong.add(Refused.Reason.of("commune", "feedback.supervision.commune.unknown"));
        } else if (!permissions.may("board.manage", commune, on)) {
            throw new AccessDeniedException("may not record boards of " + commune);
        }
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty() && kind != null) {
            name = kind.name() + " " + units.name(commune, on);
        }
        if (name.length() > 300) {
            wrong.add(Refused.Reason.of("name", "feedback.supervision.text.invalid", 300));
        }
        String decision = f.decision() == null ? "" : f.decision().strip();
        if (decision.length() > 300) {
            wrong.add(Refused.Reason.of("decision", "feedback.supervision.text.invalid", 300));
        }
        List<Member> members = members(f.members(), commune, on, wrong);
        if (kind != null && wrong.isEmpty()) {
            if (members.size() < kind.minMembers()) {
                wrong.add(Refused.Reason.of("members", "feedback.board.members.few", kind.minMembers(), kind.basis()));
            }
            if (kind.maxMembers() != null && members.size() > kind.maxMembers()) {
                wrong.add(Refused.Reason.of("members", "feedback.board.members.many", kind.maxMembers()));
            }
            if (members.stream().filter(m -> m.role().equals("HEAD")).count() != 1) {
                wrong.add(Refused.Reason.of("members", "feedback.board.members.head"));
            }
        }
        return new Checked(commune, kind, name, from, to, decision, members);
    }

    private void insertMembers(long boardId, List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            jdbc.sql("insert into feedback_board_member (board_id, position, name, role, area_code) "
                    + "values (:b, :i, :n, :r, :a)").param("b", boardId).param("i", i + 1).param("n", m.name())
                    .param("r", m.role()).param("a", m.areaCode()).update();
        }
    }

    private static Map<String, Object> value(String commune, String kind, String name, LocalDate from, LocalDate to,
            String decision, List<Member> members) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("commune", commune);
        v.put("kind", kind);
        v.put("name", name);
        v.put("term", from + "/" + to);
        v.put("decision", decision == null || decision.isEmpty() ? null : decision);
        v.put("members", members.stream().map(m -> m.name() + " – " + m.role()).toList());
        return v;
    }

    private static Map<String, Object> value(Board b) {
        return value(b.communeCode(), b.kind().code(), b.name(), b.termFrom(), b.termTo(), b.decision(),
                b.members());
    }

    @Transactional
    public long create(BoardForm f) {
        List<Refused.Reason> wrong = new ArrayList<>();
        Checked c = check(f, wrong);
        FormPages.refuseIfAny(wrong);
        long id = jdbc.sql("""
                insert into feedback_board (commune_code, kind, name, term_from, term_to, decision, created_by)
                values (:c, :k, :n, :from, :to, :d, :by) returning id""").param("c", c.commune())
                .param("k", c.kind().code()).param("n", c.name()).param("from", c.from()).param("to", c.to())
                .param("d", c.decision().isEmpty() ? null : c.decision()).param("by", permissions.username())
                .query(Long.class).single();
        insertMembers(id, c.members());
        audit.record("CREATE", AUDIT, String.valueOf(id), "Ghi " + c.name(), null, value(c.commune(),
                c.kind().code(), c.name(), c.from(), c.to(), c.decision(), c.members()));
        return id;
    }

    /** The board as its edit form shows it: members one per line, "name – role – area code", roles as codes. */
    public BoardForm form(long id) {
        return form(id, role -> role);
    }

    /**
     * The board as its edit form shows it, each member's role in the words {@code roleWord} gives for its code (the
     * form's own words, which {@link #role} reads back).
     */
    public BoardForm form(long id, java.util.function.UnaryOperator<String> roleWord) {
        Board b = manageable(id);
        return new BoardForm(b.communeCode(), b.kind().code(), b.name(), b.termFrom().toString(),
                b.termTo().toString(), b.decision() == null ? "" : b.decision(), String.join("\n", b.members()
                        .stream().map(m -> m.name() + " – " + roleWord.apply(m.role()) + (m.areaCode() == null ? ""
                                : " – " + m.areaCode())).toList()));
    }

    private Board manageable(long id) {
        Board b = board(id);
        if (!mayManage(b)) {
            throw new AccessDeniedException("may not manage the board");
        }
        return b;
    }

    /**
     * Changes the board's name, term, decision and members (its commune and kind stay: another kind is another
     * board, with other rules), under the same rules of its kind as a new one (NĐ 59/2023).
     */
    @Transactional
    public void update(long id, BoardForm f) {
        Board old = manageable(id);
        List<Refused.Reason> wrong = new ArrayList<>();
        Checked c = check(new BoardForm(old.communeCode(), old.kind().code(), f.name(), f.termFrom(), f.termTo(),
                f.decision(), f.members()), wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("""
                update feedback_board set name = :n, term_from = :from, term_to = :to, decision = :d
                where id = :id""").param("n", c.name()).param("from", c.from()).param("to", c.to())
                .param("d", c.decision().isEmpty() ? null : c.decision()).param("id", id).update();
        jdbc.sql("delete from feedback_board_member where board_id = :b").param("b", id).update();
        insertMembers(id, c.members());
        audit.record("UPDATE", AUDIT, String.valueOf(id), "Sửa " + c.name(), value(old), value(c.commune(),
                c.kind().code(), c.name(), c.from(), c.to(), c.decision(), c.members()));
    }

    @Transactional
    public void delete(long id) {
        Board b = manageable(id);
        jdbc.sql("delete from feedback_board where id = :id").param("id", id).update();
        audit.record("DELETE", AUDIT, String.valueOf(id), "Xóa " + b.name(), value(b), null);
    }

    private List<Member> members(String text, String commune, LocalDate on, List<Refused.Reason> wrong) {
        List<Member> out = new ArrayList<>();
        if (text == null || text.isBlank() || text.length() > 6000) {
            wrong.add(Refused.Reason.of("members", "feedback.supervision.members.required"));
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+[–-]\\s+|\\t|;", 3);
            String name = parts[0].strip();
            String role = parts.length > 1 ? role(parts[1].strip()) : "MEMBER";
            String area = parts.length > 2 ? parts[2].strip() : null;
            if (name.isEmpty() || name.length() > 200 || role == null
                    || (area != null && !area.isEmpty() && !units.isAreaOf(area, commune, on))) {
                wrong.add(Refused.Reason.of("members", "feedback.board.members.line", line.strip()));
                return out;
            }
            out.add(new Member(name, role, area == null || area.isEmpty() ? null : area, null));
        }
        if (out.size() > 50) {
            wrong.add(Refused.Reason.of("members", "feedback.board.members.many", 50));
        }
        return out;
    }

    /** HEAD, DEPUTY, MEMBER, or their Vietnamese titles typed without care for accents or case. */
    static String role(String text) {
        String key = vn.chungsuc.shared.text.VietnameseText.searchKey(text);
        if (ROLES.contains(text.toUpperCase(java.util.Locale.ROOT))) {
            return text.toUpperCase(java.util.Locale.ROOT);
        }
        if (key.startsWith("truong ban") || key.equals("truong")) {
            return "HEAD";
        }
        if (key.startsWith("pho truong ban") || key.startsWith("pho ban") || key.equals("pho")) {
            return "DEPUTY";
        }
        if (key.startsWith("thanh vien") || key.equals("uy vien")) {
            return "MEMBER";
        }
        return null;
    }

    public Optional<Kind> kindOf(String code) {
        return Optional.ofNullable(kind(code));
    }
}
