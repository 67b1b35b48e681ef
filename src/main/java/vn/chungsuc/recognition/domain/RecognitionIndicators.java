package vn.chungsuc.recognition.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/**
 * The programme's indicators counted from recognition's decisions (one award per subject and year; see
 * {@code RecognitionStatistics}): a yearly title counts from its decision, and before 1 December a year shows the
 * titles of the previous year's round. The records behind each number are the titles in force in the unit on the
 * period's last day.
 */
@Component
class RecognitionIndicators implements IndicatorContribution {

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(
                new IndicatorDefinition("cultural-families", "Hộ gia đình đạt chuẩn văn hóa", true, true,
                        "Số hộ được công nhận Gia đình văn hóa", "Tổng số hộ", true,
                        "recognition.cultural-families", "registry.households",
                        "/recognition/titles?unit={unit}&asOf={asOf}&title=CULTURAL_FAMILY",
                        "Đếm từ các quyết định công nhận Gia đình văn hóa (module recognition), tại khu dân cư nơi hộ "
                                + "sống khi quyết định; trước 01/12 tính danh hiệu của năm trước."),
                new IndicatorDefinition("cultural-areas", "Khu dân cư được công nhận văn hóa", true, false,
                        "Số thôn, xóm, khu phố được công nhận văn hóa", "Tổng số thôn, xóm, khu phố", true,
                        "recognition.cultural-areas", "territory.residential-areas",
                        "/recognition/titles?unit={unit}&asOf={asOf}&title=CULTURAL_AREA",
                        "Đếm từ các quyết định công nhận khu dân cư văn hóa (module recognition), tại xã, phường của "
                                + "khu dân cư; trước 01/12 tính danh hiệu của năm trước."),
                new IndicatorDefinition("ntm-communes", "Xã đạt chuẩn nông thôn mới", true, false,
                        "Xã đã được công nhận đạt chuẩn nông thôn mới (1 nếu đạt, 0 nếu chưa)", "Số xã (1)", true,
                        "recognition.new-rural-communes", "territory.communes",
                        "/recognition/titles?unit={unit}&asOf={asOf}&title=NEW_RURAL_COMMUNE",
                        "Đếm từ các quyết định công nhận xã đạt chuẩn nông thôn mới (module recognition)."),
                new IndicatorDefinition("civilised-wards", "Phường đạt chuẩn văn minh đô thị", true, false,
                        "Phường đã được công nhận đạt chuẩn văn minh đô thị (1 nếu đạt, 0 nếu chưa)", "Số phường (1)",
                        true, "recognition.civilised-wards", "territory.wards",
                        "/recognition/titles?unit={unit}&asOf={asOf}&title=CIVILISED_WARD",
                        "Đếm từ các quyết định công nhận phường đạt chuẩn văn minh đô thị (module recognition); danh "
                                + "hiệu có giá trị 5 năm."));
    }
}
