package vn.chungsuc.feedback.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.shared.sections.PublicFragment;
import vn.chungsuc.shared.sections.PublicQuery;
import vn.chungsuc.shared.sections.PublicSection;

/**
 * Citizens' reports on the portal: the list by category and status (the portal's query carries a unit and a year
 * only, so the filters are read from the request's own parameters), and each report with its history of answers.
 * Never the reporter's name or phone, never a handler's login; photos are served re-encoded, without metadata.
 */
@Component
class FeedbackPublicSection implements PublicSection {

    private final Reports reports;
    private final Rules rules;
    private final JdbcClient jdbc;

    FeedbackPublicSection(Reports reports, Rules rules, JdbcClient jdbc) {
        this.reports = reports;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "reports";
    }

    @Override
    public String titleKey() {
        return "feedback.public.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Coverage> coverage() {
        return jdbc.sql("select commune_code, min(extract(year from received_on))::int a, "
                + "max(extract(year from received_on))::int b from feedback_report group by 1 order by 1 limit 20")
                .query((rs, i) -> new Coverage(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    @Override
    public PublicFragment summary() {
        Map<String, Object> counts = jdbc.sql("select count(*) total, count(*) filter (where status in "
                + "('RECEIVED','ASSIGNED','IN_PROGRESS','REOPENED')) open from feedback_report").query().singleRow();
        return new PublicFragment("feedback/public", "summary", Map.of("counts", counts), "feedback.public.title");
    }

    @Override
    public Optional<PublicFragment> index(PublicQuery query) {
        String status = param("status");
        String category = param("category");
        int page = 0;
        try {
            page = Math.max(0, Math.min(10_000, Integer.parseInt(param("page"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (!status.isEmpty() && !status.equals("open")) {
            try {
                ReportStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (!category.isEmpty() && rules.category(category).isEmpty()) {
            return Optional.empty();
        }
        Reports.Page list = reports.publicList(new Reports.Filter(status, category, null, query.unit(), null,
                false), page);
        return Optional.of(new PublicFragment("feedback/public", "list", Map.of("list", list, "status", status,
                "category", category, "categories", rules.categories(), "statuses", ReportStatus.values()),
                "feedback.public.title"));
    }

    @Override
    public Optional<PublicFragment> item(String id, PublicQuery query) {
        return reports.publicView(id).map(v -> new PublicFragment("feedback/public", "item", Map.of("v", v),
                "feedback.public.item", List.of(v.report().publicNo())));
    }

    private static String param(String name) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            String v = a.getRequest().getParameter(name);
            return v == null || v.length() > 40 ? "" : v.strip();
        }
        return "";
    }
}
