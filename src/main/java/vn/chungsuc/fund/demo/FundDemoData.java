package vn.chungsuc.fund.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.fund.domain.Donations;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.permission.Authority;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.startup.DemoData;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Bỉm Sơn's funds 2017–2025: the town's (district level, until 30/6/2025), two communes' (Ba Đình, Quang Trung) and,
 * from 1/7/2025, the two wards'; the province's. Donations in each peak month (17/10–18/11), support paid out to
 * poor households of the register with houses handed over on 18/11, and the district fund's transfer to the wards
 * on 30/6/2025. Names, amounts and accounts are the demo's own.
 */
@Component
@Profile("demo")
class FundDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(FundDemoData.class);
    static final String BASIS = "QĐ 1198/QĐ-MTTW-ĐCT ngày 29/12/2016 (Quy chế vận động, quản lý, sử dụng Quỹ "
            + "\"Vì người nghèo\"); HD 96/HD-MTTW-BTT ngày 05/12/2017";
    private static final String[] DONORS = {
        "Công ty Xi măng Bỉm Sơn", "Cán bộ, công chức UBND thị xã", "Hội Liên hiệp Phụ nữ thị xã",
        "Trường THPT Bỉm Sơn", "Ông Nguyễn Văn Hùng", "Bà Lê Thị Hoa", "Đoàn Thanh niên thị xã",
        "Ngân hàng Chính sách xã hội thị xã", "Hội Cựu chiến binh thị xã", "Một nhà hảo tâm"
    };

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Ledger ledger;
    private final Donations donations;
    private final Supports supports;
    private final TerritoryApi territory;
    private final TransactionTemplate tx;
    private final PovertyApi poverty;

    FundDemoData(JdbcClient jdbc, Funds funds, Ledger ledger, Donations donations, Supports supports,
            TerritoryApi territory, TransactionTemplate tx, PovertyApi poverty) {
        this.poverty = poverty;
        this.jdbc = jdbc;
        this.funds = funds;
        this.ledger = ledger;
        this.donations = donations;
        this.supports = supports;
        this.territory = territory;
        this.tx = tx;
    }

    @Override
    public void load() {
        if (jdbc.sql("select count(*) from fund_fund where unit_code = '381'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo", null, List.of(new SimpleGrantedAuthority(Authority.ADMINISTER))));
        try {
            tx.executeWithoutResult(s -> loadAll());
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.setContext(context);
        }
        log.info("Fund demo loaded");
    }

    private void loadAll() {
        LocalDate start = LocalDate.of(2017, 1, 1);
        LocalDate twoTier = LocalDate.of(2025, 7, 1);
        long province = fund("38", start, null, "Quỹ \"Vì người nghèo\" tỉnh Thanh Hóa");
        long town = fund("381", start, twoTier, "Quỹ \"Vì người nghèo\" thị xã Bỉm Sơn");
        long baDinh = fund("14812", start, twoTier, "Quỹ \"Vì người nghèo\" phường Ba Đình");
        long quangTrung = fund("14824", start, twoTier, "Quỹ \"Vì người nghèo\" xã Quang Trung");
        long bimSonWard = fund("38-BS", twoTier, null, "Quỹ \"Vì người nghèo\" phường Bỉm Sơn");
        long quangTrungWard = fund("38-QT", twoTier, null, "Quỹ \"Vì người nghèo\" phường Quang Trung");

        long townAccount = funds.addAccount(town, "970436", "Vietcombank – Chi nhánh Bỉm Sơn", "0801000123456",
                "UB MTTQ VN THI XA BIM SON", start);
        long wardAccount = funds.addAccount(bimSonWard, "970415", "VietinBank – Chi nhánh Bỉm Sơn",
                "108000765432", "UB MTTQ VN PHUONG BIM SON", twoTier);
        funds.addAccount(province, "970405", "Agribank – Chi nhánh Thanh Hóa", "3500201012345",
                "UB MTTQ VN TINH THANH HOA", start);
        funds.addBoardMember(town, "Trịnh Văn Bình", "Chủ tịch UBMTTQ thị xã", "CHAIR", start);
        funds.addBoardMember(town, "Lê Thị Mai", "Phó Chủ tịch UBND thị xã", "VICE_CHAIR", start);
        funds.addBoardMember(town, "Phạm Văn Cường", "Chủ tịch Hội Cựu chiến binh thị xã", "MEMBER", start);
        funds.addBoardMember(bimSonWard, "Trịnh Văn Bình", "Chủ tịch UBMTTQ phường Bỉm Sơn", "CHAIR", twoTier);
        funds.addBoardMember(bimSonWard, "Nguyễn Thị Lan", "Phó Chủ tịch UBND phường", "VICE_CHAIR", twoTier);
        funds.addBoardMember(baDinh, "Hoàng Văn Đức", "Chủ tịch UBMTTQ phường Ba Đình", "CHAIR", start);
        funds.addBoardMember(quangTrung, "Đỗ Thị Hằng", "Chủ tịch UBMTTQ xã Quang Trung", "CHAIR", start);

        int n = 0;
        for (int year = 2017; year <= 2024; year++) {
            long peak = funds.addCampaign(town, "TCD" + year, "PEAK_MONTH",
                    "Tháng cao điểm \"Vì người nghèo\" " + year, LocalDate.of(year, 10, 17),
                    LocalDate.of(year, 11, 18), 400_000_000L + (year - 2017) * 50_000_000L);
            for (int i = 0; i < 6; i++) {
                String donor = DONORS[(year + i) % DONORS.length];
                long amount = (i + 1) * 5_000_000L + (year - 2017) * 1_000_000L;
                boolean transfer = i % 2 == 0;
                donate(town, donor, amount, transfer ? "TRANSFER" : "CASH", transfer ? townAccount : null,
                        LocalDate.of(year, 10, 17 + i * 4 > 31 ? 31 : 17 + i * 4), peak, i == 5, n++);
            }
            for (long commune : List.of(baDinh, quangTrung)) {
                long c = funds.addCampaign(commune, "TCD" + year, "PEAK_MONTH",
                        "Tháng cao điểm \"Vì người nghèo\" " + year, LocalDate.of(year, 10, 17),
                        LocalDate.of(year, 11, 18), 60_000_000L);
                for (int i = 0; i < 3; i++) {
                    donate(commune, DONORS[(year + i + 3) % DONORS.length], (i + 2) * 2_000_000L, "CASH", null,
                            LocalDate.of(year, 10, 20 + i * 3), c, false, n++);
                }
            }
        }
        // Tết 2025 in the town, goods in kind
        long tet = funds.addCampaign(town, "TET2025", "TET", "Tết vì người nghèo Ất Tỵ 2025",
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 28), 150_000_000L);
        donations.record(new Donations.NewDonation(town, "ORGANISATION", null, "Siêu thị Bỉm Sơn", null, false,
                "12000000", "IN_KIND", null, "200 suất quà Tết (gạo, dầu ăn, bánh chưng)", "2025-01-15", tet, null));
        donate(town, "Công ty Xi măng Bỉm Sơn", 50_000_000L, "TRANSFER", townAccount, LocalDate.of(2025, 1, 20), tet,
                false, n++);

        supportTown(town);

        // 1/7/2025: the district level ends; the town's money goes to the two wards, each commune's to its ward
        String transferBasis = "Nghị quyết 1686/NQ-UBTVQH15 (2025); chuyển giao số dư quỹ cấp huyện về quỹ cấp xã "
                + "(cách chuyển giao chưa xác nhận)";
        LocalDate last = LocalDate.of(2025, 6, 30);
        for (long[] pair : new long[][] {{baDinh, bimSonWard}, {quangTrung, quangTrungWard}}) {
            long cash = ledger.balance(pair[0], LedgerAccounts.CASH);
            if (cash > 0) {
                ledger.transfer(pair[0], LedgerAccounts.CASH, pair[1], LedgerAccounts.CASH, cash, last,
                        transferBasis);
            }
        }
        long bank = ledger.balance(town, LedgerAccounts.bank(townAccount));
        long cash = ledger.balance(town, LedgerAccounts.CASH);
        ledger.transfer(town, LedgerAccounts.bank(townAccount), bimSonWard, LedgerAccounts.bank(wardAccount),
                bank / 2, last, transferBasis);
        ledger.transfer(town, LedgerAccounts.bank(townAccount), quangTrungWard, LedgerAccounts.CASH, bank - bank / 2,
                last, transferBasis);
        if (cash > 0) {
            ledger.transfer(town, LedgerAccounts.CASH, bimSonWard, LedgerAccounts.CASH, cash, last, transferBasis);
        }
        long goods = ledger.balance(town, LedgerAccounts.GOODS);
        if (goods > 0) {
            ledger.transfer(town, LedgerAccounts.GOODS, bimSonWard, LedgerAccounts.GOODS, goods, last,
                    transferBasis);
        }
        // the ward's first months: a drive against temporary houses, donations in the 2025 peak month
        long drive = funds.addCampaign(bimSonWard, "XNT2025", "DRIVE", "Xóa nhà tạm, nhà dột nát 2025",
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), 240_000_000L);
        donate(bimSonWard, "Công ty Xi măng Bỉm Sơn", 80_000_000L, "TRANSFER", wardAccount, LocalDate.of(2025, 7, 15),
                drive, false, n++);
        long peak = funds.addCampaign(bimSonWard, "TCD2025", "PEAK_MONTH", "Tháng cao điểm \"Vì người nghèo\" 2025",
                LocalDate.of(2025, 10, 17), LocalDate.of(2025, 11, 18), 200_000_000L);
        for (int i = 0; i < 4; i++) {
            donate(bimSonWard, DONORS[i + 3], (i + 1) * 3_000_000L, i % 2 == 0 ? "TRANSFER" : "CASH",
                    i % 2 == 0 ? wardAccount : null, LocalDate.of(2025, 10, 18).plusDays(i * 7L), peak, i == 3, n++);
        }
        supportWard(bimSonWard);
        ledger.close(town, last);
        ledger.close(baDinh, last);
        ledger.close(quangTrung, last);
        ledger.publishAll();
    }

    /** The demo's support: poor households of the town's communes, one house a year handed over on 18/11. */
    private void supportTown(long townFund) {
        for (int year = 2018; year <= 2024; year++) {
            LocalDate proposed = LocalDate.of(year, 9, 15);
            for (String commune : List.of("14812", "14824")) {
                List<String> poor = poverty.households(commune, proposed, PovertyClass.POOR);
                if (poor.isEmpty()) {
                    continue;
                }
                String household = poor.get(year % poor.size());
                if (supports.anyFor(household) || poverty.status(household, proposed) != PovertyClass.POOR) {
                    continue;
                }
                long id;
                try {
                    id = supports.propose(townFund, household, "HOUSE_NEW", 30_000_000L,
                            "Nhà tạm, dột nát (dữ liệu mẫu)", proposed);
                } catch (Refused r) {
                    continue;
                }
                supports.decide(id, year + "/QĐ-BVĐ", LocalDate.of(year, 9, 30));
                if (ledger.balance(townFund, LedgerAccounts.CASH) < 30_000_000L) {
                    continue;
                }
                supports.pay(id, LedgerAccounts.CASH, "Phiếu chi " + id + "/" + year, LocalDate.of(year, 11, 1));
                supports.handOver(id, LocalDate.of(year, 11, 18));
            }
        }
    }

    /** The ward's 2025 houses (80 M each, Thanh Hóa's 2025 rate), handed over on 18/11/2025. */
    private void supportWard(long wardFund) {
        LocalDate proposed = LocalDate.of(2025, 9, 10);
        List<String> poor = poverty.households("38-BS", proposed, PovertyClass.POOR);
        int done = 0;
        for (String household : poor) {
            if (done == 2 || supports.anyFor(household)
                    || poverty.status(household, proposed) != PovertyClass.POOR) {
                continue;
            }
            long id;
            try {
                id = supports.propose(wardFund, household, "HOUSE_NEW", null, "Xóa nhà tạm 2025 (dữ liệu mẫu)", proposed);
            } catch (Refused r) {
                continue;
            }
            supports.decide(id, "15/QĐ-BVĐ", LocalDate.of(2025, 9, 20));
            if (ledger.holdings(wardFund) < 80_000_000L) {
                return;
            }
            String account = ledger.balance(wardFund, LedgerAccounts.CASH) >= 80_000_000L ? LedgerAccounts.CASH
                    : funds.accounts(wardFund).get(0).ledgerCode();
            if (ledger.balance(wardFund, account) < 80_000_000L) {
                return;
            }
            supports.pay(id, account, "Phiếu chi " + id + "/2025", LocalDate.of(2025, 10, 1));
            supports.handOver(id, LocalDate.of(2025, 11, 18));
            done++;
        }
    }

    private long fund(String unit, LocalDate from, LocalDate to, String name) {
        // the unit's own dates bound the fund's: a unit first listed later than 2017 opens its fund then
        List<UnitView> versions = territory.versions(unit, UnitScope.ALL);
        LocalDate first = versions.isEmpty() ? from : versions.get(0).validFrom();
        LocalDate opens = first.isAfter(from) ? first : from;
        return funds.create(new Funds.NewFund(unit, opens, to, name, BASIS));
    }

    private void donate(long fund, String donor, long amount, String channel, Long account, LocalDate date,
            long campaign, boolean anonymous, int n) {
        Optional<Funds.Fund> f = funds.find(fund);
        if (f.isEmpty() || !f.get().openOn(date)) {
            return;
        }
        donations.record(new Donations.NewDonation(fund, donor.startsWith("Ông") || donor.startsWith("Bà")
                ? "PERSON" : "NAMED", null, donor, null, anonymous, Long.toString(amount), channel, account, null,
                date.toString(), campaign, "TCD " + n));
    }
}
