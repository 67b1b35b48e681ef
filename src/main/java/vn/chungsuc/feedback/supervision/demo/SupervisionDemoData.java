package vn.chungsuc.feedback.supervision.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The supervision demo of phường Bỉm Sơn: a 2025 supervision plan of the ward's Front over the collection of
 * household waste, with three findings (one answered and closed, one answered and followed up, one overdue); its
 * Ban Thanh tra nhân dân (term 2025–2030) and a Ban Giám sát đầu tư của cộng đồng for a road project; 30 mediation
 * cases across the ward's residential areas in 2025–2026; and approximate centres of the two wards for the map,
 * with positions (around those centres) for half of the demo reports that have none. Names are invented.
 */
@Component
@Profile("demo")
class SupervisionDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);
    static final String WARD = "38-BS";
    static final LocalDate ON = LocalDate.of(2025, 9, 1);
    private static final String[][] CENTRES = {
        {"38-BS", "20.0920", "105.8600", "phường Bỉm Sơn"}, {"38-QT", "20.0560", "105.8790", "phường Quang Trung"}};
    private static final String[] SUBJECTS = {
        "Tranh chấp ranh giới đất giữa hai hộ liền kề", "Mâu thuẫn do tiếng ồn kinh doanh karaoke gia đình",
        "Tranh chấp lối đi chung trong ngõ", "Mâu thuẫn vợ chồng, chia tài sản khi ly thân",
        "Vật nuôi gây hại hoa màu của hộ bên cạnh", "Nước thải sinh hoạt chảy sang nhà hàng xóm",
        "Tranh chấp tiền góp họ", "Mâu thuẫn giữa con cái về nuôi dưỡng cha mẹ già"};
    private static final String[] NAMES = {"Nguyễn Văn Hùng", "Lê Thị Mai", "Trần Văn Nam", "Phạm Thị Hoa",
        "Hoàng Văn Tú", "Vũ Thị Lan", "Đỗ Văn Bình", "Bùi Thị Hằng", "Ngô Văn Sơn", "Đặng Thị Thu"};

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final TransactionTemplate tx;

    SupervisionDemoData(JdbcClient jdbc, TerritoryApi territory, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.tx = tx;
    }

    @Override
    public void load() {
        if (territory.find(WARD, ON, UnitScope.ALL).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            places();
            if (jdbc.sql("select count(*) from feedback_supervision_plan").query(Long.class).single() == 0) {
                supervision();
                boards();
                mediation(new Random(59));
                log.info("Supervision demo: 1 plan, 2 boards, 30 mediation cases");
            }
        });
    }

    private void places() {
        for (String[] c : CENTRES) {
            jdbc.sql("insert into feedback_map_place (unit_code, lat, lon, source) values (:u, :lat, :lon, :s) "
                    + "on conflict do nothing").param("u", c[0]).param("lat", new BigDecimal(c[1]))
                    .param("lon", new BigDecimal(c[2]))
                    .param("s", "Dữ liệu mẫu: tâm ước lượng của " + c[3] + ", chưa xác nhận").update();
        }
        // half of the demo reports get a position a few hundred metres around their ward's centre
        List<Object[]> reports = jdbc.sql("select r.id, p.lat, p.lon from feedback_report r join feedback_map_place p "
                + "on p.unit_code = r.commune_code where r.source = 'DEMO' and r.lat is null and r.id % 2 = 0")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)}).list();
        Random random = new Random(2025);
        for (Object[] r : reports) {
            BigDecimal lat = ((BigDecimal) r[1]).add(BigDecimal.valueOf((random.nextDouble() - 0.5) * 0.024))
                    .setScale(6, RoundingMode.HALF_UP);
            BigDecimal lon = ((BigDecimal) r[2]).add(BigDecimal.valueOf((random.nextDouble() - 0.5) * 0.024))
                    .setScale(6, RoundingMode.HALF_UP);
            jdbc.sql("update feedback_report set lat = :lat, lon = :lon where id = :id").param("lat", lat)
                    .param("lon", lon).param("id", r[0]).update();
        }
    }

    private void supervision() {
        String subject = "Giám sát việc thu gom, vận chuyển rác thải sinh hoạt và vệ sinh môi trường khu dân cư năm 2025";
        long plan = jdbc.sql("""
                insert into feedback_supervision_plan (commune_code, subject, body_code, form, period_from, period_to,
                    created_by, search_key) values (:c, :s, :b, 'DELEGATION', :from, :to, 'mttq', :k) returning id""")
                .param("c", WARD).param("s", subject).param("b", WARD + "-KTHTDT").param("from", ON)
                .param("to", LocalDate.of(2025, 12, 31))
                .param("k", VietnameseText.searchKey(subject + " Phòng Kinh tế, Hạ tầng và Đô thị")).query(Long.class)
                .single();
        String[][] members = {{"Nguyễn Thị Thanh", "Trưởng đoàn, Phó Chủ tịch Ủy ban MTTQ phường"},
            {"Lê Văn Quang", "Thành viên, Hội Cựu chiến binh phường"}, {"Trần Thị Hà", "Thành viên, Hội Phụ nữ phường"},
            {"Phạm Văn Đức", "Thành viên, Ban Thanh tra nhân dân"}};
        for (int i = 0; i < members.length; i++) {
            jdbc.sql("insert into feedback_supervision_member values (:p, :i, :n, :r)").param("p", plan)
                    .param("i", i + 1).param("n", members[i][0]).param("r", members[i][1]).update();
        }
        long a = finding(plan, LocalDate.of(2025, 10, 15), "Lịch thu gom rác ở Khu phố 3 và Khu phố 5 không ổn định, "
                + "có tuần chỉ thu 2 lần; điểm tập kết tạm gần trường mầm non.",
                "Bố trí lịch thu gom hằng ngày và di dời điểm tập kết khỏi khu vực trường học.",
                LocalDate.of(2025, 11, 15));
        note(a, "ANSWER", LocalDate.of(2025, 11, 10), "Đã làm việc với đơn vị thu gom: thu hằng ngày từ 01/11/2025; "
                + "điểm tập kết chuyển về bãi đất trống đầu khu phố.", "badinh");
        note(a, "FOLLOW_UP", LocalDate.of(2025, 12, 5), "Đoàn kiểm tra lại: đã thực hiện đúng; kết thúc theo dõi.",
                "mttq");
        jdbc.sql("update feedback_finding set closed_on = date '2025-12-05' where id = :f").param("f", a).update();
        long b = finding(plan, LocalDate.of(2025, 10, 15), "Nhiều hộ kinh doanh chưa ký hợp đồng thu gom rác, đổ rác "
                + "ra lề đường vào buổi tối.", "Tuyên truyền, yêu cầu 100% hộ kinh doanh ký hợp đồng thu gom trước "
                + "31/12/2025; xử lý vi phạm.", LocalDate.of(2025, 11, 30));
        note(b, "ANSWER", LocalDate.of(2025, 11, 28), "Đã tuyên truyền tại các khu phố; 78% hộ kinh doanh đã ký "
                + "hợp đồng, tiếp tục vận động.", "badinh");
        note(b, "FOLLOW_UP", LocalDate.of(2026, 1, 10), "Đề nghị báo cáo kết quả đến hết quý I/2026.", "mttq");
        finding(plan, LocalDate.of(2025, 11, 20), "Hệ thống rãnh thoát nước khu dân cư mới chưa được nạo vét, "
                + "gây mùi và ngập cục bộ khi mưa.", "Lập kế hoạch nạo vét định kỳ và bố trí kinh phí năm 2026.",
                LocalDate.of(2025, 12, 31));
    }

    private long finding(long plan, LocalDate on, String finding, String recommendation, LocalDate due) {
        return jdbc.sql("""
                insert into feedback_finding (plan_id, found_on, finding, recommendation, answer_due, created_by)
                values (:p, :on, :f, :r, :due, 'mttq') returning id""").param("p", plan).param("on", on)
                .param("f", finding).param("r", recommendation).param("due", due).query(Long.class).single();
    }

    private void note(long finding, String kind, LocalDate on, String text, String actor) {
        jdbc.sql("insert into feedback_finding_note (finding_id, kind, on_date, text, actor) values (:f, :k, :on, :t, :a)")
                .param("f", finding).param("k", kind).param("on", on).param("t", text).param("a", actor).update();
    }

    private void boards() {
        List<UnitView> areas = areas();
        long inspection = jdbc.sql("""
                insert into feedback_board (commune_code, kind, name, term_from, term_to, decision, created_by)
                values (:c, 'PEOPLES_INSPECTION', 'Ban Thanh tra nhân dân phường Bỉm Sơn', date '2025-08-15',
                    date '2030-08-14', 'Dữ liệu mẫu: quyết định công nhận của Ban Thường trực Ủy ban MTTQ phường', 'mttq')
                returning id""").param("c", WARD).query(Long.class).single();
        String[] roles = {"HEAD", "DEPUTY", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER"};
        for (int i = 0; i < roles.length; i++) {
            member(inspection, i + 1, NAMES[i], roles[i], areas.isEmpty() ? null : areas.get(i % areas.size()).code());
        }
        long investment = jdbc.sql("""
                insert into feedback_board (commune_code, kind, name, term_from, term_to, decision, created_by)
                values (:c, 'COMMUNITY_INVESTMENT', 'Ban Giám sát đầu tư của cộng đồng – công trình nâng cấp đường Khu phố 2',
                    date '2025-09-01', date '2026-12-31', 'Dữ liệu mẫu: theo thời gian thực hiện công trình', 'mttq')
                returning id""").param("c", WARD).query(Long.class).single();
        String[] roles2 = {"HEAD", "DEPUTY", "MEMBER", "MEMBER", "MEMBER"};
        for (int i = 0; i < roles2.length; i++) {
            member(investment, i + 1, NAMES[NAMES.length - 1 - i], roles2[i],
                    areas.size() > 1 ? areas.get(1).code() : null);
        }
    }

    private void member(long board, int position, String name, String role, String area) {
        jdbc.sql("insert into feedback_board_member values (:b, :i, :n, :r, :a)").param("b", board)
                .param("i", position).param("n", name).param("r", role).param("a", area).update();
    }

    private List<UnitView> areas() {
        return territory.children(WARD, ON, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).toList();
    }

    private void mediation(Random random) {
        List<UnitView> areas = areas();
        if (areas.isEmpty()) {
            return;
        }
        LocalDate from = LocalDate.of(2025, 7, 1);
        for (int i = 0; i < 30; i++) {
            LocalDate on = from.plusDays(i * 16L + random.nextInt(10));
            UnitView area = areas.get(random.nextInt(areas.size()));
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String parties = "Ông " + NAMES[random.nextInt(NAMES.length)] + " và bà " + NAMES[random.nextInt(NAMES.length)];
            int roll = random.nextInt(10);
            String outcome = i >= 27 ? "ONGOING" : roll < 8 ? "SUCCESS" : "FAILED";
            LocalDate done = outcome.equals("ONGOING") ? null : on.plusDays(3 + random.nextInt(20));
            jdbc.sql("""
                    insert into feedback_mediation_case (commune_code, area_code, received_on, subject, parties, mediators,
                        outcome, concluded_on, created_by, search_key)
                    values (:c, :a, :on, :s, :p, :m, :o, :d, 'badinh', :k)""").param("c", WARD).param("a", area.code())
                    .param("on", on).param("s", subject).param("p", parties)
                    .param("m", "Tổ hòa giải " + area.name()).param("o", outcome).param("d", done)
                    .param("k", VietnameseText.searchKey(subject + " " + parties)).update();
        }
    }
}
