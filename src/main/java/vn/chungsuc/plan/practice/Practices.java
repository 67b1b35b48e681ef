package vn.chungsuc.plan.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.plan.domain.FileTypes;
import vn.chungsuc.plan.domain.NotFound;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Pilot residential areas and good practices (1995/CTrPH IV.3). A commune (or the Front above it) chooses one
 * residential area of the commune to pilot, writes its plan, records the checks made and a verdict; good practices
 * are recorded with their content area, place, photos and documents, found without diacritics, marked for
 * replication by the Front, and a replication names the practice it copies. Every read checks the user's units on
 * the record's date by the unit tree; every write is audited.
 */
@Service
@Transactional(readOnly = true)
public class Practices {

    static final int MAX_TEXT = 8000;
    static final int MAX_FILES = 10;
    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final CampaignApi campaign;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final Today today;
    private final AuditLog audit;
    private final int maxFileBytes;
    private final vn.chungsuc.plan.domain.Plans plans;

    Practices(JdbcClient jdbc, CampaignApi campaign, TerritoryApi territory, PlanPermissions permissions, Today today,
            AuditLog audit, @Value("${chungsuc.plan.evidence.max-bytes:5242880}") int maxFileBytes,
            vn.chungsuc.plan.domain.Plans plans) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.campaign = campaign;
        this.territory = territory;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
        this.maxFileBytes = maxFileBytes;
    }

    public enum Verdict { ACHIEVED, PARTLY, NOT_ACHIEVED }

    public record Pilot(long id, long programmeId, String communeCode, String communeName, String areaCode,
            String areaName, LocalDate chosenOn, String plan, Verdict verdict, String verdictNote,
            LocalDate verdictOn, String verdictBy, String recordedBy) {
    }

    public record Check(long id, LocalDate checkedOn, String checkedBy, String findings, String recordedBy) {
    }

    /** A commune of the programme's unit and its pilot (null: none chosen yet). */
    public record CommunePilot(UnitView commune, Pilot pilot, boolean mayRecord) {
    }

    public record Practice(long id, String title, Integer contentArea, String unitCode, String unitName, String place,
            String description, LocalDate startedOn, boolean replicate, String replicateBy, LocalDate replicateOn,
            Long replicatesId, String replicatesTitle, Long pilotId, String recordedBy) {
    }

    public record StoredFile(long id, long practiceId, String kind, String name, String contentType, int size) {

        public boolean photo() {
            return "PHOTO".equals(kind);
        }
    }

    public record Upload(String name, long size, byte[] content) {
    }

    public int maxFileBytes() {
        return maxFileBytes;
    }

    // ---- programmes and units

    public ProgrammeView programme(Long id) {
        List<ProgrammeView> all = campaign.programmes();
        // without a choice, the programme that has a plan (as /plan opens it), not whichever was created last
        ProgrammeView p = id == null ? all.stream().filter(x -> plans.hasPlan(x.id())).findFirst()
                .orElse(all.stream().findFirst().orElse(null))
                : all.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (p == null) {
            throw new NotFound("programme", "plan.programme.unknown", id == null ? "" : id);
        }
        return p;
    }

    /** The last day of the programme, or today if sooner: the date its units are read on. */
    LocalDate programmeDay(ProgrammeView p) {
        LocalDate end = LocalDate.of(p.periodTo(), 12, 31);
        return today.date().isBefore(end) ? today.date() : end;
    }

    /** The programme unit's communes during the programme, each with its pilot, those the user may view. */
    public List<CommunePilot> pilots(ProgrammeView p) {
        LocalDate on = programmeDay(p);
        Map<String, Pilot> byCommune = new LinkedHashMap<>();
        pilotRows("p.programme_id = :k", p.id()).forEach(x -> byCommune.put(x.communeCode(), x));
        List<CommunePilot> out = new ArrayList<>();
        for (UnitView c : territory.children(p.unitCode(), on, UnitScope.ALL)) {
            if (c.level() != UnitLevel.COMMUNE || !permissions.may("practice.view", c.code(), on)) {
                continue;
            }
            out.add(new CommunePilot(c, byCommune.get(c.code()), permissions.may("practice.record", c.code(), on)));
        }
        return out;
    }

    public Pilot pilot(long id) {
        Pilot p = pilotRows("p.id = :k", id).stream().findFirst()
                .orElseThrow(() -> new NotFound("pilot", "plan.pilot.unknown", id));
        if (!permissions.may("practice.view", p.communeCode(), p.chosenOn())) {
            throw new AccessDeniedException("may not view pilot " + id);
        }
        return p;
    }

    public boolean mayRecord(Pilot p) {
        return permissions.may("practice.record", p.communeCode(), p.chosenOn());
    }

    /** Whether the user's post records practices at all (the form then lists the units he may record in). */
    public boolean mayRecordSomewhere() {
        return permissions.may("practice.record");
    }

    public boolean mayReplicate(Practice p) {
        return permissions.may("practice.replicate", p.unitCode(), p.startedOn());
    }

    public List<Check> checks(long pilotId) {
        return jdbc.sql("select * from plan_pilot_check where pilot_id = :p order by checked_on, id")
                .param("p", pilotId).query((rs, i) -> new Check(rs.getLong("id"),
                        rs.getObject("checked_on", LocalDate.class), rs.getString("checked_by"),
                        rs.getString("findings"), rs.getString("recorded_by"))).list();
    }

    /** The residential areas of the commune on the date, to choose the pilot from. */
    public List<UnitView> areas(String communeCode, LocalDate on) {
        return territory.children(communeCode, on, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).toList();
    }

    private List<Pilot> pilotRows(String where, long key) {
        return jdbc.sql("select p.* from plan_pilot p where " + where + " order by p.commune_code").param("k", key)
                .query((rs, i) -> {
                    LocalDate on = rs.getObject("chosen_on", LocalDate.class);
                    String v = rs.getString("verdict");
                    return new Pilot(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("commune_code"),
                            name(rs.getString("commune_code"), on), rs.getString("area_code"),
                            name(rs.getString("area_code"), on), on, rs.getString("plan"),
                            v == null ? null : Verdict.valueOf(v), rs.getString("verdict_note"),
                            rs.getObject("verdict_on", LocalDate.class), rs.getString("verdict_by"),
                            rs.getString("recorded_by"));
                }).list();
    }

    String name(String code, LocalDate on) {
        return territory.find(code, on, UnitScope.ALL)
                .or(() -> territory.versions(code, UnitScope.ALL).stream().reduce((a, b) -> b))
                .map(UnitView::fullName).orElse(code);
    }

    // ---- pilots: choose, check, verdict

    @Transactional
    public long choosePilot(ProgrammeView p, String communeCode, String areaCode, String chosenOn, String plan) {
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate on = date(chosenOn, "chosenOn", p, wrong);
        String commune = communeCode == null ? "" : communeCode.strip();
        LocalDate at = on == null ? programmeDay(p) : on;
        Optional<UnitView> c = commune.length() > 40 ? Optional.empty()
                : territory.children(p.unitCode(), at, UnitScope.ALL).stream()
                .filter(u -> u.code().equals(commune) && u.level() == UnitLevel.COMMUNE).findFirst();
        if (c.isEmpty()) {
            wrong.add(Refused.Reason.of("commune", "plan.pilot.commune.invalid"));
        } else if (!permissions.may("practice.record", commune, at)) {
            throw new AccessDeniedException("may not choose the pilot of " + commune);
        }
        if (c.isPresent() && areas(commune, at).stream().noneMatch(a -> a.code().equals(areaCode))) {
            wrong.add(Refused.Reason.of("area", "plan.pilot.area.invalid"));
        }
        String text = bounded(plan, "plan", wrong);
        if (c.isPresent() && jdbc.sql("select exists (select 1 from plan_pilot where programme_id = :p and "
                + "commune_code = :c)").param("p", p.id()).param("c", commune).query(Boolean.class).single()) {
            wrong.add(Refused.Reason.of("commune", "plan.pilot.commune.taken", c.get().fullName()));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into plan_pilot (programme_id, commune_code, area_code, chosen_on, plan, recorded_by)
                values (:p, :c, :a, :on, :plan, :by) returning id""").param("p", p.id()).param("c", commune)
                .param("a", areaCode).param("on", on).param("plan", text).param("by", permissions.username())
                .query(Long.class).single();
        audit.record("CREATE", "plan.pilot", String.valueOf(id), "Chọn khu dân cư điểm " + areaCode + " của "
                + commune, null, Map.of("commune", commune, "area", areaCode, "chosenOn", on.toString(), "plan", text));
        return id;
    }

    @Transactional
    public void addCheck(long pilotId, String checkedOn, String checkedBy, String findings) {
        Pilot p = pilot(pilotId);
        if (!mayRecord(p)) {
            throw new AccessDeniedException("may not check pilot " + pilotId);
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate on = date(checkedOn, "checkedOn", programme(p.programmeId()), wrong);
        if (on != null && on.isBefore(p.chosenOn())) {
            wrong.add(Refused.Reason.of("checkedOn", "plan.pilot.check.beforeChosen"));
        }
        String by = checkedBy == null ? "" : checkedBy.strip();
        if (by.isEmpty() || by.length() > 300) {
            wrong.add(Refused.Reason.of("checkedBy", "plan.pilot.check.by"));
        }
        String text = bounded(findings, "findings", wrong);
        if (text.isEmpty()) {
            wrong.add(Refused.Reason.of("findings", "plan.pilot.check.findings"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into plan_pilot_check (pilot_id, checked_on, checked_by, findings, recorded_by)
                values (:p, :on, :by, :f, :u) returning id""").param("p", pilotId).param("on", on).param("by", by)
                .param("f", text).param("u", permissions.username()).query(Long.class).single();
        audit.record("CREATE", "plan.pilot.check", String.valueOf(id), "Kiểm tra khu dân cư điểm " + p.areaCode(),
                null, Map.of("pilot", pilotId, "checkedOn", on.toString(), "checkedBy", by, "findings", text));
    }

    @Transactional
    public void verdict(long pilotId, String verdict, String note, String on) {
        Pilot p = pilot(pilotId);
        if (!mayRecord(p)) {
            throw new AccessDeniedException("may not judge pilot " + pilotId);
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        Verdict v = Arrays.stream(Verdict.values()).filter(x -> x.name().equals(verdict)).findFirst().orElse(null);
        if (v == null) {
            wrong.add(Refused.Reason.of("verdict", "plan.pilot.verdict.invalid"));
        }
        LocalDate date = date(on, "verdictOn", programme(p.programmeId()), wrong);
        if (date != null && date.isBefore(p.chosenOn())) {
            wrong.add(Refused.Reason.of("verdictOn", "plan.pilot.check.beforeChosen"));
        }
        String text = bounded(note, "verdictNote", wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("""
                update plan_pilot set verdict = :v, verdict_note = :n, verdict_on = :on, verdict_by = :by
                where id = :id""").param("v", v.name()).param("n", text).param("on", date)
                .param("by", permissions.username()).param("id", pilotId).update();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("verdict", p.verdict() == null ? null : p.verdict().name());
        old.put("note", p.verdictNote());
        audit.record("UPDATE", "plan.pilot", String.valueOf(pilotId), "Kết luận khu dân cư điểm " + p.areaCode(),
                old, Map.of("verdict", v.name(), "note", text, "on", date.toString()));
    }

    // ---- good practices

    /** A page of the practices the user may view whose folded text holds the query's words, newest first. */
    public record PracticePage(List<Practice> items, int page, int totalPages, int total) {
    }

    public PracticePage practices(String query, boolean replicateOnly, int page) {
        List<Practice> visible = search(query, replicateOnly);
        int pages = Math.max(1, (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        return new PracticePage(visible.subList(p * PAGE_SIZE, Math.min(visible.size(), (p + 1) * PAGE_SIZE)), p,
                pages, visible.size());
    }

    /** Every practice the user may view that the query finds (for the Excel export, all pages). */
    public List<Practice> search(String query, boolean replicateOnly) {
        String q = query == null ? "" : query.length() > 200 ? query.substring(0, 200) : query;
        List<String> words = Arrays.stream(VietnameseText.searchKey(q).split("\\s+")).filter(w -> !w.isBlank())
                .toList();
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < words.size() && i < 10; i++) {
            where.append(" and x.search_key like :w").append(i).append(" escape '\\'");
            params.put("w" + i, "%" + VietnameseText.likeKey(words.get(i)) + "%");
        }
        if (replicateOnly) {
            where.append(" and x.replicate");
        }
        return practiceRows(where.toString(), params).stream()
                .filter(x -> permissions.may("practice.view", x.unitCode(), x.startedOn())).toList();
    }

    public Practice practice(long id) {
        Practice p = practiceRows("x.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFound("practice", "plan.practice.unknown", id));
        if (!permissions.may("practice.view", p.unitCode(), p.startedOn())) {
            throw new AccessDeniedException("may not view practice " + id);
        }
        return p;
    }

    /** The practices that copy this one, those the user may view. */
    public List<Practice> replications(long id) {
        return practiceRows("x.replicates_id = :id", Map.of("id", id)).stream()
                .filter(x -> permissions.may("practice.view", x.unitCode(), x.startedOn())).toList();
    }

    public List<StoredFile> files(long practiceId) {
        return jdbc.sql("""
                select id, practice_id, kind, name, content_type, size_bytes from plan_practice_file
                where practice_id = :p order by kind desc, id""").param("p", practiceId)
                .query((rs, i) -> new StoredFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6))).list();
    }

    public record FileContent(String name, String contentType, byte[] content) {
    }

    public FileContent file(long fileId) {
        record Row(long practice, FileContent content) {
        }
        Row row = jdbc.sql("select practice_id, name, content_type, content from plan_practice_file where id = :id")
                .param("id", fileId).query((rs, i) -> new Row(rs.getLong(1), new FileContent(rs.getString(2),
                        rs.getString(3), rs.getBytes(4)))).optional()
                .orElseThrow(() -> new NotFound("file", "plan.practice.file.unknown", fileId));
        practice(row.practice());
        return row.content();
    }

    private List<Practice> practiceRows(String where, Map<String, ?> params) {
        var statement = jdbc.sql("""
                select x.*, r.title as replicates_title from plan_practice x
                left join plan_practice r on r.id = x.replicates_id
                where """ + " " + where + " order by x.started_on desc, x.id desc");
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        return statement.query((rs, i) -> {
            LocalDate on = rs.getObject("started_on", LocalDate.class);
            long rep = rs.getLong("replicates_id");
            long pilot = rs.getLong("pilot_id");
            Integer content = rs.getObject("content_area") == null ? null : rs.getInt("content_area");
            return new Practice(rs.getLong("id"), rs.getString("title"), content, rs.getString("unit_code"),
                    name(rs.getString("unit_code"), on), rs.getString("place"), rs.getString("description"), on,
                    rs.getBoolean("replicate"), rs.getString("replicate_by"),
                    rs.getObject("replicate_on", LocalDate.class), rep == 0 ? null : rep,
                    rs.getString("replicates_title"), pilot == 0 ? null : pilot, rs.getString("recorded_by"));
        }).list();
    }

    /** What the practice form sends. */
    public record PracticeForm(String title, String contentArea, String unit, String place, String description,
            String startedOn, String replicates, List<Upload> photos, List<Upload> documents) {

        public PracticeForm {
            photos = photos == null ? List.of() : List.copyOf(photos);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /**
     * The units a practice may be recorded in: the communes and residential areas of the programme's unit (on its
     * last day) and of the units it went into (today), those the user may record in.
     */
    public List<UnitView> recordableUnits(ProgrammeView p) {
        Set<String> roots = new LinkedHashSet<>();
        roots.add(p.unitCode());
        List<UnitView> out = new ArrayList<>();
        LocalDate end = programmeDay(p);
        territory.subtree(p.unitCode(), end, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE || u.level() == UnitLevel.RESIDENTIAL_AREA)
                .filter(u -> permissions.may("practice.record", u.code(), end)).forEach(out::add);
        for (var s : territory.lineage(p.unitCode()).successors()) {
            territory.subtree(s.code(), today.date(), UnitScope.ALL).stream()
                    .filter(u -> u.level() == UnitLevel.COMMUNE || u.level() == UnitLevel.RESIDENTIAL_AREA)
                    .filter(u -> out.stream().noneMatch(o -> o.code().equals(u.code())))
                    .filter(u -> permissions.may("practice.record", u.code(), today.date())).forEach(out::add);
        }
        return out;
    }

    @Transactional
    public long record(ProgrammeView p, PracticeForm f, Long pilotId) {
        List<Refused.Reason> wrong = new ArrayList<>();
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty() || title.length() > 500) {
            wrong.add(Refused.Reason.of("title", "plan.practice.title.invalid"));
        }
        Integer content = null;
        if (f.contentArea() != null && !f.contentArea().isBlank()) {
            content = p.contents().stream().filter(c -> String.valueOf(c.number()).equals(f.contentArea().strip()))
                    .map(ProgrammeView.Content::number).findFirst().orElse(null);
            if (content == null) {
                wrong.add(Refused.Reason.of("contentArea", "plan.edit.content.invalid"));
            }
        }
        LocalDate started = f.startedOn() == null || f.startedOn().isBlank() ? today.date()
                : Dates.parse(f.startedOn()).filter(d -> !d.isAfter(today.date())).orElse(null);
        if (started == null) {
            wrong.add(Refused.Reason.of("startedOn", "plan.practice.started.invalid"));
        }
        String unit = f.unit() == null ? "" : f.unit().strip();
        LocalDate at = started == null ? today.date() : started;
        Optional<UnitView> u = unit.isEmpty() || unit.length() > 40 ? Optional.empty()
                : territory.find(unit, at, UnitScope.ALL);
        if (u.isEmpty() || u.get().level() != UnitLevel.COMMUNE && u.get().level() != UnitLevel.RESIDENTIAL_AREA) {
            wrong.add(Refused.Reason.of("unit", "plan.practice.unit.invalid"));
        } else if (!permissions.may("practice.record", unit, at)) {
            throw new AccessDeniedException("may not record a practice in " + unit);
        }
        String place = f.place() == null ? "" : f.place().strip();
        if (place.length() > 500) {
            wrong.add(Refused.Reason.of("place", "plan.practice.place.long"));
        }
        String description = bounded(f.description(), "description", wrong);
        Long replicates = null;
        if (f.replicates() != null && !f.replicates().isBlank()) {
            try {
                long id = Long.parseLong(f.replicates().strip());
                Practice source = practice(id);
                if (!source.replicate()) {
                    wrong.add(Refused.Reason.of("replicates", "plan.practice.replicates.notMarked"));
                } else {
                    replicates = id;
                }
            } catch (NumberFormatException | NotFound e) {
                wrong.add(Refused.Reason.of("replicates", "plan.practice.replicates.unknown"));
            }
        }
        List<Upload> photos = f.photos().stream().filter(x -> x.size() > 0).toList();
        List<Upload> documents = f.documents().stream().filter(x -> x.size() > 0).toList();
        if (photos.size() + documents.size() > MAX_FILES) {
            wrong.add(Refused.Reason.of("photos", "plan.report.files.many", MAX_FILES));
        }
        List<String[]> kept = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Upload x : photos) {
            if (x.content() == null || x.size() > maxFileBytes) {
                wrong.add(Refused.Reason.of("photos", "plan.report.files.large", x.name(), maxFileBytes / 1024));
            } else if (FileTypes.photo(x.content()).isEmpty()) {
                wrong.add(Refused.Reason.of("photos", "plan.practice.photo.type", x.name()));
            } else {
                byte[] clean = FileTypes.stripMetadata(x.content());
                kept.add(new String[] {"PHOTO", safeName(x.name()), FileTypes.photo(x.content()).get()});
                contents.add(clean);
            }
        }
        for (Upload x : documents) {
            if (x.content() == null || x.size() > maxFileBytes) {
                wrong.add(Refused.Reason.of("documents", "plan.report.files.large", x.name(), maxFileBytes / 1024));
            } else {
                Optional<String> type = FileTypes.sniff(x.content()).filter(t -> !FileTypes.PHOTOS.contains(t));
                if (type.isEmpty()) {
                    wrong.add(Refused.Reason.of("documents", "plan.practice.document.type", x.name()));
                } else {
                    kept.add(new String[] {"DOCUMENT", safeName(x.name()), type.get()});
                    contents.add(x.content());
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        String key = VietnameseText.searchKey(title + " " + place + " " + description + " " + u.get().fullName());
        long id = jdbc.sql("""
                insert into plan_practice (title, content_area, unit_code, place, description, started_on,
                    search_key, replicates_id, pilot_id, recorded_by)
                values (:t, :c, :u, :pl, :d, :s, :k, :r, :pilot, :by) returning id""").param("t", title)
                .param("c", content).param("u", unit).param("pl", place).param("d", description)
                .param("s", started).param("k", key).param("r", replicates).param("pilot", pilotId)
                .param("by", permissions.username()).query(Long.class).single();
        for (int i = 0; i < kept.size(); i++) {
            jdbc.sql("""
                    insert into plan_practice_file (practice_id, kind, name, content_type, size_bytes, content)
                    values (:p, :k, :n, :t, :s, :b)""").param("p", id).param("k", kept.get(i)[0])
                    .param("n", kept.get(i)[1]).param("t", kept.get(i)[2]).param("s", contents.get(i).length)
                    .param("b", contents.get(i)).update();
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", title);
        value.put("unit", unit);
        value.put("contentArea", content);
        value.put("startedOn", started.toString());
        value.put("replicates", replicates);
        value.put("files", kept.size());
        audit.record("CREATE", "plan.practice", String.valueOf(id), "Ghi nhận mô hình: " + title, null, value);
        return id;
    }

    @Transactional
    public void markForReplication(long id, boolean mark) {
        Practice p = practice(id);
        if (!mayReplicate(p)) {
            throw new AccessDeniedException("may not mark practice " + id);
        }
        jdbc.sql("update plan_practice set replicate = :m, replicate_by = :by, replicate_on = :on where id = :id")
                .param("m", mark).param("by", mark ? permissions.username() : null)
                .param("on", mark ? today.date() : null).param("id", id).update();
        audit.record("UPDATE", "plan.practice", String.valueOf(id), (mark ? "Chọn" : "Bỏ chọn") + " nhân rộng mô hình: "
                + p.title(), Map.of("replicate", p.replicate()), Map.of("replicate", mark));
    }

    private LocalDate date(String text, String field, ProgrammeView p, List<Refused.Reason> wrong) {
        Optional<LocalDate> d = text == null ? Optional.empty() : Dates.parse(text.strip());
        if (d.isEmpty() || d.get().getYear() < p.periodFrom() || d.get().getYear() > p.periodTo()
                || d.get().isAfter(today.date())) {
            wrong.add(Refused.Reason.of(field, "plan.pilot.date.invalid", p.periodFrom(), p.periodTo()));
            return null;
        }
        return d.get();
    }

    private static String bounded(String text, String field, List<Refused.Reason> wrong) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_TEXT) {
            wrong.add(Refused.Reason.of(field, "plan.report.note.long", MAX_TEXT));
        }
        return t;
    }

    static String safeName(String name) {
        String n = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
