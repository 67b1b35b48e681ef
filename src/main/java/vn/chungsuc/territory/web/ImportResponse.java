package vn.chungsuc.territory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.chungsuc.territory.ImportResult;
import vn.chungsuc.territory.LineageKind;
import vn.chungsuc.territory.UnitLevel;

@Schema(description = "Kết quả nhập (hoặc kiểm tra trước, khi preview = true) một tệp danh mục")
record ImportResponse(
        @Schema(example = "DISTRICT") UnitLevel level,
        @Schema(example = "2015-01-01") LocalDate validFrom,
        @Schema(description = "true: chỉ kiểm tra, chưa ghi gì") boolean preview,
        @Schema(description = "Số mục trong tệp") int total,
        int added, int changed, int unchanged,
        @Schema(description = "Các mã có tên, loại hoặc cấp trên thay đổi") List<String> changedCodes,
        @Schema(description = "Các mục bỏ qua vì đơn vị đã kết thúc theo một sự kiện đã ghi nhận (sáp nhập, chia "
                + "tách, giải thể); đơn vị không được mở lại") List<Skipped> skipped) {

    record Skipped(@Schema(example = "381") String code, @Schema(example = "Thị xã Bỉm Sơn") String fullName,
            @Schema(example = "DISSOLVE") LineageKind endedBy, @Schema(example = "2025-07-01") LocalDate endedOn,
            long eventId,
            @Schema(example = "Thị xã Bỉm Sơn (381) đã kết thúc do giải thể ngày 01/07/2025; mục này được giữ "
                    + "nguyên, không mở lại.") String message) {
    }

    static ImportResponse of(ImportResult r, Messages messages) {
        return new ImportResponse(r.level(), r.validFrom(), r.preview(), r.total(), r.added(), r.changed(),
                r.unchanged(), r.changedCodes(), r.skipped().stream()
                        .map(s -> new Skipped(s.code(), s.fullName(), s.endedBy(), s.endedOn(), s.eventId(),
                                messages.describe(s)))
                        .toList());
    }
}
