package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Issue 6 in a browser: the officer of phường Quang Trung walks the 2026 review round through its six steps (list,
 * survey, village meeting, public posting with an objection answered, report, decision); anyone reads the list
 * during posting; the poor-household rate on the dashboard changes with the decision.
 */
@IntegrationTest
class PovertyReviewBrowserTest extends BrowserTestSupport {

    static final String WARD = "38-QT";
    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired CampaignApi campaign;
    @Autowired Rounds rounds;
    @Autowired Lists lists;
    @Autowired RegistryApi registry;
    @Autowired TerritoryApi territory;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow().id();
    }

    private void click(Browser b, By locator) {
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", b.driver.findElement(locator));
        b.clickAndReload(locator);
        assertThat(b.driver.findElements(By.id("round-error"))).as(() -> b.text()).isEmpty();
    }

    private void type(Browser b, String id, String text) {
        var field = b.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String ruralValue(Browser b) {
        b.open("/dashboard?programme=" + seed() + "&year=2026&unit=" + WARD);
        return b.driver.findElement(By.cssSelector("#row-NTM-3 td.value")).getText();
    }

    @Test
    void theWardOfficerWalksAReviewRoundThroughItsSixStepsAndTheDashboardFollows() throws java.io.IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String> villages = territory.subtree(WARD, today, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA && u.code().startsWith("14824-"))
                .map(UnitView::code).toList();
        HouseholdRef applicant = registry.households(villages, today).stream()
                .filter(h -> lists.history(h.code()).stream().noneMatch(e -> e.year() == 2025
                        && e.effective() != PovertyClass.NOT_POOR)).findFirst().orElseThrow();

        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("quangtrung", "chungsuc");
        String before = ruralValue(b);
        b.screenshot("60-poverty-dashboard-before");

        b.open("/poverty/rounds");
        new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("commune"))).selectByValue(WARD);
        type(b, "year", "2026");
        b.clickAndWait(By.cssSelector("#open-round button[type=submit]"));
        assertThat(b.driver.getCurrentUrl()).matches(".*/poverty/rounds/\\d+$");
        long id = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(b.text()).contains("Rà soát hộ nghèo, hộ cận nghèo năm 2026: Phường Quang Trung",
                "Nghị định số 351/2025/NĐ-CP");

        // step 1: the current poor and near-poor, and one household that applied
        type(b, "applicants", applicant.code());
        click(b, By.id("finish-step"));
        assertThat(b.driver.findElement(By.cssSelector("[data-step='1'] .step-done")).getText())
                .contains("quangtrung");
        assertThat(b.text()).contains("Có giấy đề nghị (Mẫu số 01)", "Đang là hộ nghèo");
        b.screenshot("61-poverty-round-listed");

        // step 2: the enumerators' forms B arrive from their tablets; the officer enters the applicant's here
        for (Rounds.Member m : rounds.households(id)) {
            if (!m.householdCode().equals(applicant.code())) {
                rounds.survey(id, m.householdCode(), 3_200_000, List.of(), "rasoatvien");
            }
        }
        b.open("/poverty/rounds/" + id + "/survey/" + applicant.code());
        type(b, "income", "1100000");
        for (String indicator : List.of("EMPLOYMENT", "HEALTH_INSURANCE", "HOUSEHOLD_WASTE")) {
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].click()",
                    b.driver.findElement(By.id("dep-" + indicator)));
        }
        b.screenshot("62-poverty-form-b");
        click(b, By.id("save-survey"));
        assertThat(b.text()).contains("Đã lưu phiếu B của hộ " + applicant.code());
        b.open("/poverty/rounds/" + id);
        click(b, By.id("finish-step"));
        assertThat(b.text()).contains("Đã phân loại");

        // step 3: the village meeting
        type(b, "attendees", "40");
        type(b, "agreed", "31");
        type(b, "minutes", "Biên bản họp dân thôn số 03/BB ngày " + today.format(VN));
        click(b, By.id("finish-step"));
        assertThat(b.text()).contains("31/40 người dự họp đồng ý");

        // step 4: public posting; anyone reads the list; an objection is recorded and answered
        type(b, "from", today.format(VN));
        click(b, By.id("start-posting"));
        assertThat(b.text()).contains("Đã niêm yết công khai danh sách");
        b.driver.manage().deleteAllCookies();
        b.open("/public/poverty/" + id);
        String posted = b.driver.findElement(By.id("public-list")).getText();
        assertThat(posted).contains(applicant.headName(), "Hộ nghèo").doesNotContain(applicant.code());
        b.screenshot("63-poverty-public-list");
        b.login("quangtrung", "chungsuc");
        b.open("/poverty/rounds/" + id);
        jdbc.sql("update poverty_round set posted_from = :d where id = :id").param("d", today.minusDays(4))
                .param("id", id).update(); // four days pass: the three days of posting are over
        type(b, "obj-household", applicant.code());
        type(b, "obj-by", "Trần Văn Hòa, thôn 2");
        type(b, "obj-content", "Đề nghị xem lại thu nhập của hộ");
        click(b, By.cssSelector("form[action$='/objections'] button"));
        b.driver.findElement(By.cssSelector("#objections input[name=answer]")).sendKeys("Đã phúc tra, giữ kết quả");
        click(b, By.cssSelector("#objections button"));
        click(b, By.id("finish-step"));
        assertThat(b.driver.findElement(By.cssSelector("[data-step='4'] .step-done")).getText())
                .contains("quangtrung");

        // step 5: the report; step 6: the chair's decision
        type(b, "note", "Báo cáo số 15/BC-UBND gửi Sở Nông nghiệp và Môi trường");
        click(b, By.id("finish-step"));
        type(b, "number", "88/QĐ-UBND");
        click(b, By.id("finish-step"));
        assertThat(b.text()).contains("Đã ban hành quyết định");
        assertThat(b.driver.findElement(By.id("decision-lists")).getText()).contains("1 hộ nghèo", "thoát nghèo",
                "Giấy chứng nhận");
        assertThat(b.driver.findElements(By.cssSelector("#round-steps .step-done"))).hasSize(6);
        b.screenshot("64-poverty-round-decided");
        WebElement workbook = b.driver.findElement(By.id("lists-xlsx"));
        assertThat(workbook.getText()).isEqualTo("Tải danh sách (Excel)");
        assertThat(workbook.getAttribute("href")).endsWith("/poverty/rounds/" + id + "/lists.xlsx");
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/64b-poverty-decision-lists.png"),
                b.driver.findElement(By.id("decision-lists")).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // the dashboard follows the decision (figures are recounted right after the commit)
        new WebDriverWait(b.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !ruralValue(b).equals(before));
        String after = ruralValue(b);
        assertThat(after).contains("1/");
        b.screenshot("65-poverty-dashboard-after");

        b.open("/poverty/households/" + applicant.code() + "?year=2026");
        assertThat(b.driver.findElement(By.id("poverty-rule")).getText()).contains("Hộ nghèo");
        assertThat(b.driver.findElement(By.id("poverty-indicators")).getText()).contains("Việc làm");
        b.screenshot("66-poverty-household-explained");
        type(b, "wi-income", "3000000");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("what-if-result")).getText().contains("Không thuộc hộ nghèo"));
        assertThat(b.driver.findElement(By.id("poverty-rule")).getText()).as("nothing saved").contains("Hộ nghèo");

        b.open("/poverty/households?unit=" + WARD);
        assertThat(b.driver.findElement(By.id("poverty-by-year")).getText()).contains("2025", "2026");
        b.screenshot("69-poverty-households-by-year");
        b.open("/poverty/standards");
        assertThat(b.text()).contains("Quyết định số 59/2015/QĐ-TTg", "Nghị định số 07/2021/NĐ-CP",
                "Nghị định số 351/2025/NĐ-CP");
        b.screenshot("70-poverty-standards");
    }
}
