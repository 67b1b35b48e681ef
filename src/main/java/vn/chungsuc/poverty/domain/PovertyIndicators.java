package vn.chungsuc.poverty.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/**
 * The rate of poor households, counted from the decided lists of the review rounds (metric
 * {@code poverty.poor-households}, the list in force on the period's last day; see {@code PovertyStatistics}).
 */
@Component
class PovertyIndicators implements IndicatorContribution {

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition("poor-households", "Tỷ lệ hộ nghèo", true, false,
                "Số hộ nghèo", "Tổng số hộ", true, "poverty.poor-households", "registry.households",
                "/poverty/households?unit={unit}&asOf={asOf}",
                // Lists decided by the commune chairman after the review (QĐ 24/2021/QĐ-TTg); standard by year.
                "Theo danh sách hộ nghèo do Chủ tịch UBND cấp xã quyết định sau rà soát (danh sách có hiệu lực đến "
                        + "quyết định sau); chuẩn nghèo theo năm của danh sách: 2016–2021 Quyết định 59/2015/QĐ-TTg, "
                        + "2022–2026 Nghị định 07/2021/NĐ-CP, 2027–2030 Nghị định 351/2025/NĐ-CP."));
    }
}
