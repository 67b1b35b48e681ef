package vn.chungsuc.territory.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.territory.ImportProblem;
import vn.chungsuc.territory.ReorganisationRefused;

/** Turns the module's refusals into sentences in the user's language. */
@Component("territoryMessages")
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String get(String key, Object... args) {
        return source.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** "Mục “14812”, trường “type”: loại đơn vị “abc” không hợp lệ…" */
    String describe(ImportProblem problem) {
        String reason = get(problem.messageKey(), problem.args().toArray());
        if (problem.entry() == null) {
            return reason;
        }
        if (problem.field() == null) {
            return get("territory.import.problem.entry", problem.entry(), reason);
        }
        return get("territory.import.problem.field", problem.entry(), problem.field(), reason);
    }

    List<String> describe(List<ImportProblem> problems) {
        return problems.stream().map(this::describe).toList();
    }

    String describe(ReorganisationRefused refusal) {
        return get(refusal.messageKey(), refusal.args().toArray());
    }
}
