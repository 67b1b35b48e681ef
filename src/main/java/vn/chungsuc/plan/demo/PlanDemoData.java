package vn.chungsuc.plan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.plan.domain.Formula;
import vn.chungsuc.plan.domain.PlanStore;
import vn.chungsuc.plan.domain.Task;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.shared.time.Period;

/**
 * The plan of the seed programme (1995/CTrPH-UBND-UB.MTTQ, Bỉm Sơn, 2017–2020): its section V (the roadmap by year)
 * and section VI (what each department and the Front must do) as tasks, titled word for word (the document's own
 * typing kept), with their progress for 2017–2020. Lead bodies follow the headings of VI; for section V the Front
 * leads (VI.2: it "chủ trì phát động … tổng hợp"). Weights, co-operating bodies, units and the reports are the demo's
 * own: a few tasks are left unfinished so that the plan shows overdue tasks (VI.1.1's second task for 2020, VI.1.4's
 * sidewalk task for 2020 and V.2's second task).
 */
@Component
@Profile("demo")
class PlanDemoData implements DemoData {

    static final String NUMBER = "1995/CTrPH-UBND-UB.MTTQ";
    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    private static final String TOWN = "381";
    private static final String FRONT = "381-MTTQ";
    private static final String CULTURE = "381-VHTT";
    private static final String LABOUR = "381-LDTBXH";
    private static final String ECONOMY = "381-KT";
    private static final String URBAN = "381-QLDT";
    private static final String JUSTICE = "381-TP";
    private static final String POLICE = "381-CA";
    private static final String HOME = "381-NV";
    private static final List<String> MEMBERS = List.of("381-LHPN", "381-DTN", "381-HND", "381-CCB", "381-CD");

    private final CampaignApi campaign;
    private final PlanStore store;

    private long programme;
    private int position;
    private Map<String, Long> targets;
    private final Map<String, Long> ids = new HashMap<>();

    PlanDemoData(CampaignApi campaign, PlanStore store) {
        this.campaign = campaign;
        this.store = store;
    }

    @Override
    @Transactional
    public void load() {
        ProgrammeView p = campaign.programmes().stream().filter(x -> x.number().equals(NUMBER)).findFirst()
                .orElse(null);
        if (p == null || store.hasTasks(p.id())) {
            return;
        }
        programme = p.id();
        targets = new HashMap<>();
        campaign.targets(p.id()).forEach(t -> targets.put(t.code(), t.id()));
        store.createPlan(programme, Formula.WEIGHTED_MEAN,
                "Dữ liệu mẫu: công thức và trọng số do UBMTTQ thị xã đặt, chưa xác nhận (sửa được)");
        roadmap();
        assignments();
        progress();
        log.info("Demo plan of {}: {} tasks", NUMBER, ids.size());
    }

