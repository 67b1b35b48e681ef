package vn.chungsuc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.territory.TerritoryApi;

/**
 * Trainings: the demo's yearly trainings 2017–2020, counted per year and unit (the list and the statistic
 * contribution), seen within the user's units; recording one with typed attendees and a registry member (checked
 * by the registry's public API), refusals naming each fault; the Excel list. The training recorded here is held in
 * 2019 for the town, whose 2019 count moves by one.
 */
@IntegrationTest
class TrainingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RegistryApi registry;
    @Autowired TerritoryApi territory;
    @Autowired List<StatisticSource> sources;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> String body(B request, String user, int status)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "chungsuc"))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private StatisticSource trainings() {
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.code().equals("plan.trainings")))
                .findFirst().orElseThrow();
    }

    @Test
    void theYearlyTrainingsAreListedAndCountedPerYearAndUnitWithinTheUsersUnits() throws Exception {
        String all = body(get("/plan/trainings"), "mttq", 200);
        assertThat(all).contains("id=\"counts\"", "năm 2017", "năm 2020", "Hội trường Công an thị xã");
        String y2018 = body(get("/plan/trainings").param("year", "2018"), "mttq", 200);
        assertThat(y2018).contains("phường Ba Đình về cuộc vận động").doesNotContain("năm 2017");
        assertThat(body(get("/plan/trainings").param("q", "an ninh trat tu"), "mttq", 200))
                .contains("mô hình điểm về an ninh trật tự").doesNotContain("Tập huấn triển khai");
        // the indicators' link: the year of asOf
        assertThat(body(get("/plan/trainings").param("unit", "381").param("asOf", "2019-12-31"), "mttq", 200))
                .contains("năm 2019").doesNotContain("năm 2018");
        String own = body(get("/plan/trainings"), "badinh", 200);
        assertThat(own).contains("phường Ba Đình về cuộc vận động").doesNotContain("Hội trường UBND thị xã");
        long town = jdbc.sql("select id from plan_training where unit_code = '381' order by id limit 1")
                .query(Long.class).single();
        body(get("/plan/trainings/" + town), "badinh", 403);
        assertThat(trainings().countByUnit("plan.trainings", LocalDate.of(2018, 12, 31)))
                .containsEntry("381", 2L).containsEntry("14812", 1L);
        assertThat(trainings().countByUnit("plan.trainings", LocalDate.of(2018, 4, 30))).containsEntry("381", 1L);
        byte[] xlsx = mvc.perform(get("/plan/trainings.xlsx").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void aTrainingIsRecordedWithTypedAttendeesAndRegistryMembers() throws Exception {
        LocalDate on = LocalDate.of(2019, 9, 9);
        String area = territory.children("14812", on, UnitScope.ALL).get(0).code();
        HouseholdRef household = registry.households(List.of(area), on).get(0);
        String member = registry.members(household.code(), on).get(0).fullName();
        long before = trainings().countByUnit("plan.trainings", LocalDate.of(2019, 12, 31)).getOrDefault("381", 0L);

        String refused = body(multipart("/plan/trainings").param("title", "Tập huấn thử").param("heldOn", "2019-09-09")
                .param("place", "Hội trường").param("organiser", "381-KHONG").param("unit", "381")
                .param("attendees", household.code() + ": Người Không Có").with(csrf()), "mttq", 200);
        assertThat(refused).contains("id=\"errors\"", "Chọn cơ quan tổ chức", "Chọn ít nhất một đối tượng",
                "không có thành viên tên Người Không Có");
        assertThat(jdbc.sql("select count(*) from plan_training where title = 'Tập huấn thử'").query(Integer.class)
                .single()).isZero();

        mvc.perform(multipart("/plan/trainings").param("title", "Tập huấn Ban Công tác Mặt trận 2019")
                .param("heldOn", "2019-09-09").param("place", "Nhà văn hóa Khu phố 1").param("organiser", "381-MTTQ")
                .param("unit", "381").param("audiences", "AREA_HEADS").param("audiences", "FRONT_OFFICERS")
                .param("attendees", "Nguyễn Thị Hạnh – Trưởng ban CTMT\n" + household.code() + ": " + member)
                .with(csrf()).with(httpBasic("mttq", "chungsuc"))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from plan_training where title = 'Tập huấn Ban Công tác Mặt trận 2019'")
                .query(Long.class).single();
        String page = body(get("/plan/trainings/" + id), "mttq", 200);
        assertThat(page).contains("Nguyễn Thị Hạnh", "Trưởng ban CTMT", member, "theo sổ hộ " + household.code(),
                "2 người dự");
        assertThat(trainings().countByUnit("plan.trainings", LocalDate.of(2019, 12, 31)))
                .containsEntry("381", before + 1);
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.training' and "
                + "entity_id = :id").param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        // a commune officer records only for his commune
        body(multipart("/plan/trainings").param("title", "x").param("heldOn", "2019-09-09").param("place", "x")
                .param("organiser", "381-MTTQ").param("unit", "381").param("audiences", "AREA_HEADS").with(csrf()),
                "badinh", 403);
    }
}
