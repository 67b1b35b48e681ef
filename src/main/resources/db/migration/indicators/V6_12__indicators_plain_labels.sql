-- The labels of numerator and denominator are shown on the dashboard's drill-down and in its records: they say what
-- is counted in words ("Số xã, phường đã thu gom rác thải đúng quy định" over "Tổng số xã, phường"), not how one
-- commune enters its value ("(1 nếu đạt, 0 nếu chưa)", "Số xã, phường (1)"). How to enter it stays in the
-- description, shown on the entry form. Only labels still as V6_1 wrote them change (an officer's edit stays).
update indicators_indicator
set numerator_label = 'Số xã, phường đã thu gom rác thải đúng quy định', updated_at = now()
where code = 'waste-collection' and numerator_label = 'Đã thu gom rác thải đúng quy định (1 nếu đạt, 0 nếu chưa)';
update indicators_indicator
set denominator_label = 'Tổng số xã, phường', updated_at = now()
where code = 'waste-collection' and denominator_label = 'Số xã, phường (1)';
update indicators_indicator
set description = 'Nhập cho mỗi xã, phường: 1/1 khi đã thu gom rác thải đúng quy định, 0/1 khi chưa.', updated_at = now()
where code = 'waste-collection' and description is null;
-- The same for the indicators recognition contributes, should they still be entered ones from before V6_9.
update indicators_indicator
set numerator_label = 'Số xã đã được công nhận đạt chuẩn nông thôn mới', denominator_label = 'Tổng số xã',
    updated_at = now()
where code = 'ntm-communes' and denominator_label = 'Số xã (1)';
update indicators_indicator
set numerator_label = 'Số phường đã được công nhận đạt chuẩn văn minh đô thị', denominator_label = 'Tổng số phường',
    updated_at = now()
where code = 'civilised-wards' and denominator_label = 'Số phường (1)';