    private void roadmap() {
        group("V", null, "LỘ TRÌNH, TIẾN ĐỘ THỰC HIỆN", FRONT, 2017, 2020, 1, List.of(TOWN));
        group("V.1", "V", "Năm 2017", FRONT, 2017, 2017, 1, List.of());
        once("V.1.1", "V.1", "Ký kết chương trình liên tịch giữa Ủy ban nhân dân Thị xã với Ủy Ban MTTQ Việt Nam Thị "
                + "xã về xây dựng nông thôn mới, đô thị văn minh và giảm nghèo bền vững.", FRONT, List.of(HOME),
                null, 2017, List.of());
        once("V.1.2", "V.1", "Phối hợp lựa chọn một số xã, phường chỉ đạo điểm thực hiện cuộc vận động; xây dựng, nhân "
                + "rộng một số mô hình, điển hình trên địa bàn Thị xã.", FRONT, List.of(CULTURE, ECONOMY), null, 2017,
                List.of());
        once("V.1.3", "V.1", "Tập huấn, hướng dẫn triển khai cuộc vận động đến cán bộ Mặt trận và các tổ chức thành "
                + "viên các cấp trong Thị xã.", FRONT, MEMBERS, null, 2017, List.of());
        once("V.1.4", "V.1", "Tổ chức triển khai thực hiện thường xuyên các nội dung của cuộc vận động ở tất cả các khu "
                + "dân cư trên địa bàn thị xã.", FRONT, MEMBERS, null, 2017, List.of());
        group("V.2", "V", "Năm 2018", FRONT, 2018, 2018, 1, List.of());
        once("V.2.1", "V.2", "Kiểm tra, sơ kết các mô hình điểm tại cộng đồng khu dân cư. Sơ kết đánh giá 2 năm triển "
                + "khai thực hiện cuộc vận động.", FRONT, List.of(CULTURE, LABOUR), null, 2018, List.of());
        once("V.2.2", "V.2", "Tiếp tục xây dựng, nhân rộng các mô hình trong cuộc vận động.", FRONT,
                List.of(ECONOMY, URBAN), null, 2018, List.of());
        group("V.3", "V", "Năm 2019", FRONT, 2019, 2019, 1, List.of());
        once("V.3.1", "V.3", "Kiểm tra, sơ kết, đánh giá 3 năm triển khai thực hiện CVĐ.", FRONT,
                List.of(CULTURE, LABOUR), null, 2019, List.of());
        group("V.4", "V", "Năm 2020", FRONT, 2020, 2020, 2, List.of());
        once("V.4.1", "V.4", "Tiến hành tổng kết đánh giá 4 năm triển khai thực hiện cuộc vận động và triển khai giai "
                + "đoạn tiếp theo.", FRONT, List.of(CULTURE, LABOUR, HOME), null, 2020, List.of());
    }

