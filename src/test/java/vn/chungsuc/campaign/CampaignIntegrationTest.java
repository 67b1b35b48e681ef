package vn.chungsuc.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/** The seed's programme as recorded in the demo, other programmes beside it, and who may edit them. */
@IntegrationTest
class CampaignIntegrationTest {

    static final String SEED_NUMBER = "1995/CTrPH-UBND-UB.MTTQ";

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;
    @Autowired JdbcClient jdbc;

    private ProgrammeView seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals(SEED_NUMBER)).findFirst().orElseThrow();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoHoldsTheSeedProgrammeAsItsDocumentStatesIt() {
        ProgrammeView p = seed();
        assertThat(p.kind()).isEqualTo("Chương trình phối hợp");
        assertThat(p.issuedOn()).hasToString("2017-10-09");
        assertThat(p.place()).isEqualTo("Bỉm Sơn");
        assertThat(p.unitCode()).isEqualTo("381");
        assertThat(p.period()).isEqualTo("2017–2020");
        assertThat(p.issuingBodies()).extracting(ProgrammeView.IssuingBody::name)
                .containsExactly("Ủy ban nhân dân thị xã Bỉm Sơn", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Bỉm Sơn");
        assertThat(p.legalBases()).hasSize(5).first().asString().startsWith("Căn cứ Chỉ thị số 17 - CT/TU");
        assertThat(p.contents()).hasSize(5).extracting(ProgrammeView.Content::title)
                .contains("Đoàn kết chấp hành pháp luật, bảo đảm trật tự an toàn xã hội");
        List<TargetView> targets = campaign.targets(p.id());
        assertThat(targets).hasSize(17);
        assertThat(targets.stream().filter(t -> t.group() == TargetGroup.NEW_RURAL)).hasSize(5);
        assertThat(targets).allSatisfy(t -> assertThat(t.deadlineYear()).isEqualTo(2020));
    }

    @Test
    void eachTargetKnowsWhatItCountsOverWhichPopulationAndHowItsGoalIsWritten() {
        List<TargetView> targets = campaign.targets(seed().id());
        TargetView quarters = targets.stream().filter(t -> t.code().equals("DTVM-3")).findFirst().orElseThrow();
        assertThat(quarters.subject()).isEqualTo(Subject.RESIDENTIAL_AREA);
        assertThat(quarters.population()).isEqualTo(Population.URBAN);
        assertThat(quarters.goal()).isEqualTo(Goal.count(47, 48));
        TargetView poor = targets.stream().filter(t -> t.code().equals("NTM-3")).findFirst().orElseThrow();
        assertThat(poor.goal().kind()).isEqualTo(GoalKind.CEILING);
        TargetView families = targets.stream().filter(t -> t.code().equals("DTVM-2")).findFirst().orElseThrow();
        assertThat(families.goal().strict()).isTrue();
        TargetView citizens = targets.stream().filter(t -> t.code().equals("DTVM-5")).findFirst().orElseThrow();
        assertThat(citizens.population()).isEqualTo(Population.WHOLE);
        assertThat(citizens.legalBasis()).contains("488/2014/QĐ-UBND");
    }

    @Test
    void theApiListsTheProgrammesWithTheirPeriod() throws Exception {
        String json = page("/api/v1/programmes", "vhtt");
        assertThat(json).contains("\"number\":\"1995/CTrPH-UBND-UB.MTTQ\"", "\"period\":{\"from\":2017,\"to\":2020}",
                "\"title\":\"Giữa UBND và UB. MTTQ thị xã");
    }

    @Test
    void theProgrammePageShowsTheDocumentItsContentsAndTargets() throws Exception {
        String html = page("/programmes/" + seed().id(), "badinh");
        assertThat(html).contains("Số: 1995/CTrPH-UBND-UB.MTTQ", "Bỉm Sơn, ngày 09/10/2017",
                "Căn cứ quy chế phối hợp giữa UBND thị xã và Ủy ban MTTQ Thị xã.",
                "47/48 khu phố được công nhận khu phố văn hóa", "Về xây dựng đô thị văn minh")
                .doesNotContain("Sửa chương trình");
    }

    @Test
    void aFrontOfficerRecordsTheNextProgrammeBesideTheFirst() throws Exception {
        mvc.perform(post("/programmes").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("number", "TEST/2021-2025").param("kind", "Kế hoạch phối hợp")
                        .param("title", "Thực hiện cuộc vận động giai đoạn 2021 - 2025").param("issuedOn", "2021-03-15")
                        .param("place", "Bỉm Sơn").param("unitCode", "381").param("periodFrom", "2021")
                        .param("periodTo", "2025").param("issuingBodies", "Ủy ban nhân dân thị xã Bỉm Sơn | Người ký")
                        .param("legalBases", "Căn cứ A\nCăn cứ B").param("contents", "Nội dung 1\nNội dung 2"))
                .andExpect(status().is3xxRedirection());
        ProgrammeView next = campaign.programmes().stream().filter(p -> p.number().equals("TEST/2021-2025"))
                .findFirst().orElseThrow();
        assertThat(next.period()).isEqualTo("2021–2025");
        assertThat(next.issuingBodies()).singleElement().satisfies(b -> assertThat(b.signatory()).isEqualTo("Người ký"));
        assertThat(campaign.programmes()).extracting(ProgrammeView::number).contains(SEED_NUMBER, "TEST/2021-2025");

        mvc.perform(post("/programmes/" + next.id() + "/targets").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("code", "T-1").param("group", "GENERAL").param("label", "Trên 85% hộ gia đình văn hóa")
                        .param("shortLabel", "Gia đình văn hóa").param("subject", "HOUSEHOLD")
                        .param("population", "WHOLE").param("kind", "SHARE").param("value", "85")
                        .param("strict", "true").param("deadlineYear", "2025").param("indicatorCode", "cultural-families"))
                .andExpect(status().is3xxRedirection());
        assertThat(campaign.targets(next.id())).singleElement()
                .satisfies(t -> assertThat(t.goal()).isEqualTo(Goal.share("85", true)));
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type like 'campaign.%' and actor = 'mttq'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEditWithADateOutOfRangeOrUnreadableComesBackAsTheFormNotAServerError() throws Exception {
        long id = campaign.programmes().stream().filter(p -> p.number().equals(SEED_NUMBER)).findFirst()
                .orElseThrow().id();
        String before = jdbc.sql("select issued_on::text from campaign_programme where id = ?").param(id)
                .query(String.class).single();
        for (String bad : new String[] {"9999-12-31", "-infinity"}) {
            int status = mvc.perform(post("/programmes/" + id).with(httpBasic("mttq", "chungsuc")).with(csrf())
                    .param("issuedOn", bad)).andReturn().getResponse().getStatus();
            assertThat(status).as(bad).isIn(200, 400);
        }
        assertThat(jdbc.sql("select issued_on::text from campaign_programme where id = ?").param(id)
                .query(String.class).single()).isEqualTo(before);
    }

    @Test
    void aBadFormComesBackWithVietnameseMessagesAndWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/programmes").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("number", "").param("kind", "Chương trình phối hợp").param("title", "Giu lai tieu de nay")
                        .param("issuedOn", "2021-01-01").param("place", "Bỉm Sơn").param("unitCode", "381")
                        .param("periodFrom", "2025").param("periodTo", "2021x").param("issuingBodies", "UBND"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Vui lòng nhập số văn bản.", "Năm phải là một số từ 1990 đến 2100.",
                "Giu lai tieu de nay");
    }

    @Test
    void aWardOfficerMayReadButNotEditTheTownsProgramme() throws Exception {
        mvc.perform(get("/programmes/" + seed().id() + "/edit").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/new").with(httpBasic("vhtt", "chungsuc"))).andExpect(status().isForbidden());
    }

    @Test
    void theAllocationScreenWarnsWhenTheAllocationsDoNotAddUp() throws Exception {
        long id = seed().id();
        TargetView agencies = campaign.targets(id).stream().filter(t -> t.code().equals("DTVM-4")).findFirst()
                .orElseThrow();
        String html = page("/programmes/" + id + "/targets/" + agencies.id() + "/allocation", "mttq");
        assertThat(html).contains("Phân bổ chưa khớp với mục tiêu", "Tổng số giao 80 thấp hơn mục tiêu 85.");
        TargetView wards = campaign.targets(id).stream().filter(t -> t.code().equals("DTVM-7")).findFirst()
                .orElseThrow();
        assertThat(page("/programmes/" + id + "/targets/" + wards.id() + "/allocation", "mttq"))
                .contains("Phân bổ khớp với mục tiêu.");
    }
}
