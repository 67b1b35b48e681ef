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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.vietqr.CampaignCode;
import vn.chungsuc.shared.time.Today;

/**
 * The statement import's batch path (issue 14: a statement's matched lines posted in a few multi-row statements,
 * one chain-hash pass, receipts numbered in the same transaction), bank fees and interest from the queue, and the
 * campaigns' stored memo codes, on the ward fund of phường Bỉm Sơn (its VietinBank account). Each test uses days of
 * its own, far from those of {@link StatementImportIntegrationTest}.
 */
@IntegrationTest
class StatementBatchImportIntegrationTest extends StatementTestSupport {

    @Autowired Ledger ledger;

    /** The receipt counters of the fund for the years of the days (a statement may cross 31/12). */
    private long counter(Ward w, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(last_number), 0) from fund_receipt_counter
                where fund_id = :f and year between :a and :b""")
                .param("f", w.fund()).param("a", from.getYear()).param("b", to.getYear()).query(Long.class).single();
    }

    private String lineStatus(long line) {
        return jdbc.sql("select status from fund_statement_line where id = :id").param("id", line).query(String.class)
                .single();
    }

    /** 5,000 credit lines with the drive's code (lower case, spaces), over five days, the amounts all different. */
    private static List<L> many(LocalDate from, String code, String n, int count) {
        List<L> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new L(from.plusDays(i % 5), "CT tu 00" + i + " " + code.toLowerCase() + " ung ho " + n + " so "
                    + i, 10_000 + i, 0, "NGUOI UNG HO " + i));
        }
        return lines;
    }

    @Test
    void aStatementOf5000MatchedLinesPostsEveryOneInOrderWithGapFreeReceiptsAndTheChainVerifies() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(320);
        LocalDate to = from.plusDays(4);
        String n = nonce();
        String code = imports.memoCode(w.fund(), w.drive()).value();
        List<L> lines = many(from, code, n, 5_000);
        long opening = known(w, from.minusDays(1));
        long donationsBefore = count("fund_donation", w);
        long entriesBefore = count("fund_entry", w);
        long counterBefore = counter(w, from, to);

        JsonNode result = upload(w, csv(w, from, to, opening, opening + net(lines), lines), 201);

        assertThat(result.get("posted").asInt()).isEqualTo(5_000);
        assertThat(result.get("queued").asInt()).isZero();
        assertThat(result.get("postedAmount").asLong()).isEqualTo(net(lines));
        assertThat(count("fund_donation", w)).isEqualTo(donationsBefore + 5_000);
        assertThat(count("fund_entry", w)).isEqualTo(entriesBefore + 5_000);
        // receipts: the series moved by exactly 5,000 (one year's, or two when the days cross 31/12), the numbers
        // of each year consecutive in the statement's order
        assertThat(counter(w, from, to)).isEqualTo(counterBefore + 5_000);
        List<Integer> seqs = jdbc.sql("""
                select d.receipt_seq from fund_donation d join fund_statement_line_donation x on x.donation_id = d.id
                join fund_statement_line l on l.id = x.line_id
                where l.import_id = :i and d.receipt_year = :y order by l.row_no""")
                .param("i", result.get("importId").asLong()).param("y", from.getYear()).query(Integer.class).list();
        for (int i = 1; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
        }
        // each line is linked to its donation, the donation to its entry, with the line's amount and campaign
        assertThat(jdbc.sql("""
                select count(*) from fund_statement_line l join fund_statement_line_donation x on x.line_id = l.id
                join fund_donation d on d.id = x.donation_id join fund_entry e on e.id = d.entry_id
                where l.import_id = :i and l.status = 'POSTED' and d.amount = l.amount and e.amount = l.amount
                  and d.campaign_id = :c and e.debit = :bank and e.credit = 'DONATIONS' and d.donated_on = l.line_date""")
                .param("i", result.get("importId").asLong()).param("c", w.drive())
                .param("bank", LedgerAccounts.bank(w.account())).query(Long.class).single()).isEqualTo(5_000);
        // the chain verifies, and its entries follow the statement's order
        JsonNode v = call(get("/api/v1/fund/{id}/ledger/verify", w.fund()).with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("entries").asLong()).isEqualTo(entriesBefore + 5_000);
        // the bank's balance as the fund knows it is the statement's closing balance
        assertThat(known(w, to)).isEqualTo(opening + net(lines));

        // imported again: nothing posts
        JsonNode again = upload(w, csv(w, from, to, opening, opening + net(lines), lines), 200);
        assertThat(again.get("duplicates").asInt()).isEqualTo(5_000);
        assertThat(count("fund_donation", w)).isEqualTo(donationsBefore + 5_000);
    }

    @Test
    void aFailureMidWayThroughTheBatchLeavesNothing() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(340);
        LocalDate to = from.plusDays(4);
        String n = nonce();
        String code = imports.memoCode(w.fund(), w.drive()).value();
        List<L> lines = many(from, code, n, 5_000);
        long opening = known(w, from.minusDays(1));
        long donations = count("fund_donation", w);
        long entries = count("fund_entry", w);
        long stored = count("fund_statement_line", w);
        long imported = count("fund_statement_import", w);
        long counterBefore = counter(w, from, to);
        // the database refuses the donation of line 2,500 (as a full disk or a lost connection would), after the
        // lines, the entries and part of the donations have been written
        String fn = "test_refuse_" + n;
        jdbc.sql("create function " + fn + "() returns trigger language plpgsql as $$ begin "
                + "raise exception 'refused for the test'; end $$").update();
        jdbc.sql("create trigger " + fn + " before insert on fund_donation for each row when (new.memo like '%"
                + n + " so 2500') execute function " + fn + "()").update();
        try {
            mvc.perform(multipart("/api/v1/fund/{f}/statements", w.fund())
                    .file(new MockMultipartFile("file", "sao-ke.csv", "text/csv",
                            csv(w, from, to, opening, opening + net(lines), lines).getBytes(StandardCharsets.UTF_8)))
                    .param("account", Long.toString(w.account())).with(csrf()).with(httpBasic("mttq", "chungsuc")))
                    .andExpect(status().is5xxServerError());
        } catch (Exception e) {
            // the database's refusal may surface as the request's exception: what matters is what stays
        } finally {
            jdbc.sql("drop trigger " + fn + " on fund_donation").update();
            jdbc.sql("drop function " + fn + "()").update();
        }
        assertThat(count("fund_donation", w)).isEqualTo(donations);
        assertThat(count("fund_entry", w)).isEqualTo(entries);
        assertThat(count("fund_statement_line", w)).isEqualTo(stored);
        assertThat(count("fund_statement_import", w)).isEqualTo(imported);
        assertThat(counter(w, from, to)).isEqualTo(counterBefore);
        assertThat(ledger.verifyChain(w.fund()).valid()).isTrue();

        // and the same statement then imports whole
        JsonNode result = upload(w, csv(w, from, to, opening, opening + net(lines), lines), 201);
        assertThat(result.get("posted").asInt()).isEqualTo(5_000);
        assertThat(counter(w, from, to)).isEqualTo(counterBefore + 5_000);
    }

    @Test
    void aBankFeeAndInterestPostToTheirOwnAccountsNotAsDonationsAndTheBalancesStillAgree() throws Exception {
        Ward w = ward();
        LocalDate from = today.date().minusDays(300);
        LocalDate to = from.plusDays(2);
        String n = nonce();
        String code = imports.memoCode(w.fund(), w.drive()).value();
        List<L> lines = List.of(new L(from, "Ung ho " + code + " " + n, 900_000, 0, "HO VAN E"),
                new L(from.plusDays(1), "Phi SMS banking thang " + n, 0, 11_000, null),
                new L(to, "Tra lai tien gui " + n, 1_234, 0, null));
        long opening = known(w, from.minusDays(1));
        long fees = ledger.balance(w.fund(), LedgerAccounts.BANK_FEES);
        long interest = ledger.balance(w.fund(), LedgerAccounts.INTEREST);
        long bank = ledger.balance(w.fund(), LedgerAccounts.bank(w.account()));
        JsonNode result = upload(w, csv(w, from, to, opening, opening + net(lines), lines), 201);
        assertThat(result.get("queued").asInt()).isEqualTo(2);
        long donations = count("fund_donation", w);
        long fee = jdbc.sql("select id from fund_statement_line where description like :d")
                .param("d", "Phi SMS banking thang " + n).query(Long.class).single();
        long credit = jdbc.sql("select id from fund_statement_line where description like :d")
                .param("d", "Tra lai tien gui " + n).query(Long.class).single();

        // a fee is a debit line, interest a credit line: the other way round is refused and changes nothing
        call(post("/api/v1/fund/statement-lines/{id}/bank-fee", credit).with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 400);
        call(post("/api/v1/fund/statement-lines/{id}/interest", fee).with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 400);
        assertThat(lineStatus(credit)).isEqualTo("WAITING");

        JsonNode f = call(post("/api/v1/fund/statement-lines/{id}/bank-fee", fee).with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(f.get("debit").asText()).isEqualTo(LedgerAccounts.BANK_FEES);
        assertThat(f.get("credit").asText()).isEqualTo(LedgerAccounts.bank(w.account()));
        assertThat(f.get("amount").asLong()).isEqualTo(11_000);
        JsonNode i = call(post("/api/v1/fund/statement-lines/{id}/interest", credit).with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(i.get("debit").asText()).isEqualTo(LedgerAccounts.bank(w.account()));
        assertThat(i.get("credit").asText()).isEqualTo(LedgerAccounts.INTEREST);

        // their own accounts moved, no donation was made, the lines keep their entries
        assertThat(ledger.balance(w.fund(), LedgerAccounts.BANK_FEES)).isEqualTo(fees + 11_000);
        assertThat(ledger.balance(w.fund(), LedgerAccounts.INTEREST)).isEqualTo(interest - 1_234);
        assertThat(ledger.balance(w.fund(), LedgerAccounts.bank(w.account())))
                .isEqualTo(bank + 900_000 - 11_000 + 1_234);
        assertThat(count("fund_donation", w)).isEqualTo(donations);
        assertThat(lineStatus(fee)).isEqualTo("FEE");
        assertThat(lineStatus(credit)).isEqualTo("INTEREST");
        assertThat(jdbc.sql("select count(*) from fund_statement_line where id in (:a, :b) and entry_id is not null")
                .param("a", fee).param("b", credit).query(Long.class).single()).isEqualTo(2);
        // the bank's balance as the fund knows it is still the statement's, and the ledger still balances
        assertThat(known(w, to)).isEqualTo(opening + net(lines));
        assertThat(ledger.balances(w.fund()).values().stream().mapToLong(Long::longValue).sum()).isZero();
        assertThat(ledger.verifyChain(w.fund()).valid()).isTrue();
        // a line already resolved is not resolved twice
        call(post("/api/v1/fund/statement-lines/{id}/bank-fee", fee).with(csrf())
                .with(httpBasic("mttq", "chungsuc")), 400);
        assertThat(ledger.balance(w.fund(), LedgerAccounts.BANK_FEES)).isEqualTo(fees + 11_000);
    }

    @Test
    void everyCampaignKeepsItsMemoCodeWhichTheDatabaseComputesAsCampaignCodeDoes() throws Exception {
        // the SQL function of the migration and CampaignCode agree (0 … 40,000, and the ends of the range)
        List<String> sql = jdbc.sql("select fund_memo_code(g) from generate_series(0, 40000) g order by g")
                .query(String.class).list();
        for (int g = 0; g <= 40_000; g++) {
            assertThat(sql.get(g)).isEqualTo(CampaignCode.forNumber(g).value());
        }
        for (long big : new long[] {923_521L, 28_629_150L, 887_503_680L}) {
            assertThat(jdbc.sql("select fund_memo_code(:n)").param("n", big).query(String.class).single())
                    .isEqualTo(CampaignCode.forNumber(big).value());
        }
        // every campaign has its stored code, valid, unique in its fund
        assertThat(jdbc.sql("select count(*) from fund_campaign").query(Long.class).single()).isPositive();
        for (String c : jdbc.sql("select memo_code from fund_campaign").query(String.class).list()) {
            assertThat(CampaignCode.valid(c)).as(c).isTrue();
        }
        assertThat(jdbc.sql("""
                select count(*) from (select fund_id, memo_code from fund_campaign group by fund_id, memo_code
                having count(*) > 1) x""").query(Long.class).single()).isZero();
        // a campaign of the page shows its code, and the account's QR carries the stored one
        Ward w = ward();
        String stored = jdbc.sql("select memo_code from fund_campaign where id = :c").param("c", w.drive())
                .query(String.class).single();
        assertThat(imports.memoCode(w.fund(), w.drive()).value()).isEqualTo(stored);
        String page = mvc.perform(get("/fund/{id}", w.fund()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(stored);
        JsonNode qr = call(get("/api/v1/fund/accounts/{id}/vietqr", w.account()).param("campaign",
                Long.toString(w.drive())).with(httpBasic("mttq", "chungsuc")), 200);
        assertThat(qr.get("campaignCode").asText()).isEqualTo(stored);
        // the matcher reads the stored code: a code given by hand to a campaign is the one a statement line matches
        String n = nonce();
        String custom = CampaignCode.of("Z" + n.substring(0, 3).toUpperCase().replaceAll("[^2-9A-HJKMNP-Z]", "Z")
                + "ZZ").value();
        jdbc.sql("""
                insert into fund_campaign (fund_id, code, kind, name, starts_on, ends_on, target, memo_code)
                values (:f, :c, 'DRIVE', :n, :s, :e, 0, :m)""").param("f", w.fund()).param("c", "T" + n.substring(0, 8))
                .param("n", "Đợt thử " + n).param("s", today.date().minusYears(1)).param("e", today.date())
                .param("m", custom).update();
        long campaign = jdbc.sql("select id from fund_campaign where memo_code = :m and fund_id = :f")
                .param("m", custom).param("f", w.fund()).query(Long.class).single();
        assertThat(custom).isNotEqualTo(CampaignCode.forNumber(campaign).value());
        LocalDate day = today.date().minusDays(280);
        List<L> lines = List.of(new L(day, "Ung ho " + custom + " " + n, 123_000, 0, "VU THI G"));
        long opening = known(w, day.minusDays(1));
        JsonNode result = upload(w, csv(w, day, day, opening, opening + 123_000, lines), 201);
        assertThat(result.get("posted").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select campaign_id from fund_donation where receipt_number = :r")
                .param("r", result.get("receipts").get(0).asText()).query(Long.class).single()).isEqualTo(campaign);
    }
}
