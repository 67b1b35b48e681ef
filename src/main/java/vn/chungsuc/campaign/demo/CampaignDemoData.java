package vn.chungsuc.campaign.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.Subject;
import vn.chungsuc.campaign.TargetGroup;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.campaign.domain.ProgrammeStore;
import vn.chungsuc.campaign.domain.Programmes;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The programme of the seed document, word for word: Chương trình phối hợp số 1995/CTrPH-UBND-UB.MTTQ of
 * 09/10/2017 between the People's Committee and the Fatherland Front committee of thị xã Bỉm Sơn, 2017–2020, with
 * its legal bases, its five contents and the 17 targets of its section III (the line on "Công dân gương mẫu" and
 * "Gia đình kiểu mẫu" holds two targets). The document's own typing ("Phân đấu") is kept as written.
 *
 * <p>The allocations to communes are the demo's own: the programme does not allocate its targets. The allocation of
 * the 85 agencies deliberately leaves 5 unallocated, so that the allocation screen shows its warning.
 */
@Component
@Profile("demo")
class CampaignDemoData implements DemoData {

    static final String NUMBER = "1995/CTrPH-UBND-UB.MTTQ";
    private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

    private final Programmes programmes;
    private final ProgrammeStore store;

    CampaignDemoData(Programmes programmes, ProgrammeStore store) {
        this.programmes = programmes;
        this.store = store;
    }

    @Override
    public void load() {
        if (store.findByNumber(NUMBER).isPresent()) {
            return;
        }
        long id = programmes.importProgramme(programme(), targets(), allocations());
        log.info("Demo programme {} recorded (id {})", NUMBER, id);
    }

    static ProgrammeView programme() {
        return new ProgrammeView(0, NUMBER, "Chương trình phối hợp",
                "Giữa UBND và UB. MTTQ thị xã trong thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn "
                        + "mới, đô thị văn minh” giai đoạn 2017 - 2020",
                LocalDate.of(2017, 10, 9), "Bỉm Sơn", "381", 2017, 2020,
                List.of(new ProgrammeView.IssuingBody("Ủy ban nhân dân thị xã Bỉm Sơn",
                                "TM. UBND thị xã – Mai Đình Lâm"),
                        new ProgrammeView.IssuingBody("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Bỉm Sơn",
                                "TM. Ban Thường trực – Phạm Văn Thượng")),
                List.of("Căn cứ Chỉ thị số 17 - CT/TU của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của "
                                + "Đảng đối với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn "
                                + "minh”;",
                        "Căn cứ Nghị quyết liên tịch số 88/2016/NQLT/CP - ĐCTUBTWMTTQVN ngày 7/10/2016 giữa Chính phủ "
                                + "và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận tổ quốc Việt Nam về giảm nghèo bền "
                                + "vững, xây dựng nông thôn mới đô thị văn minh;",
                        "Căn cứ Chỉ thị số 10/CT - TU ngày 17/5/2017 của Ban thường vụ tỉnh ủy Thanh Hóa về việc "
                                + "tăng cường sự lãnh đạo của các cấp ủy đảng đối với cuộc vận động “Toàn dân đoàn "
                                + "kết xây dựng nông thôn mới, đô thị văn minh”.",
                        "Căn cứ quy chế phối hợp giữa UBND thị xã và Ủy ban MTTQ Thị xã.",
                        "Thực hiện Công văn số 6412/UBND - KHTH ngày 08/6/2017 về việc triển khai thực hiện Chỉ thị "
                                + "số 10 ngày 17/5/2017 của Ban thường vụ tỉnh ủy Thanh Hóa."),
                List.of(new ProgrammeView.Content(1, "Đoàn kết tham gia phát triển kinh tế, tích cực giúp nhau giảm "
                                + "nghèo bền vững, nâng cao đời sống, khuyến khích làm giàu chính đáng"),
                        new ProgrammeView.Content(2, "Đoàn kết xây dựng đời sống văn hóa, chăm lo sự nghiệp giáo dục, "
                                + "phát triển nguồn nhân lực, chăm sóc sức khỏe nhân dân; xây dựng gia đình văn hóa; "
                                + "phát huy truyền thống đền ơn, đáp nghĩa, tương thân, tương ái"),
                        new ProgrammeView.Content(3, "Đoàn kết tham gia bảo vệ môi trường, ứng phó với biến đổi khí "
                                + "hậu, xây dựng cảnh quan môi trường sáng, xanh, sạch, đẹp"),
                        new ProgrammeView.Content(4, "Đoàn kết chấp hành pháp luật, bảo đảm trật tự an toàn xã hội"),
                        new ProgrammeView.Content(5, "Đoàn kết phát huy dân chủ, tích cực tham gia giám sát và phản "
                                + "biện xã hội, góp phần xây dựng hệ thống chính trị cơ sở trong sạch vững mạnh")));
    }

