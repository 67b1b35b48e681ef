package vn.chungsuc.fund.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;

/**
 * What the fund makes public (QĐ 1198/QĐ-MTTW-ĐCT 2016: công khai; what exactly and how often is unconfirmed, so
 * the page shows everything below for any year): money in and out per year and category, donors as they chose to
 * be named (anonymous ones without a name), beneficiaries by the head's name, residential area, category and
 * amount — never a CCCD, phone or exact address, which these reads do not even select — and the published heads.
 */
@Service("fundDisclosure")
@Transactional(readOnly = true)
public class Disclosure {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;

    Disclosure(JdbcClient jdbc, TerritoryApi territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /** A year's money in (donations net of voided receipts) and out (support paid, by category). */
    public record YearLine(int year, long raised, long donations, long paidOut, long households, long houses) {
    }

    public record CategoryLine(String category, long households, long amount) {
    }

    public record DonorLine(String receiptNumber, LocalDate date, String name, long amount, String channel) {
    }

    public record BeneficiaryLine(String headName, String areaName, String category, long amount, LocalDate paidOn,
            LocalDate handedOverOn) {
    }

    public record ReceiptLine(String receiptNumber, LocalDate date, String name, long amount, String fundName,
            boolean voided) {
    }

    public List<YearLine> years(long fundId) {
        return jdbc.sql("""
                with d as (select extract(year from donated_on)::int as y, sum(amount) as raised, count(*) as n
                           from fund_donation where fund_id = :f and void_entry_id is null group by 1),
                     s as (select extract(year from paid_on)::int as y, sum(amount) as paid,
                                  count(distinct household_code) as hh,
                                  count(*) filter (where handed_over_on is not null) as houses
                           from fund_support where fund_id = :f and paid_on is not null group by 1)
                select coalesce(d.y, s.y) as y, coalesce(raised, 0) as raised, coalesce(n, 0) as n,
                       coalesce(paid, 0) as paid, coalesce(hh, 0) as hh, coalesce(houses, 0) as houses
                from d full join s on s.y = d.y order by 1 desc""").param("f", fundId)
                .query((rs, i) -> new YearLine(rs.getInt("y"), rs.getLong("raised"), rs.getLong("n"),
                        rs.getLong("paid"), rs.getLong("hh"), rs.getLong("houses"))).list();
    }

    public List<CategoryLine> categories(long fundId, int year) {
        return jdbc.sql("""
                select category, count(*) as n, sum(amount) as amount from fund_support
                where fund_id = :f and paid_on is not null and extract(year from paid_on) = :y
                group by category order by category""").param("f", fundId).param("y", year)
                .query((rs, i) -> new CategoryLine(rs.getString("category"), rs.getLong("n"), rs.getLong("amount")))
                .list();
    }

    /** The year's donors as they chose to be named: an anonymous donor's name is not read at all. */
    public List<DonorLine> donors(long fundId, int year, int limit) {
        return jdbc.sql("""
                select receipt_number, donated_on, case when anonymous then null else donor_name end as name, amount,
                       channel from fund_donation
                where fund_id = :f and void_entry_id is null and extract(year from donated_on) = :y
                order by donated_on, id limit :l""").param("f", fundId).param("y", year).param("l", limit)
                .query((rs, i) -> new DonorLine(rs.getString("receipt_number"),
                        rs.getObject("donated_on", LocalDate.class), rs.getString("name"), rs.getLong("amount"),
                        rs.getString("channel"))).list();
    }

    public List<BeneficiaryLine> beneficiaries(long fundId, int year) {
        return jdbc.sql("""
                select head_name, area_code, category, amount, paid_on, handed_over_on from fund_support
                where fund_id = :f and paid_on is not null and extract(year from paid_on) = :y
                order by paid_on, id""").param("f", fundId).param("y", year)
                .query((rs, i) -> {
                    LocalDate paid = rs.getObject("paid_on", LocalDate.class);
                    String area = rs.getString("area_code");
                    return new BeneficiaryLine(rs.getString("head_name"), territory.find(area, paid, UnitScope.ALL)
                            .map(u -> u.fullName()).orElse(area), rs.getString("category"), rs.getLong("amount"),
                            paid, rs.getObject("handed_over_on", LocalDate.class));
                }).list();
    }

    /** A donor's look-up by receipt number: the public fields only. */
    public Optional<ReceiptLine> receipt(String number) {
        if (number == null || number.isBlank() || number.length() > 30) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select d.receipt_number, d.donated_on, case when d.anonymous then null else d.donor_name end as name,
                       d.amount, f.name as fund, d.void_entry_id is not null as voided
                from fund_donation d join fund_fund f on f.id = d.fund_id where d.receipt_number = :n""")
                .param("n", number.strip().toUpperCase(java.util.Locale.ROOT))
                .query((rs, i) -> new ReceiptLine(rs.getString("receipt_number"),
                        rs.getObject("donated_on", LocalDate.class), rs.getString("name"), rs.getLong("amount"),
                        rs.getString("fund"), rs.getBoolean("voided"))).optional();
    }
}
