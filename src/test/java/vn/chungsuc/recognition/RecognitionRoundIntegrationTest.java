package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.CriteriaSet;
import vn.chungsuc.recognition.domain.Criterion;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.recognition.domain.Rounds;
import vn.chungsuc.recognition.domain.Title;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.shared.time.TestClock;

/**
 * A 2025 round of khu phố 3, phường Lam Sơn (under phường Bỉm Sơn after 1/7/2025; no other test writes it): the
 * regime picked by date, registration, an exclusion, scoring, a meeting without and with a quorum, the vote, the
 * posting, the dossier, the decision through the API (refused for an excluded household, with its reason), the
 * count the indicators read, and the decision's printable list and certificate.
 */
@IntegrationTest
class RecognitionRoundIntegrationTest {

    static final String AREA = "14815-03";
    static final int YEAR = 2025;

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired Rounds rounds;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired List<StatisticSource> sources;
    @Autowired vn.chungsuc.campaign.CampaignApi campaign;
    @Autowired MessageSource messages;
    @Autowired TestClock clock;

    /** A refusal as a Vietnamese user reads it. */
    private String text(Throwable e) {
        return ((Refused) e).text(messages, Locale.forLanguageTag("vi"));
    }

    /** The area's cultural-family figure (urban target DTVM-2) on the dashboard's API for 2025. */
    private long dashboardNumerator() throws Exception {
        long seed = campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ"))
                .findFirst().orElseThrow().id();
        String body = mvc.perform(get("/api/v1/programmes/" + seed + "/targets?unit=" + AREA + "&year=" + YEAR)
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode t : json.readTree(body)) {
            if (t.get("code").asString().equals("DTVM-2")) {
                return t.get("numerator").isNull() ? 0 : t.get("numerator").asLong();
            }
        }
        throw new AssertionError("no DTVM-2");
    }

