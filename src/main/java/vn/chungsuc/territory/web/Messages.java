package vn.chungsuc.territory.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.ImportProblem;
import vn.chungsuc.territory.ImportResult;
import vn.chungsuc.territory.ReorganisationRefused;

/** Turns the module's refusals into sentences in the user's language. */
@Component("territoryMessages")
class Messages {

    private final MessageSource source;
    private final VnFormat fmt = new VnFormat();

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
        return get(refusal.messageKey(), refusal.args());
    }

    /** "Thị xã Bỉm Sơn (381) đã kết thúc do giải thể ngày 01/07/2025; mục này được giữ nguyên, không mở lại." */
    String describe(ImportResult.Skipped skipped) {
        return get("territory.import.skippedEntry", skipped.fullName(), skipped.code(),
                get("territory.kind.lower." + skipped.endedBy()), fmt.date(skipped.endedOn()));
    }
}
