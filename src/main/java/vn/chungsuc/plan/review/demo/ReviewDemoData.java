package vn.chungsuc.plan.review.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The checks and reviews of the seed programme (1995/CTrPH-UBND-UB.MTTQ, 2017–2020), seed V: the 2-year review in
 * 2018, the 3-year review in 2019 and the final review in 2020, and the Front's 6-monthly and yearly inspections of a
 * few wards and communes with their follow-up tasks (one still open and overdue). Dates, teams and findings are the
 * demo's own; the review titles follow the seed's wording.
 */
@Component
@Profile("demo")
class ReviewDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);
    private static final String NUMBER = "1995/CTrPH-UBND-UB.MTTQ";

    private final CampaignApi campaign;
    private final JdbcClient jdbc;

    ReviewDemoData(CampaignApi campaign, JdbcClient jdbc) {
        this.campaign = campaign;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void load() {
        ProgrammeView p = campaign.programmes().stream().filter(x -> x.number().equals(NUMBER)).findFirst()
                .orElse(null);
        if (p == null || jdbc.sql("select count(*) from plan_review where programme_id = :p").param("p", p.id())
                .query(Long.class).single() > 0) {
            return;
        }
        review(p, "TWO_YEAR", "2017-2018", LocalDate.of(2018, 12, 20),
                "Hội nghị sơ kết 2 năm thực hiện Chương trình phối hợp và Cuộc vận động (2017–2018)",
                "Sau 2 năm, 100% khu dân cư tổ chức Ngày hội Đại đoàn kết; tỷ lệ gia đình văn hóa đạt trên 85%; "
                        + "xã Quang Trung được công nhận đạt chuẩn nông thôn mới (dữ liệu mẫu).");
        review(p, "THREE_YEAR", "2017-2019", LocalDate.of(2019, 12, 18),
                "Kiểm tra, sơ kết, đánh giá 3 năm triển khai thực hiện CVĐ",
                "Đánh giá 3 năm: các phường giữ vững danh hiệu phường văn minh đô thị; cần tiếp tục chỉnh trang "
                        + "vỉa hè, hệ thống thoát nước (dữ liệu mẫu).");
        review(p, "FINAL", "2017-2020", LocalDate.of(2020, 12, 22),
                "Hội nghị tổng kết Chương trình phối hợp giai đoạn 2017–2020, đề ra phương hướng giai đoạn tiếp theo",
                "Tổng kết 4 năm: hoàn thành cơ bản các chỉ tiêu của Chương trình; đề nghị khen thưởng các tập thể, "
                        + "cá nhân tiêu biểu (dữ liệu mẫu).");
        String team = "UBMTTQ thị xã (trưởng đoàn), Phòng Văn hóa - Thông tin, Phòng Lao động - TB&XH";
        long a = inspect(p, "2017", LocalDate.of(2017, 12, 12), team, "14812,14824",
                "Các khu dân cư đã tổ chức Ngày hội; sổ theo dõi gia đình văn hóa chưa cập nhật đủ ở 2 khu phố.");
        follow(a, "Cập nhật sổ theo dõi gia đình văn hóa ở các khu phố", "UBND phường Ba Đình",
                LocalDate.of(2018, 3, 31), LocalDate.of(2018, 3, 20), "Đã cập nhật đủ 8 khu phố.");
        long b = inspect(p, "2018-H1", LocalDate.of(2018, 7, 10), team, "14809,14815",
                "Tiến độ bê tông hóa ngõ xóm đạt 60% kế hoạch năm.");
        follow(b, "Đẩy nhanh bê tông hóa ngõ xóm, báo cáo tiến độ", "UBND phường Lam Sơn",
                LocalDate.of(2018, 10, 31), LocalDate.of(2018, 11, 5), "Hoàn thành 100% kế hoạch.");
        long c = inspect(p, "2019", LocalDate.of(2019, 12, 5), team, "14818,14821,14823",
                "Phong trào giữ gìn vệ sinh môi trường tốt; còn điểm tập kết rác chưa đúng quy định.");
        follow(c, "Di dời điểm tập kết rác tạm ở khu phố 3", "UBND phường Đông Sơn", LocalDate.of(2020, 3, 31),
                LocalDate.of(2020, 3, 15), "Đã di dời.");
        long d = inspect(p, "2020-H1", LocalDate.of(2020, 7, 8), team, "14812,14824",
                "Các khu dân cư duy trì tốt hoạt động; việc xây dựng quy ước khu dân cư còn chậm ở 1 thôn.");
        follow(d, "Hoàn thiện, trình phê duyệt quy ước thôn", "UBND xã Quang Trung", LocalDate.of(2020, 11, 30),
                null, "");
        log.info("Demo reviews and inspections of {}", NUMBER);
    }

    private void review(ProgrammeView p, String kind, String period, LocalDate held, String title, String text) {
        jdbc.sql("""
                insert into plan_review (programme_id, kind, period, held_on, title, report_text, recorded_by)
                values (:p, :k, :period, :held, :t, :r, 'demo')""").param("p", p.id()).param("k", kind)
                .param("period", period).param("held", held).param("t", title).param("r", text).update();
    }

    private long inspect(ProgrammeView p, String period, LocalDate held, String team, String units,
            String findings) {
        long id = jdbc.sql("""
                insert into plan_inspection (programme_id, organiser_unit, period, team, held_on, findings,
                    recorded_by) values (:p, :u, :period, :team, :held, :f, 'demo') returning id""")
                .param("p", p.id()).param("u", p.unitCode()).param("period", period).param("team", team)
                .param("held", held).param("f", findings).query(Long.class).single();
        for (String u : units.split(",")) {
            jdbc.sql("insert into plan_inspection_unit (inspection_id, unit_code) values (:i, :u)").param("i", id)
                    .param("u", u).update();
        }
        return id;
    }

    private void follow(long inspection, String title, String owner, LocalDate due, LocalDate closed, String note) {
        jdbc.sql("""
                insert into plan_followup (inspection_id, title, owner, due_on, closed_on, closing_note)
                values (:i, :t, :o, :d, :c, :n)""").param("i", inspection).param("t", title).param("o", owner)
                .param("d", due).param("c", closed).param("n", note).update();
    }
}
