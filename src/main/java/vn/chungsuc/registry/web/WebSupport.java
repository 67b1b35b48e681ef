package vn.chungsuc.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.Forms.Violation;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.registry.domain.Problem;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.UnitView;

/** What the registry's controllers share: the user's scope, the list date, unit choices, messages. */
@Component
class WebSupport {

    private final CurrentUnitScope scopes;
    private final Areas areas;
    private final Households households;
    private final MessageSource messages;
    private final Today clock;

    WebSupport(CurrentUnitScope scopes, Areas areas, Households households, MessageSource messages, Today clock) {
        this.scopes = scopes;
        this.areas = areas;
        this.households = households;
        this.messages = messages;
        this.clock = clock;
    }

    UnitScope scope() {
        return scopes.current();
    }

    LocalDate today() {
        return clock.date();
    }

    /** The list date: dd/MM/yyyy or ISO; today when blank or unreadable (never after today). */
    /** The date a list is read on: today when none is given, never after today; a text that is no date is refused. */
    LocalDate asOf(String text) {
        return clock.notAfterToday(Dates.parseOrRefuse(text, "asOf"));
    }

    static Setting setting(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Setting.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Areas.AreaFilter filter(LocalDate asOf, String unit, Setting setting) {
        return areas.filter(scope(), asOf, unit, setting, () -> households.areasInUse(asOf));
    }

    /** The communes and areas the user may filter by on the date, communes in Vietnamese order. */
    Map<UnitView, List<UnitView>> unitChoices(LocalDate asOf) {
        Areas.AreaFilter all = areas.filter(scope(), asOf, null, null, () -> households.areasInUse(asOf));
        Set<String> codes = all.all() ? households.areasInUse(asOf) : all.codes();
        Map<String, UnitView> communes = new TreeMap<>();
        Map<String, List<UnitView>> byCommune = new TreeMap<>();
        for (UnitView area : areas.areas(codes, asOf).values()) {
            areas.unit(area.parentCode(), asOf).ifPresent(c -> {
                communes.put(c.code(), c);
                byCommune.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(area);
            });
        }
        Comparator<UnitView> byName = Comparator.comparing(UnitView::fullName, java.text.Collator.getInstance(
                java.util.Locale.forLanguageTag("vi")));
        Map<UnitView, List<UnitView>> out = new LinkedHashMap<>();
        communes.values().stream().sorted(byName).forEach(c -> {
            List<UnitView> list = byCommune.get(c.code());
            list.sort(Comparator.comparing(UnitView::code));
            out.put(c, list);
        });
        return out;
    }

    String text(Problem p) {
        return messages.getMessage(p.key(), p.argArray(), p.key(), LocaleContextHolder.getLocale());
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Puts each violation beside its field (or on the form as a whole). */
    void bind(List<Violation> violations, BindingResult errors) {
        for (Violation v : violations) {
            String text = text(v.problem());
            Object[] args = v.problem().argArray();
            if (v.field() == null || v.field().isEmpty()) {
                errors.reject(v.problem().key(), args, text);
            } else {
                errors.rejectValue(v.field(), v.problem().key(), args, text);
            }
        }
    }

    /** The query string of the other filters, for the pager's links. */
    static String query(Map<String, String> params) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        String q = b.encode().build().getQuery();
        return q == null || q.isEmpty() ? null : q;
    }
}