    private void assignments() {
        group("VI", null, "TỔ CHỨC THỰC HIỆN", FRONT, 2017, 2020, 1, List.of(TOWN));
        group("VI.1", "VI", "UBND Thị xã.", null, 2017, 2020, 1, List.of());
        group("VI.1.1", "VI.1", "Phòng Văn hóa - Thông tin.", CULTURE, 2017, 2020, 1, List.of());
        yearly("VI.1.1.1", "VI.1.1", "Tiếp tục tuyên truyền Nghị quyết số 12 - NQ/TU ngày 14 tháng 4 năm 2014 của Ban "
                + "chấp hành Đảng bộ thị xã Bỉm Sơn về việc tăng cường sự lãnh đạo của Đảng trong việc xây dựng nếp "
                + "sống văn minh đô thị trên địa bàn thị xã Bỉm Sơn giai đoạn 2014 - 2020;", CULTURE, List.of(), 2,
                List.of());
        yearly("VI.1.1.2", "VI.1.1", "Chủ trì, phối hợp với thường trực UBMTTQ thị xã chỉ đạo nâng cao chất lượng phong "
                + "trào “Toàn dân đoàn kết xây dựng đời sống văn hóa, văn minh đô thị”. Hướng dẫn các tiêu chí, thủ tục "
                + "bình xét công nhận danh hiệu “khu phố, thôn, xóm văn hóa, văn minh đô thị”; “Cơ quan, đơn vị văn "
                + "hóa, văn minh đô thị”; “Tuyến đường văn minh đô thị”; “xã văn hóa nông thôn mới”; “phường văn minh "
                + "đô thị”...", CULTURE, List.of(FRONT), 2,
                List.of("NTM-4", "NTM-5", "DTVM-2", "DTVM-3", "DTVM-4", "DTVM-7", "DTVM-8", "DTVM-12"));
        group("VI.1.2", "VI.1", "Phòng Lao động - Thương binh và Xã hội", LABOUR, 2017, 2020, 2, List.of());
        yearly("VI.1.2.1", "VI.1.2", "Chủ trì, phối hợp với UBMTTQ thị xã cụ thể hóa Nghị quyết liên tịch số "
                + "88/2016/NQLT/CP - ĐCTUBTWMTTQVN ngày 7/10/2016 giữa Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt "
                + "trận Tổ quốc Việt Nam về giảm nghèo bền vững, xây dựng nông thôn mới đô thị văn minh triển khai thực "
                + "hiện;", LABOUR, List.of(FRONT), 1, List.of("NTM-3"));
        yearly("VI.1.2.2", "VI.1.2", "Chủ trì, phối hợp với thường trực UBMTTQ thị xã và các tổ chức thành viên của "
                + "MTTQ xây dựng kế hoạch, cung cấp, phát hành tài liệu tuyên truyền và vận động nhân dân hỗ trợ và "
                + "nhân rộng các mô hình, tăng cường vận động nguồn lực hỗ trợ giảm nghèo bền vững; giám sát việc thực "
                + "hiện chính sách của nhà nước về giảm nghèo.", LABOUR, concat(List.of(FRONT), MEMBERS), 1,
                List.of("NTM-3"));
        yearly("VI.1.2.3", "VI.1.2", "Hướng dẫn UBND các xã, phường phối hợp với UBMTTQ cùng cấp vận động nhân dân, "
                + "xây dựng và nhân rộng các mô hình, tăng cường vận động nguồn lực hỗ trợ giảm nghèo bền vững.", LABOUR,
                List.of(), 1, List.of("NTM-3"));
        yearly("VI.1.2.4", "VI.1.2", "Hằng năm, rà soát thống kê, phân loại đối tượng nghèo; xây dựng cơ sở dữ liệu "
                + "người nghèo, công khai danh sách hộ nghèo, hộ cận nghèo. Lồng ghép các chương trình, dự án phát "
                + "triển kinh tế xã hội, xác định nhiệm vụ trọng tâm, bố trí nguồn lực đảm bảo để thực hiện mục tiêu "
                + "giảm nghèo bền vững, xây dựng nông thôn mới, đô thị văn minh.", LABOUR, List.of(), 1,
                List.of("NTM-3"));
        yearly("VI.1.2.5", "VI.1.2", "Chỉ đạo các cơ quan có liên quan, UBND các xã, phường phối hợp và đảm bảo các "
                + "điều kiện để UBMTTQ và các tổ chức chính trị xã hội cùng cấp tổ chức giám sát và phản biện xã hội về "
                + "giảm nghèo bền vững xây dựng nông thôn mới, đô thị văn minh.", LABOUR, List.of(FRONT), 5, List.of());
        group("VI.1.3", "VI.1", "Phòng Kinh tế.", ECONOMY, 2017, 2020, 1, List.of());
        yearly("VI.1.3.1", "VI.1.3", "Chủ trì, phối hợp hỗ trợ và tạo điều kiện để UBMTTQ và các tổ chức thành viên "
                + "của MTTQ xây dựng và nhân rộng các mô hình hộ gia đình, hợp tác xã... có cách làm hiệu quả đóng góp "
                + "tích cực xây dựng nông thôn mới, đô thị văn minh.", ECONOMY, concat(List.of(FRONT), MEMBERS), 1,
                List.of());
        yearly("VI.1.3.2", "VI.1.3", "Hướng dẫn UBND các xã, phường phối hợp UBMTTQ cùng cấp tự đánh giá, xét công "
                + "nhận nâng cao chất lượng tiêu chí xây dựng nông thôn mới.", ECONOMY, List.of(), 1, List.of("NTM-1"));
        group("VI.1.4", "VI.1", "Phòng Quản lý đô thị.", URBAN, 2017, 2020, 1, List.of());
        yearly("VI.1.4.1", "VI.1.4", "Hướng dẫn UBND các xã, phường phối hợp và hỗ trợ các điều kiện để UBMTTQ cùng "
                + "cấp, các tổ chức thành viên của MTTQ xây dựng và nhân rộng các mô hình hộ gia đình, khu dân cư có "
                + "cách làm hiệu quả xây dựng nông thôn mới, đô thị văn minh. Hướng dẫn 2 xã Hà Lan, Quang Trung xây "
                + "dựng nền thôn mới trong quá trình đô thị hóa.", URBAN, List.of(FRONT), 1, List.of("NTM-1"));
        yearly("VI.1.4.2", "VI.1.4", "Tham mưu cho UBND Thị xã chỉ đạo các xã, phường tổ chức thực hiện công tác quản "
                + "lý, sử dụng vỉa hè theo các quy định hiện hành. Không để tình trạng lấn chiếm lòng đường vỉa hè để "
                + "kinh doanh bán hàng, hóa và thực hiện các dịch vụ khác gây mất mỹ quan đô thị và mất trật tự an toàn "
                + "giao thông.", URBAN, List.of(POLICE), 3, List.of("DTVM-12"));
        yearly("VI.1.4.3", "VI.1.4", "Tham mưu cho UBND Thị xã trong công tác vệ sinh môi trường đô thị, thu gom rác "
                + "thải và các dịch vụ công ích đô thị nhằm đảm bảo môi trường đô thị xanh sạch đẹp, hệ thống chiếu "
                + "sáng đô thị được duy trì, hệ thống thoát nước thông suốt, tình trạng đất trôi, vương vãi trên đường "
                + "khi có mưa bão được xử lý kịp thời.", URBAN, List.of(), 3, List.of("DTVM-1", "DTVM-11"));
        yearly("VI.1.4.4", "VI.1.4", "Tăng cường công tác kiểm tra, tham mưu cho UBND Thị xã, xử lý các vi phạm về "
                + "trật tự xây dựng đô thị, lấn chiếm lòng, lề đường.", URBAN, List.of(POLICE), 3, List.of());
        group("VI.1.5", "VI.1", "Phòng Tư pháp", JUSTICE, 2017, 2020, 1, List.of());
        yearly("VI.1.5.1", "VI.1.5", "Chủ trì phối hợp với phòng Văn hóa TT và UBMTTQ thị xã chỉ đạo, hướng dẫn tổ "
                + "chức phổ biến pháp luật, vận động nhân dân thực hiện chính sách, pháp luật của nhà nước. Hướng dẫn "
                + "UBND các xã, phường phối hợp và hỗ trợ các điều kiện để UBMTTQ cùng cấp, các tổ chức thành viên của "
                + "MTTQ trong việc vận động nhân dân tham gia thực hiện quy ước, hương ước ở cộng đồng dân cư phù hợp "
                + "với quy định của pháp luật.", JUSTICE, List.of(CULTURE, FRONT), 4, List.of());
        group("VI.1.6", "VI.1", "Công an Thị xã.", POLICE, 2017, 2020, 1, List.of());
        yearly("VI.1.6.1", "VI.1.6", "Chủ trì, phối hợp với UBMTTQ và các tổ chức thành viên của MTTQ thị xã hướng dẫn "
                + "vận động nhân dân đấu tranh, ngăn chặn và đẩy lùi các loại tội phạm, tệ nạn xã hội bảo đảm an toàn, "
                + "an ninh, trật tự xã hội trên địa bàn.", POLICE, concat(List.of(FRONT), MEMBERS), 4, List.of());
        yearly("VI.1.6.2", "VI.1.6", "Hằng năm phối hợp với MTTQ thị xã tổ chức tập huấn, xây dựng các mô hình điểm và "
                + "nhân ra diện rộng.", POLICE, List.of(FRONT), 4, List.of());
        group("VI.1.7", "VI.1", "Phòng Nội Vụ.", HOME, 2017, 2020, 1, List.of());
        yearly("VI.1.7.1", "VI.1.7", "Phối hợp với UBMTTQ và các tổ chức thành viên của MTTQ thị xã phát động phong "
                + "trào thi đua, công tác thi đua khen thưởng.", HOME, concat(List.of(FRONT), MEMBERS), 5, List.of());
        group("VI.2", "VI", "Ủy ban MTTQ Thị xã.", FRONT, 2017, 2020, 1, List.of());
        yearly("VI.2.1", "VI.2", "Chủ trì phát động cuộc vận động; phân công theo dõi, tổng hợp, đánh giá kết quả thực "
                + "hiện; tập hợp ý kiến của nhân dân đề xuất với Đảng, chính quyền về chủ trương, cơ chế thực hiện "
                + "cuộc vận động.", FRONT, MEMBERS, 5, List.of());
        yearly("VI.2.2", "VI.2", "Hướng dẫn tổ chức thực hiện cuộc vận động, chủ trì hiệp thương giữa các tổ chức "
                + "Chính trị - Xã hội, các thành viên của MTTQ vận động toàn dân thực hiện giảm nghèo bền vững, xây "
                + "dựng nông thôn mới, đô thị văn minh.", FRONT, MEMBERS, null, List.of());
        yearly("VI.2.3", "VI.2", "Phối hợp với các phòng ban có liên quan hướng dẫn tiêu chí, tiêu chuẩn bình xét thi "
                + "đua khen thưởng.", FRONT, List.of(HOME, CULTURE), 5, List.of());
        task("VI.2.4", "VI.2", "Chủ trì, phối hợp với các tổ chức Chính trị - Xã hội, các phòng ban có liên quan kiểm "
                + "tra, giám sát và lòng ghép nhiệm vụ tham gia giảm nghèo bền vững, xây dựng nông thôn mới, đô thị "
                + "văn minh.", FRONT, concat(List.of(LABOUR), MEMBERS), null, null, Recurrence.HALF_YEARLY, 2017, 2020,
                1, List.of(), List.of("NTM-1", "NTM-3"));
    }

