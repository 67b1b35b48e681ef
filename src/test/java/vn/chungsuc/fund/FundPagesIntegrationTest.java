package vn.chungsuc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.problem.Refused;

/** The fund's screens for officers, the support paid out to a poor household, and the public disclosure. */
@IntegrationTest
class FundPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Supports supports;
    @Autowired PovertyApi poverty;
    @Autowired vn.chungsuc.fund.domain.Ledger ledger;

    private String page(String url, String user) throws Exception {
        var request = get(url);
        if (user != null) {
            request = request.with(httpBasic(user, "chungsuc"));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long fund(String unit) {
        return jdbc.sql("select id from fund_fund where unit_code = :u").param("u", unit).query(Long.class).single();
    }

    @Test
    void anOfficerSeesTheFundItsDonationsAndItsLedgerAndIssuesAReceiptAfterConfirming() throws Exception {
        long town = fund("381");
        assertThat(page("/fund", "mttq")).contains("thị xã Bỉm Sơn", "/fund/" + town);
        String fundPage = page("/fund/" + town, "mttq");
        assertThat(fundPage).contains("Trịnh Văn Bình", "970436", "Tháng cao điểm");
        assertThat(page("/fund/" + town + "/donations?q=mang", "mttq")).contains("Công ty Xi măng Bỉm Sơn");
        assertThat(page("/fund/" + town + "/ledger", "mttq")).contains("id=\"verify\"", "id=\"heads\"");
        byte[] xlsx = mvc.perform(get("/fund/" + town + "/donations.xlsx").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        mvc.perform(post("/fund/" + town + "/ledger/verify").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().is3xxRedirection());

        long ward = fund("38-BS");
        long before = jdbc.sql("select count(*) from fund_donation").query(Long.class).single();
        String confirm = mvc.perform(post("/fund/" + ward + "/donations").with(csrf())
                        .with(httpBasic("mttq", "chungsuc")).param("donorKind", "NAMED").param("donorName", "Bà Test")
                        .param("amount", "2.500.000").param("channel", "CASH").param("date", "03/03/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirm).contains("id=\"confirm\"", "Hai triệu năm trăm nghìn đồng");
        assertThat(jdbc.sql("select count(*) from fund_donation").query(Long.class).single()).isEqualTo(before);
        String saved = mvc.perform(post("/fund/" + ward + "/donations").with(csrf())
                        .with(httpBasic("mttq", "chungsuc")).param("donorKind", "NAMED").param("donorName", "Bà Test")
                        .param("amount", "2.500.000").param("channel", "CASH").param("date", "03/03/2026")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(saved.substring(saved.lastIndexOf('/') + 1));
        assertThat(page("/fund/donations/" + id, "mttq")).contains("Hai triệu năm trăm nghìn đồng");
        byte[] pdf = mvc.perform(get("/fund/donations/" + id + "/receipt.pdf").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        byte[] heads = mvc.perform(get("/fund/" + ward + "/ledger/heads.pdf").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(heads, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        // a post that may not view funds is turned away
        mvc.perform(get("/fund/" + ward).with(httpBasic("kp1badinh", "chungsuc"))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("mttq")
    void supportGoesToAPoorHouseholdOfTheRegisterAtTheProvincesRateAndShowsOnItsPage() throws Exception {
        long ward = fund("38-BS");
        LocalDate on = LocalDate.of(2026, 2, 1);
        List<String> poor = poverty.households("38-BS", on, PovertyClass.POOR);
        assertThat(poor).isNotEmpty();
        String household = poor.stream().filter(h -> !supports.anyFor(h)).findFirst().orElseThrow();
        long id = supports.propose(ward, household, "HOUSE_NEW", null, "Nhà dột nát", on);
        Supports.Support s = supports.get(id);
        assertThat(s.amount()).isEqualTo(80_000_000L);
        assertThat(s.povertyClass()).isEqualTo("POOR");
        assertThatThrownBy(() -> supports.pay(id, LedgerAccounts.CASH, "PC 1", on)).isInstanceOf(Refused.class);
        supports.decide(id, "01/QĐ-BVĐ", on);
        String from = ledger.balance(ward, LedgerAccounts.CASH) >= 80_000_000L ? LedgerAccounts.CASH
                : ledger.balances(ward).entrySet().stream().filter(e -> e.getKey().startsWith("BANK:")
                        && e.getValue() >= 80_000_000L).map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        long before = ledger.balance(ward, from);
        supports.pay(id, from, "Phiếu chi 01/2026", on.plusDays(1));
        assertThat(ledger.balance(ward, from)).isEqualTo(before - 80_000_000L);
        supports.handOver(id, on.plusDays(20));
        assertThat(supports.get(id).state()).isEqualTo("HANDED_OVER");

        List<String> notPoor = jdbc.sql("select household_code from fund_support").query(String.class).list();
        String other = jdbc.sql("select code from registry_household limit 200").query(String.class).list().stream()
                .filter(h -> poverty.status(h, on) == PovertyClass.NOT_POOR && !notPoor.contains(h)).findFirst()
                .orElse(null);
        if (other != null) {
            assertThatThrownBy(() -> supports.propose(ward, other, "HOUSE_NEW", null, "x", on))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reasons())
                            .extracting(Refused.Reason::key).contains("fundsupport.notPoor"));
        }
        // last: a MockMvc request clears this test's signed-in user
        assertThat(page("/fund/households/" + household, "mttq")).contains("80.000.000");
    }

    @Test
    void thePublicPagesShowMoneyAndNamesAsChosenButNoCccdPhoneOrAddress() throws Exception {
        long town = fund("381");
        String list = page("/public/fund", null);
        assertThat(list).contains("/public/fund/" + town);
        int year = 2024;
        String disclosure = page("/public/fund/" + town + "?year=" + year, null);
        assertThat(disclosure).contains("public-donors", "Nhà hảo tâm (ẩn danh)");
        String anonymousName = jdbc.sql("select donor_name from fund_donation where fund_id = :f and anonymous "
                + "and extract(year from donated_on) = :y limit 1").param("f", town).param("y", year)
                .query(String.class).single();
        String named = jdbc.sql("select count(*) from fund_donation where fund_id = :f and not anonymous "
                + "and donor_name = :n and extract(year from donated_on) = :y").param("f", town)
                .param("n", anonymousName).param("y", year).query(Long.class).single() > 0
                ? "" : anonymousName;
        if (!named.isEmpty()) {
            assertThat(disclosure).doesNotContain(named);
        }
        String number = jdbc.sql("select receipt_number from fund_donation where fund_id = :f limit 1")
                .param("f", town).query(String.class).single();
        assertThat(page("/public/fund/receipt?q=" + number, null)).contains("receipt-found", number);
        for (String p : List.of(list, disclosure, page("/public/fund/" + fund("38-BS") + "?year=2025", null))) {
            // no CCCD (12 digits), no phone number (0 and 9 more digits)
            assertThat(p).doesNotContainPattern("\\b\\d{12}\\b").doesNotContainPattern("\\b0\\d{9}\\b");
        }
        assertThat(page("/public/fund/" + fund("38-BS") + "?year=2025", null)).contains("public-beneficiaries");
    }
}
