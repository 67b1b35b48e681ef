package vn.chungsuc.plan.completeness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.duties.ReportingDuties;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;

/**
 * A duty for the tests only, so that the completeness tests do not depend on another module's: every commune or
 * ward (on the period's last day) submits a "test report" for each half-year and year; a test says when one did.
 */
@Component
@Profile("test")
public class TestReportingDuties implements ReportingDuties {

    public static final String KIND = "TEST_REPORT";

    private final TerritoryApi territory;
    private final Map<String, LocalDate> submitted = new ConcurrentHashMap<>();

    TestReportingDuties(TerritoryApi territory) {
        this.territory = territory;
    }

    public void submit(String unitCode, String period, LocalDate on) {
        submitted.put(unitCode + "|" + period, on);
    }

    public void withdraw(String unitCode, String period) {
        submitted.remove(unitCode + "|" + period);
    }

    @Override
    public List<DutyKind> kinds() {
        return List.of(new DutyKind(KIND, "plan.duty.kind.TEST_REPORT"));
    }

    @Override
    public List<Duty> expected(String kind, Period period, Collection<String> unitCodes) {
        List<Duty> out = new ArrayList<>();
        if (!KIND.equals(kind) || period.span()) {
            return out;
        }
        for (String code : unitCodes) {
            territory.find(code, period.end(), UnitScope.ALL).filter(u -> u.level() == UnitLevel.COMMUNE)
                    .ifPresent(u -> out.add(new Duty(KIND, code, period.code(),
                            Optional.ofNullable(submitted.get(code + "|" + period.code())), "/plan/completeness")));
        }
        return out;
    }
}