    /** Reports for 2017–2020: done in their period, except the few the class comment names. */
    private void progress() {
        for (String n : List.of("V.1.1", "V.1.2", "V.1.3", "V.1.4")) {
            report(n, Period.year(2017), 100, TaskState.DONE, LocalDate.of(2017, 12, 20));
        }
        report("V.2.1", Period.year(2018), 100, TaskState.DONE, LocalDate.of(2018, 12, 18));
        report("V.2.2", Period.year(2018), 50, TaskState.IN_PROGRESS, LocalDate.of(2018, 6, 28));
        report("V.2.2", Period.year(2018), 80, TaskState.IN_PROGRESS, LocalDate.of(2018, 12, 18));
        report("V.3.1", Period.year(2019), 100, TaskState.DONE, LocalDate.of(2019, 12, 17));
        report("V.4.1", Period.year(2020), 100, TaskState.DONE, LocalDate.of(2020, 12, 22));
        for (String n : new ArrayList<>(ids.keySet())) {
            if (!n.startsWith("VI.") || n.split("\\.").length < 4 && !n.startsWith("VI.2.")) {
                continue;
            }
            for (int y = 2017; y <= 2020; y++) {
                boolean late = y == 2020 && (n.equals("VI.1.1.2") || n.equals("VI.1.4.2"));
                if (n.equals("VI.2.4")) {
                    report(n, Period.firstHalf(y), 100, TaskState.DONE, LocalDate.of(y, 6, 30));
                }
                report(n, Period.year(y), late ? 60 : 100, late ? TaskState.IN_PROGRESS : TaskState.DONE,
                        LocalDate.of(y, 12, 15));
            }
        }
    }

