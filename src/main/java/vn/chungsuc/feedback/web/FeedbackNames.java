package vn.chungsuc.feedback.web;

import org.springframework.stereotype.Component;
import vn.chungsuc.feedback.domain.Reports;

/** Names for templates ({@code ${@feedbackNames.body(code)}}). */
@Component("feedbackNames")
class FeedbackNames {

    private final Reports reports;

    FeedbackNames(Reports reports) {
        this.reports = reports;
    }

    public String body(String code) {
        return reports.bodyName(code);
    }
}
