package vn.chungsuc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.feedback.domain.AbuseGuard;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;

/**
 * A citizen reports without an account, the ward's officer answers, the citizen confirms with his tracking code and
 * the public page shows it resolved without anything personal; complaints and denunciations are told their
 * procedure; honeypot, proof of work and floods are refused with nothing stored; deadlines skip Tết on the calendar
 * the migration ships; routing follows the bodies of the date; who may see what.
 */
@IntegrationTest
class FeedbackIntegrationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\"[^>]*>([A-Z0-9-]+)<");
    private static final Pattern NUMBER = Pattern.compile("(PA\\d{4}-\\d{6})");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Rules rules;
    @Autowired AbuseGuard guard;
    @Autowired TerritoryApi territory;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newClient() {
        int n = CLIENTS.getAndIncrement();
        return "10.17." + (n / 250) + "." + (n % 250 + 1);
    }

    private String area() {
        return territory.children("38-BS", LocalDate.of(2026, 11, 1), UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).findFirst().orElseThrow().code();
    }

    private String challenge() throws Exception {
        String page = mvc.perform(get("/public/reports/new")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = CHALLENGE.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private MockMultipartHttpServletRequestBuilder form(String client, Map<String, String> fields) throws Exception {
        String challenge = challenge();
        MockMultipartHttpServletRequestBuilder b = multipart("/public/reports/new");
        b.param("challenge", challenge).param("nonce", AbuseGuard.solve(challenge, guard.difficulty()));
        fields.forEach(b::param);
        b.with(from(client));
        return b;
    }

    private long reports() {
        return jdbc.sql("select count(*) from feedback_report").query(Long.class).single();
    }

    private static byte[] jpegWithSecretComment() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] plain = out.toByteArray();
        byte[] comment = "GPS 20.0812N 105.8601E Canon".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        with.write(plain, 0, 2);
        with.write(0xFF);
        with.write(0xFE);
        with.write((comment.length + 2) >> 8);
        with.write((comment.length + 2) & 0xFF);
        with.write(comment);
        with.write(plain, 2, plain.length - 2);
        return with.toByteArray();
    }

    @Test
    void aCitizenReportsTheWardAnswersHeConfirmsAndThePublicSeesItResolvedWithoutHisName() throws Exception {
        String client = newClient();
        MockMultipartHttpServletRequestBuilder request = form(client, Map.of("category", "CHIEU_SANG",
                "place", area(), "address", "Trước số nhà 12 đường Trần Phú",
                "description", "Ba cột đèn đường hỏng từ tuần trước, buổi tối rất tối.",
                "name", "Phạm Thị Kiểm Thử", "phone", "0912345670", "lat", "20.0812", "lon", "105.8601"));
        request.file(new MockMultipartFile("photos", "den.jpg", "image/jpeg", jpegWithSecretComment()));
        String receipt = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher code = CODE.matcher(receipt);
        Matcher number = NUMBER.matcher(receipt);
        assertThat(code.find()).as(receipt).isTrue();
        assertThat(number.find()).isTrue();
        String tracking = code.group(1);
        String publicNo = number.group(1);
        Map<String, Object> row = jdbc.sql("select id, body_code, status, due_on, received_on from feedback_report "
                + "where public_no = :n").param("n", publicNo).query().singleRow();
        assertThat(row.get("body_code")).isEqualTo("38-BS-KTHTDT");
        assertThat(row.get("status")).isEqualTo("ASSIGNED");
        byte[] stored = jdbc.sql("select bytes from feedback_photo p join feedback_report r on r.id = p.report_id "
                + "where r.public_no = :n").param("n", publicNo).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Canon");
        long id = ((Number) row.get("id")).longValue();

        // the other ward's officer neither sees nor answers it; the ward's officer sees the name and answers
        mvc.perform(get("/feedback/" + id).with(httpBasic("quangtrung", "chungsuc"))).andExpect(status().isForbidden());
        String officerPage = mvc.perform(get("/feedback/" + id).with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(officerPage).contains("Phạm Thị Kiểm Thử").contains("0912345670");
        mvc.perform(post("/feedback/" + id + "/handle").with(httpBasic("badinh", "chungsuc")).with(csrf())
                .param("action", "answer").param("text", "")).andExpect(status().isBadRequest());
        mvc.perform(post("/feedback/" + id + "/handle").with(httpBasic("badinh", "chungsuc")).with(csrf())
                .param("action", "answer").param("text", "Đã thay bóng và sửa đường dây ngày 02/12."))
                .andExpect(status().is3xxRedirection());

        // the reporter confirms with his code and rates the answer
        String track = mvc.perform(get("/public/reports/track/" + tracking)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(track).contains("Đã thay bóng").contains("id=\"accept\"").doesNotContain("Phạm Thị Kiểm Thử");
        mvc.perform(post("/public/reports/track/" + tracking).with(from(client)).param("decision", "accept")
                .param("rating", "5")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from feedback_report where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("RESOLVED");

        String publicPage = mvc.perform(get("/public/reports/" + publicNo)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).contains("Đã giải quyết").contains("Đã thay bóng")
                .doesNotContain("Phạm Thị Kiểm Thử").doesNotContain("0912345670").doesNotContain(tracking)
                .doesNotContain("badinh").doesNotContain("20.0812");
        String list = mvc.perform(get("/public/reports").param("category", "CHIEU_SANG")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(publicNo).doesNotContain("Phạm Thị Kiểm Thử");
    }

    @Test
    void aComplaintOrADenunciationIsToldItsProcedureAndNothingIsStored() throws Exception {
        long before = reports();
        String page = mvc.perform(form(newClient(), Map.of("category", "KHIEU_NAI", "place", area(),
                "description", "Tôi không đồng ý với quyết định xử phạt.", "anonymous", "on")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Luật Khiếu nại 2011").contains("90 ngày");
        mvc.perform(form(newClient(), Map.of("category", "TO_CAO", "place", area(),
                "description", "Tố cáo cán bộ nhận hối lộ khi cấp phép.", "anonymous", "on")))
                .andExpect(status().isBadRequest());
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void aHoneypotAWrongProofOfWorkAndAFloodAreRefusedWithNothingStored() throws Exception {
        long before = reports();
        Map<String, String> ok = Map.of("category", "RAC_THAI", "place", area(),
                "description", "Rác để ở đầu ngõ ba ngày chưa thu gom.", "anonymous", "on");
        mvc.perform(form(newClient(), ok).param("website", "http://spam.example")).andExpect(status().isBadRequest());
        mvc.perform(multipart("/public/reports/new").with(from(newClient())).param("challenge", challenge())
                .param("nonce", "1").param("category", "RAC_THAI").param("place", area())
                .param("description", "Rác để ở đầu ngõ ba ngày chưa thu gom.").param("anonymous", "on"))
                .andExpect(status().isBadRequest());
        // a challenge is spent once
        String challenge = challenge();
        String nonce = AbuseGuard.solve(challenge, guard.difficulty());
        String client = newClient();
        mvc.perform(multipart("/public/reports/new").with(from(client)).param("challenge", challenge)
                .param("nonce", nonce).param("category", "VIA_HE").param("place", area())
                .param("description", "Quán nước lấn chiếm hết vỉa hè.").param("anonymous", "on"))
                .andExpect(status().isOk());
        mvc.perform(multipart("/public/reports/new").with(from(client)).param("challenge", challenge)
                .param("nonce", nonce).param("category", "VIA_HE").param("place", area())
                .param("description", "Quán nước lấn chiếm hết vỉa hè.").param("anonymous", "on"))
                .andExpect(status().isBadRequest());
        assertThat(reports()).isEqualTo(before + 1);
        // a flood from one address: the eleventh post within the hour is 429 with a Vietnamese message
        String flooder = newClient();
        for (int i = 0; i < 10; i++) {
            mvc.perform(form(flooder, Map.of("category", "RAC_THAI", "place", area(), "description", "x")))
                    .andExpect(status().isBadRequest());
        }
        String refused = mvc.perform(form(flooder, ok)).andExpect(status().isTooManyRequests()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("quá nhiều lần");
        assertThat(reports()).isEqualTo(before + 1);
    }

    @Test
    void deadlinesSkipTetOnTheShippedCalendarAndRoutingFollowsTheBodiesOfTheDate() {
        // Thursday 12/02/2026: Friday 13 is the 1st working day, 16–20/02 Tết Bính Ngọ, then 23, 24, 25, 26/02
        assertThat(rules.calendar().addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
        // Thursday 23/01/2025 over Tết Ất Tỵ (27–31/01)
        assertThat(rules.calendar().addWorkingDays(LocalDate.of(2025, 1, 23), 5)).isEqualTo(LocalDate.of(2025, 2, 6));
        var sidewalks = rules.category("VIA_HE").orElseThrow();
        assertThat(rules.route(sidewalks, "14812", LocalDate.of(2020, 5, 4)).orElseThrow().code())
                .isEqualTo("381-QLDT");
        assertThat(rules.route(sidewalks, "38-BS", LocalDate.of(2026, 5, 4)).orElseThrow().code())
                .isEqualTo("38-BS-KTHTDT");
        assertThat(rules.route(rules.category("AN_NINH_TRAT_TU").orElseThrow(), "14812", LocalDate.of(2020, 5, 4))
                .orElseThrow().code()).isEqualTo("381-CA");
        assertThat(rules.route(rules.category("AN_NINH_TRAT_TU").orElseThrow(), "38-QT", LocalDate.of(2026, 5, 4))
                .orElseThrow().code()).isEqualTo("38-QT-VP");
        assertThat(rules.route(rules.category("TRO_GIUP_XA_HOI").orElseThrow(), "38-QT", LocalDate.of(2026, 5, 4))
                .orElseThrow().code()).isEqualTo("38-QT-VHXH");
    }

    @Test
    void anAnonymousReportsIdentityIsForTheFrontAloneAndThePublicPagesCarryNoPersonalData() throws Exception {
        long id = jdbc.sql("select id from feedback_report where source = 'DEMO' and anonymous = false and "
                + "commune_code = '38-BS' order by id limit 1").query(Long.class).single();
        jdbc.sql("update feedback_report set anonymous = true where id = :id").param("id", id).update();
        try {
            String phone = jdbc.sql("select reporter_phone from feedback_report where id = :id").param("id", id)
                    .query(String.class).single();
            String handler = mvc.perform(get("/feedback/" + id).with(httpBasic("badinh", "chungsuc")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(handler).doesNotContain(phone);
            String front = mvc.perform(get("/feedback/" + id).with(httpBasic("mttq", "chungsuc")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(front).contains(phone);
        } finally {
            jdbc.sql("update feedback_report set anonymous = false where id = :id").param("id", id).update();
        }
        List<String> names = jdbc.sql("select reporter_name from feedback_report where reporter_name is not null")
                .query(String.class).list();
        List<String> phones = jdbc.sql("select reporter_phone from feedback_report where reporter_phone is not null")
                .query(String.class).list();
        List<String> numbers = jdbc.sql("select public_no from feedback_report order by id desc limit 30")
                .query(String.class).list();
        StringBuilder pages = new StringBuilder();
        for (int p = 0; p < 7; p++) {
            pages.append(mvc.perform(get("/public/reports").param("page", String.valueOf(p)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        for (String n : numbers) {
            pages.append(mvc.perform(get("/public/reports/" + n)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
        }
        pages.append(mvc.perform(get("/public")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String all = pages.toString();
        assertThat(all).contains("PA2026-");
        assertThat(names).isNotEmpty().noneMatch(all::contains);
        assertThat(phones).isNotEmpty().noneMatch(all::contains);
        assertThat(all).doesNotContain("badinh").doesNotContain("quangtrung");
        assertThat(Pattern.compile("\\b0\\d{9}\\b").matcher(all).find()).isFalse();
    }

    @Test
    void theHandlerExtendsWithAReasonReassignsAndAnswersAndTheReporterReopensWithAReason() throws Exception {
        Map<String, Object> r = jdbc.sql("select id, tracking_code, due_on from feedback_report where source = 'DEMO' "
                + "and commune_code = '38-QT' and status = 'ASSIGNED' and extension_days = 0 order by id desc limit 1")
                .query().singleRow();
        long id = ((Number) r.get("id")).longValue();
        String handle = "/feedback/" + id + "/handle";
        mvc.perform(post(handle).with(httpBasic("quangtrung", "chungsuc")).with(csrf()).param("action", "extend")
                .param("days", "5")).andExpect(status().isBadRequest());
        mvc.perform(post(handle).with(httpBasic("quangtrung", "chungsuc")).with(csrf()).param("action", "extend")
                .param("days", "45").param("text", "Cần khảo sát")).andExpect(status().isBadRequest());
        mvc.perform(post(handle).with(httpBasic("badinh", "chungsuc")).with(csrf()).param("action", "extend")
                .param("days", "5").param("text", "Cần khảo sát")).andExpect(status().isForbidden());
        mvc.perform(post(handle).with(httpBasic("quangtrung", "chungsuc")).with(csrf()).param("action", "extend")
                .param("days", "5").param("text", "Cần khảo sát hiện trường cùng đơn vị điện lực."))
                .andExpect(status().is3xxRedirection());
        LocalDate due = (LocalDate) jdbc.sql("select due_on from feedback_report where id = :id").param("id", id)
                .query(LocalDate.class).single();
        assertThat(jdbc.sql("select extended_due_on from feedback_report where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(rules.calendar().addWorkingDays(due, 5));
        mvc.perform(post(handle).with(httpBasic("quangtrung", "chungsuc")).with(csrf()).param("action", "reassign")
                .param("body", "38-QT-VP").param("text", "")).andExpect(status().isBadRequest());
        mvc.perform(post(handle).with(httpBasic("quangtrung", "chungsuc")).with(csrf()).param("action", "reassign")
                .param("body", "38-QT-VP").param("text", "Văn phòng chủ trì phối hợp")).andExpect(status().is3xxRedirection());
        mvc.perform(post(handle).with(httpBasic("quangtrung", "chungsuc")).with(csrf()).param("action", "answer")
                .param("text", "Đã xử lý xong.")).andExpect(status().is3xxRedirection());
        String code = (String) r.get("tracking_code");
        mvc.perform(post("/public/reports/track/" + code).param("decision", "reopen").param("rating", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/public/reports/track/" + code).param("decision", "reopen").param("rating", "2")
                .param("reason", "Vẫn chưa sửa.")).andExpect(status().is3xxRedirection());
        Map<String, Object> after = jdbc.sql("select status, body_code, reopen_count, rating, extension_days from "
                + "feedback_report where id = :id").param("id", id).query().singleRow();
        assertThat(after).containsEntry("status", "REOPENED").containsEntry("body_code", "38-QT-VP")
                .containsEntry("reopen_count", 1).containsEntry("rating", 2).containsEntry("extension_days", 5);
        String history = mvc.perform(get("/public/reports/" + jdbc.sql("select public_no from feedback_report where "
                + "id = :id").param("id", id).query(String.class).single())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(history).contains("Gia hạn").contains("Chuyển cơ quan khác").contains("Người phản ánh mở lại")
                .contains("Vẫn chưa sửa.").doesNotContain("quangtrung");
    }

    @Autowired vn.chungsuc.feedback.domain.Responsiveness responsiveness;
    @Autowired vn.chungsuc.feedback.domain.FeedbackStatistics statistics;

    @Test
    void theFiguresAddUpShowTheirDenominatorsAndRankNoGroupUnderTwentyReports() throws Exception {
        var rows = responsiveness.figures(java.time.YearMonth.of(2025, 12), java.time.YearMonth.of(2026, 11),
                "commune", false);
        assertThat(rows).extracting(r -> r.key()).contains("38-BS", "38-QT");
        for (var row : rows) {
            assertThat(row.toHandle()).isEqualTo(row.received() + row.carriedOver());
            assertThat(row.onTime() + row.extended() + row.late()).isEqualTo(row.answered());
            assertThat(row.satisfied()).isLessThanOrEqualTo(row.rated());
        }
        var byCommune = rows.stream().filter(r -> r.key().equals("38-BS")).findFirst().orElseThrow();
        assertThat(byCommune.rank()).isNotNull();
        assertThat(byCommune.late() + byCommune.extended()).isPositive();
        assertThat(byCommune.medianDays()).isNotNull();
        var march = responsiveness.figures(java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 3), "body",
                false);
        assertThat(march).isNotEmpty().allMatch(r -> r.toHandle() >= 20 || r.rank() == null);
        assertThat(march).anyMatch(r -> r.rank() == null);
        String page = mvc.perform(get("/feedback/figures").param("from", "2025-12").param("to", "2026-11")
                .param("by", "category").with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("% \\(\\d+/\\d+\\)").contains("Lấn chiếm vỉa hè");
        mvc.perform(get("/feedback/figures").param("from", "2026-13").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        long received = jdbc.sql("select count(*) from feedback_report where commune_code = '38-BS' and received_on "
                + "between date '2026-01-01' and date '2026-06-30'").query(Long.class).single();
        assertThat(statistics.countByUnit(vn.chungsuc.feedback.domain.FeedbackStatistics.RECEIVED,
                LocalDate.of(2026, 6, 30))).containsEntry("38-BS", received);
    }

    @Test
    void theAdministratorKeepsTheCalendarAsDataAndOthersMayNot() throws Exception {
        LocalDate monday = LocalDate.of(2099, 1, 5);
        assertThat(rules.calendar().working(monday)).isTrue();
        mvc.perform(post("/feedback/rules/days").with(httpBasic("mttq", "chungsuc")).with(csrf())
                .param("day", "2099-01-05").param("working", "false").param("name", "Nghỉ").param("source", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/feedback/rules/days").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("day", "2099-01-05").param("working", "false").param("name", "").param("source", "X"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/feedback/rules/days").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("day", "2099-01-05").param("working", "false").param("name", "Nghỉ bù (thử)")
                .param("source", "Quyết định thử")).andExpect(status().is3xxRedirection());
        assertThat(rules.calendar().working(monday)).isFalse();
        assertThat(rules.calendar().addWorkingDays(LocalDate.of(2099, 1, 2), 1)).isEqualTo(LocalDate.of(2099, 1, 6));
        mvc.perform(post("/feedback/rules/days").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("day", "2099-01-05").param("remove", "true")).andExpect(status().is3xxRedirection());
        assertThat(rules.calendar().working(monday)).isTrue();
        mvc.perform(post("/feedback/rules/categories/RAC_THAI").with(httpBasic("badinh", "chungsuc")).with(csrf())
                .param("days", "3").param("basis", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/feedback/rules/categories/RAC_THAI").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("days", "0").param("basis", "x")).andExpect(status().isBadRequest());
        String page = mvc.perform(get("/feedback/rules").param("year", "2026").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tết Nguyên đán Bính Ngọ").contains("Bộ luật Lao động 2019").doesNotContain("day-form");
    }
}
