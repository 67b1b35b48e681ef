package vn.chungsuc.poverty.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.sections.PublicFragment;
import vn.chungsuc.shared.sections.PublicQuery;
import vn.chungsuc.shared.sections.PublicSection;

/**
 * The lists under public posting (niêm yết công khai, step 4 of QĐ 24/2021/QĐ-TTg, Điều 4 khoản 4), readable by
 * anyone on the portal ({@code /public/poverty}, {@code /public/poverty/{round}}): only the head's name, the
 * residential area and the proposed class of each household, nothing else, and only while the posting lasts; after
 * that the round's page says when the posting ended and where the decided list is.
 */
@Component
class PovertyPublicSection implements PublicSection {

    private final Rounds rounds;
    private final Lists lists;
    private final RegistryApi registry;
    private final PovertyWeb web;

    PovertyPublicSection(Rounds rounds, Lists lists, RegistryApi registry, PovertyWeb web) {
        this.rounds = rounds;
        this.lists = lists;
        this.registry = registry;
        this.web = web;
    }

    static final int PAGE = 100;

    /**
     * A parameter of the current request beyond the portal's unit and year (the name searched, the page): the public
     * section contract passes only those two, and the portal's micro-cache keys on every parameter.
     */
    private static String param(String name) {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a) {
            String v = a.getRequest().getParameter(name);
            return v == null ? "" : v.strip();
        }
        return "";
    }

    /** A line of the public list. */
    record Line(String headName, String areaName, String klass) {
    }

    @Override
    public String key() {
        return "poverty";
    }

    @Override
    public String titleKey() {
        return "poverty.public.title";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Coverage> coverage() {
        return rounds.posting().stream().map(r -> new Coverage(r.communeCode(), r.year(), r.year())).toList();
    }

    @Override
    public PublicFragment summary() {
        List<Round> posting = rounds.posting();
        Map<Long, String> names = new HashMap<>();
        posting.forEach(r -> names.put(r.id(), web.areaName(r.communeCode(), web.today())));
        return new PublicFragment("poverty/public", "rounds", Map.of("rounds", posting, "names", names),
                "poverty.public.title");
    }

    /**
     * A round whose posting ended (step 4 done): no names any more, only the day the posting ended and where the
     * decided list is made public (the commune chair's decision, posted at the commune office and the village
     * cultural house, QĐ 24/2021/QĐ-TTg Điều 4). A round never posted stays unknown to the portal.
     */
    private Optional<PublicFragment> ended(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Optional<Round> found = rounds.find(Long.parseLong(id)).filter(r -> r.postedFrom() != null
                && (!r.posting() || r.postingEnds().isBefore(web.today())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Round r = found.get();
        String communeName = web.areaName(r.communeCode(), web.today());
        Map<String, Object> model = new HashMap<>();
        model.put("round", r);
        model.put("communeName", communeName);
        return Optional.of(new PublicFragment("poverty/public", "ended", model, "poverty.public.endedTitle",
                List.of(communeName, r.year())));
    }

    @Override
    public Optional<PublicFragment> item(String id, PublicQuery query) {
        Optional<Round> found = rounds.posting().stream().filter(x -> String.valueOf(x.id()).equals(id)).findFirst();
        if (found.isEmpty()) {
            return ended(id);
        }
        Round r = found.get();
        LocalDate on = web.today();
        Map<String, String> areaNames = new HashMap<>();
        Map<String, String> heads = new HashMap<>();
        registry.households(rounds.areasOf(r.communeCode(), on), on).forEach(h -> heads.put(h.code(), h.headName()));
        List<ListEntry> entries = lists.ofRound(r.id()).stream().filter(e -> e.effective() != PovertyClass.NOT_POOR)
                .toList();
        entries.forEach(e -> areaNames.computeIfAbsent(e.areaCode(), a -> web.areaName(a, on)));
        // Search by residential area (?unit=) and by the head's name without accents (?q=), 100 lines a page (?page=).
        String area = query.unit() != null && areaNames.containsKey(query.unit()) ? query.unit() : null;
        String q = param("q");
        String key = VietnameseText.searchKey(q);
        List<Line> all = entries.stream().filter(e -> area == null || area.equals(e.areaCode()))
                .map(e -> new Line(heads.computeIfAbsent(e.householdCode(), c -> registry.household(c, on)
                        .map(h -> h.headName()).orElse("—")), areaNames.get(e.areaCode()), e.effective().name()))
                .filter(l -> key.isEmpty() || VietnameseText.searchKey(l.headName()).contains(key)).toList();
        int totalPages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int page;
        try {
            page = Math.max(0, Math.min(Integer.parseInt(param("page")), totalPages - 1));
        } catch (NumberFormatException e) {
            page = 0;
        }
        Map<String, String> sortedAreas = new java.util.LinkedHashMap<>();
        areaNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> sortedAreas.put(e.getKey(), e.getValue()));
        String communeName = web.areaName(r.communeCode(), on);
        Map<String, Object> model = new HashMap<>();
        model.put("round", r);
        model.put("communeName", communeName);
        model.put("lines", all.subList(page * PAGE, Math.min(all.size(), (page + 1) * PAGE)));
        model.put("first", page * PAGE);
        model.put("found", all.size());
        model.put("total", entries.size());
        model.put("page", page);
        model.put("totalPages", totalPages);
        model.put("areas", sortedAreas);
        model.put("area", area == null ? "" : area);
        model.put("q", q);
        org.springframework.web.util.UriComponentsBuilder rest = org.springframework.web.util.UriComponentsBuilder
                .newInstance();
        if (area != null) {
            rest.queryParam("unit", area);
        }
        if (!q.isBlank()) {
            rest.queryParam("q", q);
        }
        String restQuery = rest.encode().build().getQuery();
        model.put("rest", restQuery == null ? "" : restQuery); // the portal's model holds no null
        return Optional.of(new PublicFragment("poverty/public", "list", model, "poverty.public.listTitle",
                List.of(communeName, r.year())));
    }
}