    private static final String DECISION_488 = "Quyết định số 488/2014/QĐ-UBND ngày 17/02/2014 của UBND tỉnh Thanh Hóa";

    static List<TargetView> targets() {
        List<TargetView> t = new ArrayList<>();
        TargetGroup rural = TargetGroup.NEW_RURAL;
        TargetGroup urban = TargetGroup.CIVILISED_URBAN;
        t.add(target("NTM-1", rural, "Đến năm 2020 có 2/2 xã đạt chuẩn nông thôn mới = 100%",
                "Xã đạt chuẩn nông thôn mới", Subject.COMMUNE, Population.RURAL, Goal.count(2, 2), "ntm-communes", 1,
                null));
        t.add(target("NTM-2", rural, "Đảm bảo 100% hộ dân được sử dụng nước hợp vệ sinh, nước sạch theo quy định",
                "Hộ dân dùng nước hợp vệ sinh, nước sạch", Subject.HOUSEHOLD, Population.RURAL,
                Goal.share("100", false), "clean-water", 3, null));
        t.add(target("NTM-3", rural, "Huy động các nguồn lực xây dựng Quỹ “Vì người nghèo”, thực hiện tốt hoạt động "
                        + "an sinh xã hội góp phần giảm tỷ lệ hộ nghèo còn 1%", "Tỷ lệ hộ nghèo", Subject.HOUSEHOLD,
                Population.RURAL, Goal.ceiling("1"), "poor-households", 1, null));
        t.add(target("NTM-4", rural, "Đến năm 2020 có 75% hộ gia đình đạt chuẩn văn hóa",
                "Hộ gia đình văn hóa (nông thôn)", Subject.HOUSEHOLD, Population.RURAL, Goal.share("75", false),
                "cultural-families", 2, null));
        t.add(target("NTM-5", rural, "17/17 Thôn, xóm được công nhận Thôn, xóm văn hóa = 100%", "Thôn, xóm văn hóa",
                Subject.RESIDENTIAL_AREA, Population.RURAL, Goal.count(17, 17), "cultural-areas", 2, null));
        t.add(target("DTVM-1", urban, "100% các xã, phường được thu gom rác thải đúng quy định",
                "Xã, phường thu gom rác thải đúng quy định", Subject.COMMUNE, Population.WHOLE,
                Goal.share("100", false), "waste-collection", 3, null));
        t.add(target("DTVM-2", urban, "Trên 80% hộ gia đình đạt chuẩn văn hóa", "Hộ gia đình văn hóa (đô thị)",
                Subject.HOUSEHOLD, Population.URBAN, Goal.share("80", true), "cultural-families", 2, null));
        t.add(target("DTVM-3", urban, "47/48 khu phố được công nhận khu phố văn hóa", "Khu phố văn hóa",
                Subject.RESIDENTIAL_AREA, Population.URBAN, Goal.count(47, 48), "cultural-areas", 2, null));
        t.add(target("DTVM-4", urban, "85 cơ quan, đơn vị được công nhận đạt chuẩn văn hóa",
                "Cơ quan, đơn vị đạt chuẩn văn hóa", Subject.AGENCY, Population.WHOLE, Goal.count(85, null),
                "cultural-agencies", 2, null));
        t.add(target("DTVM-5", urban, "70% công dân trên địa bàn Thị xã đạt tiêu chí “Công dân gương mẫu”",
                "Công dân gương mẫu", Subject.PERSON, Population.WHOLE, Goal.share("70", false),
                "exemplary-citizens", 4, DECISION_488));
        t.add(target("DTVM-6", urban, "70% hộ gia đình trên địa bàn Thị xã đạt tiêu chí “Gia đình kiểu mẫu” theo quy "
                        + "định tại quyết định số 488/2014/QĐ-UBND ngày 17/02/2014 của UBND tỉnh Thanh Hóa",
                "Gia đình kiểu mẫu", Subject.HOUSEHOLD, Population.WHOLE, Goal.share("70", false), "model-families", 2,
                DECISION_488));
        t.add(target("DTVM-7", urban, "Phân đấu 2/6 phường đạt chuẩn văn minh đô thị",
                "Phường đạt chuẩn văn minh đô thị", Subject.WARD, Population.URBAN, Goal.count(2, 6),
                "civilised-wards", 2, null));
        t.add(target("DTVM-8", urban, "60% khu phố đạt tiêu chí Văn minh đô thị",
                "Khu phố đạt tiêu chí văn minh đô thị", Subject.RESIDENTIAL_AREA, Population.URBAN,
                Goal.share("60", false), "civilised-quarters", 2, null));
        t.add(target("DTVM-9", urban, "90% cơ quan đơn vị, trường học đạt tiêu chí Văn minh đô thị",
                "Cơ quan, đơn vị, trường học văn minh đô thị", Subject.AGENCY_OR_SCHOOL, Population.WHOLE,
                Goal.share("90", false), "civilised-agencies", 2, null));
        t.add(target("DTVM-10", urban, "60% doanh nghiệp đạt tiêu chí Văn minh đô thị",
                "Doanh nghiệp văn minh đô thị", Subject.ENTERPRISE, Population.WHOLE, Goal.share("60", false),
                "civilised-enterprises", 1, null));
        t.add(target("DTVM-11", urban, "60% điểm công cộng của Thị xã đạt tiêu chí Văn minh đô thị",
                "Điểm công cộng văn minh đô thị", Subject.PUBLIC_PLACE, Population.WHOLE, Goal.share("60", false),
                "civilised-public-places", 3, null));
        t.add(target("DTVM-12", urban, "50% các tuyến đường của Thị xã đạt tiêu chí Văn minh đô thị",
                "Tuyến đường văn minh đô thị", Subject.STREET, Population.WHOLE, Goal.share("50", false),
                "civilised-streets", 3, null));
        return t;
    }

