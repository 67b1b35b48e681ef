package vn.chungsuc.fund.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.fund.domain.Disclosure;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.shared.sections.PublicFragment;
import vn.chungsuc.shared.sections.PublicQuery;
import vn.chungsuc.shared.sections.PublicSection;

/**
 * The fund's public disclosure on the portal: {@code /public/fund} lists the funds and the receipt look-up;
 * {@code /public/fund/{id}?year=} a fund's money in and out by year and category, its donors as they chose to be
 * named, its beneficiaries (head's name, residential area, category, amount) and its published chain heads;
 * {@code /public/fund/receipt?q=} a donor's look-up by receipt number.
 */
@Component
class FundPublicSection implements PublicSection {

    private final Funds funds;
    private final Disclosure disclosure;
    private final Ledger ledger;

    FundPublicSection(Funds funds, Disclosure disclosure, Ledger ledger) {
        this.funds = funds;
        this.disclosure = disclosure;
        this.ledger = ledger;
    }

    @Override
    public String key() {
        return "fund";
    }

    @Override
    public String titleKey() {
        return "fund.public.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Coverage> coverage() {
        return funds.all().stream().map(f -> {
            List<Disclosure.YearLine> years = disclosure.years(f.id());
            return years.isEmpty() ? null : new Coverage(f.unitCode(), years.get(years.size() - 1).year(),
                    years.get(0).year());
        }).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public PublicFragment summary() {
        return new PublicFragment("fund/public", "funds", Map.of("funds", funds.all()), "fund.public.title");
    }

    @Override
    public Optional<PublicFragment> item(String id, PublicQuery query) {
        if ("receipt".equals(id)) {
            String q = param("q");
            Map<String, Object> m = new HashMap<>();
            m.put("q", q);
            disclosure.receipt(q).ifPresent(r -> m.put("receipt", r));
            return Optional.of(new PublicFragment("fund/public", "receipt", m, "fund.public.lookup"));
        }
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return funds.all().stream().filter(f -> f.id() == Long.parseLong(id)).findFirst().map(f -> {
            List<Disclosure.YearLine> years = disclosure.years(f.id());
            int year = query.year() != null ? query.year() : years.isEmpty() ? 0 : years.get(0).year();
            Map<String, Object> m = new HashMap<>();
            m.put("fund", f);
            m.put("years", years);
            m.put("year", year);
            m.put("categories", disclosure.categories(f.id(), year));
            m.put("donors", disclosure.donors(f.id(), year, 500));
            m.put("beneficiaries", disclosure.beneficiaries(f.id(), year));
            m.put("heads", ledger.heads(f.id()).stream().limit(30).toList());
            return new PublicFragment("fund/public", "fund", m, "fund.public.fundTitle", List.of(f.name()));
        });
    }

    private static String param(String name) {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a) {
            String v = a.getRequest().getParameter(name);
            return v == null ? "" : v.strip();
        }
        return "";
    }
}
