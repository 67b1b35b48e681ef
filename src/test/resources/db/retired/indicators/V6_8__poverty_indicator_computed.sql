-- The poverty module now counts poor households from the decided lists of its review rounds (metric
-- poverty.poor-households, the list in force on the period's last day): the rate is computed, no longer entered.
update indicators_indicator set method = 'COMPUTED',
    description = 'Theo danh sách hộ nghèo do Chủ tịch UBND cấp xã quyết định sau rà soát (danh sách có hiệu lực đến quyết định sau); '
        || 'chuẩn nghèo theo năm của danh sách: 2016–2021 Quyết định 59/2015/QĐ-TTg, 2022–2026 Nghị định 07/2021/NĐ-CP, '
        || '2027–2030 Nghị định 351/2025/NĐ-CP.'
where code = 'poor-households';
