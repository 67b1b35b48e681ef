package vn.chungsuc.plan.practice.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Bỉm Sơn's pilot residential areas (1995/CTrPH IV.3): each commune of the town as it stood in 2017 chose its first
 * residential area in June 2017, was checked in 2018 and judged at the 2020 review; phường Phú Sơn is left without
 * a pilot so that the list shows a commune that has not chosen, and phường Ba Đình's pilot has no verdict yet. A
 * handful of good practices, one marked for replication by the Front and replicated in another ward. The texts are
 * the demo's own.
 */
@Component
@Profile("demo")
class PracticeDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(PracticeDemoData.class);
    private static final String NUMBER = "1995/CTrPH-UBND-UB.MTTQ";
    private static final String PHU_SON = "14823";
    private static final String BA_DINH = "14812";

    private final CampaignApi campaign;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;

    PracticeDemoData(CampaignApi campaign, TerritoryApi territory, JdbcClient jdbc) {
        this.campaign = campaign;
        this.territory = territory;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void load() {
        ProgrammeView p = campaign.programmes().stream().filter(x -> x.number().equals(NUMBER)).findFirst()
                .orElse(null);
        if (p == null || jdbc.sql("select exists (select 1 from plan_pilot where programme_id = :p)")
                .param("p", p.id()).query(Boolean.class).single()) {
            return;
        }
        LocalDate chosen = LocalDate.of(2017, 6, 15);
        int pilots = 0;
        Long baDinhPilot = null;
        String baDinhArea = null;
        for (UnitView c : territory.children(p.unitCode(), LocalDate.of(2020, 12, 31), UnitScope.ALL)) {
            if (c.level() != UnitLevel.COMMUNE || c.code().equals(PHU_SON)) {
                continue;
            }
            UnitView area = territory.children(c.code(), chosen, UnitScope.ALL).stream()
                    .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).findFirst().orElse(null);
            if (area == null) {
                continue;
            }
            boolean open = c.code().equals(BA_DINH);
            long id = jdbc.sql("""
                    insert into plan_pilot (programme_id, commune_code, area_code, chosen_on, plan, verdict,
                        verdict_note, verdict_on, verdict_by, recorded_by)
                    values (:p, :c, :a, :on, :plan, :v, :n, :von, :vby, 'mttq') returning id""")
                    .param("p", p.id()).param("c", c.code()).param("a", area.code()).param("on", chosen)
                    .param("plan", "Xây dựng " + area.fullName() + " thành điểm thực hiện cuộc vận động: vận động "
                            + "100 % hộ ký cam kết gia đình văn hóa, làm đường giao thông và điện chiếu sáng, thu gom "
                            + "rác thải, mỗi năm ít nhất một mô hình mới.")
                    .param("v", open ? null : "ACHIEVED")
                    .param("n", open ? null : "Đạt các tiêu chí của điểm; đề nghị nhân rộng tại các khu dân cư khác.")
                    .param("von", open ? null : LocalDate.of(2020, 11, 20)).param("vby", open ? null : "mttq")
                    .query(Long.class).single();
            jdbc.sql("""
                    insert into plan_pilot_check (pilot_id, checked_on, checked_by, findings, recorded_by)
                    values (:p, :on, 'Đoàn kiểm tra UBMTTQ thị xã', :f, 'mttq')""").param("p", id)
                    .param("on", LocalDate.of(2018, 10, 12))
                    .param("f", "Đã triển khai kế hoạch; 92 % hộ ký cam kết; cần đẩy nhanh tuyến đường điện chiếu sáng.")
                    .update();
            if (open) {
                baDinhPilot = id;
                baDinhArea = area.code();
            }
            pilots++;
        }
        long tuQuan = practice("Tổ tự quản vệ sinh môi trường khu dân cư", 3, baDinhArea == null ? BA_DINH
                : baDinhArea, "Nhà văn hóa khu phố", "Mỗi tuần một buổi tổng vệ sinh; các hộ luân phiên thu gom rác "
                + "thải, trồng hoa hai bên đường.", LocalDate.of(2017, 9, 1), baDinhPilot, null, true, photo());
        practice("Tổ tự quản vệ sinh môi trường", 3, "14815", "Khu phố 3", "Nhân rộng mô hình tổ tự quản của phường "
                + "Ba Đình.", LocalDate.of(2019, 3, 1), null, tuQuan, false, null);
        practice("Quỹ khuyến học dòng họ", 2, "14809", "", "Các dòng họ lập quỹ khuyến học, trao thưởng cho học sinh "
                + "giỏi mỗi năm học.", LocalDate.of(2018, 8, 15), null, null, false, null);
        practice("Đường điện thắp sáng đường quê", 1, "14824", "Thôn 1", "Nhân dân đóng góp tiền và ngày công lắp "
                + "đèn chiếu sáng các tuyến đường thôn.", LocalDate.of(2018, 5, 10), null, null, false, null);
        practice("Camera an ninh khu dân cư", 4, "14818", "", "Lắp camera tại các ngã ba, ngã tư, kết nối với Công an "
                + "phường.", LocalDate.of(2019, 10, 1), null, null, false, null);
        log.info("Demo pilots of {}: {} residential areas, 5 good practices", NUMBER, pilots);
    }

    private long practice(String title, Integer content, String unit, String place, String description,
            LocalDate started, Long pilot, Long replicates, boolean replicate, byte[] photo) {
        String unitName = territory.find(unit, started, UnitScope.ALL).map(UnitView::fullName).orElse(unit);
        long id = jdbc.sql("""
                insert into plan_practice (title, content_area, unit_code, place, description, started_on, search_key,
                    replicate, replicate_by, replicate_on, replicates_id, pilot_id, recorded_by)
                values (:t, :c, :u, :pl, :d, :s, :k, :r, :rby, :ron, :rep, :pilot, 'mttq') returning id""")
                .param("t", title).param("c", content).param("u", unit).param("pl", place).param("d", description)
                .param("s", started).param("k", VietnameseText.searchKey(title + " " + place + " " + description + " "
                        + unitName)).param("r", replicate).param("rby", replicate ? "mttq" : null)
                .param("ron", replicate ? LocalDate.of(2018, 12, 18) : null).param("rep", replicates)
                .param("pilot", pilot).query(Long.class).single();
        if (photo != null) {
            jdbc.sql("""
                    insert into plan_practice_file (practice_id, kind, name, content_type, size_bytes, content)
                    values (:p, 'PHOTO', 'tong-ve-sinh.png', 'image/png', :s, :b)""").param("p", id)
                    .param("s", photo.length).param("b", photo).update();
        }
        return id;
    }

    /** A small drawn photo (the demo has no real one). */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0xfdd835));
        g.fillOval(230, 20, 60, 60);
        g.setColor(new Color(0x795548));
        g.fillRect(0, 150, 320, 50);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
