package vn.chungsuc.fund.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportKind;
import vn.chungsuc.shared.sections.ReportSection;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The fund's table in a unit's 6-month, yearly and review reports: for each fund of the unit and of the units under
 * it (on the period's last day) that was open during the period, donations, support paid out, households
 * supported, houses handed over and the balance at the period's end.
 */
@Component
class FundReportSection implements ReportSection {

    private final Funds funds;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    FundReportSection(Funds funds, TerritoryApi territory, JdbcClient jdbc, MessageSource messages) {
        this.funds = funds;
        this.territory = territory;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "fund.table";
    }

    @Override
    public String titleKey() {
        return "fund.report.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.allOf(ReportKind.class);
    }

    @Override
    public List<ReportBlock> blocks(String unitCode, Period period, Locale locale) {
        Set<String> units = new java.util.HashSet<>(territory.subtree(unitCode, period.end(), UnitScope.ALL)
                .stream().map(UnitView::code).toList());
        if (units.isEmpty()) {
            return List.of();
        }
        List<List<ReportBlock.Cell>> rows = new ArrayList<>();
        for (Funds.Fund f : funds.all()) {
            boolean open = !f.validFrom().isAfter(period.end())
                    && (f.validTo() == null || f.validTo().isAfter(period.start()));
            if (!units.contains(f.unitCode()) || !open) {
                continue;
            }
            Map<String, Object> r = jdbc.sql("""
                    select (select coalesce(sum(amount), 0) from fund_donation where fund_id = :f
                              and void_entry_id is null and donated_on between :s and :e) as raised,
                           (select coalesce(sum(amount), 0) from fund_support where fund_id = :f
                              and paid_on between :s and :e) as paid,
                           (select count(distinct household_code) from fund_support where fund_id = :f
                              and paid_on between :s and :e) as households,
                           (select count(*) from fund_support where fund_id = :f
                              and handed_over_on between :s and :e) as houses,
                           (select coalesce(sum(case when debit in ('CASH', 'GOODS') or debit like 'BANK:%' then amount
                              else 0 end) - sum(case when credit in ('CASH', 'GOODS') or credit like 'BANK:%'
                              then amount else 0 end), 0) from fund_entry where fund_id = :f
                              and entry_date <= :e) as balance""")
                    .param("f", f.id()).param("s", period.start()).param("e", period.end()).query().singleRow();
            rows.add(List.of(ReportBlock.Cell.text(f.name()), number(r.get("raised")), number(r.get("paid")),
                    number(r.get("households")), number(r.get("houses")), number(r.get("balance"))));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ReportBlock.HeaderCell> header = List.of("fund.report.fund", "fund.report.raised", "fund.report.paidOut",
                "fund.report.households", "fund.report.houses", "fund.report.balance").stream()
                .map(k -> ReportBlock.HeaderCell.of(messages.getMessage(k, null, locale))).toList();
        return List.of(new ReportBlock.Table(messages.getMessage("fund.report.title", null, locale),
                List.of(header), rows));
    }

    private static ReportBlock.Cell number(Object value) {
        return ReportBlock.Cell.number(((Number) value).longValue());
    }
}
