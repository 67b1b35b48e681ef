package vn.chungsuc.plan.training.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * The yearly trainings of 2017–2020 (1995/CTrPH IV.3 and VI.1.6): each year the town's Front trains Front officers,
 * member organisations and residential-area heads, and the town's police with the Front trains on security models;
 * in 2018 phường Ba Đình trains its area heads. Names of attendees and places are the demo's own.
 */
@Component
@Profile("demo")
class TrainingDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);
    private static final String NUMBER = "1995/CTrPH-UBND-UB.MTTQ";

    private final CampaignApi campaign;
    private final JdbcClient jdbc;

    TrainingDemoData(CampaignApi campaign, JdbcClient jdbc) {
        this.campaign = campaign;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void load() {
        ProgrammeView p = campaign.programmes().stream().filter(x -> x.number().equals(NUMBER)).findFirst()
                .orElse(null);
        if (p == null || jdbc.sql("select exists (select 1 from plan_training)").query(Boolean.class).single()) {
            return;
        }
        int n = 0;
        for (int y = 2017; y <= 2020; y++) {
            training(p.id(), "Tập huấn triển khai cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn "
                    + "minh” năm " + y, LocalDate.of(y, 3, 20 + (y - 2017)), "Hội trường UBND thị xã Bỉm Sơn",
                    "381-MTTQ", "381", List.of("FRONT_OFFICERS", "MEMBER_ORGANISATIONS", "AREA_HEADS"),
                    List.of("Trần Văn Bình – Chủ tịch UBMTTQ phường Ba Đình", "Lê Thị Hoa – Hội LHPN phường Lam Sơn",
                            "Nguyễn Văn Tâm – Trưởng Khu phố 1, phường Ba Đình",
                            "Phạm Thị Thu – Bí thư Đoàn phường Ngọc Trạo", "Hoàng Văn Long – Trưởng thôn 2, xã Hà Lan"));
            training(p.id(), "Tập huấn xây dựng mô hình điểm về an ninh trật tự năm " + y,
                    LocalDate.of(y, 5, 10), "Hội trường Công an thị xã", "381-CA", "381",
                    List.of("FRONT_OFFICERS", "AREA_HEADS"),
                    List.of("Đỗ Văn Hải – Trưởng Khu phố 3, phường Bắc Sơn", "Vũ Thị Lan – Trưởng ban CTMT Khu phố 2"));
            n += 2;
        }
        training(p.id(), "Tập huấn trưởng khu dân cư phường Ba Đình về cuộc vận động", LocalDate.of(2018, 4, 12),
                "Nhà văn hóa phường Ba Đình", "381-MTTQ", "14812", List.of("AREA_HEADS"),
                List.of("Nguyễn Văn Tâm – Trưởng Khu phố 1", "Lê Văn Quý – Trưởng Khu phố 2"));
        log.info("Demo trainings 2017–2020: {}", n + 1);
    }

    private void training(long programme, String title, LocalDate on, String place, String organiser, String unit,
            List<String> audiences, List<String> attendees) {
        long id = jdbc.sql("""
                insert into plan_training (programme_id, title, held_on, place, organiser_body, unit_code, search_key,
                    recorded_by) values (:p, :t, :on, :pl, :o, :u, :k, 'mttq') returning id""").param("p", programme)
                .param("t", title).param("on", on).param("pl", place).param("o", organiser).param("u", unit)
                .param("k", VietnameseText.searchKey(title + " " + place)).query(Long.class).single();
        audiences.forEach(a -> jdbc.sql("insert into plan_training_audience values (:t, :a)").param("t", id)
                .param("a", a).update());
        for (String a : attendees) {
            String[] parts = a.split(" – ", 2);
            jdbc.sql("insert into plan_training_attendee (training_id, name, position) values (:t, :n, :p)")
                    .param("t", id).param("n", parts[0]).param("p", parts.length > 1 ? parts[1] : "").update();
        }
    }
}
