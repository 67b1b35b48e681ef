package vn.chungsuc.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.GsoImport;
import vn.chungsuc.territory.Lineage;
import vn.chungsuc.territory.SearchPage;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính", description = "Đơn vị hành chính và khu dân cư theo thời gian (mã GSO, hiệu lực, "
        + "sáp nhập, chia tách, đổi tên). Mọi danh sách tính tại một ngày (asOf, mặc định hôm nay) và trong phạm vi "
        + "của người dùng.")
class UnitsApiController {

    private final TerritoryApi territory;
    private final GsoImport catalogue;
    private final CurrentUnitScope scope;
    private final Messages messages;
    private final Today clock;

    UnitsApiController(TerritoryApi territory, GsoImport catalogue, CurrentUnitScope scope, Messages messages,

            Today clock) {

        this.clock = clock;
        this.territory = territory;
        this.catalogue = catalogue;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một đơn vị tại một ngày",
            description = "Phiên bản có hiệu lực vào ngày asOf, kèm các đơn vị trước và sau nó. 404 nếu đơn vị không "
                    + "tồn tại vào ngày đó hoặc nằm ngoài phạm vi của người dùng.")
    @ApiResponse(responseCode = "200", description = "Đơn vị")
    @ApiResponse(responseCode = "400", description = "Ngày không hợp lệ")
    @ApiResponse(responseCode = "404", description = "Không có đơn vị này vào ngày đó (trong phạm vi)")
    UnitResponse unit(@PathVariable @Parameter(example = "14812") String code, @RequestParam(required = false)
            @Parameter(description = "Ngày xem (yyyy-MM-dd), mặc định hôm nay", example = "2017-10-09")
            LocalDate asOf) {
        LocalDate date = clock.orToday(asOf);
        UnitView unit = territory.find(code, date, scope.current()).orElseThrow(() -> new UnitNotFound(code, date));
        return UnitResponse.of(unit, territory.lineage(unit.code()));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Các đơn vị trực thuộc tại một ngày",
            description = "Các đơn vị ngay dưới đơn vị này vào ngày asOf, theo thứ tự tên tiếng Việt.")
    @ApiResponse(responseCode = "404", description = "Không có đơn vị này vào ngày đó (trong phạm vi)")
    List<UnitResponse> children(@PathVariable @Parameter(example = "381") String code,
            @RequestParam(required = false) @Parameter(description = "Ngày xem (yyyy-MM-dd), mặc định hôm nay",
                    example = "2017-10-09") LocalDate asOf) {
        LocalDate date = clock.orToday(asOf);
        UnitScope current = scope.current();
        UnitView parent = territory.find(code, date, current).orElseThrow(() -> new UnitNotFound(code, date));
        List<UnitView> children = territory.children(parent.code(), date, current);
        Map<String, Lineage> lineage = territory.lineage(children.stream().map(UnitView::code).toList());
        return children.stream().map(c -> UnitResponse.of(c, lineage.get(c.code()))).toList();
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Lịch sử các phiên bản của đơn vị",
            description = "Mọi phiên bản (tên, loại, đơn vị cấp trên, thời gian hiệu lực) trong phạm vi người dùng.")
    @ApiResponse(responseCode = "404", description = "Không có đơn vị này (trong phạm vi)")
    List<UnitSummary> versions(@PathVariable @Parameter(example = "14812-01") String code) {
        List<UnitView> versions = territory.versions(code, scope.current());
        if (versions.isEmpty()) {
            throw new UnitNotFound(code, null);
        }
        return versions.stream().map(v -> UnitSummary.of(v, List.of())).toList();
    }

    @GetMapping
    @Operation(summary = "Tìm đơn vị theo tên",
            description = "Tìm không cần dấu (\"ba dinh\" thấy \"Phường Ba Đình\"), cả khi gõ gần đúng; kết quả kèm "
                    + "các cấp trên để phân biệt các đơn vị trùng tên.")
    SearchResponse search(@RequestParam @Parameter(example = "ba dinh") String q,
            @RequestParam(required = false) @Parameter(description = "Ngày xem (yyyy-MM-dd), mặc định hôm nay")
            LocalDate asOf,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        SearchPage found = territory.search(q, clock.orToday(asOf), scope.current(), page, size);
        return new SearchResponse(found.items().stream().map(m -> UnitSummary.of(m.unit(), m.ancestors())).toList(),
                found.total(), found.page(), found.size());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@territoryPermissions.may('catalogue.import')")
    @Operation(summary = "Nhập một tệp danh mục đơn vị hành chính (GSO)",
            description = "Tệp tinh_tp.json, quan_huyen.json hoặc xa_phuong.json (có thể nén .gz), mỗi lần một tệp, "
                    + "cấp trên trước cấp dưới, với ngày danh mục có hiệu lực (bắt buộc). Hệ thống tự nhận biết loại "
                    + "tệp. Nhập lại cùng tệp không thay đổi gì. Đơn vị đã kết thúc theo một sự kiện đã ghi nhận "
                    + "(sáp nhập, chia tách, giải thể) không được mở lại: mục của nó được liệt kê trong skipped. "
                    + "Tệp hỏng hoặc có mục sai bị từ chối (400, nêu mục và trường sai) và không có gì được ghi. "
                    + "Với preview=true chỉ kiểm tra và trả về các con số, không ghi gì. Chỉ quản trị viên.")
    @ApiResponse(responseCode = "200", description = "Số đơn vị thêm mới, thay đổi, giữ nguyên, bỏ qua")
    @ApiResponse(responseCode = "400", description = "Thiếu ngày hiệu lực, tệp hỏng hoặc có mục không hợp lệ; "
            + "không có gì được ghi")
    ImportResponse importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Parameter(description = "Ngày danh mục có hiệu lực (yyyy-MM-dd), bắt "
                    + "buộc: không mặc định hôm nay, vì một danh mục cũ đọc như có hiệu lực hôm nay sẽ đặt lại các "
                    + "đơn vị đã bị sáp nhập", example = "2015-01-01")
            LocalDate validFrom,
            @RequestParam(defaultValue = "false") @Parameter(description = "true: chỉ kiểm tra, không ghi")
            boolean preview) throws IOException {
        if (validFrom == null) {
            throw new BadRequest("territory.api.validFromRequired");
        }
        try (InputStream in = file.getInputStream()) {
            return ImportResponse.of(preview ? catalogue.preview(in, validFrom) : catalogue.importFile(in, validFrom),
                    messages);
        }
    }
}
