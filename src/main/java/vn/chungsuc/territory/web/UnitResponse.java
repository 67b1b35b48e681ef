package vn.chungsuc.territory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.chungsuc.territory.Lineage;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitRef;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

@Schema(description = "Một đơn vị tại một ngày: phiên bản có hiệu lực vào ngày đó và quan hệ kế thừa")
record UnitResponse(
        @Schema(example = "14812") String code,
        @Schema(description = "Tên không kèm loại", example = "Ba Đình") String name,
        @Schema(description = "Tên kèm loại", example = "Phường Ba Đình") String fullName,
        @Schema(example = "WARD") UnitType type,
        @Schema(example = "COMMUNE") UnitLevel level,
        @Schema(example = "381") String parentCode,
        @Schema(description = "Mã các cấp từ quốc gia tới đơn vị", example = "/VN/38/381/14812/") String path,
        @Schema(description = "Ngày bắt đầu hiệu lực (tính cả ngày này)", example = "2015-01-01") LocalDate validFrom,
        @Schema(description = "Ngày hết hiệu lực (không tính ngày này); null nếu còn hiệu lực",
                example = "2025-07-01") LocalDate validTo,
        @Schema(description = "Các đơn vị trước đó (sáp nhập, chia tách vào đơn vị này)") List<UnitRef> predecessors,
        @Schema(description = "Các đơn vị kế tiếp (đơn vị này sáp nhập, chia tách vào)") List<UnitRef> successors) {

    static UnitResponse of(UnitView v, Lineage lineage) {
        return new UnitResponse(v.code(), v.name(), v.fullName(), v.type(), v.level(), v.parentCode(), v.path(),
                v.validFrom(), v.validTo(), lineage.predecessors(), lineage.successors());
    }
}
