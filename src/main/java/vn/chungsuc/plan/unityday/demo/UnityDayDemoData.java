package vn.chungsuc.plan.unityday.demo;

import vn.chungsuc.plan.unityday.UnityDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The Great Unity Days of thị xã Bỉm Sơn's residential areas for 2017–2020 (the programme's years) and 2025 (the
 * two wards formed on 1/7/2025): most areas held it between 5 and 18 November with a report; one area in nine did
 * not, and in 2025 a few only have a plan. The figures (attendance, houses, registrations) are the demo's own.
 */
@Component
@Profile("demo")
class UnityDayDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(UnityDayDemoData.class);
    private static final String DEMO = "demo";

    private final TerritoryApi territory;
    private final JdbcClient jdbc;

    UnityDayDemoData(TerritoryApi territory, JdbcClient jdbc) {
        this.territory = territory;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select count(*) from plan_unity_day where recorded_by = :d").param("d", DEMO)
                .query(Long.class).single() > 0) {
            return;
        }
        int n = 0;
        for (int year : new int[] {2017, 2018, 2019, 2020, 2025}) {
            List<String> roots = year < 2025 ? List.of("381") : List.of("38-BS", "38-QT");
            List<UnitView> areas = new ArrayList<>();
            for (String root : roots) {
                territory.subtree(root, UnityDays.dayOf(year), UnitScope.ALL).stream()
                        .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).forEach(areas::add);
            }
            for (int i = 0; i < areas.size(); i++) {
                UnitView a = areas.get(i);
                int k = i + year;
                if (k % 9 == 4) {
                    continue; // not held
                }
                boolean planOnly = year == 2025 && k % 7 == 3;
                LocalDate planned = LocalDate.of(year, 11, 5 + k % 14);
                LocalDate held = planOnly ? null : planned;
                LocalDate reported = planOnly ? null : k % 11 == 5 ? LocalDate.of(year + 1, 2, 10)
                        : held.plusDays(2);
                jdbc.sql("""
                        insert into plan_unity_day (area_code, year, plan, planned_on, held_on, attendance,
                            report_text, houses_handed, next_families, next_area, reported_on, recorded_by)
                        values (:a, :y, :plan, :planned, :held, :att, :report, :houses, :families, :area,
                            :reported, :by)""")
                        .param("a", a.code()).param("y", year)
                        .param("plan", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm " + year + " của "
                                + a.fullName() + ": phần lễ (báo cáo, biểu dương, khen thưởng) và phần hội (văn "
                                + "nghệ, thể thao, liên hoan).")
                        .param("planned", planned).param("held", held)
                        .param("att", planOnly ? null : 150 + (k * 37) % 250)
                        .param("report", planOnly ? "" : "Báo cáo tổng kết năm " + year + " của Ban Công tác Mặt "
                                + "trận " + a.fullName() + " về thực hiện Cuộc vận động \"Toàn dân đoàn kết xây "
                                + "dựng nông thôn mới, đô thị văn minh\" (dữ liệu mẫu).")
                        .param("houses", k % 5 == 0 ? 1 : 0).param("families", 60 + (k * 13) % 90)
                        .param("area", k % 3 != 0).param("reported", reported).param("by", DEMO).update();
                n++;
            }
        }
        log.info("Demo Great Unity Days: {}", n);
    }
}
