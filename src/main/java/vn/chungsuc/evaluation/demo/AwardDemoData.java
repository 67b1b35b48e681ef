package vn.chungsuc.evaluation.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Awards of 2017–2020 in the register: those decided at the reviews of 2018 (2 years), 2019 (3 years) and 2020 (the
 * final review) and at the Great Unity Days of phường Ba Đình, some to persons and organisations of the registry.
 *
 * <p>Runs after the registry's demo (the module depends on the registry's public API, whose persons, households and
 * organisations are an award's recipients) and takes its recipients from {@link RegistryApi}: the heads of the first
 * households of phường Ba Đình and its first organisations.
 */
@Component
@Profile("demo")
class AwardDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(AwardDemoData.class);

    private static final String BA_DINH = "14812";
    private static final LocalDate ON = LocalDate.of(2019, 12, 1);

    private final JdbcClient jdbc;
    private final RegistryApi registry;
    private final TerritoryApi territory;

    AwardDemoData(JdbcClient jdbc, RegistryApi registry, TerritoryApi territory) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.territory = territory;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select count(*) from evaluation_award where recorded_by = 'demo'").query(Integer.class)
                .single() > 0) {
            return;
        }
        List<String> areas = territory.children(BA_DINH, ON, UnitScope.ALL).stream().map(UnitView::code).toList();
        List<Map<String, Object>> persons = registry.households(areas, ON).stream().limit(3)
                .flatMap(h -> registry.members(h.code(), ON).stream().limit(1))
                .map(m -> Map.<String, Object>of("id", m.personId(), "full_name", m.fullName())).toList();
        List<String> units = new java.util.ArrayList<>(areas);
        units.add(BA_DINH);
        List<Map<String, Object>> organisations = registry.organisations(units, ON).stream().limit(2)
                .map(o -> Map.<String, Object>of("id", o.id(), "name", o.name())).toList();
        int n = 0;
        n += add("GIAY_KHEN", "381", "1250/QĐ-UBND", LocalDate.of(2018, 12, 20),
                "Thành tích xuất sắc trong 2 năm thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, "
                        + "đô thị văn minh”", "2017-2018", "COLLECTIVE", null,
                "Ban Công tác Mặt trận Khu phố 3, phường Ba Đình", "PLAN_REVIEW");
        n += add("GIAY_KHEN", "381", "1250/QĐ-UBND", LocalDate.of(2018, 12, 20),
                "Thành tích xuất sắc trong 2 năm thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, "
                        + "đô thị văn minh”", "2017-2018", "COLLECTIVE", null,
                "Ban Công tác Mặt trận Thôn 2, xã Quang Trung", "PLAN_REVIEW");
        n += add("GIAY_KHEN", "381", "1462/QĐ-UBND", LocalDate.of(2019, 12, 18),
                "Có thành tích xuất sắc qua 3 năm thực hiện cuộc vận động", "2017-2019", "COLLECTIVE", null,
                "Ủy ban MTTQ phường Ba Đình", "PLAN_REVIEW");
        if (!organisations.isEmpty()) {
            n += add("GIAY_KHEN", "381", "1462/QĐ-UBND", LocalDate.of(2019, 12, 18),
                    "Tích cực ủng hộ Quỹ “Vì người nghèo” và xây nhà Đại đoàn kết", "2017-2019", "ORGANISATION",
                    organisations.get(0).get("id"), (String) organisations.get(0).get("name"), "PLAN_REVIEW");
        }
        if (!persons.isEmpty()) {
            n += add("GIAY_KHEN", "381", "1462/QĐ-UBND", LocalDate.of(2019, 12, 18),
                    "Gương người tốt, việc tốt trong cuộc vận động", "2017-2019", "PERSON", persons.get(0).get("id"),
                    (String) persons.get(0).get("full_name"), "PLAN_REVIEW");
        }
        n += add("BANG_KHEN", "38", "4120/QĐ-UBND", LocalDate.of(2020, 12, 15),
                "Thành tích xuất sắc trong tổng kết 4 năm thực hiện cuộc vận động (2017–2020)", "2017-2020",
                "COLLECTIVE", null, "Ủy ban MTTQ thị xã Bỉm Sơn", "PLAN_REVIEW");
        n += add("CO_THI_DUA", "381", "1890/QĐ-UBND", LocalDate.of(2020, 12, 16),
                "Đơn vị dẫn đầu phong trào thi đua thực hiện cuộc vận động giai đoạn 2017–2020", "2017-2020",
                "COLLECTIVE", null, "Phường Ba Đình", "PLAN_REVIEW");
        if (persons.size() > 1) {
            n += add("GIAY_KHEN", "381", "1890/QĐ-UBND", LocalDate.of(2020, 12, 16),
                    "Thành tích xuất sắc trong 4 năm thực hiện cuộc vận động", "2017-2020", "PERSON",
                    persons.get(1).get("id"), (String) persons.get(1).get("full_name"), "PLAN_REVIEW");
        }
        if (organisations.size() > 1) {
            n += add("GIAY_KHEN", "381", "1890/QĐ-UBND", LocalDate.of(2020, 12, 16),
                    "Phối hợp tốt trong xây dựng đô thị văn minh", "2017-2020", "ORGANISATION",
                    organisations.get(1).get("id"), (String) organisations.get(1).get("name"), "PLAN_REVIEW");
        }
        for (int year = 2017; year <= 2020; year++) {
            n += add("GIAY_KHEN", "14812", (40 + year - 2017) + "/QĐ-UBND", LocalDate.of(year, 11, 18),
                    "Khu dân cư tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm " + year, String.valueOf(year),
                    "COLLECTIVE", null, "Khu phố " + (year - 2015) + ", phường Ba Đình", "UNITY_DAY");
        }
        if (persons.size() > 2) {
            n += add("DANH_HIEU", "14812", "43/QĐ-UBND", LocalDate.of(2020, 11, 18),
                    "Gia đình văn hóa tiêu biểu 3 năm liền", "2018-2020", "PERSON", persons.get(2).get("id"),
                    (String) persons.get(2).get("full_name"), "UNITY_DAY");
        }
        log.info("Demo awards: {}", n);
    }

    private int add(String form, String issuer, String number, LocalDate date, String achievement, String period,
            String kind, Object id, String name, String occasionKind) {
        String rid = id == null ? null : String.valueOf(id);
        String rkey = kind + ":" + (rid != null ? rid : VietnameseText.searchKey(name));
        // the reviews and Great Unity Days are other modules' records, not in the demo yet: no occasion is linked
        return jdbc.sql("""
                insert into evaluation_award (form, issuer_unit, decision_number, decision_date, achievement,
                    achievement_key, period, recipient_kind, recipient_id, recipient_name, recipient_key, recorded_by,
                    occasion_kind, occasion_id)
                values (:f, :i, :n, :d, :a, :ak, :p, :k, :rid, :rn, :rk, 'demo', null, null)
                on conflict do nothing""").param("f", form).param("i", issuer).param("n", number).param("d", date)
                .param("a", achievement).param("ak", VietnameseText.searchKey(achievement)).param("p", period)
                .param("k", kind).param("rid", rid).param("rn", name).param("rk", rkey)
                .update();
    }
}