    private long count(String metric, String unit, LocalDate on) {
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.code().equals(metric)))
                .findFirst().orElseThrow().countByUnit(metric, on).getOrDefault(unit, 0L);
    }

    @Test
    void eachRegimeHasItsSetAndParametersFromItsDate() {
        assertThat(catalogue.setFor(Title.CULTURAL_FAMILY, "38", LocalDate.of(2018, 11, 4)).orElseThrow()
                .regimeCode()).isEqualTo("TT-12-2011");
        CriteriaSet nd122 = catalogue.setFor(Title.CULTURAL_FAMILY, "38", LocalDate.of(2018, 11, 5)).orElseThrow();
        assertThat(nd122.regimeCode()).isEqualTo("ND-122-2018");
        assertThat(catalogue.setFor(Title.CULTURAL_FAMILY, "38", LocalDate.of(2024, 1, 29)).orElseThrow()
                .regimeCode()).isEqualTo("ND-122-2018");
        CriteriaSet nd86 = catalogue.setFor(Title.CULTURAL_FAMILY, "38", LocalDate.of(2024, 1, 30)).orElseThrow();
        assertThat(nd86.regimeCode()).isEqualTo("ND-86-2023");
        assertThat(nd86.postingDays()).isEqualTo(10);
        assertThat(nd86.evaluationDeadline()).isEqualTo("25/11");
        for (CriteriaSet s : List.of(nd122, nd86)) {
            assertThat(s.rules().quorumMet(100, 59)).isFalse();
            assertThat(s.rules().quorumMet(100, 60)).isTrue();
            assertThat(s.rules().passes(60, 36)).isTrue();
            assertThat(s.rules().passes(60, 35)).isFalse();
            assertThat(s.commendationYears()).isEqualTo(3);
            assertThat(s.procedureBasis()).isNotBlank();
        }
        assertThat(catalogue.criteria(nd122.id())).filteredOn(Criterion::exclusion).hasSize(7)
                .allSatisfy(c -> assertThat(c.legalBasis()).contains("122/2018"));
        assertThat(catalogue.criteria(catalogue.setFor("NEW_RURAL_COMMUNE", null, LocalDate.of(2019, 1, 1))
                .orElseThrow().id())).hasSize(19);
        assertThat(catalogue.criteria(catalogue.setFor("NEW_RURAL_COMMUNE", null, LocalDate.of(2023, 1, 1))
                .orElseThrow().id())).hasSize(19).anySatisfy(c -> assertThat(c.text()).isEqualTo("Nghèo đa chiều"));
        assertThat(catalogue.criteria(catalogue.setFor("EXEMPLARY_CITIZEN", "38", LocalDate.of(2019, 1, 1))
                .orElseThrow().id())).isEmpty();
        assertThat(catalogue.decider(Title.CULTURAL_AREA, LocalDate.of(2025, 6, 30)).orElseThrow().level())
                .isEqualTo("DISTRICT");
        assertThat(catalogue.decider(Title.CULTURAL_AREA, LocalDate.of(2025, 7, 1)).orElseThrow().level())
                .isEqualTo("COMMUNE");
    }

    @Test
    void aRoundRunsFromRegistrationToTheDecisionAndAnExcludedHouseholdIsNotRecognised() throws Exception {
        Rounds.Round round = rounds.open(AREA, YEAR, UnitScope.ALL);
        long id = round.id();
        assertThat(catalogue.set(round.setId()).orElseThrow().regimeCode()).isEqualTo("ND-86-2023");
        int registered = rounds.register(id, List.of(), null, UnitScope.ALL);
        assertThat(registered).isGreaterThan(10);
        Rounds.View view = rounds.view(id, UnitScope.ALL);
        String excluded = view.rows().get(0).code();
        String failing = view.rows().get(1).code();
        String unscored = view.rows().get(2).code();
        List<Criterion> all = catalogue.criteria(round.setId());
        Criterion violence = all.stream().filter(c -> c.exclusion() && c.text().contains("bạo lực gia đình"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> rounds.exclude(id, excluded, violence.id(), " ", UnitScope.ALL))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("lý do"));
        rounds.exclude(id, excluded, violence.id(), "Quyết định xử phạt số 12/QĐ-XPHC ngày 02/3/2025",
                UnitScope.ALL);
        List<Long> twoOfThree = all.stream().filter(c -> !c.exclusion()).map(Criterion::id).limit(2).toList();
        rounds.score(id, unscored, twoOfThree, UnitScope.ALL);
        rounds.scoreAllMet(id, UnitScope.ALL);

        // 59 of 100 invitees: no quorum, no vote.
        assertThat(rounds.meeting(id, LocalDate.of(YEAR, 11, 10), 100, 59, null, UnitScope.ALL)).isFalse();
        assertThatThrownBy(() -> rounds.vote(id, null, 50, UnitScope.ALL)).isInstanceOf(RecognitionRefused.class)
                .satisfies(e -> assertThat(text(e)).contains("cần 60/100"));
        assertThat(rounds.meeting(id, LocalDate.of(YEAR, 11, 10), 100, 60, "Chi ủy, Ban công tác Mặt trận",
                UnitScope.ALL)).isTrue();
        assertThatThrownBy(() -> rounds.vote(id, excluded, 50, UnitScope.ALL))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("12/QĐ-XPHC"));
        rounds.vote(id, null, 36, UnitScope.ALL);
        rounds.vote(id, failing, 35, UnitScope.ALL);
        view = rounds.view(id, UnitScope.ALL);
        Map<String, Rounds.Row> rows = new java.util.HashMap<>();
        view.rows().forEach(r -> rows.put(r.code(), r));
        assertThat(rows.get(excluded).state()).isEqualTo(Rounds.State.EXCLUDED);
        assertThat(rows.get(excluded).exclusions()).singleElement().asString().contains("bạo lực gia đình",
                "12/QĐ-XPHC");
        assertThat(rows.get(failing).state()).isEqualTo(Rounds.State.FAILED);
        assertThat(rows.get(unscored).state()).isEqualTo(Rounds.State.CRITERIA_NOT_MET);
        List<String> passed = view.proposed().stream().map(Rounds.Row::code).toList();
        assertThat(passed).hasSize(registered - 3);

        rounds.post(id, LocalDate.of(YEAR, 11, 11), "Không có ý kiến", UnitScope.ALL);
        assertThat(rounds.find(id).orElseThrow().postedTo()).isEqualTo(LocalDate.of(YEAR, 11, 21));
        assertThatThrownBy(() -> rounds.send(id, LocalDate.of(YEAR, 11, 15), UnitScope.ALL))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("21/11/2025"));
        rounds.send(id, LocalDate.of(YEAR, 11, 22), UnitScope.ALL);
        assertThatThrownBy(() -> rounds.vote(id, failing, 40, UnitScope.ALL))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("đã gửi"));

        // The ward's decision through the API: refused with the reason while the excluded household is on the list.
        long before = count("recognition.cultural-families", AREA, LocalDate.of(YEAR, 12, 31));
        assertThat(before).isZero();
        String refused = decide("badinh", List.of(passed.get(0), excluded), "15/QĐ-UBND", 400);
        assertThat(refused).contains("\"field\":\"subjects\"", excluded, "bạo lực gia đình", "12/QĐ-XPHC",
                "Không thể công nhận " + excluded + " – không xét: ");
        // The same refusal in English: the texts are the bundle's, the reason recorded by the officer stays as written.
        String english = decide("badinh", List.of(passed.get(0), excluded), "15/QĐ-UBND", 400, "en");
        assertThat(english).contains("\"field\":\"subjects\"", "Request refused; nothing was saved",
                excluded + " cannot be recognised – excluded: ", "12/QĐ-XPHC").doesNotContain("Không thể công nhận");
        assertThat(decide("badinh", List.of(failing), "15/QĐ-UBND", 400, "en"))
                .contains("failed the vote (35/60 agreed)");
        assertThat(decide("badinh", List.of(failing), "15/QĐ-UBND", 400)).contains("không đạt biểu quyết",
                "35/60");
        assertThat(decide("quangtrung", passed, "15/QĐ-UBND", 400)).contains("không quản lý");
        assertThat(count("recognition.cultural-families", AREA, LocalDate.of(YEAR, 12, 31))).isZero();

        assertThat(dashboardNumerator()).isZero();
        long started = System.nanoTime();
        JsonNode decision = json.readTree(decide("badinh", passed, "15/QĐ-UBND", 201));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> dashboardNumerator() == passed.size());
        System.out.printf("Recognition: a decision of %d families reached the dashboard in %d ms%n", passed.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(decision.get("awardCount").asInt()).isEqualTo(passed.size());
        assertThat(decision.get("authority").asString()).isEqualTo("Chủ tịch UBND cấp xã");
        long decisionId = decision.get("id").asLong();
        assertThat(count("recognition.cultural-families", AREA, LocalDate.of(YEAR, 12, 31))).isEqualTo(passed.size());
        // The first half of the next year still counts them; before 1 December 2025, the 2024 titles held.
        assertThat(count("recognition.cultural-families", AREA, LocalDate.of(YEAR + 1, 6, 30)))
                .isEqualTo(passed.size());
        assertThat(count("recognition.cultural-families", AREA, LocalDate.of(YEAR, 6, 30)))
                .isEqualTo(count("recognition.cultural-families", AREA, LocalDate.of(2024, 12, 31)));
        assertThat(decide("badinh", passed.subList(0, 1), "16/QĐ-UBND", 400)).contains("Đã được công nhận");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'recognition.decision' "
                + "and entity_id = ?").param(String.valueOf(decisionId)).query(Long.class).single()).isEqualTo(1);

        String got = mvc.perform(get("/api/v1/recognition/decisions/" + decisionId).with(httpBasic("badinh",
                "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(got).get("awards")).hasSize(passed.size());

        // Printable list and certificate, with the national motto and Vietnamese letters embedded.
        String head = jdbc.sql("select subject_name from recognition_award where decision_id = ? and subject_code = ?")
                .params(decisionId, passed.get(0)).query(String.class).single();
        String list = pdfText("/recognition/decisions/" + decisionId + "/list.pdf", "recognition-decision-list");
        assertThat(list).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN PHƯỜNG BỈM SƠN", "Số: 15/QĐ-UBND", "DANH SÁCH",
                "“Gia đình văn hóa” năm 2025", head);
        String certificate = pdfText("/recognition/decisions/" + decisionId + "/certificates/" + passed.get(0)
                + ".pdf", "recognition-certificate");
        assertThat(certificate).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIẤY CÔNG NHẬN", head,
                "“GIA ĐÌNH VĂN HÓA”", "Năm 2025");
    }

    @Test
    void todayIsTheClocksDate() throws Exception {
        clock.pin(LocalDate.of(2025, 6, 30));
        try {
            assertThat(rounds.listingDate(2025)).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(rounds.listingDate(2024)).isEqualTo(LocalDate.of(2024, 12, 1));
            assertThatThrownBy(() -> rounds.open(AREA, 2026, UnitScope.ALL)).isInstanceOf(RecognitionRefused.class)
                    .satisfies(e -> assertThat(text(e)).isEqualTo("Năm bình xét không hợp lệ."));
            // Signed on 5/12/2025, which is after "today" on the pinned clock.
            assertThat(decide("badinh", List.of("none"), "99/QĐ-UBND", 400)).contains("\"field\":\"signedOn\"",
                    "Ngày ký không được sau hôm nay.");
        } finally {
            clock.release();
        }
    }

    @Test
    void aResidentialAreaIsRecognisedByTheDistrictUntilJune2025() throws Exception {
        String body = mvc.perform(post("/api/v1/recognition/decisions").with(httpBasic("badinh", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titleKind": "CULTURAL_AREA", "year": 2024, "unit": "14812", "number": "9/QĐ-UBND",
                                 "date": "2024-12-20", "signer": "Lê Văn Bình", "subjectIds": ["14812-02"]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Chủ tịch UBND cấp huyện", "\"field\":\"unitCode\"");
        String missing = mvc.perform(post("/api/v1/recognition/decisions").with(httpBasic("badinh", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleKind\": \"CULTURAL_FAMILY\", \"year\": 2024, \"unit\": \"14812\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("ngày ký", "\"field\":\"signedOn\"");
        String english = mvc.perform(post("/api/v1/recognition/decisions?lang=en")
                        .with(httpBasic("badinh", "chungsuc")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleKind\": \"CULTURAL_FAMILY\", \"year\": 2024, \"unit\": \"14812\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(english).get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asString()).isEqualTo("signedOn");
            assertThat(e.get("message").asString()).isEqualTo("Please enter the date the decision was signed "
                    + "(dd/mm/yyyy).");
        });
        assertThat(json.readTree(missing).get("errors").get(0).get("message").asString())
                .isEqualTo("Vui lòng nhập ngày ký quyết định (dd/mm/yyyy).");
    }

    private String decide(String user, List<String> subjects, String number, int expected) throws Exception {
        return decide(user, subjects, number, expected, null);
    }

    private String decide(String user, List<String> subjects, String number, int expected, String lang)
            throws Exception {
        String body = json.writeValueAsString(Map.of("titleKind", "CULTURAL_FAMILY", "year", YEAR, "unit", "38-BS",
                "number", number, "date", "2025-12-05", "signer", "Nguyễn Thị Hường", "subjectIds", subjects));
        return mvc.perform(post("/api/v1/recognition/decisions" + (lang == null ? "" : "?lang=" + lang))
                        .with(httpBasic(user, "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdfText(String url, String png) throws Exception {
        byte[] pdf = mvc.perform(get(url).with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (png.contains("certificate")) {
                assertThat(doc.getNumberOfPages()).as("a certificate is one page").isEqualTo(1);
            }
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(image, "png", dir.resolve(png + ".png").toFile());
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
