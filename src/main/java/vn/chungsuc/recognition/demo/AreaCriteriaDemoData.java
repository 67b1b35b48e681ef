package vn.chungsuc.recognition.demo;

import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.CriteriaSet;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The demo's criteria of "Khu phố đạt tiêu chí văn minh đô thị" for Thanh Hóa, so that a khu phố of the demo can
 * assess itself: there are no national criteria (the research notes found only local sets), and the Bỉm Sơn set was
 * not found, so these five are a sample drawn from the seed programme's urban targets, each marked unconfirmed and
 * editable on the criteria page. The cultural-area sets of the three regimes come with the catalogue itself.
 * Only an empty set is filled, so a restart, or a set an officer filled, is left alone.
 */
@Component
@Profile("demo")
class AreaCriteriaDemoData implements DemoData {

    static final String BASIS = "Tiêu chí mẫu của bản demo theo CTrPH 1995/CTrPH-UBND-UB.MTTQ [chưa xác minh]";
    static final String[][] CIVILISED_QUARTER = {
            {"1", "Trật tự đô thị: không lấn chiếm vỉa hè, lòng đường; xây dựng đúng giấy phép, đúng quy hoạch"},
            {"2", "Vệ sinh môi trường: rác thải được thu gom đúng giờ, đúng nơi; đường, ngõ sạch; có cây xanh"},
            {"3", "Hạ tầng: đường, ngõ được cứng hóa; có điện chiếu sáng công cộng; thoát nước không ngập úng"},
            {"4", "Nếp sống văn minh: thực hiện quy ước; việc cưới, việc tang, lễ hội văn minh; ứng xử văn minh nơi công cộng"},
            {"5", "An ninh trật tự, an toàn giao thông: không có tệ nạn xã hội, không có trọng án; chấp hành luật giao thông"}};

    private final Catalogue catalogue;

    AreaCriteriaDemoData(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void load() {
        CriteriaSet set = catalogue.setFor("CIVILISED_QUARTER", "38", LocalDate.of(2026, 11, 15)).orElse(null);
        if (set == null || !catalogue.criteria(set.id()).isEmpty()) {
            return;
        }
        for (String[] c : CIVILISED_QUARTER) {
            catalogue.addCriterion(set.id(), c[0], c[1], false, BASIS, "demo");
        }
    }
}