    private void report(String number, Period period, int percent, TaskState state, LocalDate on) {
        store.insertReport(ids.get(number), period, percent, state, "", on, "mttq");
    }

    private void group(String number, String parent, String title, String lead, int from, int to, int weight,
            List<String> units) {
        task(number, parent, title, lead, List.of(), null, null, Recurrence.NONE, from, to, weight, units,
                List.of());
    }

    private void once(String number, String parent, String title, String lead, List<String> cooperating,
            Integer content, int year, List<String> targetCodes) {
        task(number, parent, title, lead, cooperating, content, LocalDate.of(year, 12, 31), Recurrence.NONE, year,
                year, 1, List.of(), targetCodes);
    }

    private void yearly(String number, String parent, String title, String lead, List<String> cooperating,
            Integer content, List<String> targetCodes) {
        List<String> units = number.equals("VI.1.4.1") ? List.of("14824", "14827") : List.of();
        task(number, parent, title, lead, cooperating, content, null, Recurrence.YEARLY, 2017, 2020, 1, units,
                targetCodes);
    }

    private void task(String number, String parent, String title, String lead, List<String> cooperating,
            Integer content, LocalDate due, Recurrence recurrence, int from, int to, int weight, List<String> units,
            List<String> targetCodes) {
        List<Long> t = targetCodes.stream().map(targets::get).filter(java.util.Objects::nonNull).toList();
        long id = store.insert(new Task(0, programme, parent == null ? null : ids.get(parent), position++, number,
                title, lead, content, due, recurrence, from, to, weight, cooperating, units, t));
        ids.put(number, id);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
