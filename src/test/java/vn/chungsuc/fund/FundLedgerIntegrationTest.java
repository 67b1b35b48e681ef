package vn.chungsuc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.shared.problem.Refused;

/**
 * The fund's API and ledger on the demo's funds: receipts from a gap-free series, refusals that save nothing, voiding
 * by reversal, the hash chain that names the first changed entry, closing and reopening, no negative balance.
 */
@IntegrationTest
class FundLedgerIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate tx;
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : json.readTree(body);
    }

    private JsonNode donate(String body, int status) throws Exception {
        return call(post("/api/v1/fund/donations").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(httpBasic("mttq", "chungsuc")), status);
    }

    private long wardFund() throws Exception {
        JsonNode funds = call(get("/api/v1/fund/funds").param("unit", "38-BS").with(httpBasic("mttq", "chungsuc")),
                200);
        assertThat(funds).hasSize(1);
        assertThat(funds.get(0).get("level").asText()).isEqualTo("COMMUNE");
        assertThat(funds.get(0).get("accounts").get(0).get("bankBin").asText()).isEqualTo("970415");
        return funds.get(0).get("id").asLong();
    }

    private static String cash(long fund, String amount, String date) {
        return """
                {"fund": %d, "donor": {"name": "Nguyễn Văn Test", "kind": "PERSON", "anonymous": true},
                 "amount": %s, "channel": "CASH", "date": "%s", "memo": "kiểm thử"}""".formatted(fund, amount, date);
    }

    @Test
    void theFundsOfAUnitAreScopedAndTheDistrictFundEndsOnThe30thOfJune2025() throws Exception {
        JsonNode town = call(get("/api/v1/fund/funds").param("unit", "381").with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(town.get(0).get("level").asText()).isEqualTo("DISTRICT");
        assertThat(town.get(0).get("validTo").asText()).isEqualTo("2025-07-01");
        // the district fund handed everything over
        assertThat(town.get(0).get("holdings").asLong()).isZero();
        call(get("/api/v1/fund/funds").param("unit", "99999").with(httpBasic("mttq", "chungsuc")), 400);
        // a Hà Nội ward is outside Bỉm Sơn's officers: answered as an unknown unit
        call(get("/api/v1/fund/funds").param("unit", "00001").with(httpBasic("badinh", "chungsuc")), 400);
        call(get("/api/v1/fund/funds").param("unit", "38-BS").with(httpBasic("kp1badinh", "chungsuc")), 403);
        JsonNode ward = call(get("/api/v1/fund/funds").param("unit", "38-BS")
                .with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(ward.get(0).get("holdings").asLong()).isPositive();
    }

    @Test
    void receiptsComeFromAGapFreeSeriesAndARefusalSavesNothing() throws Exception {
        long fund = wardFund();
        JsonNode first = donate(cash(fund, "1500000", "2026-01-05"), 201);
        assertThat(first.get("amount").asLong()).isEqualTo(1_500_000);
        assertThat(first.get("amountInWords").asText()).isEqualTo("Một triệu năm trăm nghìn đồng");
        String number = first.get("receiptNumber").asText();
        assertThat(number).matches("Q" + fund + "-2026-\\d{5}");
        int seq = Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));

        long entries = jdbc.sql("select count(*) from fund_entry").query(Long.class).single();
        JsonNode refused = donate("""
                {"fund": %d, "donor": {"name": "", "kind": "PERSON"}, "amount": 0, "channel": "CASH",
                 "date": "2099-01-01"}""".formatted(fund), 400);
        assertThat(refused.get("errors").findValuesAsText("field")).contains("amount", "date", "donor.name");
        donate(cash(fund, "1000000000000000", "2026-01-05"), 400);
        donate(cash(fund, "12.5", "2026-01-05"), 400);
        assertThat(jdbc.sql("select count(*) from fund_entry").query(Long.class).single()).isEqualTo(entries);

        JsonNode second = donate(cash(fund, "\"2.000.000\"", "2026-01-06"), 201);
        assertThat(second.get("receiptNumber").asText()).isEqualTo("Q%d-2026-%05d".formatted(fund, seq + 1));

        // void: a reversal with a reason; the number stays used, a second void is refused
        long id = first.get("id").asLong();
        long cashBefore = ledger.balance(fund, LedgerAccounts.CASH);
        call(post("/api/v1/fund/donations/" + id + "/void").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"\"}").with(csrf()).with(httpBasic("mttq", "chungsuc")), 400);
        JsonNode voided = call(post("/api/v1/fund/donations/" + id + "/void").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Ghi nhầm số tiền\"}").with(csrf()).with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(voided.get("voided").asBoolean()).isTrue();
        assertThat(voided.get("receiptNumber").asText()).isEqualTo(number);
        assertThat(ledger.balance(fund, LedgerAccounts.CASH)).isEqualTo(cashBefore - 1_500_000);
        call(post("/api/v1/fund/donations/" + id + "/void").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"lần nữa\"}").with(csrf()).with(httpBasic("mttq", "chungsuc")), 400);
        JsonNode third = donate(cash(fund, "3000000", "2026-01-07"), 201);
        assertThat(third.get("receiptNumber").asText()).isEqualTo("Q%d-2026-%05d".formatted(fund, seq + 2));

        // only the Front records donations
        call(post("/api/v1/fund/donations").contentType(MediaType.APPLICATION_JSON)
                .content(cash(fund, "1000", "2026-01-05")).with(csrf()).with(httpBasic("badinh", "chungsuc")), 403);
    }

    @Test
    void changingAStoredEntryIsReportedWithTheFirstBrokenEntry() throws Exception {
        long fund = wardFund();
        donate(cash(fund, "700000", "2026-02-01"), 201);
        JsonNode ok = call(get("/api/v1/fund/" + fund + "/ledger/verify").with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(ok.get("valid").asBoolean()).isTrue();
        long entries = ok.get("entries").asLong();
        assertThat(entries).isGreaterThan(3);
        assertThat(ok.get("publishedHeadsChecked").asInt()).isPositive();

        // the table refuses changes as it stands
        assertThatThrownBy(() -> jdbc.sql("update fund_entry set amount = amount + 1 where fund_id = :f and seq = 2")
                .param("f", fund).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from fund_entry where fund_id = :f and seq = 2")
                .param("f", fund).update()).hasMessageContaining("append-only");

        // the owner disables the trigger and changes a row: verification names it
        try {
            tx.executeWithoutResult(s -> {
                jdbc.sql("alter table fund_entry disable trigger fund_entry_append_only").update();
                jdbc.sql("update fund_entry set amount = amount + 1 where fund_id = :f and seq = 3").param("f", fund)
                        .update();
            });
            JsonNode broken = call(get("/api/v1/fund/" + fund + "/ledger/verify")
                    .with(httpBasic("mttq", "chungsuc")), 200);
            assertThat(broken.get("valid").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenEntry").asLong()).isEqualTo(3);
            assertThat(broken.get("entries").asLong()).isEqualTo(entries);

            // rewriting the whole chain after it is caught by the published heads
            tx.executeWithoutResult(s -> rehash(fund));
            Ledger.Verification rewritten = ledger.verifyChain(fund);
            assertThat(rewritten.valid()).isFalse();
            assertThat(rewritten.firstBrokenHead()).isNotNull();
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.sql("update fund_entry set amount = amount - 1 where fund_id = :f and seq = 3").param("f", fund)
                        .update();
                rehash(fund);
                jdbc.sql("alter table fund_entry enable trigger fund_entry_append_only").update();
            });
        }
        assertThat(ledger.verifyChain(fund).valid()).isTrue();
    }

    /** What someone with database access would do: recompute every hash after the changed row. */
    private void rehash(long fund) {
        String[] prev = {vn.chungsuc.fund.domain.ChainHash.GENESIS};
        jdbc.sql("select * from fund_entry where fund_id = :f order by seq").param("f", fund).query(rs -> {
            String h = vn.chungsuc.fund.domain.ChainHash.of(fund, rs.getLong("seq"),
                    rs.getObject("entry_date", LocalDate.class), rs.getString("debit"), rs.getString("credit"),
                    rs.getLong("amount"), rs.getString("kind"), rs.getString("ref"), rs.getString("memo"),
                    rs.getObject("reverses") == null ? null : rs.getLong("reverses"),
                    rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), prev[0]);
            jdbc.sql("update fund_entry set prev_hash = :p, hash = :h where id = :id").param("p", prev[0])
                    .param("h", h).param("id", rs.getLong("id")).update();
            prev[0] = h;
        });
    }

    @Test
    @WithUserDetails("mttq")
    void aClosedPeriodRefusesPostingsAndOnlyTheLatestClosureReopens() throws Exception {
        // by the database: a MockMvc request would clear this test's signed-in user
        long fund = jdbc.sql("select id from fund_fund where unit_code = '38-BS'").query(Long.class).single();
        long first = ledger.close(fund, LocalDate.of(2026, 3, 1));
        long second = ledger.close(fund, LocalDate.of(2026, 4, 1));
        try {
            assertThatThrownBy(() -> ledger.close(fund, LocalDate.of(2026, 3, 15))).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> ledger.post(new Ledger.Posting(fund,
                    LocalDate.of(2026, 3, 20), LedgerAccounts.CASH, LedgerAccounts.DONATIONS, 1000, "DONATION", null,
                    "x")))).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("fund.ledger.closed"));
            assertThatThrownBy(() -> ledger.reopen(fund, first, "sai")).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("fund.ledger.reopen.notLatest"));
            assertThatThrownBy(() -> ledger.reopen(fund, second, " ")).isInstanceOf(Refused.class);
        } finally {
            ledger.reopen(fund, second, "Bổ sung chứng từ tháng 3");
            ledger.reopen(fund, first, "Bổ sung chứng từ tháng 2");
        }
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'fund.ledger' "
                + "and action = 'REOPEN' and entity_id = :f").param("f", String.valueOf(fund)).query(Long.class)
                .single()).isGreaterThanOrEqualTo(2);
        // no negative balance without a decision
        long cash = ledger.balance(fund, LedgerAccounts.CASH);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> ledger.post(new Ledger.Posting(fund,
                LocalDate.of(2026, 5, 2), LedgerAccounts.support("HARDSHIP"), LedgerAccounts.CASH, cash + 10,
                "SUPPORT", null, "x")))).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("fund.ledger.negative"));
    }
}
