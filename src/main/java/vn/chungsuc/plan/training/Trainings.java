package vn.chungsuc.plan.training;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.plan.domain.FileTypes;
import vn.chungsuc.plan.domain.NotFound;
import vn.chungsuc.registry.MemberRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Trainings (1995/CTrPH IV.3 "tập huấn", VI.1.6): held on a date at a place by an organising body for a unit (the
 * town or a commune), for some of three audiences; attendees are typed names or members of a registry household
 * (checked through the registry's public API on the training's date); materials are files typed by content. Reads
 * check the user's units on the training's date; writes are audited and move the training counts.
 */
@Service
@Transactional(readOnly = true)
public class Trainings {

    public static final int PAGE_SIZE = 20;
    static final int MAX_ATTENDEES = 500;
    static final int MAX_FILES = 10;

    public enum Audience { FRONT_OFFICERS, MEMBER_ORGANISATIONS, AREA_HEADS }

    private final JdbcClient jdbc;
    private final CampaignApi campaign;
    private final TerritoryApi territory;
    private final Bodies bodies;
    private final RegistryApi registry;
    private final PlanPermissions permissions;
    private final Today today;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final int maxFileBytes;

    Trainings(JdbcClient jdbc, CampaignApi campaign, TerritoryApi territory, Bodies bodies, RegistryApi registry,
            PlanPermissions permissions, Today today, AuditLog audit, ApplicationEventPublisher events,
            @Value("${chungsuc.plan.evidence.max-bytes:5242880}") int maxFileBytes) {
        this.jdbc = jdbc;
        this.campaign = campaign;
        this.territory = territory;
        this.bodies = bodies;
        this.registry = registry;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
        this.events = events;
        this.maxFileBytes = maxFileBytes;
    }

    public record Training(long id, String title, LocalDate heldOn, String place, String organiserBody,
            String organiserName, String unitCode, String unitName, List<Audience> audiences, int attendees,
            String recordedBy) {
    }

    public record Attendee(String name, String householdCode, String position) {
    }

    public record Material(long id, String name, String contentType, int size) {
    }

    public record Upload(String name, long size, byte[] content) {
    }

    public int maxFileBytes() {
        return maxFileBytes;
    }

    public ProgrammeView programme() {
        return campaign.programmes().stream().findFirst()
                .orElseThrow(() -> new NotFound("programme", "plan.programme.none"));
    }

    // ---- reading

    public record TrainingPage(List<Training> items, int page, int totalPages, int total) {
    }