    private static TargetView target(String code, TargetGroup group, String label, String shortLabel, Subject subject,
            Population population, Goal goal, String indicator, int content, String legalBasis) {
        return new TargetView(0, 0, code, 0, group, label, shortLabel, subject, population, goal, 2020, indicator,
                content, legalBasis);
    }

    static Map<String, Map<String, Goal>> allocations() {
        Map<String, Map<String, Goal>> all = new LinkedHashMap<>();
        all.put("NTM-1", goals("14827", Goal.count(1, 1), "14824", Goal.count(1, 1)));
        all.put("NTM-5", goals("14827", Goal.count(6, 6), "14824", Goal.count(11, 11)));
        all.put("DTVM-3", goals("14812", Goal.count(11, 11), "14809", Goal.count(8, 8), "14815", Goal.count(9, 9),
                "14818", Goal.count(8, 8), "14821", Goal.count(6, 6), "14823", Goal.count(5, 6)));
        all.put("DTVM-7", goals("14812", Goal.count(1, 1), "14815", Goal.count(1, 1), "14809", Goal.count(0, 1),
                "14818", Goal.count(0, 1), "14821", Goal.count(0, 1), "14823", Goal.count(0, 1)));
        all.put("DTVM-4", goals("14812", Goal.count(20, null), "14809", Goal.count(12, null), "14815",
                Goal.count(15, null), "14818", Goal.count(10, null), "14821", Goal.count(8, null), "14823",
                Goal.count(8, null), "14824", Goal.count(5, null), "14827", Goal.count(2, null)));
        return all;
    }

    private static Map<String, Goal> goals(Object... unitGoal) {
        Map<String, Goal> out = new LinkedHashMap<>();
        for (int i = 0; i < unitGoal.length; i += 2) {
            out.put((String) unitGoal[i], (Goal) unitGoal[i + 1]);
        }
        return out;
    }
}
