package vn.chungsuc.fund.statement.importing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.shared.time.Today;

/**
 * The statement import tests' common set-up: the ward fund of phường Bỉm Sơn with its VietinBank account and its
 * 2025 drive, a VietinBank .csv written from lines, the upload through the API as an officer, and the balance the
 * fund knows for the account.
 */
abstract class StatementTestSupport {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StatementImports imports;
    @Autowired Funds funds;
    @Autowired Today today;
    final ObjectMapper json = new ObjectMapper();

    record Ward(long fund, long account, String number, long drive) {
    }

    record L(LocalDate date, String description, long credit, long debit, String counterparty) {
    }

    JsonNode call(RequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : json.readTree(body);
    }

    Ward ward() throws Exception {
        JsonNode f = call(get("/api/v1/fund/funds").param("unit", "38-BS").with(httpBasic("mttq", "chungsuc")), 200)
                .get(0);
        long fund = f.get("id").asLong();
        JsonNode a = f.get("accounts").get(0);
        long drive = jdbc.sql("select id from fund_campaign where fund_id = :f and code = 'XNT2025'").param("f", fund)
                .query(Long.class).single();
        return new Ward(fund, a.get("id").asLong(), a.get("accountNumber").asText(), drive);
    }

    static String csv(Ward w, LocalDate from, LocalDate to, long opening, long closing, List<L> lines) {
        StringBuilder b = new StringBuilder();
        b.append("Ngân hàng,970415 VietinBank\nSố tài khoản,").append(w.number()).append('\n');
        b.append("Từ ngày,").append(from.format(DMY)).append("\nĐến ngày,").append(to.format(DMY)).append('\n');
        b.append("Số dư đầu kỳ,").append(opening).append("\nSố dư cuối kỳ,").append(closing).append('\n');
        b.append("Ngày,Số tham chiếu,Diễn giải,Ghi có,Ghi nợ,Đối ứng\n");
        int n = 1;
        for (L l : lines) {
            b.append(l.date().format(DMY)).append(",REF").append(n++).append(',').append(l.description()).append(',')
                    .append(l.credit() == 0 ? "" : Long.toString(l.credit())).append(',')
                    .append(l.debit() == 0 ? "" : Long.toString(l.debit())).append(',')
                    .append(l.counterparty() == null ? "" : l.counterparty()).append('\n');
        }
        return b.toString();
    }

    static long net(List<L> lines) {
        return lines.stream().mapToLong(l -> l.credit() - l.debit()).sum();
    }

    long known(Ward w, LocalDate through) {
        Funds.Account account = new Funds.Account(w.account(), w.fund(), "970415", "VietinBank", w.number(), "",
                null, null);
        return imports.knownBalance(w.fund(), account, through);
    }

    JsonNode upload(Ward w, String content, int status) throws Exception {
        return upload(w, content, status, "mttq");
    }

    JsonNode upload(Ward w, String content, int status, String user) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "sao-ke.csv", "text/csv",
                content.getBytes(StandardCharsets.UTF_8));
        return call(multipart("/api/v1/fund/{f}/statements", w.fund()).file(file)
                .param("account", Long.toString(w.account())).with(csrf()).with(httpBasic(user, "chungsuc")), status);
    }

    long count(String table, Ward w) {
        return jdbc.sql("select count(*) from " + table + " where fund_id = :f").param("f", w.fund())
                .query(Long.class).single();
    }

    static String nonce() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
