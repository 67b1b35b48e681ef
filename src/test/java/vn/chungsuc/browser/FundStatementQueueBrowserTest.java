package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.statement.importing.StatementImports;
import vn.chungsuc.shared.time.Today;

/**
 * The ward fund's officer on a phone imports a month of his VietinBank account, finds the two lines that wait, marks
 * the fee as not a donation and records the gift with a receipt; a member organisation sees the queue but no actions.
 */
@IntegrationTest
class FundStatementQueueBrowserTest extends BrowserTestSupport {

    @Autowired JdbcClient jdbc;
    @Autowired StatementImports imports;
    @Autowired Today today;

    @Test
    void theWardOfficerImportsAStatementAndWorksThroughTheQueueOnAPhone() throws Exception {
        long fund = jdbc.sql("select id from fund_fund where unit_code = '38-BS'").query(Long.class).single();
        Funds.Account account = jdbc.sql("select * from fund_bank_account where fund_id = :f order by id limit 1")
                .param("f", fund).query((rs, i) -> new Funds.Account(rs.getLong("id"), fund, rs.getString("bank_bin"),
                        "", rs.getString("account_number"), "", null, null)).single();
        LocalDate day = today.date().minusDays(20);
        String n = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long opening = imports.knownBalance(fund, account, day.minusDays(1));
        String d = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String csv = """
                Ngân hàng,970415 VietinBank
                Số tài khoản,%s
                Từ ngày,%s
                Đến ngày,%s
                Số dư đầu kỳ,%d
                Số dư cuối kỳ,%d
                Ngày,Diễn giải,Ghi có,Ghi nợ,Đối ứng
                %s,Ung ho ba con ngheo %s,600000,,VU THI GIANG
                %s,Phi duy tri dich vu %s,,5500,
                """.formatted(account.accountNumber(), d, d, opening, opening + 600_000 - 5_500, d, n, d, n);
        Path file = Files.createTempFile("sao-ke-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            b.login("mttq", "chungsuc");
            b.open("/fund/" + fund + "/statements");
            assertThat(b.text()).contains("Sao kê ngân hàng", "Hàng chờ");
            b.driver.findElement(By.id("file")).sendKeys(file.toString());
            b.clickAndReload(By.cssSelector("#upload button[type=submit]"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).contains("2 dòng vào hàng chờ");
            b.open("/fund/" + fund + "/statements?q=" + n);
            assertThat(b.text()).contains("Ung ho ba con ngheo " + n, "Phi duy tri dich vu " + n,
                    "Tiền ra (phí, chi trả)", "Không tìm thấy căn cứ");
            Object wide = ((JavascriptExecutor) b.driver).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(wide).isEqualTo(false);
            b.screenshot("fund-statements-01-queue-390");

            long gift = jdbc.sql("select id from fund_statement_line where description = :d")
                    .param("d", "Ung ho ba con ngheo " + n).query(Long.class).single();
            long fee = jdbc.sql("select id from fund_statement_line where description = :d")
                    .param("d", "Phi duy tri dich vu " + n).query(Long.class).single();
            b.driver.findElement(By.cssSelector("#line-" + fee + " input[name=reason]"))
                    .sendKeys("Phí dịch vụ của ngân hàng");
            b.clickAndReload(By.cssSelector("#line-" + fee + " form[action$='/not-donation'] button"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).contains("không phải tiền ủng hộ");

            b.open("/fund/" + fund + "/statements?q=" + n);
            b.inView(b.driver.findElement(By.cssSelector("#line-" + gift + " details summary"))).click();
            b.clickAndReload(By.cssSelector("#line-" + gift + " form[action$='/match'] button"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).contains("biên lai Q" + fund + "-");
            b.open("/fund/" + fund + "/statements?q=" + n);
            assertThat(b.driver.findElement(By.id("empty")).getText()).contains("Không có dòng nào chờ");
            b.screenshot("fund-statements-02-done-390");

            b.driver.manage().deleteAllCookies();
            b.login("hoiphunu", "chungsuc");
            b.open("/fund/" + fund + "/statements?status=POSTED&q=" + n);
            assertThat(b.text()).contains("Ung ho ba con ngheo " + n);
            assertThat(b.driver.findElements(By.id("upload"))).isEmpty();
            assertThat(b.driver.findElements(By.cssSelector("form[action*='/statement-lines/']"))).isEmpty();
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 1000));
            Files.deleteIfExists(file);
        }
    }
}
