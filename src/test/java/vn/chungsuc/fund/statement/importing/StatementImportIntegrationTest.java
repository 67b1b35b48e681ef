package vn.chungsuc.fund.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.IntegrationTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.statement.BankStatement;
import vn.chungsuc.fund.statement.StatementParser;
import vn.chungsuc.fund.vietqr.VietQr;
import vn.chungsuc.shared.Money;
import vn.chungsuc.shared.time.Today;

/**
 * Bank statements into the ward fund's ledger (phường Bỉm Sơn, its VietinBank account) through the API: a statement
 * imported twice posts nothing the second time; one whose balances disagree (with itself or with the ledger)
 * imports nothing and says by how much; a line with the campaign's code gets a receipt; a queued line is matched by
 * hand or marked as not a donation; the account's VietQR carries the campaign's code. Each test uses its own days
 * and a text of its own so that they do not meet.
 */
@IntegrationTest
class StatementImportIntegrationTest extends StatementTestSupport {

    @Autowired TransactionTemplate tx;

    @Test
    void aStatementImportedTwicePostsNothingTheSecondTimeAndAMatchedLineGetsAReceipt() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(60);
        LocalDate to = from.plusDays(4);
        String n = nonce();
        String code = imports.memoCode(w.fund(), w.drive()).value();
        List<L> lines = List.of(
                new L(from.plusDays(1), "CT tu 0011 NGUYEN VAN AN " + code.toLowerCase() + " ho tro " + n, 500_000, 0,
                        "NGUYEN VAN AN"),
                new L(from.plusDays(2), "Ung ho quy vi nguoi ngheo " + n, 200_000, 0, "TRAN THI BINH"),
                new L(to, "Phi quan ly tai khoan " + n, 0, 11_000, null));
        long opening = known(w, from.minusDays(1));
        String file = csv(w, from, to, opening, opening + net(lines), lines);
        long donationsBefore = count("fund_donation", w);

        JsonNode first = upload(w, file, 201);
        assertThat(first.get("lines").asInt()).isEqualTo(3);
        assertThat(first.get("duplicates").asInt()).isZero();
        assertThat(first.get("posted").asInt()).isEqualTo(1);
        assertThat(first.get("queued").asInt()).isEqualTo(2);
        assertThat(first.get("postedAmount").asLong()).isEqualTo(500_000);
        String receipt = first.get("receipts").get(0).asText();
        // the matched line is a transfer donation to the drive, with its receipt and the amount in words
        long donation = jdbc.sql("select id from fund_donation where receipt_number = :r").param("r", receipt)
                .query(Long.class).single();
        JsonNode d = call(get("/api/v1/fund/donations/{id}", donation).with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(d.get("channel").asText()).isEqualTo("TRANSFER");
        assertThat(d.get("campaign").asLong()).isEqualTo(w.drive());
        assertThat(d.get("amount").asLong()).isEqualTo(500_000);
        assertThat(d.get("amountInWords").asText()).isEqualTo("Năm trăm nghìn đồng");
        assertThat(d.get("date").asText()).isEqualTo(from.plusDays(1).toString());
        assertThat(count("fund_donation", w)).isEqualTo(donationsBefore + 1);
        // the bank's balance is the ledger's plus the lines that wait
        assertThat(known(w, to)).isEqualTo(opening + net(lines));

        long linesBefore = count("fund_statement_line", w);
        long importsBefore = count("fund_statement_import", w);
        JsonNode second = upload(w, file, 200);
        assertThat(second.get("importId").isNull()).isTrue();
        assertThat(second.get("duplicates").asInt()).isEqualTo(3);
        assertThat(second.get("posted").asInt()).isZero();
        assertThat(second.get("queued").asInt()).isZero();
        assertThat(count("fund_donation", w)).isEqualTo(donationsBefore + 1);
        assertThat(count("fund_statement_line", w)).isEqualTo(linesBefore);
        assertThat(count("fund_statement_import", w)).isEqualTo(importsBefore);

        // a later statement that overlaps it posts only its new line
        List<L> more = List.of(lines.get(2), new L(to.plusDays(1), "Ung ho " + code + " " + n, 300_000, 0, "LE VAN C"));
        String overlapping = csv(w, to, to.plusDays(1), known(w, to.minusDays(1)),
                known(w, to.minusDays(1)) + net(more), more);
        JsonNode third = upload(w, overlapping, 201);
        assertThat(third.get("duplicates").asInt()).isEqualTo(1);
        assertThat(third.get("posted").asInt()).isEqualTo(1);
        assertThat(count("fund_donation", w)).isEqualTo(donationsBefore + 2);
    }

