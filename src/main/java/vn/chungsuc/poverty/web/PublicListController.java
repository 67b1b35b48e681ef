package vn.chungsuc.poverty.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.registry.RegistryApi;

/**
 * The lists under public posting (niêm yết công khai, step 4 of QĐ 24/2021/QĐ-TTg), readable by anyone: only the
 * head's name, the residential area and the proposed class of each household, nothing else.
 */
@Controller
class PublicListController {

    private final Rounds rounds;
    private final Lists lists;
    private final RegistryApi registry;
    private final PovertyWeb web;

    PublicListController(Rounds rounds, Lists lists, RegistryApi registry, PovertyWeb web) {
        this.rounds = rounds;
        this.lists = lists;
        this.registry = registry;
        this.web = web;
    }

    /** A line of the public list. */
    record Line(String headName, String areaName, String klass) {
    }

    @GetMapping("/public/poverty")
    String index(Model model) {
        List<Round> posting = rounds.posting();
        Map<Long, String> names = new HashMap<>();
        posting.forEach(r -> names.put(r.id(), web.areaName(r.communeCode(), web.today())));
        model.addAttribute("rounds", posting);
        model.addAttribute("names", names);
        return "poverty/public";
    }

    @GetMapping("/public/poverty/{id}")
    String list(@PathVariable long id, Model model) {
        Round r = rounds.posting().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate on = web.today();
        Map<String, String> areaNames = new HashMap<>();
        List<Line> lines = lists.ofRound(id).stream()
                .filter(e -> e.effective() != vn.chungsuc.poverty.PovertyClass.NOT_POOR)
                .map((ListEntry e) -> new Line(registry.household(e.householdCode(), on).map(h -> h.headName())
                        .orElse("—"), areaNames.computeIfAbsent(e.areaCode(), a -> web.areaName(a, on)),
                        e.effective().name())).toList();
        model.addAttribute("round", r);
        model.addAttribute("communeName", web.areaName(r.communeCode(), on));
        model.addAttribute("lines", lines);
        return "poverty/public-list";
    }
}
