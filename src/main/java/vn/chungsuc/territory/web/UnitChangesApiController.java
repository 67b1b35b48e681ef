package vn.chungsuc.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.territory.Merge;
import vn.chungsuc.territory.NewUnit;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/**
 * Recording changes to the tree for administrators: the same operations the Bỉm Sơn demo uses, so any commune's
 * history (a merger, a move, a rename, a dissolution) can be entered without code.
 */
@RestController
@RequestMapping("/api/v1/units")
@PreAuthorize("@territoryPermissions.may('unit.change')")
@Tag(name = "Đơn vị hành chính – thay đổi", description = "Ghi nhận đơn vị mới, sáp nhập, điều chỉnh trực thuộc, đổi "
        + "tên, giải thể, mỗi thay đổi có ngày hiệu lực và căn cứ pháp lý. Chỉ quản trị viên.")
class UnitChangesApiController {

    private final Reorganisation reorganisation;
    private final TerritoryApi territory;

    UnitChangesApiController(Reorganisation reorganisation, TerritoryApi territory) {
        this.reorganisation = reorganisation;
        this.territory = territory;
    }

    @Schema(description = "Đơn vị cần ghi nhận (khu dân cư, đơn vị chưa có trong danh mục)")
    record AddRequest(@NotBlank @Schema(example = "14812-12") String code,
            @NotBlank @Schema(example = "12") String name,
            @NotNull @Schema(example = "QUARTER") UnitType type,
            @NotBlank @Schema(example = "14812") String parentCode,
            @NotNull @Schema(example = "2015-01-01") LocalDate validFrom,
            @Schema(description = "Không bắt buộc; ngày hết hiệu lực (không tính ngày này)") LocalDate validTo) {
    }

    @Schema(description = "Sáp nhập: các đơn vị nguồn kết thúc vào ngày hiệu lực, đơn vị trực thuộc chuyển sang "
            + "đơn vị tiếp nhận. Cho into (đơn vị đã có) hoặc newUnit (đơn vị mới).")
    record MergeRequest(@NotEmpty @Schema(example = "[\"14827\"]") List<String> sources,
            @Schema(example = "14821") String into,
            @Valid NewTarget newUnit,
            @NotNull @Schema(example = "2019-12-01") LocalDate effectiveOn,
            @Schema(example = "Nghị quyết 786/NQ-UBTVQH14") String legalBasis,
            String note,
            @Schema(description = "Thôn, xóm chuyển vào phường thành khu phố (và ngược lại) khi quyết định quy định")
            Boolean retypeResidentialAreas) {
    }

    record NewTarget(@NotBlank @Schema(example = "38-BS") String code,
            @NotBlank @Schema(example = "Bỉm Sơn") String name,
            @NotNull @Schema(example = "WARD") UnitType type, @NotBlank @Schema(example = "38") String parentCode) {
    }

    record MoveRequest(@NotBlank String newParentCode, @NotNull LocalDate effectiveOn, String legalBasis,
            String note) {
    }

    record RenameRequest(@NotBlank String name, @Schema(description = "Không bắt buộc: loại mới") UnitType type,
            @NotNull LocalDate effectiveOn, String legalBasis, String note) {
    }

    record DissolveRequest(@NotNull LocalDate effectiveOn, String legalBasis, String note,
            @Schema(description = "Không bắt buộc: các đơn vị (còn hiệu lực vào ngày đó) tiếp nhận địa bàn",
                    example = "[\"38-BS\", \"38-QT\"]") List<String> successors) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận một đơn vị có hiệu lực từ một ngày")
    @ApiResponse(responseCode = "409", description = "Không thể ghi nhận (mã trùng, sai cấp, không có đơn vị cấp trên)")
    UnitResponse add(@Valid @RequestBody AddRequest r) {
        UnitView unit = reorganisation.add(new NewUnit(r.code(), r.name(), r.type(), r.parentCode(), r.validFrom(),
                r.validTo()));
        return UnitResponse.of(unit, territory.lineage(unit.code()));
    }

    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận nhiều đơn vị cùng lúc (các khu dân cư của một xã)",
            description = "Tất cả hoặc không: một đơn vị sai thì không đơn vị nào được ghi. Đơn vị cấp trên phải có "
                    + "sẵn.")
    @ApiResponse(responseCode = "409", description = "Không thể ghi nhận (mã trùng, sai cấp, không có đơn vị cấp trên)")
    List<UnitResponse> addAll(@RequestBody @NotEmpty List<@Valid AddRequest> requests) {
        List<UnitView> units = reorganisation.addAll(requests.stream().map(r -> new NewUnit(r.code(), r.name(),
                r.type(), r.parentCode(), r.validFrom(), r.validTo())).toList());
        var lineage = territory.lineage(units.stream().map(UnitView::code).toList());
        return units.stream().map(u -> UnitResponse.of(u, lineage.get(u.code()))).toList();
    }

    @PostMapping("/merges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sáp nhập đơn vị", description = "Trả về đơn vị tiếp nhận vào ngày hiệu lực.")
    @ApiResponse(responseCode = "409", description = "Không thể sáp nhập như yêu cầu")
    UnitResponse merge(@Valid @RequestBody MergeRequest r) {
        if ((r.into() == null) == (r.newUnit() == null)) {
            throw new BadRequest("territory.api.mergeTarget");
        }
        Merge.Target target = r.into() != null ? new Merge.Into(r.into())
                : new Merge.IntoNew(r.newUnit().code(), r.newUnit().name(), r.newUnit().type(),
                        r.newUnit().parentCode());
        UnitView unit = reorganisation.merge(new Merge(r.sources(), target, r.effectiveOn(), r.legalBasis(), r.note(),
                Boolean.TRUE.equals(r.retypeResidentialAreas())));
        return UnitResponse.of(unit, territory.lineage(unit.code()));
    }

    @PostMapping("/{code}/move")
    @Operation(summary = "Chuyển đơn vị (cùng các đơn vị trực thuộc) sang đơn vị cấp trên khác")
    UnitResponse move(@PathVariable String code, @Valid @RequestBody MoveRequest r) {
        UnitView unit = reorganisation.move(code, r.newParentCode(), r.effectiveOn(), r.legalBasis(), r.note());
        return UnitResponse.of(unit, territory.lineage(unit.code()));
    }

    @PostMapping("/{code}/rename")
    @Operation(summary = "Đổi tên (và loại) đơn vị từ một ngày")
    UnitResponse rename(@PathVariable String code, @Valid @RequestBody RenameRequest r) {
        UnitView unit = reorganisation.rename(code, r.name(), r.type(), r.effectiveOn(), r.legalBasis(), r.note());
        return UnitResponse.of(unit, territory.lineage(unit.code()));
    }

    @PostMapping("/{code}/dissolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Giải thể đơn vị từ một ngày",
            description = "Các đơn vị trực thuộc vào ngày đó phải được chuyển đi trước.")
    void dissolve(@PathVariable String code, @Valid @RequestBody DissolveRequest r) {
        reorganisation.dissolve(code, r.effectiveOn(), r.legalBasis(), r.note(),
                r.successors() == null ? List.of() : r.successors());
    }
}
