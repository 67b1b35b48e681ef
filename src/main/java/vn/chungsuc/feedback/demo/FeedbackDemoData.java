package vn.chungsuc.feedback.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.feedback.domain.Category;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.feedback.domain.WorkingCalendar;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * A year of citizens' reports (December 2025 to November 2026) across the residential areas of the two wards Bỉm
 * Sơn became on 1/7/2025, in every category taken, with the ward officers' answers: most on time, some late, some
 * late within an extension, some reopened by their reporter, a few still open. Routing rows send public-order
 * reports to the wards' offices (no ward police is a body of the demo). Deterministic (a fixed seed).
 */
@Component
@Profile("demo")
class FeedbackDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);
    static final String[] WARDS = {"38-BS", "38-QT"};
    static final String[] OFFICERS = {"badinh", "quangtrung"};
    static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 27);
    static final int COUNT = 150;
    private static final String[] TEXTS = {
        "Rác thải sinh hoạt để lâu ngày không được thu gom, bốc mùi.",
        "Nước thải từ cơ sở sản xuất chảy ra mương gây ô nhiễm.",
        "Hộ kinh doanh bày hàng lấn hết vỉa hè, người đi bộ phải xuống lòng đường.",
        "Công trình xây dựng không che chắn, vật liệu để tràn ra đường.",
        "Đèn đường hỏng nhiều ngày, buổi tối rất tối.",
        "Cống thoát nước bị tắc, mưa to là ngập.",
        "Nhóm thanh niên tụ tập gây ồn ào, đua xe ban đêm.",
        "Gia đình neo đơn, người già ốm đau cần được hỗ trợ.",
        "Công trình công cộng xây xong bỏ không, gây lãng phí."};
    private static final String[] ANSWERS = {
        "Đã chỉ đạo đơn vị thu gom xử lý và bố trí lịch thu gom hằng ngày.",
        "Đã kiểm tra, lập biên bản và yêu cầu cơ sở khắc phục; sẽ kiểm tra lại sau 15 ngày.",
        "Đã nhắc nhở, yêu cầu các hộ trả lại vỉa hè; tổ công tác kiểm tra định kỳ.",
        "Đã kiểm tra, yêu cầu chủ công trình che chắn và thu dọn vật liệu.",
        "Đã thay bóng đèn và kiểm tra toàn tuyến.",
        "Đã nạo vét cống, khơi thông dòng chảy.",
        "Đã phối hợp với lực lượng công an tăng cường tuần tra.",
        "Đã khảo sát, đề xuất hỗ trợ theo chính sách và vận động Quỹ Vì người nghèo.",
        "Đã báo cáo UBND phường phương án đưa công trình vào sử dụng."};

    private final Reports reports;
    private final Rules rules;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    FeedbackDemoData(Reports reports, Rules rules, TerritoryApi territory, JdbcClient jdbc, TransactionTemplate tx) {
        this.reports = reports;
        this.rules = rules;
        this.territory = territory;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void load() {
        if (jdbc.sql("select count(*) from feedback_report where source = 'DEMO'").query(Long.class).single() > 0) {
            return;
        }
        if (territory.find(WARDS[0], TO, UnitScope.ALL).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> load(new Random(17)));
        log.info("Feedback demo: {} reports", COUNT);
    }

    private void load(Random random) {
        for (String ward : WARDS) {
            jdbc.sql("insert into feedback_routing (category_code, unit_code, body_code, valid_from, source) values "
                    + "('AN_NINH_TRAT_TU', :u, :b, date '2025-07-01', 'Dữ liệu mẫu: chưa có công an phường trong "
                    + "danh sách cơ quan, Văn phòng HĐND và UBND tiếp nhận')").param("u", ward).param("b", ward + "-VP")
                    .update();
        }
        List<Category> categories = rules.categories().stream().filter(Category::taken).toList();
        List<List<UnitView>> areas = new ArrayList<>();
        for (String ward : WARDS) {
            areas.add(territory.children(ward, TO, UnitScope.ALL).stream()
                    .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).toList());
        }
        WorkingCalendar calendar = rules.calendar();
        long span = TO.toEpochDay() - FROM.toEpochDay();
        java.util.Map<String, java.util.Optional<vn.chungsuc.territory.Body>> routes = new java.util.HashMap<>();
        for (int i = 0; i < COUNT; i++) {
            LocalDate on = LocalDate.ofEpochDay(FROM.toEpochDay() + (span * i) / COUNT);
            while (!calendar.working(on)) {
                on = on.plusDays(1);
            }
            int w = random.nextInt(WARDS.length);
            Category c = categories.get(random.nextInt(categories.size()));
            List<UnitView> inWard = areas.get(w);
            UnitView area = inWard.isEmpty() ? null : inWard.get(random.nextInt(inWard.size()));
            boolean anonymous = random.nextInt(5) == 0;
            String name = anonymous ? null : "Người dân " + (i + 1);
            String phone = anonymous ? null : String.format("09%08d", 10_000_000 + i * 7919 % 89_999_999);
            var at = on.atTime(7 + random.nextInt(10), random.nextInt(60)).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant();
            // every date of the demo is after 1/7/2025: one routing per category and ward holds for all of them
            var body = routes.computeIfAbsent(c.code() + "/" + WARDS[w], k -> rules.route(c, WARDS[w], TO));
            Reports.Receipt r = reports.store(c, WARDS[w], area == null ? null : area.code(),
                    "Tổ " + (1 + random.nextInt(12)), null, null, TEXTS[(c.position() - 1) % TEXTS.length], name,
                    phone, anonymous, List.of(), at, on, "DEMO", body);
            handle(r.id(), c, on, calendar, random, OFFICERS[w], i);
        }
    }

    /** The officer's part: answered on time, late, late within an extension, reopened, or still open. */
    private void handle(long id, Category c, LocalDate on, WorkingCalendar calendar, Random random, String officer,
            int i) {
        LocalDate due = calendar.addWorkingDays(on, c.deadlineDays());
        boolean recent = on.isAfter(TO.minusDays(20));
        int fate = random.nextInt(20);
        if (recent && fate < 10) {
            return;
        }
        LocalDate answered;
        if (fate < 2) {
            LocalDate extended = calendar.addWorkingDays(due, 5);
            jdbc.sql("update feedback_report set extended_due_on = :e, extension_days = 5, current_due_on = :e "
                    + "where id = :id").param("e", extended).param("id", id).update();
            reports.event(id, due.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), due, officer,
                    "EXTENDED", null, null, null, 5, "Cần phối hợp với đơn vị chuyên môn để kiểm tra hiện trường.",
                    true);
            answered = calendar.addWorkingDays(due, 3);
        } else if (fate < 5) {
            answered = calendar.addWorkingDays(due, 2 + random.nextInt(6));
        } else {
            answered = calendar.addWorkingDays(on, 1 + random.nextInt(c.deadlineDays()));
        }
        if (answered.isAfter(TO)) {
            return;
        }
        String answer = ANSWERS[(c.position() - 1) % ANSWERS.length];
        jdbc.sql("update feedback_report set status = 'ANSWERED', answer = :a, answered_on = :d where id = :id")
                .param("a", answer).param("d", answered).param("id", id).update();
        reports.event(id, answered.atTime(15, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), answered,
                officer, "ANSWERED", ReportStatus.ANSWERED, null, null, null, answer, true);
        LocalDate reply = answered.plusDays(2 + random.nextInt(5));
        if (reply.isAfter(TO)) {
            return;
        }
        var at = reply.atTime(20, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        if (i % 13 == 5) {
            LocalDate again = calendar.addWorkingDays(reply, c.deadlineDays());
            jdbc.sql("update feedback_report set status = 'REOPENED', accepted = false, rating = 2, reopen_count = 1, "
                    + "current_due_on = :d where id = :id").param("d", again).param("id", id).update();
            reports.event(id, at, reply, null, "REOPENED", ReportStatus.REOPENED, null, null, 2,
                    "Sự việc vẫn tiếp diễn sau khi có trả lời.", true);
        } else if (random.nextInt(3) > 0) {
            int rating = 3 + random.nextInt(3);
            jdbc.sql("update feedback_report set status = 'RESOLVED', accepted = true, rating = :r, closed_on = :d "
                    + "where id = :id").param("r", rating).param("d", reply).param("id", id).update();
            reports.event(id, at, reply, null, "CONFIRMED", ReportStatus.RESOLVED, null, null, rating, null, true);
        }
    }
}
