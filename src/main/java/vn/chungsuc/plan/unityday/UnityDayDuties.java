package vn.chungsuc.plan.unityday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.duties.ReportingDuties;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;

/**
 * What the Great Unity Day asks of each residential area for a year: the year's report (read out at the day, seed
 * IV.4), submitted when it is recorded as text or a file.
 */
@Component
class UnityDayDuties implements ReportingDuties {

    static final String KIND = "UNITY_DAY_REPORT";

    private final JdbcClient jdbc;
    private final TerritoryApi territory;

    UnityDayDuties(JdbcClient jdbc, TerritoryApi territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    @Override
    public List<DutyKind> kinds() {
        return List.of(new DutyKind(KIND, "plan.duty.kind.UNITY_DAY_REPORT"));
    }

    @Override
    public List<Duty> expected(String kind, Period period, Collection<String> unitCodes) {
        if (!KIND.equals(kind) || period.kind() != Period.Kind.YEAR || unitCodes.isEmpty()) {
            return List.of();
        }
        LocalDate on = UnityDays.dayOf(period.year());
        List<String> areas = new ArrayList<>();
        for (String code : unitCodes) {
            territory.find(code, on, UnitScope.ALL).filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA)
                    .ifPresent(u -> areas.add(code));
        }
        if (areas.isEmpty()) {
            return List.of();
        }
        Map<String, LocalDate> reported = new HashMap<>();
        jdbc.sql("select area_code, reported_on from plan_unity_day where year = :y and area_code in (:a) "
                + "and reported_on is not null").param("y", period.year()).param("a", areas)
                .query(rs -> {
                    reported.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        List<Duty> out = new ArrayList<>();
        for (String a : areas) {
            out.add(new Duty(KIND, a, period.code(), Optional.ofNullable(reported.get(a)),
                    "/plan/unity-days/area/" + a + "/" + period.year()));
        }
        return out;
    }
}
