package vn.chungsuc.territory.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.GsoImport;
import vn.chungsuc.territory.ImportResult;
import vn.chungsuc.territory.Merge;
import vn.chungsuc.territory.NewUnit;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The units of the demo, loaded on the first start of the "demo" profile (skipped once provinces exist): the
 * whole GSO catalogue, the residential areas of thị xã Bỉm Sơn, the former xã Hà Lan and its merger into phường
 * Đông Sơn, and the reorganisation of 1 July 2025. The history is built with the same import and reorganisation
 * services an administrator uses, so any other commune's history can be recorded the same way.
 *
 * <p>Runs before the demo data of other modules (access validates its users' unit codes against these units).
 */
@Component
@Profile("demo")
class TerritoryDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(TerritoryDemoData.class);

    /**
     * The catalogue describes the units as they were between the Hà Lan merger (2019) and 2025. We take it as valid
     * from 1/1/2015 so that the programme's year 2017 has units; for Bỉm Sơn the only change in between (Hà Lan) is
     * recorded below, but elsewhere in the country units merged in 2019–2021 are not, so other provinces' units
     * before 2020 are approximate.
     */
    static final LocalDate CATALOGUE_FROM = LocalDate.of(2015, 1, 1);

    static final String THANH_HOA = "38";
    static final String BIM_SON = "381";
    static final String BA_DINH = "14812";
    static final String BAC_SON = "14809";
    static final String LAM_SON = "14815";
    static final String NGOC_TRAO = "14818";
    static final String DONG_SON = "14821";
    static final String PHU_SON = "14823";
    static final String QUANG_TRUNG_COMMUNE = "14824";
    /** Not in the catalogue, which was exported after the merger; 14827 is free there and follows Bỉm Sơn's codes. */
    static final String HA_LAN = "14827";
    /**
     * The wards formed on 1/7/2025. Their official codes in the 2025 catalogue are not confirmed here, so they do not
     * reuse 14812 or another old code: they take local codes that can never clash with a GSO code. Once the official
     * codes are confirmed, the demo should use them here.
     */
    static final String BIM_SON_WARD = "38-BS";
    static final String QUANG_TRUNG_WARD = "38-QT";

    static final LocalDate HA_LAN_MERGER = LocalDate.of(2019, 12, 1);
    static final String HA_LAN_BASIS = "Nghị quyết 786/NQ-UBTVQH14 ngày 16/10/2019 (chưa xác nhận ngày hiệu lực)";
    static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
    static final String TWO_TIER_BASIS = "Nghị quyết 1686/NQ-UBTVQH15 (2025) của Ủy ban Thường vụ Quốc hội về việc "
            + "sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa";

    private final TerritoryApi territory;
    private final GsoImport catalogue;
    private final Reorganisation reorganisation;
    private final TransactionTemplate transaction;
    private final Bodies bodies;

    TerritoryDemoData(TerritoryApi territory, GsoImport catalogue, Reorganisation reorganisation,
            PlatformTransactionManager transactions, Bodies bodies) {
        this.bodies = bodies;
        this.territory = territory;
        this.catalogue = catalogue;
        this.reorganisation = reorganisation;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void load() {
        if (!territory.children("VN", CATALOGUE_FROM, UnitScope.ALL).isEmpty()) {
            log.info("Units already loaded; territory demo data skipped");
            transaction.executeWithoutResult(status -> new DemoBodies(bodies).ensure());
            return;
        }
        long start = System.nanoTime();
        // All or nothing: a start interrupted half-way leaves no units, so the next start loads them again.
        transaction.executeWithoutResult(status -> {
            importCatalogue();
            recordHaLan();
            addResidentialAreas();
            mergeHaLanIntoDongSon();
            reorganise2025();
            new DemoBodies(bodies).ensure();
        });
        log.info("Territory demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void importCatalogue() {
        for (String file : List.of("tinh_tp", "quan_huyen", "xa_phuong")) {
            try (InputStream in = new ClassPathResource("demo/territory/" + file + ".json.gz").getInputStream()) {
                ImportResult result = catalogue.importFile(in, CATALOGUE_FROM);
                log.info("Imported {}: {} units", file, result.total());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void recordHaLan() {
        reorganisation.add(NewUnit.of(HA_LAN, "Hà Lan", UnitType.COMMUNE, BIM_SON, CATALOGUE_FROM));
    }

    private void addResidentialAreas() {
        try (InputStream in = new ClassPathResource("demo/territory/bim-son-residential-areas.csv").getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .forEach(f -> reorganisation.add(
                            NewUnit.of(f[1], f[3], UnitType.valueOf(f[2]), f[0], CATALOGUE_FROM)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hà Lan ends; its six thôn become khu phố of phường Đông Sơn, which then has twelve. Thôn Đoài and thôn Đông
     * take the names the ward lists them under (khu phố Đoài Thôn, Đông Thôn), so that they do not read as
     * "Khu phố Đoài" next to nothing that says where it was; their codes stay.
     */
    private void mergeHaLanIntoDongSon() {
        reorganisation.merge(new Merge(List.of(HA_LAN), new Merge.Into(DONG_SON), HA_LAN_MERGER, HA_LAN_BASIS,
                "Xã Hà Lan nhập vào phường Đông Sơn; các thôn trở thành khu phố.", true));
        String note = "Đặt tên khu phố khi xã Hà Lan nhập vào phường Đông Sơn.";
        reorganisation.rename(HA_LAN + "-02", "Đoài Thôn", UnitType.QUARTER, HA_LAN_MERGER, HA_LAN_BASIS, note);
        reorganisation.rename(HA_LAN + "-03", "Đông Thôn", UnitType.QUARTER, HA_LAN_MERGER, HA_LAN_BASIS, note);
    }

    /**
     * The district level ends; Ba Đình, Lam Sơn and Đông Sơn form phường Bỉm Sơn, and Bắc Sơn, Ngọc Trạo, Phú Sơn
     * and xã Quang Trung form phường Quang Trung, both directly under Thanh Hóa. Residential areas move with their
     * wards and keep their kind and name: converting xã Quang Trung's thôn into khu phố, or renaming the khu phố
     * that now share a name ("Khu phố 1" of Ba Đình and of Lam Sơn), needs provincial decisions we do not have; the
     * screens tell such namesakes apart by their former ward. The town's territory goes to the two new wards.
     */
    private void reorganise2025() {
        reorganisation.merge(new Merge(List.of(BA_DINH, LAM_SON, DONG_SON),
                new Merge.IntoNew(BIM_SON_WARD, "Bỉm Sơn", UnitType.WARD, THANH_HOA), TWO_TIER, TWO_TIER_BASIS,
                "Thành lập phường Bỉm Sơn trên cơ sở phường Ba Đình, phường Lam Sơn và phường Đông Sơn.", false));
        reorganisation.merge(new Merge(List.of(BAC_SON, NGOC_TRAO, PHU_SON, QUANG_TRUNG_COMMUNE),
                new Merge.IntoNew(QUANG_TRUNG_WARD, "Quang Trung", UnitType.WARD, THANH_HOA), TWO_TIER, TWO_TIER_BASIS,
                "Thành lập phường Quang Trung trên cơ sở phường Bắc Sơn, phường Ngọc Trạo, phường Phú Sơn và xã "
                        + "Quang Trung.", false));
        reorganisation.dissolve(BIM_SON, TWO_TIER, "Luật Tổ chức chính quyền địa phương 2025 (chính quyền địa "
                + "phương hai cấp từ 01/7/2025)", "Thị xã Bỉm Sơn kết thúc hoạt động; không còn cấp huyện. Địa bàn "
                + "thuộc phường Bỉm Sơn và phường Quang Trung.", List.of(BIM_SON_WARD, QUANG_TRUNG_WARD));
    }
}
