-- The recognition module publishes these counts from its decisions (one award per subject and year) and its demo
-- history 2017–2024 produces them: the indicators are computed from now on. A yearly title counts from its
-- decision; before 1 December a year shows the titles of the previous year's round (see RecognitionStatistics).
update indicators_indicator set method = 'COMPUTED', updated_at = now(),
       description = 'Đếm từ các quyết định công nhận Gia đình văn hóa (module recognition), tại khu dân cư nơi hộ sống khi quyết định; trước 01/12 tính danh hiệu của năm trước.'
 where code = 'cultural-families';
update indicators_indicator set method = 'COMPUTED', updated_at = now(),
       description = 'Đếm từ các quyết định công nhận khu dân cư văn hóa (module recognition), tại xã, phường của khu dân cư; trước 01/12 tính danh hiệu của năm trước.'
 where code = 'cultural-areas';
update indicators_indicator set method = 'COMPUTED', updated_at = now(),
       description = 'Đếm từ các quyết định công nhận xã đạt chuẩn nông thôn mới (module recognition).'
 where code = 'ntm-communes';
update indicators_indicator set method = 'COMPUTED', updated_at = now(),
       description = 'Đếm từ các quyết định công nhận phường đạt chuẩn văn minh đô thị (module recognition); danh hiệu có giá trị 5 năm.'
 where code = 'civilised-wards';
-- The records behind each number: the titles in force in the unit on the period's last day.
update indicators_indicator set records_link = '/recognition/titles?unit={unit}&asOf={asOf}&title=CULTURAL_FAMILY'
 where code = 'cultural-families';
update indicators_indicator set records_link = '/recognition/titles?unit={unit}&asOf={asOf}&title=CULTURAL_AREA'
 where code = 'cultural-areas';
update indicators_indicator set records_link = '/recognition/titles?unit={unit}&asOf={asOf}&title=NEW_RURAL_COMMUNE'
 where code = 'ntm-communes';
update indicators_indicator set records_link = '/recognition/titles?unit={unit}&asOf={asOf}&title=CIVILISED_WARD'
 where code = 'civilised-wards';
