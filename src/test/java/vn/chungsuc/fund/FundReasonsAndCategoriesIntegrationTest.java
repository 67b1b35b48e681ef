package vn.chungsuc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;

/**
 * Reasons are bounded (voiding a receipt, reopening a closed period: not blank, at most 500 characters, no control
 * characters) and a bad closing date shows the ledger again with the message; each refusal answers 400 and changes
 * nothing. A category's rule (poor households only, its basis) is edited on its own screen by who holds the national
 * rates, audited, and the next proposal is checked against it.
 */
@IntegrationTest
class FundReasonsAndCategoriesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    private MockHttpServletResponse send(MockHttpServletRequestBuilder r, String user) throws Exception {
        return mvc.perform(r.with(csrf()).with(httpBasic(user, "chungsuc"))).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private long ward() {
        return jdbc.sql("select id from fund_fund where unit_code = '38-BS'").query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static final String LONG = "x".repeat(501);
    /** A bidi override reaches the fund's rule (the shared web layer already refuses C0 controls such as BEL). */
    private static final String CONTROL = "Ghi nh\u202Em";

    @Test
    void aVoidWithABlankLongOrControlReasonIsRefusedWithTheMessageAndChangesNothing() throws Exception {
        long fund = ward();
        MockHttpServletResponse made = send(post("/api/v1/fund/donations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"fund": %d, "donor": {"name": "Bà Lý do", "kind": "PERSON"}, "amount": 250000,
                         "channel": "CASH", "date": "2026-02-10"}""".formatted(fund)), "mttq");
        assertThat(made.getStatus()).isEqualTo(201);
        long id = json.readTree(body(made)).get("id").asLong();
        long entries = count("select count(*) from fund_entry");

        for (String[] c : new String[][] {{"  ", "Cần ghi lý do"}, {LONG, "tối đa 500"},
                {CONTROL, "ký tự điều khiển"}}) {
            MockHttpServletResponse page = send(post("/fund/donations/" + id + "/void").param("reason", c[0]),
                    "mttq");
            assertThat(page.getStatus()).as(c[1]).isEqualTo(400);
            assertThat(page.getContentType()).startsWith("text/html");
            assertThat(body(page)).contains(c[1]);
            MockHttpServletResponse api = send(post("/api/v1/fund/donations/" + id + "/void")
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                            java.util.Map.of("reason", c[0]))), "mttq");
            assertThat(api.getStatus()).as(c[1]).isEqualTo(400);
        }
        assertThat(send(post("/fund/donations/" + id + "/void").param("reason", "Ghi nh\u0007m"), "mttq")
                .getStatus()).isEqualTo(400);
        assertThat(count("select count(*) from fund_entry")).isEqualTo(entries);
        assertThat(count("select count(*) from fund_donation where id = " + id + " and void_entry_id is null"))
                .isEqualTo(1);
        // a reason with a line break is a reason
        MockHttpServletResponse done = send(post("/fund/donations/" + id + "/void")
                .param("reason", "Ghi nhầm số tiền,\nđã lập biên lai khác"), "mttq");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from fund_donation where id = " + id + " and void_entry_id is not null"))
                .isEqualTo(1);
    }

    @Test
    void aBadClosingDateOrReopeningReasonShowsTheLedgerAgainAndChangesNothing() throws Exception {
        long fund = ward();
        long closures = count("select count(*) from fund_period_closure");
        for (String through : new String[] {"abc", "31/02/2026", "01/01/2999", "", "9".repeat(60)}) {
            MockHttpServletResponse page = send(post("/fund/" + fund + "/ledger/close").param("through", through),
                    "mttq");
            assertThat(page.getStatus()).as(through).isEqualTo(400);
            assertThat(body(page)).contains("Ngày không hợp lệ.");
        }
        assertThat(count("select count(*) from fund_period_closure")).isEqualTo(closures);

        assertThat(send(post("/fund/" + fund + "/ledger/close").param("through", "10/02/2026"), "mttq")
                .getStatus()).isEqualTo(302);
        long closure = count("select id from fund_period_closure where fund_id = " + fund
                + " and reopened_at is null order by closed_through desc limit 1");
        try {
            for (String[] c : new String[][] {{"", "Cần ghi lý do"}, {LONG, "tối đa 500"},
                    {CONTROL, "ký tự điều khiển"}, {"Sai\u202Engày", "ký tự điều khiển"}}) {
                MockHttpServletResponse page = send(post("/fund/" + fund + "/ledger/reopen")
                        .param("closure", String.valueOf(closure)).param("reason", c[0]), "mttq");
                assertThat(page.getStatus()).as(c[1]).isEqualTo(400);
                assertThat(body(page)).contains(c[1]);
            }
            assertThat(count("select count(*) from fund_period_closure where id = " + closure
                    + " and reopened_at is null")).isEqualTo(1);
        } finally {
            assertThat(send(post("/fund/" + fund + "/ledger/reopen").param("closure", String.valueOf(closure))
                    .param("reason", "Kiểm thử lý do"), "mttq").getStatus()).isEqualTo(302);
        }
        assertThat(count("select count(*) from fund_period_closure where id = " + closure
                + " and reopen_reason = 'Kiểm thử lý do'")).isEqualTo(1);
    }

    @Test
    void whoHoldsTheNationalRatesEditsACategorysRuleAndItIsAudited() throws Exception {
        String before = jdbc.sql("select basis from fund_support_category where code = 'TET_VISIT'")
                .query(String.class).single();
        // the province's officer holds only the province's rates: no link, no page, no change
        assertThat(body(send(get("/fund/support-rates"), "mttq"))).doesNotContain("edit-category-TET_VISIT");
        assertThat(send(get("/fund/support-categories/TET_VISIT"), "mttq").getStatus()).isEqualTo(403);
        assertThat(send(post("/fund/support-categories/TET_VISIT").param("registerOnly", "true")
                .param("basis", "x"), "mttq").getStatus()).isEqualTo(403);

        assertThat(body(send(get("/fund/support-rates"), "admin"))).contains("edit-category-TET_VISIT");
        MockHttpServletResponse form = send(get("/fund/support-categories/TET_VISIT"), "admin");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("id=\"registerOnly\"", "id=\"basis\"", "Thăm hỏi");
        assertThat(send(get("/fund/support-categories/NOPE"), "admin").getStatus()).isEqualTo(404);

        long audits = count("select count(*) from shared_audit_entry where entity_type = 'fund.support.category'");
        for (String bad : new String[] {"", "y".repeat(1001), "Căn\u2066cứ"}) {
            MockHttpServletResponse page = send(post("/fund/support-categories/TET_VISIT")
                    .param("registerOnly", "true").param("basis", bad), "admin");
            assertThat(page.getStatus()).isEqualTo(400);
            assertThat(body(page)).contains("id=\"errors\"", "Căn cứ");
        }
        assertThat(jdbc.sql("select basis from fund_support_category where code = 'TET_VISIT' and not register_only")
                .query(String.class).single()).isEqualTo(before);
        assertThat(count("select count(*) from shared_audit_entry where entity_type = 'fund.support.category'"))
                .isEqualTo(audits);

        try {
            assertThat(send(post("/fund/support-categories/TET_VISIT").param("registerOnly", "true")
                    .param("basis", "Quy định của tỉnh (kiểm thử)"), "admin").getStatus()).isEqualTo(302);
            assertThat(count("select count(*) from fund_support_category where code = 'TET_VISIT' and register_only "
                    + "and basis = 'Quy định của tỉnh (kiểm thử)'")).isEqualTo(1);
            assertThat(count("select count(*) from shared_audit_entry where entity_type = 'fund.support.category' "
                    + "and entity_id = 'TET_VISIT' and action = 'UPDATE'")).isEqualTo(audits + 1);
            // the rule now holds: a person in hardship is refused a Tết visit, naming the new basis
            long fund = ward();
            String area = jdbc.sql("select area_code from fund_support where fund_id = :f and area_code is not null "
                    + "limit 1").param("f", fund).query(String.class).single();
            MockHttpServletResponse refused = send(post("/fund/" + fund + "/supports").param("recipientKind", "PERSON")
                    .param("personName", "Bà Thử Tết").param("areaCode", area).param("category", "TET_VISIT")
                    .param("amount", "500000").param("reason", "Thăm hỏi").param("date", "01/12/2026"), "mttq");
            assertThat(body(refused)).contains("Quy định của tỉnh (kiểm thử)");
        } finally {
            send(post("/fund/support-categories/TET_VISIT").param("basis", before), "admin");
        }
        assertThat(count("select count(*) from fund_support_category where code = 'TET_VISIT' and not register_only"))
                .isEqualTo(1);
    }
}
