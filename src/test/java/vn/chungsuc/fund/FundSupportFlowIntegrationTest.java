package vn.chungsuc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * Support paid out through the officers' screens: the ward proposes (the register's class on the date shown and
 * checked), the board approves or refuses with a reason, the fund's officer pays into the ledger (never below zero
 * without a decision), the house is handed over; the list filters and exports; rates are data with no overlaps.
 */
@IntegrationTest
class FundSupportFlowIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Supports supports;
    @Autowired PovertyApi poverty;
    @Autowired Ledger ledger;
    @Autowired Today today;
    @Autowired vn.chungsuc.registry.RegistryApi registry;

    /** The service's answer as the administrator (a MockMvc request clears a test's signed-in user). */
    private <T> T asAdmin(java.util.function.Supplier<T> read) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var ctx = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("admin", null, List.of(new org.springframework.security.core.authority
                        .SimpleGrantedAuthority(vn.chungsuc.shared.permission.Authority.ADMINISTER))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(ctx);
        try {
            return read.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(before);
        }
    }

    private String state(long id) {
        return asAdmin(() -> supports.get(id).state());
    }

    private long fund(String unit) {
        return jdbc.sql("select id from fund_fund where unit_code = :u").param("u", unit).query(Long.class).single();
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.mock.web.MockHttpServletResponse send(MockHttpServletRequestBuilder r, String user)
            throws Exception {
        return mvc.perform(r.with(csrf()).with(httpBasic(user, "chungsuc"))).andReturn().getResponse();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A poor household of the ward on the date that has no support yet, from the end of the list. */
    private String poorHousehold(LocalDate on, int skip) {
        List<String> poor = new ArrayList<>(poverty.households("38-BS", on, PovertyClass.POOR));
        java.util.Collections.reverse(poor);
        return poor.stream().filter(h -> !supports.anyFor(h)).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void theWardProposesTheBoardApprovesTheOfficerPaysAndTheHouseIsHandedOver() throws Exception {
        long ward = fund("38-BS");
        LocalDate on = today.date().minusDays(10);
        String household = poorHousehold(on, 0);
        long before = count("select count(*) from fund_support");
        String d = Dates.show(on);

        // the check step shows the household's class on the date and the province's rate, and saves nothing
        String check = send(post("/fund/" + ward + "/supports").param("recipientKind", "HOUSEHOLD")
                .param("householdCode", household).param("category", "HOUSE_NEW").param("reason", "Nhà dột nát")
                .param("date", d), "badinh").getContentAsString(StandardCharsets.UTF_8);
        assertThat(check).contains("id=\"check\"", "Hộ nghèo", "80.000.000", "Thanh Hóa");
        assertThat(count("select count(*) from fund_support")).isEqualTo(before);

        var saved = send(post("/fund/" + ward + "/supports").param("recipientKind", "HOUSEHOLD")
                .param("householdCode", household).param("category", "HOUSE_NEW").param("reason", "Nhà dột nát")
                .param("date", d).param("confirmed", "true"), "badinh");
        assertThat(saved.getStatus()).isEqualTo(302);
        long id = Long.parseLong(saved.getRedirectedUrl().substring(saved.getRedirectedUrl().lastIndexOf('/') + 1));
        assertThat(page("/fund/supports/" + id, "badinh")).contains("Hộ nghèo", "id=\"withdraw\"")
                .doesNotContain("id=\"decide\"", "id=\"pay\"");

        // the ward's officer may not decide; the board may
        assertThat(send(post("/fund/supports/" + id + "/decide").param("decisionNumber", "9/QĐ-BVĐ")
                .param("date", d), "badinh").getStatus()).isEqualTo(403);
        assertThat(page("/fund/supports/" + id, "mttq")).contains("id=\"decide\"", "id=\"refuse\"");
        send(post("/fund/supports/" + id + "/decide").param("decisionNumber", "9/QĐ-BVĐ").param("date", d), "mttq");
        assertThat(state(id)).isEqualTo("DECIDED");

        // a bad date comes back as a message and pays nothing
        long entries = count("select count(*) from fund_entry where fund_id = " + ward);
        var bad = send(post("/fund/supports/" + id + "/pay").param("account", "CASH").param("document", "PC 9")
                .param("date", "31/02/2026"), "mttq");
        assertThat(bad.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from fund_entry where fund_id = " + ward)).isEqualTo(entries);
        assertThat(state(id)).isEqualTo("DECIDED");

        String from = ledger.balances(ward).entrySet().stream()
                .filter(e -> LedgerAccounts.asset(e.getKey()) && !e.getKey().equals(LedgerAccounts.GOODS)
                        && e.getValue() >= 80_000_000L)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        long balance = ledger.balance(ward, from);
        send(post("/fund/supports/" + id + "/pay").param("account", from).param("document", "Phiếu chi 99")
                .param("date", d), "mttq");
        assertThat(state(id)).isEqualTo("PAID");
        assertThat(ledger.balance(ward, from)).isEqualTo(balance - 80_000_000L);
        assertThat(count("select count(*) from fund_entry where fund_id = " + ward + " and ref = 'SUPPORT:" + id
                + "'")).isEqualTo(1);

        send(post("/fund/supports/" + id + "/hand-over").param("date", d), "badinh");
        assertThat(state(id)).isEqualTo("HANDED_OVER");
        assertThat(page("/fund/households/" + household, "mttq")).contains("household-support-" + id,
                "Đã bàn giao nhà", "80.000.000");
        assertThat(count("select count(*) from shared_audit_entry where entity_type = 'fund.support' and entity_id = '"
                + id + "'")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aNonPoorHouseholdIsRefusedAHouseWithTheRulesBasisButMayGetHardshipSupport() throws Exception {
        long ward = fund("38-BS");
        LocalDate on = today.date().minusDays(5);
        List<String> supported = jdbc.sql("select household_code from fund_support where household_code is not null")
                .query(String.class).list();
        List<String> areas = asAdmin(() -> supports.areas(ward, on)).stream().map(vn.chungsuc.territory.UnitView::code).toList();
        String notPoor = registry.households(areas, on).stream().map(vn.chungsuc.registry.HouseholdRef::code)
                .filter(h -> !supported.contains(h)).filter(h -> poverty.status(h, on) == PovertyClass.NOT_POOR)
                .findFirst().orElseThrow();
        long before = count("select count(*) from fund_support");
        String refused = send(post("/fund/" + ward + "/supports").param("householdCode", notPoor)
                .param("category", "HOUSE_NEW").param("reason", "Nhà tạm").param("date", Dates.show(on))
                .param("confirmed", "true"), "mttq").getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"errors\"", "không có tên trong danh sách hộ nghèo", "HD 96/HD-MTTW-BTT");
        assertThat(count("select count(*) from fund_support")).isEqualTo(before);

        var ok = send(post("/fund/" + ward + "/supports").param("householdCode", notPoor)
                .param("category", "HARDSHIP").param("amount", "2.000.000").param("reason", "Cháy nhà")
                .param("date", Dates.show(on)).param("confirmed", "true"), "mttq");
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from fund_support")).isEqualTo(before + 1);
        long id = Long.parseLong(ok.getRedirectedUrl().substring(ok.getRedirectedUrl().lastIndexOf('/') + 1));
        assertThat(asAdmin(() -> supports.get(id).povertyClass())).isEqualTo("NOT_POOR");

        // the board refuses it, with its reason; it can no longer be paid
        assertThat(send(post("/fund/supports/" + id + "/refuse").param("reason", "").param("date", Dates.show(on)),
                "mttq").getStatus()).isEqualTo(302);
        assertThat(state(id)).isEqualTo("PROPOSED");
        send(post("/fund/supports/" + id + "/refuse").param("reason", "Đã được xã hỗ trợ").param("date",
                Dates.show(on)), "mttq");
        assertThat(state(id)).isEqualTo("REFUSED");
        send(post("/fund/supports/" + id + "/decide").param("decisionNumber", "1").param("date", Dates.show(on)),
                "mttq");
        assertThat(state(id)).isEqualTo("REFUSED");
        assertThat(page("/fund/supports/" + id, "mttq")).contains("Đã được xã hỗ trợ")
                .doesNotContain("id=\"decide\"");
    }

    @Test
    void aPersonInHardshipIsNotPaidBeyondTheBalanceWithoutADecision() throws Exception {
        // the other ward's fund: its cash ends 1 đ below zero, which the other tests' payments do not touch
        long ward = fund("38-QT");
        LocalDate on = today.date().minusDays(3);
        String area = asAdmin(() -> supports.areas(ward, on)).get(0).code();
        // a person may not get a category reserved for the register's households
        String house = send(post("/fund/" + ward + "/supports").param("recipientKind", "PERSON")
                .param("personName", "Bà Lê Thị Test").param("areaCode", area).param("category", "HOUSE_NEW")
                .param("reason", "x").param("date", Dates.show(on)), "mttq").getContentAsString(StandardCharsets.UTF_8);
        assertThat(house).contains("chỉ dành cho hộ nghèo");
        // one đồng more than the cash holds
        long cash = ledger.balance(ward, LedgerAccounts.CASH);
        var saved = send(post("/fund/" + ward + "/supports").param("recipientKind", "PERSON")
                .param("personName", "Bà Lê Thị Test").param("areaCode", area).param("category", "FUNERAL")
                .param("amount", String.valueOf(cash + 1)).param("reason", "Mai táng").param("date", Dates.show(on))
                .param("confirmed", "true"), "mttq");
        long id = Long.parseLong(saved.getRedirectedUrl().substring(saved.getRedirectedUrl().lastIndexOf('/') + 1));
        send(post("/fund/supports/" + id + "/decide").param("decisionNumber", "2/QĐ-BVĐ")
                .param("date", Dates.show(on)), "mttq");
        long entries = count("select count(*) from fund_entry where fund_id = " + ward);
        send(post("/fund/supports/" + id + "/pay").param("account", "CASH").param("document", "PC 1")
                .param("date", Dates.show(on)), "mttq");
        assertThat(state(id)).isEqualTo("DECIDED");
        assertThat(ledger.balance(ward, LedgerAccounts.CASH)).isEqualTo(cash);
        assertThat(count("select count(*) from fund_entry where fund_id = " + ward)).isEqualTo(entries);
        assertThat(page("/fund/supports/" + id, "mttq")).contains("id=\"overdraft\"");
        // an account of another fund is not one this fund pays from
        long other = fund("381");
        String foreign = jdbc.sql("select id from fund_bank_account where fund_id = :f limit 1").param("f", other)
                .query(Long.class).optional().map(LedgerAccounts::bank).orElse("BANK:0");
        send(post("/fund/supports/" + id + "/pay").param("account", foreign).param("document", "PC 1")
                .param("date", Dates.show(on)), "mttq");
        assertThat(state(id)).isEqualTo("DECIDED");
        // not a house: no hand-over
        assertThat(page("/fund/supports/" + id, "mttq")).doesNotContain("id=\"hand-over\"");
        // with the board's recorded decision (audited), the payment goes through and the cash is 1 đ below zero
        send(post("/fund/supports/" + id + "/overdraft").param("account", "CASH").param("decisionNumber", "3/QĐ-BVĐ")
                .param("limit", "1").param("from", Dates.show(on)).param("to", Dates.show(today.date())), "mttq");
        assertThat(count("select count(*) from shared_audit_entry where entity_type = 'fund.overdraft' "
                + "and summary like '%3/QĐ-BVĐ%'")).isEqualTo(1);
        send(post("/fund/supports/" + id + "/pay").param("account", "CASH").param("document", "PC 2")
                .param("date", Dates.show(on)), "mttq");
        assertThat(state(id)).isEqualTo("PAID");
        assertThat(ledger.balance(ward, LedgerAccounts.CASH)).isEqualTo(-1L);
    }

    @Test
    void theListFiltersAndExportsAndIdsOutsideTheUsersUnitsReadAsUnknown() throws Exception {
        long town = fund("381");
        String all = page("/fund/" + town + "/supports", "mttq");
        assertThat(all).contains("id=\"supports\"", "Đã bàn giao nhà");
        String none = page("/fund/" + town + "/supports?state=REFUSED&year=2019", "mttq");
        assertThat(none).contains("id=\"empty\"");
        String year = page("/fund/" + town + "/supports?year=2020&category=HOUSE_NEW", "mttq");
        long in2020 = count("select count(*) from fund_support where fund_id = " + town
                + " and extract(year from proposed_on) = 2020 and category = 'HOUSE_NEW'");
        assertThat(year).contains("Có " + in2020 + " khoản");
        byte[] xlsx = mvc.perform(get("/fund/" + town + "/supports.xlsx?year=2020").with(httpBasic("mttq",
                "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo((int) in2020);
        }
        // quangtrung's units hold neither the town's fund nor the ward of Bỉm Sơn's supports
        long id = jdbc.sql("select id from fund_support where fund_id = :f limit 1").param("f", fund("38-BS"))
                .query(Long.class).single();
        assertThat(mvc.perform(get("/fund/supports/" + id).with(httpBasic("quangtrung", "chungsuc"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/fund/" + fund("38-BS") + "/supports").with(httpBasic("quangtrung", "chungsuc")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(send(post("/fund/supports/" + id + "/withdraw").param("reason", "x"), "quangtrung").getStatus())
                .isEqualTo(404);
    }

    @Test
    void ratesAreDataWithoutOverlapsAndTheProvincesLineAppliesBeforeTheNationalOne() throws Exception {
        String rates = page("/fund/support-rates", "mttq");
        assertThat(rates).contains("80.000.000", "chưa xác nhận", "id=\"rate-form\"");
        long lines = count("select count(*) from fund_support_rate");
        // the town's line for scholarships, then one that overlaps it
        var ok = send(post("/fund/support-rates").param("category", "SCHOLARSHIP").param("unitCode", "381")
                .param("amount", "1.500.000").param("validFrom", "01/09/2024").param("validTo", "31/08/2025")
                .param("source", "Nghị quyết của Ban vận động thị xã (mẫu)"), "mttq");
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from fund_support_rate")).isEqualTo(lines + 1);
        String clash = send(post("/fund/support-rates").param("category", "SCHOLARSHIP").param("unitCode", "381")
                .param("amount", "2.000.000").param("validFrom", "01/08/2025").param("source", "x"), "mttq")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(clash).contains("id=\"errors\"", "trùng");
        String badAmount = send(post("/fund/support-rates").param("category", "SCHOLARSHIP").param("unitCode", "381")
                .param("amount", "-5").param("validFrom", "01/09/2025").param("source", "x"), "mttq")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(badAmount).contains("id=\"errors\"");
        assertThat(count("select count(*) from fund_support_rate")).isEqualTo(lines + 1);
        // the national line and the province's are not the town officer's to change
        long national = jdbc.sql("select id from fund_support_rate where unit_code is null limit 1")
                .query(Long.class).single();
        assertThat(send(post("/fund/support-rates/" + national + "/delete"), "mttq").getStatus()).isEqualTo(403);
        assertThat(send(post("/fund/support-rates").param("category", "FUNERAL").param("unitCode", "38")
                .param("amount", "1000000").param("validFrom", "01/01/2025").param("source", "x"), "mttq")
                .getStatus()).isEqualTo(403);
        long mine = jdbc.sql("select id from fund_support_rate where unit_code = '381' and category = 'SCHOLARSHIP'")
                .query(Long.class).single();
        assertThat(count("select count(*) from shared_audit_entry where entity_type = 'fund.support.rate' and entity_id = '"
                + mine + "'")).isEqualTo(1);
        send(post("/fund/support-rates/" + mine + "/delete"), "mttq");
        assertThat(count("select count(*) from fund_support_rate")).isEqualTo(lines);
        // Thanh Hóa's 80 M for a new house in 2025, the national 40 M elsewhere
        var area = new vn.chungsuc.territory.UnitView("X", "X", vn.chungsuc.territory.UnitType.values()[0], "38",
                "/VN/38/38-BS/X/", LocalDate.of(2025, 1, 1), null);
        assertThat(supports.rate("HOUSE_NEW", area, LocalDate.of(2025, 8, 1))).get()
                .extracting(Supports.Rate::amount).isEqualTo(80_000_000L);
        var elsewhere = new vn.chungsuc.territory.UnitView("Y", "Y", vn.chungsuc.territory.UnitType.values()[0], "01",
                "/VN/01/Y/", LocalDate.of(2025, 1, 1), null);
        assertThat(supports.rate("HOUSE_NEW", elsewhere, LocalDate.of(2025, 8, 1))).get()
                .extracting(Supports.Rate::amount).isEqualTo(40_000_000L);
    }
}
