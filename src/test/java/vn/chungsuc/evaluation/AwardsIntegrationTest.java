package vn.chungsuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/** The awards register's API: one achievement, one award; refusals with their field; who may record. */
@IntegrationTest
class AwardsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    private String send(String body, String user, int status) throws Exception {
        return mvc.perform(post("/api/v1/awards").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
                .with(httpBasic(user, "chungsuc"))).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String award(String form, String number, String achievement, String period, String recipient) {
        return """
                {"form": "%s", "issuerUnit": "381", "decisionNumber": "%s", "decisionDate": "2019-11-15",
                 "achievement": "%s", "period": "%s", "recipient": %s}""".formatted(form, number, achievement,
                period, recipient);
    }

    @Test
    void anAchievementIsAwardedOnceAndTheRepeatNamesTheEarlierDecision() throws Exception {
        String khuPho = "{\"kind\": \"COLLECTIVE\", \"name\": \"Ban Công tác Mặt trận Khu phố 7, phường Ngọc Trạo\"}";
        String created = send(award("GIAY_KHEN", "215/QĐ-UBND", "Thành tích xuất sắc trong cuộc vận động",
                "2017-2019", khuPho), "mttq", 201);
        long id = json.readTree(created).get("id").asLong();
        assertThat(id).isPositive();

        // the same achievement of the same collective for the same span, by another form and decision: refused
        String again = send(award("BANG_KHEN", "88/QĐ-MTTQ", "thanh tich xuat sac  trong cuoc van dong", "2017-2019",
                "{\"kind\": \"COLLECTIVE\", \"name\": \"ban công tác mặt trận khu phố 7, phường ngọc trạo\"}"),
                "mttq", 409);
        assertThat(again).contains("\"field\":\"achievement\"", "215/QĐ-UBND", "15/11/2019", "Giấy khen");
        assertThat(jdbc.sql("select count(*) from evaluation_award where recipient_name ilike '%Khu phố 7%'")
                .query(Integer.class).single()).isEqualTo(1);

        // another period, or another achievement, is another award: a form may be given many times
        send(award("GIAY_KHEN", "216/QĐ-UBND", "Thành tích xuất sắc trong cuộc vận động", "2019", khuPho), "mttq",
                201);
        send(award("GIAY_KHEN", "217/QĐ-UBND", "Tổ chức tốt Ngày hội Đại đoàn kết", "2019", khuPho), "mttq", 201);

        String read = mvc.perform(get("/api/v1/awards/" + id).with(httpBasic("hoiphunu", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(read).contains("\"decisionNumber\":\"215/QĐ-UBND\"", "\"period\":\"2017-2019\"",
                "\"kind\":\"COLLECTIVE\"");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'evaluation.award'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void badFieldsAreRefusedWith400EachNamingItsField() throws Exception {
        String bad = send("""
                {"form": "HUAN_CHUONG", "issuerUnit": "99999", "decisionNumber": "", "decisionDate": "31/02/2019",
                 "achievement": "", "period": "2019-H3", "recipient": {"kind": "ROBOT"}}""", "mttq", 400);
        assertThat(bad).contains("\"field\":\"form\"", "\"field\":\"issuerUnit\"", "\"field\":\"decisionNumber\"",
                "\"field\":\"decisionDate\"", "\"field\":\"achievement\"", "\"field\":\"period\"",
                "\"field\":\"recipient.kind\"", "GIAY_KHEN");
        assertThat(send(award("GIAY_KHEN", "1/QĐ", "Gương người tốt", "2019",
                "{\"kind\": \"PERSON\"}"), "mttq", 400)).contains("\"field\":\"recipient\"");
        assertThat(send(award("GIAY_KHEN", "1/QĐ", "Gương người tốt", "2021",
                "{\"kind\": \"PERSON\", \"name\": \"Nguyễn Văn A\"}"), "mttq", 400)).contains("\"field\":\"period\"");
    }

    @Test
    void onlyThoseWhoMayRecordAwardsForTheIssuersUnitMay() throws Exception {
        String body = award("GIAY_KHEN", "9/QĐ-UBND", "Hộ gia đình văn hóa tiêu biểu", "2018",
                "{\"kind\": \"HOUSEHOLD\", \"id\": \"14812-01-0001\"}");
        send(body, "vhtt", 403);
        send(body, "kp1badinh", 403);
        // the commune officer of Ba Đình records for his ward, not for the town
        send(body, "badinh", 403);
        send(body.replace("\"issuerUnit\": \"381\"", "\"issuerUnit\": \"14812\""), "badinh", 201);
    }
}
