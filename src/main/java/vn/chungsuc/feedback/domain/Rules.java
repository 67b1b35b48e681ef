package vn.chungsuc.feedback.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The rules that are data: categories, the working-day calendar and who handles a category in a commune on a date.
 * Routing takes, in order: a row of {@code feedback_routing} for the commune or the nearest unit above it valid on
 * the date; the commune's body with the category's function; the nearest unit above with such a body; the
 * commune's office (Văn phòng HĐND và UBND, which receives what no office owns); none.
 */
@Component
public class Rules {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final Bodies bodies;
    private final AtomicReference<WorkingCalendar> calendar = new AtomicReference<>();
    private final AuditLog audit;

    Rules(JdbcClient jdbc, TerritoryApi territory, Bodies bodies, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.territory = territory;
        this.bodies = bodies;
    }

    /**
     * The categories in their order, read again after {@link #CATEGORIES_LIFE_NANOS} (a change on another instance
     * shows within it) or at once after a change made here: a post and a page of the list no longer read them once
     * per row.
     */
    public List<Category> categories() {
        CachedCategories c = cachedCategories;
        long now = System.nanoTime();
        if (c != null && now - c.madeAtNanos() < CATEGORIES_LIFE_NANOS) {
            return c.categories();
        }
        List<Category> fresh = List.copyOf(readCategories());
        cachedCategories = new CachedCategories(now, fresh);
        return fresh;
    }

    private static final long CATEGORIES_LIFE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    private volatile CachedCategories cachedCategories;

    private record CachedCategories(long madeAtNanos, List<Category> categories) {
    }

    /** Forgets the cached categories (after one changed, and in tests that change them in SQL). */
    public void categoriesChanged() {
        cachedCategories = null;
    }

    private List<Category> readCategories() {
        return jdbc.sql("select * from feedback_category order by position").query((rs, i) -> new Category(
                rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getInt("content_no"),
                rs.getString("kind"), rs.getString("function") == null ? null
                        : Function.valueOf(rs.getString("function")),
                (Integer) rs.getObject("deadline_days"), rs.getString("basis"), rs.getInt("position"),
                rs.getBoolean("active"))).list();
    }

    public Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public WorkingCalendar calendar() {
        WorkingCalendar c = calendar.get();
        if (c == null) {
            Map<LocalDate, Boolean> days = new HashMap<>();
            jdbc.sql("select day, working from feedback_calendar_day").query(rs -> {
                days.put(rs.getObject("day", LocalDate.class), rs.getBoolean("working"));
            });
            c = new WorkingCalendar(days);
            calendar.set(c);
        }
        return c;
    }

    /** The calendar's named days of a year, for its page. */
    public List<Map<String, Object>> calendarDays(int year) {
        return jdbc.sql("select day, working, name, source from feedback_calendar_day where extract(year from day) = "
                + ":y order by day").param("y", year).query().listOfRows();
    }

    /** Forgets the cached calendar (after its data changed). */
    public void calendarChanged() {
        calendar.set(null);
    }

    /** Sets what a day of the calendar is (a holiday or a make-up day), with its name and source; audited. */
    @Transactional
    public void setDay(String dayText, boolean working, String name, String source) {
        LocalDate day = Dates.parseOrRefuse(dayText, "day");
        if (!Dates.inBounds(day)) {
            throw new Refused("day", "feedback.refused.day");
        }
        if (blank(name) || blank(source) || name.length() > 200 || source.length() > 500) {
            throw new Refused("name", "feedback.refused.dayText", 200, 500);
        }
        var old = jdbc.sql("select working, name, source from feedback_calendar_day where day = :d").param("d", day)
                .query().optionalValue().orElse(null);
        jdbc.sql("insert into feedback_calendar_day (day, working, name, source) values (:d, :w, :n, :s) on conflict "
                + "(day) do update set working = excluded.working, name = excluded.name, source = excluded.source")
                .param("d", day).param("w", working).param("n", name.strip()).param("s", source.strip()).update();
        audit.record("UPDATE", "feedback.calendar", day.toString(), "Lịch ngày làm việc: " + day, old,
                Map.of("working", working, "name", name.strip(), "source", source.strip()));
        calendarChanged();
    }

    /** Takes a day off the calendar (it is then as its weekday says); audited. */
    @Transactional
    public void removeDay(String dayText) {
        LocalDate day = Dates.parseOrRefuse(dayText, "day");
        var old = jdbc.sql("select working, name, source from feedback_calendar_day where day = :d").param("d", day)
                .query().listOfRows();
        if (old.isEmpty()) {
            throw new Refused("day", "feedback.refused.noDay");
        }
        jdbc.sql("delete from feedback_calendar_day where day = :d").param("d", day).update();
        audit.record("DELETE", "feedback.calendar", day.toString(), "Bỏ ngày khỏi lịch: " + day, old.get(0), null);
        calendarChanged();
    }

    /** Changes a category's deadline in working days and its basis; audited. */
    @Transactional
    public void setDeadline(String code, String daysText, String basis) {
        Category c = category(code).filter(Category::taken)
                .orElseThrow(() -> new Refused("code", "feedback.refused.category"));
        int days;
        try {
            days = Integer.parseInt(daysText == null ? "" : daysText.strip());
        } catch (NumberFormatException e) {
            days = 0;
        }
        if (days < 1 || days > 90) {
            throw new Refused("days", "feedback.refused.days", 1, 90);
        }
        if (blank(basis) || basis.length() > 500) {
            throw new Refused("basis", "feedback.refused.basis", 500);
        }
        jdbc.sql("update feedback_category set deadline_days = :d, basis = :b where code = :c").param("d", days)
                .param("b", basis.strip()).param("c", code).update();
        categoriesChanged();
        audit.record("UPDATE", "feedback.category", code, "Thời hạn lĩnh vực " + code, Map.of("days",
                c.deadlineDays(), "basis", c.basis()), Map.of("days", days, "basis", basis.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The body that handles the category in the commune on the date, if any. */
    public Optional<Body> route(Category category, String communeCode, LocalDate on) {
        Optional<UnitView> commune = territory.find(communeCode, on, UnitScope.ALL);
        if (commune.isEmpty()) {
            return Optional.empty();
        }
        List<String> upwards = new java.util.ArrayList<>(commune.get().pathCodes());
        java.util.Collections.reverse(upwards);
        // the rows of the commune and of every unit above it in one query, the nearest unit's first
        Map<String, String> rows = new HashMap<>();
        jdbc.sql("select unit_code, body_code from feedback_routing where category_code = :c and unit_code in (:u) "
                + "and valid_from <= :on and (valid_to is null or valid_to > :on) order by valid_from")
                .param("c", category.code()).param("u", upwards).param("on", on)
                .query(rs -> {
                    rows.put(rs.getString(1), rs.getString(2));
                });
        for (String unit : upwards) {
            Optional<String> row = Optional.ofNullable(rows.get(unit));
            if (row.isPresent()) {
                Optional<Body> body = bodies.find(row.get()).filter(b -> b.validOn(on));
                if (body.isPresent()) {
                    return body;
                }
            }
        }
        if (category.function() != null) {
            for (String unit : upwards) {
                Optional<Body> b = bodies.of(unit, on).stream()
                        .filter(x -> x.functions().contains(category.function())).findFirst();
                if (b.isPresent()) {
                    return b;
                }
            }
        }
        return bodies.of(communeCode, on).stream().filter(x -> x.functions().contains(Function.OFFICE)).findFirst();
    }
}