    /** The trainings the user may view whose folded text holds the query's words (and of the year), newest first. */
    public List<Training> search(String query, String year) {
        String q = query == null ? "" : query.length() > 200 ? query.substring(0, 200) : query;
        List<String> words = Arrays.stream(VietnameseText.searchKey(q).split("\\s+")).filter(w -> !w.isBlank())
                .limit(10).toList();
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and t.search_key like :w").append(i).append(" escape '\\'");
            params.put("w" + i, "%" + VietnameseText.likeKey(words.get(i)) + "%");
        }
        Integer y = year == null || year.isBlank() ? null : parseYear(year);
        if (y != null) {
            where.append(" and extract(year from t.held_on) = :y");
            params.put("y", y);
        }
        return rows(where.toString(), params).stream()
                .filter(t -> permissions.may("training.view", t.unitCode(), t.heldOn())).toList();
    }

    public TrainingPage page(String query, String year, int page) {
        List<Training> all = search(query, year);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        return new TrainingPage(all.subList(p * PAGE_SIZE, Math.min(all.size(), (p + 1) * PAGE_SIZE)), p, pages,
                all.size());
    }

    /** Per year and unit: trainings and attendees, over what the user may view (the list's summary). */
    public record Count(int year, String unitName, int trainings, int attendees) {
    }

    public List<Count> counts(List<Training> trainings) {
        Map<String, int[]> by = new LinkedHashMap<>();
        Map<String, Count> out = new LinkedHashMap<>();
        trainings.stream().sorted((a, b) -> a.heldOn().getYear() != b.heldOn().getYear()
                ? Integer.compare(a.heldOn().getYear(), b.heldOn().getYear()) : a.unitName().compareTo(b.unitName()))
                .forEach(t -> {
                    String key = t.heldOn().getYear() + "|" + t.unitName();
                    int[] n = by.computeIfAbsent(key, k -> new int[2]);
                    n[0]++;
                    n[1] += t.attendees();
                    out.put(key, new Count(t.heldOn().getYear(), t.unitName(), n[0], n[1]));
                });
        return List.copyOf(out.values());
    }

    public Training training(long id) {
        Training t = rows("t.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFound("training", "plan.training.unknown", id));
        if (!permissions.may("training.view", t.unitCode(), t.heldOn())) {
            throw new AccessDeniedException("may not view training " + id);
        }
        return t;
    }

    public List<Attendee> attendees(long id) {
        return jdbc.sql("select name, household_code, position from plan_training_attendee where training_id = :t "
                + "order by id").param("t", id).query((rs, i) -> new Attendee(rs.getString(1), rs.getString(2),
                rs.getString(3))).list();
    }

    public List<Material> materials(long id) {
        return jdbc.sql("select id, name, content_type, size_bytes from plan_training_material where training_id = :t "
                + "order by id").param("t", id).query((rs, i) -> new Material(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4))).list();
    }

    public record FileContent(String name, String contentType, byte[] content) {
    }

    public FileContent material(long materialId) {
        record Row(long training, FileContent file) {
        }
        Row row = jdbc.sql("select training_id, name, content_type, content from plan_training_material where id = :m")
                .param("m", materialId).query((rs, i) -> new Row(rs.getLong(1), new FileContent(rs.getString(2),
                        rs.getString(3), rs.getBytes(4)))).optional()
                .orElseThrow(() -> new NotFound("material", "plan.practice.file.unknown", materialId));
        training(row.training());
        return row.file();
    }

    private List<Training> rows(String where, Map<String, ?> params) {
        Map<Long, List<Audience>> audiences = new LinkedHashMap<>();
        jdbc.sql("select training_id, audience from plan_training_audience order by audience")
                .query((rs, i) -> audiences.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(Audience.valueOf(rs.getString(2)))).list();
        var statement = jdbc.sql("""
                select t.*, (select count(*) from plan_training_attendee a where a.training_id = t.id) as attendees
                from plan_training t where """ + " " + where + " order by t.held_on desc, t.id desc");
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        return statement.query((rs, i) -> {
            LocalDate on = rs.getObject("held_on", LocalDate.class);
            String body = rs.getString("organiser_body");
            String unit = rs.getString("unit_code");
            return new Training(rs.getLong("id"), rs.getString("title"), on, rs.getString("place"), body,
                    bodies.find(body).map(Body::name).orElse(body), unit, unitName(unit, on),
                    audiences.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("attendees"),
                    rs.getString("recorded_by"));
        }).list();
    }

    private String unitName(String code, LocalDate on) {
        return territory.find(code, on, UnitScope.ALL)
                .or(() -> territory.versions(code, UnitScope.ALL).stream().reduce((a, b) -> b))
                .map(UnitView::fullName).orElse(code);
    }

    // ---- recording

    /** The units a training may be held for on the date: the programme's unit and its communes, in the user's reach. */
    public List<UnitView> units(LocalDate on) {
        ProgrammeView p = programme();
        List<UnitView> out = new ArrayList<>();
        List<String> roots = new ArrayList<>(List.of(p.unitCode()));
        territory.lineage(p.unitCode()).successors().forEach(s -> roots.add(s.code()));
        for (String root : roots) {
            territory.find(root, on, UnitScope.ALL).ifPresent(out::add);
            territory.children(root, on, UnitScope.ALL).stream().filter(u -> u.level() == UnitLevel.COMMUNE)
                    .forEach(out::add);
        }
        return out.stream().filter(u -> permissions.may("training.record", u.code(), on)).toList();
    }

    /** The bodies that may organise: those of the programme's unit on the date (its departments and the Front). */
    public List<Body> organisers(LocalDate on) {
        ProgrammeView p = programme();
        List<Body> out = new ArrayList<>(bodies.of(p.unitCode(), on));
        territory.lineage(p.unitCode()).successors().forEach(s -> out.addAll(bodies.of(s.code(), on)));
        return out;
    }

    public record TrainingForm(String title, String heldOn, String place, String organiser, String unit,
            List<String> audiences, String attendees, List<Upload> materials) {

        public TrainingForm {
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
            materials = materials == null ? List.of() : List.copyOf(materials);
        }
    }

    @Transactional
    public long record(TrainingForm f) {
        List<Refused.Reason> wrong = new ArrayList<>();
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty() || title.length() > 500) {
            wrong.add(Refused.Reason.of("title", "plan.training.title.invalid"));
        }
        LocalDate on = f.heldOn() == null ? null : Dates.parse(f.heldOn().strip())
                .filter(d -> !d.isAfter(today.date())).orElse(null);
        if (on == null) {
            wrong.add(Refused.Reason.of("heldOn", "plan.training.heldOn.invalid"));
        }
        String place = f.place() == null ? "" : f.place().strip();
        if (place.isEmpty() || place.length() > 500) {
            wrong.add(Refused.Reason.of("place", "plan.training.place.invalid"));
        }
        LocalDate at = on == null ? today.date() : on;
        String unit = f.unit() == null ? "" : f.unit().strip();
        Optional<UnitView> u = unit.isEmpty() || unit.length() > 40 ? Optional.empty()
                : territory.find(unit, at, UnitScope.ALL);
        if (u.isEmpty()) {
            wrong.add(Refused.Reason.of("unit", "plan.training.unit.invalid"));
        } else if (!permissions.may("training.record", unit, at)) {
            throw new AccessDeniedException("may not record a training in " + unit);
        }
        String organiser = f.organiser() == null ? "" : f.organiser().strip();
        Optional<Body> body = organiser.isEmpty() ? Optional.empty() : bodies.find(organiser)
                .filter(b -> b.validOn(at));
        if (body.isEmpty()) {
            wrong.add(Refused.Reason.of("organiser", "plan.training.organiser.invalid"));
        }
        Set<Audience> audiences = new LinkedHashSet<>();
        for (String a : f.audiences()) {
            Optional<Audience> x = Arrays.stream(Audience.values()).filter(v -> v.name().equals(a)).findFirst();
            if (x.isEmpty()) {
                wrong.add(Refused.Reason.of("audiences", "plan.training.audience.invalid"));
                break;
            }
            audiences.add(x.get());
        }
        if (audiences.isEmpty() && wrong.stream().noneMatch(r -> r.field().equals("audiences"))) {
            wrong.add(Refused.Reason.of("audiences", "plan.training.audience.invalid"));
        }
        List<Attendee> attendees = attendees(f.attendees(), at, wrong);
        List<Upload> files = f.materials().stream().filter(x -> x.size() > 0).toList();
        if (files.size() > MAX_FILES) {
            wrong.add(Refused.Reason.of("materials", "plan.report.files.many", MAX_FILES));
        }
        List<String> types = new ArrayList<>();
        for (Upload x : files) {
            if (x.content() == null || x.size() > maxFileBytes) {
                wrong.add(Refused.Reason.of("materials", "plan.report.files.large", x.name(), maxFileBytes / 1024));
            } else {
                Optional<String> type = FileTypes.sniff(x.content());
                if (type.isEmpty()) {
                    wrong.add(Refused.Reason.of("materials", "plan.report.files.type", x.name()));
                } else {
                    types.add(type.get());
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = insert(programme().id(), title, on, place, organiser, unit, audiences, attendees,
                permissions.username());
        for (int i = 0; i < files.size(); i++) {
            byte[] content = FileTypes.PHOTOS.contains(types.get(i)) ? FileTypes.stripMetadata(files.get(i).content())
                    : files.get(i).content();
            jdbc.sql("""
                    insert into plan_training_material (training_id, name, content_type, size_bytes, content)
                    values (:t, :n, :c, :s, :b)""").param("t", id).param("n", safeName(files.get(i).name()))
                    .param("c", types.get(i)).param("s", content.length).param("b", content).update();
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", title);
        value.put("heldOn", on.toString());
        value.put("place", place);
        value.put("organiser", organiser);
        value.put("unit", unit);
        value.put("audiences", audiences.stream().map(Enum::name).toList());
        value.put("attendees", attendees.size());
        value.put("materials", files.size());
        audit.record("CREATE", "plan.training", String.valueOf(id), "Ghi nhận lớp tập huấn: " + title, null, value);
        events.publishEvent(StatisticChanged.at(TrainingStatistics.TRAININGS, Set.of(unit), on));
        events.publishEvent(StatisticChanged.at(TrainingStatistics.ATTENDEES, Set.of(unit), on));
        return id;
    }

    /** Inserts a training as it is (the demo's, after its own checks). */
    long insert(long programmeId, String title, LocalDate on, String place, String organiser, String unit,
            Set<Audience> audiences, List<Attendee> attendees, String by) {
        String unitName = unitName(unit, on);
        String organiserName = bodies.find(organiser).map(Body::name).orElse(organiser);
        long id = jdbc.sql("""
                insert into plan_training (programme_id, title, held_on, place, organiser_body, unit_code, search_key,
                    recorded_by) values (:p, :t, :on, :pl, :o, :u, :k, :by) returning id""").param("p", programmeId)
                .param("t", title).param("on", on).param("pl", place).param("o", organiser).param("u", unit)
                .param("k", VietnameseText.searchKey(title + " " + place + " " + organiserName + " " + unitName))
                .param("by", by).query(Long.class).single();
        for (Audience a : audiences) {
            jdbc.sql("insert into plan_training_audience values (:t, :a)").param("t", id).param("a", a.name())
                    .update();
        }
        for (Attendee a : attendees) {
            jdbc.sql("insert into plan_training_attendee (training_id, name, household_code, position) values (:t, :n, "
                    + ":h, :p)").param("t", id).param("n", a.name()).param("h", a.householdCode())
                    .param("p", a.position()).update();
        }
        return id;
    }

    /**
     * One attendee a line: a typed name ("Nguyễn Văn A"), optionally with a position after " – " or " - ", or a
     * registry household's code and a member's name ("38-BS-0001: Nguyễn Văn A"), checked against the household's
     * members on the training's date.
     */
    private List<Attendee> attendees(String text, LocalDate on, List<Refused.Reason> wrong) {
        List<Attendee> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] lines = text.split("\\r?\\n");
        if (lines.length > MAX_ATTENDEES || text.length() > MAX_ATTENDEES * 200) {
            wrong.add(Refused.Reason.of("attendees", "plan.training.attendees.many", MAX_ATTENDEES));
            return out;
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String position = "";
            int dash = Math.max(line.lastIndexOf(" – "), line.lastIndexOf(" - "));
            if (dash > 0) {
                position = line.substring(dash + 3).strip();
                line = line.substring(0, dash).strip();
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String household = line.substring(0, colon).strip();
                String name = line.substring(colon + 1).strip();
                List<MemberRef> members = household.length() > 40 ? List.of() : registry.members(household, on);
                Optional<MemberRef> m = members.stream().filter(x -> VietnameseText.searchKey(x.fullName())
                        .equals(VietnameseText.searchKey(name))).findFirst();
                if (m.isEmpty()) {
                    wrong.add(Refused.Reason.of("attendees", "plan.training.attendee.notMember", name, household));
                } else {
                    out.add(new Attendee(m.get().fullName(), household, cut(position, 200)));
                }
            } else if (line.length() > 200) {
                wrong.add(Refused.Reason.of("attendees", "plan.training.attendee.long", 200));
            } else {
                out.add(new Attendee(line, null, cut(position, 200)));
            }
        }
        return out;
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    private static Integer parseYear(String year) {
        try {
            int y = Integer.parseInt(year.strip());
            return y >= 1990 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String safeName(String name) {
        String n = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
