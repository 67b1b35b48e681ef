package vn.chungsuc.feedback.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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

    Rules(JdbcClient jdbc, TerritoryApi territory, Bodies bodies) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.bodies = bodies;
    }

    public List<Category> categories() {
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

    /** The body that handles the category in the commune on the date, if any. */
    public Optional<Body> route(Category category, String communeCode, LocalDate on) {
        Optional<UnitView> commune = territory.find(communeCode, on, UnitScope.ALL);
        if (commune.isEmpty()) {
            return Optional.empty();
        }
        List<String> upwards = new java.util.ArrayList<>(commune.get().pathCodes());
        java.util.Collections.reverse(upwards);
        for (String unit : upwards) {
            Optional<String> row = jdbc.sql("select body_code from feedback_routing where category_code = :c and "
                    + "unit_code = :u and valid_from <= :on and (valid_to is null or valid_to > :on) order by "
                    + "valid_from desc limit 1").param("c", category.code()).param("u", unit).param("on", on)
                    .query(String.class).optional();
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