    @Test
    void aStatementWhoseClosingBalanceDisagreesImportsNothingAndSaysByHowMuch() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(50);
        String n = nonce();
        String code = imports.memoCode(w.fund(), w.drive()).value();
        List<L> lines = List.of(new L(from, "Ung ho " + code + " " + n, 700_000, 0, "PHAM VAN D"));
        long opening = known(w, from.minusDays(1));
        long donations = count("fund_donation", w);
        long stored = count("fund_statement_line", w);
        JsonNode refused = upload(w, csv(w, from, from, opening, opening + 700_000 - 1_234, lines), 400);
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(refused.get("errors").get(0).get("message").asText()).contains(Money.of(1_234).toString());
        assertThat(count("fund_donation", w)).isEqualTo(donations);
        assertThat(count("fund_statement_line", w)).isEqualTo(stored);

        // a closing balance the statement adds up to but the ledger does not (a transfer recorded by hand as well)
        call(post("/api/v1/fund/donations").contentType(MediaType.APPLICATION_JSON).content("""
                {"fund": %d, "donor": {"name": "Phạm Văn D", "kind": "NAMED", "anonymous": false},
                 "amount": 700000, "channel": "TRANSFER", "account": %d, "date": "%s"}"""
                .formatted(w.fund(), w.account(), from)).with(csrf()).with(httpBasic("mttq", "chungsuc")), 201);
        long afterHand = count("fund_donation", w);
        JsonNode twice = upload(w, csv(w, from, from, opening, opening + 700_000, lines), 400);
        assertThat(twice.get("errors").get(0).get("message").asText()).contains(Money.of(-700_000).toString());
        assertThat(count("fund_donation", w)).isEqualTo(afterHand);
        assertThat(count("fund_statement_line", w)).isEqualTo(stored);
    }

    @Test
    void aStatementWhoseOpeningBalanceDisagreesWithTheLedgerImportsNothing() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(40);
        String n = nonce();
        List<L> lines = List.of(new L(from, "Ung ho " + n, 100_000, 0, null));
        long opening = known(w, from.minusDays(1)) + 250_000;
        long stored = count("fund_statement_line", w);
        long imported = count("fund_statement_import", w);
        JsonNode refused = upload(w, csv(w, from, from, opening, opening + 100_000, lines), 400);
        String message = refused.get("errors").get(0).get("message").asText();
        assertThat(message).contains(Money.of(250_000).toString()).contains(Money.of(opening).toString());
        assertThat(count("fund_statement_line", w)).isEqualTo(stored);
        assertThat(count("fund_statement_import", w)).isEqualTo(imported);
        // a statement of another account is refused by the parser, and a member organisation may not import
        upload(w, csv(w, from, from, opening, opening + 100_000, lines).replace(w.number(), "999888777"), 400);
        upload(w, csv(w, from, from, opening - 250_000, opening - 150_000, lines), 403, "hoiphunu");
    }

    @Test
    void aQueuedLineIsMatchedByHandAndAFeeIsMarkedAsNotADonation() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(30);
        String n = nonce();
        List<L> lines = List.of(new L(from, "Chuyen tien ung ho nha tam " + n, 1_500_000, 0, "CONG TY TNHH AN PHU"),
                new L(from, "Ung ho hai dot " + n, 900_000, 0, "HOANG VAN E"),
                new L(from.plusDays(1), "Phi SMS " + n, 0, 22_000, null));
        long opening = known(w, from.minusDays(1));
        JsonNode r = upload(w, csv(w, from, from.plusDays(1), opening, opening + net(lines), lines), 201);
        assertThat(r.get("queued").asInt()).isEqualTo(3);

        JsonNode page = call(get("/api/v1/fund/{f}/statement-lines", w.fund()).param("q", n)
                .with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        JsonNode gift = page.get("rows").get(0);
        JsonNode two = page.get("rows").get(1);
        JsonNode fee = page.get("rows").get(2);
        assertThat(fee.get("rule").asText()).isEqualTo("DEBIT");
        assertThat(gift.get("rule").asText()).isEqualTo("NONE");

        // someone outside the ward cannot see or touch its lines
        call(post("/api/v1/fund/statement-lines/{id}/match", gift.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{}").with(csrf()).with(httpBasic("quangtrung", "chungsuc")), 404);

        JsonNode receipt = call(post("/api/v1/fund/statement-lines/{id}/match", gift.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON).content("{\"campaign\": %d}".formatted(w.drive()))
                .with(csrf()).with(httpBasic("mttq", "chungsuc")), 201);
        assertThat(receipt.get("amount").asLong()).isEqualTo(1_500_000);
        String donor = jdbc.sql("select donor_name from fund_donation where id = :id")
                .param("id", receipt.get("id").asLong()).query(String.class).single();
        assertThat(donor).isEqualTo("CONG TY TNHH AN PHU");
        // matched once only; money out is not a donation
        call(post("/api/v1/fund/statement-lines/{id}/match", gift.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{}").with(csrf()).with(httpBasic("mttq", "chungsuc")), 400);
        call(post("/api/v1/fund/statement-lines/{id}/match", fee.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{}").with(csrf()).with(httpBasic("mttq", "chungsuc")), 400);

        // split into two donations adding up to the line
        call(post("/api/v1/fund/statement-lines/{id}/split", two.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{\"firstAmount\": \"900.000\"}").with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 400);
        JsonNode parts = call(post("/api/v1/fund/statement-lines/{id}/split", two.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{\"firstAmount\": \"400.000\", \"firstCampaign\": %d}"
                .formatted(w.drive())).with(csrf()).with(httpBasic("mttq", "chungsuc")), 201);
        assertThat(parts.get(0).get("amount").asLong()).isEqualTo(400_000);
        assertThat(parts.get(1).get("amount").asLong()).isEqualTo(500_000);

        call(post("/api/v1/fund/statement-lines/{id}/not-donation", fee.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}").with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 400);
        call(post("/api/v1/fund/statement-lines/{id}/not-donation", fee.get("id").asLong()).contentType(
                MediaType.APPLICATION_JSON).content("{\"reason\": \"Phí SMS Banking của ngân hàng\"}").with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 204);

        JsonNode left = call(get("/api/v1/fund/{f}/statement-lines", w.fund()).param("q", n)
                .with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(left.get("total").asInt()).isZero();
        JsonNode posted = call(get("/api/v1/fund/{f}/statement-lines", w.fund()).param("q", n)
                .param("status", "POSTED").with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(posted.get("total").asInt()).isEqualTo(2);
        // matching moved money from "waiting" into the ledger: what the fund knows of the bank is unchanged
        assertThat(known(w, from.plusDays(1))).isEqualTo(opening + net(lines));
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'fund.statement.line' "
                + "and entity_id = :id").param("id", fee.get("id").asText()).query(Long.class).single()).isOne();

        // the officer's page lists what is left and what was done
        String html = mvc.perform(get("/fund/{f}/statements", w.fund()).param("status", "NOT_DONATION")
                .param("q", n).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Phi SMS " + n).contains("Phí SMS Banking của ngân hàng");
    }

    @Test
    @WithUserDetails("mttq")
    void theDemoStatementOfDecember2025AgreesWithTheDemoLedger() throws Exception {
        long fund = jdbc.sql("select id from fund_fund where unit_code = '38-BS'").query(Long.class).single();
        Ward w = jdbc.sql("select id, account_number from fund_bank_account where fund_id = :f order by id limit 1")
                .param("f", fund).query((rs, i) -> new Ward(fund, rs.getLong("id"), rs.getString("account_number"),
                        0)).single();
        String name = "vietinbank-bim-son-2025-12.csv";
        byte[] file = new ClassPathResource("fund/demo/" + name).getContentAsByteArray();
        BankStatement statement = StatementParser.parse(file, name, StatementParser.Options.of(today.date()));
        assertThat(statement.openingBalance()).isEqualTo(known(w, LocalDate.of(2025, 11, 30)));
        // imported (and rolled back: the demo's officer imports it himself): two lines by code, five in the queue
        StatementImports.Result r = tx.execute(s -> {
            s.setRollbackOnly();
            return imports.importStatement(w.fund(), w.account(), file, name);
        });
        assertThat(r.lines()).isEqualTo(7);
        assertThat(r.posted()).isEqualTo(2);
        assertThat(r.queued()).isEqualTo(5);
        assertThat(r.postedAmount()).isEqualTo(2_500_000);
    }

    @Test
    void theAccountsVietQrCarriesTheCampaignsCodeAndIsScopedToTheFundsUnit() throws Exception {
        Ward w = ward();
        String code = imports.memoCode(w.fund(), w.drive()).value();
        JsonNode qr = call(get("/api/v1/fund/accounts/{id}/vietqr", w.account()).param("campaign",
                Long.toString(w.drive())).param("amount", "500.000").param("memo", "Nguyễn An")
                .with(httpBasic("mttq", "chungsuc")), 200);
        VietQr decoded = VietQr.decode(qr.get("payload").asText());
        assertThat(decoded.bin()).isEqualTo("970415");
        assertThat(decoded.account()).isEqualTo(w.number());
        assertThat(decoded.amount()).isEqualTo(500_000L);
        assertThat(decoded.memo()).isEqualTo(code + " Nguyen An");
        mvc.perform(get("/api/v1/fund/accounts/{id}/vietqr.png", w.account()).param("campaign",
                Long.toString(w.drive())).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(MediaType.IMAGE_PNG));
        call(get("/api/v1/fund/accounts/{id}/vietqr", w.account()).with(httpBasic("quangtrung", "chungsuc")), 404);
        // a campaign of another fund is refused
        long other = jdbc.sql("select id from fund_campaign where fund_id <> :f order by id limit 1")
                .param("f", w.fund()).query(Long.class).single();
        call(get("/api/v1/fund/accounts/{id}/vietqr", w.account()).param("campaign", Long.toString(other))
                .with(httpBasic("mttq", "chungsuc")), 400);
        // the fund's page shows the QR of each account and campaign
        String html = mvc.perform(get("/fund/{f}", w.fund()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("/api/v1/fund/accounts/" + w.account() + "/vietqr.png?campaign=" + w.drive())
                .contains(code);
    }
}
