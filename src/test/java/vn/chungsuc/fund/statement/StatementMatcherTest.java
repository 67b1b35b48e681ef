package vn.chungsuc.fund.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chungsuc.fund.statement.StatementMatcher.Campaign;
import vn.chungsuc.fund.statement.StatementMatcher.Match;
import vn.chungsuc.fund.statement.StatementMatcher.Outcome;
import vn.chungsuc.fund.statement.StatementMatcher.Pledge;
import vn.chungsuc.fund.statement.StatementMatcher.Rule;
import vn.chungsuc.fund.vietqr.CampaignCode;

class StatementMatcherTest {

    private static final CampaignCode PEAK = CampaignCode.of("25A7");   // VNN25A7S: the peak month 2024
    private static final CampaignCode HOUSES = CampaignCode.of("NT24"); // VNNNT24B: xóa nhà tạm 2024

    private static StatementMatcher matcher(List<Pledge> pledges) {
        return new StatementMatcher(List.of(new Campaign(1, PEAK, List.of("tháng cao điểm")),
                new Campaign(2, HOUSES, List.of("xóa nhà tạm", "nhà đại đoàn kết"))), pledges);
    }

    @Test
    void vietcombankLinesByCodeAndAmount() throws IOException {
        BankStatement s = StatementParserTest.parse("vietcombank-2024-10.csv");
        List<Match> m = matcher(List.of(new Pledge(100, 1, 10_000_000L, "Công ty CP Xi măng Bỉm Sơn", null),
                new Pledge(101, 1, 200_000L, "Phạm Văn Cường", null))).match(s);
        assertThat(m).extracting(Match::outcome).containsExactly(Outcome.CAMPAIGN, Outcome.CAMPAIGN, Outcome.PLEDGE,
                Outcome.CAMPAIGN, Outcome.SUGGESTED, Outcome.NOT_A_DONATION, Outcome.CAMPAIGN, Outcome.CAMPAIGN,
                Outcome.UNMATCHED);
        assertThat(m.get(2).pledgeId()).isEqualTo(100L);
        assertThat(m.get(2).rule()).isEqualTo(Rule.CODE_AND_AMOUNT);
        assertThat(m.get(4).rule()).isEqualTo(Rule.AMOUNT_AND_NAME);
        assertThat(m.get(4).pledgeId()).isEqualTo(101L);
        assertThat(m.get(6).donorReference()).isEqualTo("HO GIA DINH 12");
        assertThat(m.get(7).donorReference()).isEqualTo("NGUYEN THI MAI");
        assertThat(m.get(0).ruleKey()).isEqualTo("fundbank.match.rule.CODE");
        assertThat(m.stream().filter(Match::automatic).count()).isEqualTo(6);
    }

    @Test
    void vietinbankVariantsTypoAndKeyword() throws IOException {
        BankStatement s = StatementParserTest.parse("vietinbank-2024-11.csv");
        List<Match> m = matcher(List.of()).match(s);
        assertThat(m).extracting(Match::rule).containsExactly(Rule.CODE, Rule.CODE, Rule.CODE, Rule.DEBIT,
                Rule.CODE_TYPO, Rule.DEBIT);
        assertThat(m.get(0).campaignId()).isEqualTo(2L);
        assertThat(m.get(4).campaignId()).isEqualTo(2L);
        assertThat(m.get(4).outcome()).isEqualTo(Outcome.SUGGESTED);
    }

    @Test
    void aPledgeIsUsedOnceAndTheDonorReferenceChoosesAmongEqualAmounts() {
        StatementMatcher matcher = matcher(List.of(new Pledge(7, 1, 500_000L, null, "HO 12"),
                new Pledge(8, 1, 500_000L, null, "HO 15")));
        Match a = matcher.match(line(500_000L, "MBVCB.1." + PEAK.value() + " HO 15.CT tu 1 A"));
        Match b = matcher.match(line(500_000L, PEAK.value() + " ho 12"));
        Match c = matcher.match(line(500_000L, PEAK.value() + " ho 12"));
        assertThat(a.pledgeId()).isEqualTo(8L);
        assertThat(b.pledgeId()).isEqualTo(7L);
        assertThat(c.outcome()).isEqualTo(Outcome.CAMPAIGN);
        assertThat(c.pledgeId()).isNull();
    }

    @Test
    void unknownCodesKeywordsAndNothing() {
        StatementMatcher matcher = matcher(List.of());
        Match unknown = matcher.match(line(100_000L, "ung ho " + CampaignCode.of("ZZZZ").value()));
        assertThat(unknown.rule()).isEqualTo(Rule.CODE_UNKNOWN);
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(matcher.match(line(100_000L, "Ủng hộ XÓA NHÀ TẠM thôn 3")).campaignId()).isEqualTo(2L);
        assertThat(matcher.match(line(100_000L, "Ủng hộ XÓA NHÀ TẠM thôn 3")).rule()).isEqualTo(Rule.KEYWORD);
        assertThat(matcher.match(line(100_000L, "chuyen tien")).rule()).isEqualTo(Rule.NONE);
        String swapped = "VNN" + "52A7S";
        assertThat(matcher.match(line(1L, "ung ho " + swapped)).rule()).isEqualTo(Rule.CODE_TYPO);
    }

    private static StatementLine line(long amount, String description) {
        return new StatementLine(1, java.time.LocalDate.of(2024, 10, 17), null, amount, description,
                BankStatement.normalise(description), null, null, null);
    }
}
