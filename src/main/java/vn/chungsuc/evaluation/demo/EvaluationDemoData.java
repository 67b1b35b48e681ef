package vn.chungsuc.evaluation.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.evaluation.domain.Scales;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * A plausible evaluation scale for Thanh Hóa, marked unconfirmed with its source (no central guideline was found:
 * domain §5), and the evaluations of phường Ba Đình's and xã Quang Trung's residential areas for 2019 (the year of
 * the 3-year review), of Ba Đình's areas for 2025 (under phường Bỉm Sơn since 1/7/2025) and for the first half of
 * 2026, where Khu phố 1 has not submitted yet and some areas wait for the ward's review; satisfaction polls besides.
 */
@Component
@Profile("demo")
class EvaluationDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);
    static final String PROVINCE = "38";

    private final JdbcClient jdbc;
    private final Scales scales;
    private final TerritoryApi territory;

    EvaluationDemoData(JdbcClient jdbc, Scales scales, TerritoryApi territory) {
        this.jdbc = jdbc;
        this.scales = scales;
        this.territory = territory;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select count(*) from evaluation_scale where province_unit = :p").param("p", PROVINCE)
                .query(Integer.class).single() > 0) {
            return;
        }
        long scaleId = scale();
        Scales.Scale scale = scales.find(scaleId).orElseThrow();
        int n = 0;
        for (int i = 1; i <= 11; i++) {
            n += evaluate(scale, area("14812", i), Period.year(2019), LocalDate.of(2019, 12, 5),
                    LocalDate.of(2019, 12, 20), "badinh", i);
            n += evaluate(scale, area("14824", i), Period.year(2019), LocalDate.of(2019, 12, 6),
                    LocalDate.of(2019, 12, 21), "quangtrung", i + 3);
            n += evaluate(scale, area("14812", i), Period.year(2025), LocalDate.of(2025, 12, 10),
                    LocalDate.of(2025, 12, 18), "badinh", i + 1);
            poll(area("14812", i), Period.year(2019), LocalDate.of(2019, 11, 18), 40 + i, 36 + i - (i % 4));
            poll(area("14812", i), Period.year(2025), LocalDate.of(2025, 11, 18), 50, 44 + (i % 6));
        }
        for (int i = 2; i <= 6; i++) {
            n += evaluate(scale, area("14812", i), Period.firstHalf(2026), LocalDate.of(2026, 7, 5),
                    i <= 3 ? LocalDate.of(2026, 7, 15) : null, "badinh", i + 2);
        }
        poll(area("14812", 2), Period.firstHalf(2026), LocalDate.of(2026, 6, 20), 60, 55);
        log.info("Demo evaluation: scale {} and {} area evaluations", scaleId, n);
    }

    private static String area(String commune, int i) {
        return commune + "-" + (i < 10 ? "0" : "") + i;
    }

    private long scale() {
        long id = jdbc.sql("""
                insert into evaluation_scale (province_unit, year, name, source, confirmed, poll_threshold,
                    poll_source, valid_from, updated_by)
                values (:p, 2017, :n, :s, false, 90, :ps, date '2017-01-01', 'demo') returning id""")
                .param("p", PROVINCE)
                .param("n", "Thang đánh giá kết quả cuộc vận động ở khu dân cư (dữ liệu mẫu)")
                .param("s", "Dữ liệu mẫu, chưa xác nhận: không tìm thấy hướng dẫn trung ương về thang điểm (xem "
                        + "domain §5); năm nội dung theo CTrPH 1995/CTrPH-UBND-UB.MTTQ mục II; mức, trọng số và "
                        + "điểm do người lập dữ liệu mẫu đặt, UBMTTQ tỉnh sửa khi có hướng dẫn.")
                .param("ps", "QĐ 320/QĐ-TTg ngày 08/3/2022: huyện đạt chuẩn nông thôn mới khi ≥ 90 % người dân "
                        + "hài lòng (áp dụng tạm cho khu dân cư, chưa xác nhận)")
                .query(Long.class).single();
        String[][] levels = {{"Tốt", "90"}, {"Khá", "75"}, {"Trung bình", "50"}, {"Yếu", "0"}};
        for (int i = 0; i < levels.length; i++) {
            jdbc.sql("insert into evaluation_scale_level values (:s, :p, :n, :m)").param("s", id).param("p", i + 1)
                    .param("n", levels[i][0]).param("m", new BigDecimal(levels[i][1])).update();
        }
        String[][] contents = {
                {"Đoàn kết phát triển kinh tế, giảm nghèo bền vững, nâng cao đời sống", "25",
                        "Không phát sinh hộ tái nghèo; hộ nghèo giảm theo chỉ tiêu",
                        "Có mô hình phát triển kinh tế, giúp nhau làm giàu chính đáng"},
                {"Đoàn kết xây dựng đời sống văn hóa, giáo dục, y tế; gia đình văn hóa", "25",
                        "Tỷ lệ gia đình văn hóa đạt chỉ tiêu", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc"},
                {"Đoàn kết bảo vệ môi trường, cảnh quan sáng, xanh, sạch, đẹp", "20",
                        "Thu gom, xử lý rác thải theo quy định", "Đường làng, ngõ xóm, vỉa hè sạch, có cây xanh"},
                {"Đoàn kết chấp hành pháp luật, bảo đảm trật tự an toàn xã hội", "15",
                        "Không có tội phạm, tệ nạn xã hội nghiêm trọng", "Thực hiện hương ước, quy ước"},
                {"Đoàn kết phát huy dân chủ, giám sát, phản biện xã hội", "15",
                        "Thực hiện quy chế dân chủ ở cơ sở", "Ban Thanh tra nhân dân, Ban Giám sát đầu tư hoạt động"}};
        for (int c = 0; c < contents.length; c++) {
            jdbc.sql("insert into evaluation_scale_content values (:s, :n, :name, :w)").param("s", id)
                    .param("n", c + 1).param("name", contents[c][0]).param("w", new BigDecimal(contents[c][1]))
                    .update();
            for (int k = 2; k < 4; k++) {
                jdbc.sql("""
                        insert into evaluation_scale_criterion (scale_id, content_number, position, text, max_points)
                        values (:s, :c, :p, :t, 10)""").param("s", id).param("c", c + 1).param("p", k - 1)
                        .param("t", contents[c][k]).update();
            }
        }
        return id;
    }

    private int evaluate(Scales.Scale scale, String areaCode, Period period, LocalDate submitted,
            LocalDate reviewed, String reviewer, int seed) {
        UnitView area = territory.find(areaCode, period.end(), UnitScope.ALL).orElse(null);
        if (area == null) {
            return 0;
        }
        Map<Long, BigDecimal> points = new HashMap<>();
        List<Scales.Criterion> criteria = scale.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            points.put(criteria.get(i).id(), BigDecimal.valueOf(10 - ((seed * 7 + i * 3) % 5)));
        }
        BigDecimal total = scale.total(points);
        Scales.Level level = scale.level(total);
        // every fourth area's review lowers one criterion by 2 points
        Map<Long, BigDecimal> adjusted = new HashMap<>(points);
        boolean adjust = seed % 4 == 0;
        if (adjust) {
            long first = criteria.get(0).id();
            adjusted.put(first, adjusted.get(first).subtract(BigDecimal.valueOf(2)).max(BigDecimal.ZERO));
        }
        BigDecimal finalTotal = scale.total(adjusted);
        Scales.Level finalLevel = scale.level(finalTotal);
        long id = jdbc.sql("""
                insert into evaluation_assessment (area_unit, commune_unit, period, period_end, scale_id, state,
                    evidence, self_score, self_level, submitted_by, submitted_on, review, review_note, final_score,
                    final_level, final_position, reviewed_by, reviewed_on)
                values (:a, :c, :p, :end, :s, :state, :e, :t, :l, 'bctm.demo', :on, :r, :note, :ft, :fl, :fp,
                    :by, :ron) returning id""")
                .param("a", area.code()).param("c", area.parentCode()).param("p", period.code())
                .param("end", period.end()).param("s", scale.id()).param("state", reviewed == null ? "SUBMITTED"
                        : "REVIEWED")
                .param("e", "Biên bản họp Ban Công tác Mặt trận, báo cáo kết quả cuộc vận động của khu dân cư")
                .param("t", total).param("l", level.name()).param("on", submitted)
                .param("r", reviewed == null ? null : adjust ? "ADJUST" : "AGREE")
                .param("note", reviewed != null && adjust ? "Còn hộ tái nghèo trong năm: giảm 2 điểm tiêu chí 1.1"
                        : null)
                .param("ft", reviewed == null ? null : finalTotal)
                .param("fl", reviewed == null ? null : finalLevel.name())
                .param("fp", reviewed == null ? null : scale.levels().indexOf(finalLevel) + 1)
                .param("by", reviewed == null ? null : reviewer).param("ron", reviewed).query(Long.class).single();
        for (Scales.Criterion k : criteria) {
            jdbc.sql("insert into evaluation_assessment_score values (:a, :c, :p, :f)").param("a", id)
                    .param("c", k.id()).param("p", points.get(k.id()))
                    .param("f", reviewed == null ? null : adjusted.get(k.id())).update();
        }
        return 1;
    }

    private void poll(String areaCode, Period period, LocalDate held, int sample, int satisfied) {
        territory.find(areaCode, period.end(), UnitScope.ALL).ifPresent(area -> jdbc.sql("""
                insert into evaluation_poll (area_unit, commune_unit, period, period_end, held_on, sample_size,
                    satisfied, recorded_by)
                values (:a, :c, :p, :end, :h, :n, :s, 'mttq')""").param("a", area.code())
                .param("c", area.parentCode()).param("p", period.code()).param("end", period.end())
                .param("h", held).param("n", sample).param("s", Math.min(sample, satisfied)).update());
    }
}
