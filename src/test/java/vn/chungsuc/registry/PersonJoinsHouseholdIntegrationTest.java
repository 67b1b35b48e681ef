package vn.chungsuc.registry;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * "Vào hộ do" (issue 13 item 18): a person joins a household by birth, marriage, adoption or moving in, and a person
 * the register already holds moves from his household into another, found by name or CCCD among the households the
 * officer manages, with the history in both households and no second record of him. Bad input changes nothing and
 * says why in Vietnamese.
 */
@IntegrationTest
class PersonJoinsHouseholdIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdCommands commands;
    @Autowired Today today;

    static String cccd(Sex sex, int year, int serial) {
        return SyntheticPeople.citizenId("038", sex, year, serial);
    }

    private void household(String code, String area, String name, Sex sex, String birth, String id) {
        commands.register(new Forms.NewHousehold(code, area, "Số 9, phố Trần Phú", "01/03/2020", name, sex.name(),
                birth, id, "Kinh", ""), UnitScope.ALL);
    }

    private long member(String code, String name, Sex sex, String birth, String id, String relation) {
        return commands.addMember(code, new Forms.NewMember(name, sex.name(), birth, id, "Kinh", "", relation,
                "MOVED_IN", "01/04/2020"), UnitScope.ALL);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder transfer(String code, long personId, String on) {
        return post("/registry/households/" + code + "/transfer").with(csrf()).param("q", "")
                .param("personId", String.valueOf(personId)).param("joinedBy", "MARRIED")
                .param("relation", "CHILD_IN_LAW").param("on", on).param("note", "Kết hôn với anh Tân");
    }

    private String membershipsOf(long personId) {
        return jdbc.sql("""
                select string_agg(h.code || ':' || m.joined_by || ':' || coalesce(m.left_by, '-'), ',' order by m.id)
                from registry_membership m join registry_household h on h.id = m.household_id
                where m.person_id = :p""").param("p", personId).query(String.class).single();
    }

    private String eventsOf(String code) {
        return jdbc.sql("""
                select string_agg(e.kind || ':' || coalesce(o.code, '-') || ':' || coalesce(e.note, '-'), ','
                                  order by e.id)
                from registry_event e join registry_household h on h.id = e.household_id
                left join registry_household o on o.id = e.other_household_id where h.code = :c""")
                .param("c", code).query(String.class).single();
    }

    @Test
    void aWomanOfTheRegisterMarriesIntoAnotherHouseholdWithTheHistoryInBothAndNoSecondRecord() throws Exception {
        household("HR18-A1", "14812-05", "Trương Văn Tân", Sex.MALE, "01/02/1960", cccd(Sex.MALE, 1960, 981_001));
        household("HR18-B1", "14812-06", "Lò Văn Sơn", Sex.MALE, "01/02/1962", cccd(Sex.MALE, 1962, 981_002));
        String bride = cccd(Sex.FEMALE, 1998, 981_003);
        long her = member("HR18-B1", "Lò Thị Hoa", Sex.FEMALE, "05/06/1998", bride, "CHILD");

        // the member form offers marriage, adoption and a person already in the register
        String form = page(get("/registry/households/HR18-A1/member"));
        assertThat(form).contains("value=\"MARRIED\"", ">Kết hôn<", "value=\"ADOPTED\"", ">Nhận con nuôi<",
                "value=\"EXISTING\"", "Chuyển từ hộ khác trong sổ");
        // choosing "already in the register" leads to the search, with what was typed
        String to = mvc.perform(post("/registry/households/HR18-A1/member").with(csrf())
                        .with(httpBasic("badinh", "chungsuc")).param("joinedBy", "EXISTING")
                        .param("fullName", "lo thi hoa").param("citizenId", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).isEqualTo("/registry/households/HR18-A1/transfer?q=lo%20thi%20hoa");
        // searched by name without accents, and by CCCD
        assertThat(page(get("/registry/households/HR18-A1/transfer").param("q", "lo thi hoa")))
                .contains("Lò Thị Hoa", "HR18-B1", "value=\"" + her + "\"");
        assertThat(page(get("/registry/households/HR18-A1/transfer").param("q", bride)))
                .contains("Lò Thị Hoa", "HR18-B1");

        mvc.perform(transfer("HR18-A1", her, "12/10/2026").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from registry_person where citizen_id = :c").param("c", bride)
                .query(Long.class).single()).isOne();
        assertThat(membershipsOf(her)).isEqualTo("HR18-B1:MOVED_IN:MOVED,HR18-A1:MARRIED:-");
        assertThat(eventsOf("HR18-B1")).endsWith("LEFT:HR18-A1:Kết hôn với anh Tân");
        assertThat(eventsOf("HR18-A1")).endsWith("JOINED:HR18-B1:Kết hôn với anh Tân");
        assertThat(jdbc.sql("""
                select count(*) from shared_audit_entry where action = 'TRANSFER' and entity_type = 'registry.person'
                and entity_id = :id and old_value ->> 'household' = 'HR18-B1'
                and new_value ->> 'household' = 'HR18-A1'""").param("id", String.valueOf(her))
                .query(Long.class).single()).isOne();
        // both household pages tell it, the new one in the members with how she joined
        String a = page(get("/registry/households/HR18-A1"));
        assertThat(a).contains("Lò Thị Hoa", "Kết hôn", "hộ HR18-B1");
        assertThat(page(get("/registry/households/HR18-B1"))).contains("Chuyển sang hộ khác", "hộ HR18-A1");
    }

    @Test
    void aTransferWithABadDateOrAPersonOutsideTheOfficersCommuneChangesNothingAndSaysWhy() throws Exception {
        household("HR18-A2", "14812-05", "Trương Văn Tâm", Sex.MALE, "01/02/1961", cccd(Sex.MALE, 1961, 981_011));
        household("HR18-B2", "14812-06", "Lò Văn Sang", Sex.MALE, "01/02/1963", cccd(Sex.MALE, 1963, 981_012));
        long child = member("HR18-B2", "Lò Thị Nhung", Sex.FEMALE, "05/06/2019", cccd(Sex.FEMALE, 2019, 981_013),
                "CHILD");
        // a household of xã Quang Trung, outside phường Ba Đình's officer's scope
        household("HR18-Q2", "14824-02", "Lò Thị Nhàn", Sex.FEMALE, "01/02/1999", cccd(Sex.FEMALE, 1999, 981_014));
        long outsider = jdbc.sql("""
                select m.person_id from registry_membership m join registry_household h on h.id = m.household_id
                where h.code = 'HR18-Q2'""").query(Long.class).single();

        String future = Dates.show(today.date().plusDays(3));
        assertThat(page(transfer("HR18-A2", child, future))).contains("Ngày không thể sau hôm nay");
        assertThat(page(transfer("HR18-A2", child, "01/01/2019")))
                .contains("Ngày không thể trước ngày sinh (05/06/2019)");
        assertThat(page(transfer("HR18-A2", outsider, "12/10/2026")))
                .contains("Người này thuộc hộ nằm ngoài phạm vi quản lý của bạn");
        assertThat(page(post("/registry/households/HR18-A2/transfer").with(csrf()).param("q", "")
                        .param("personId", String.valueOf(child)).param("joinedBy", "ADOPTED")
                        .param("relation", "SPOUSE").param("on", "12/10/2026")))
                .contains("Vào hộ do nhận con nuôi: quan hệ với chủ hộ là Con hoặc Cháu");
        assertThat(membershipsOf(child)).isEqualTo("HR18-B2:MOVED_IN:-");
        assertThat(membershipsOf(outsider)).isEqualTo("HR18-Q2:FOUNDED:-");
        // the search never shows a person of another commune (a similar name of the ward may come instead)
        assertThat(page(get("/registry/households/HR18-A2/transfer").param("q", "lo thi nhan")))
                .doesNotContain("HR18-Q2", "Lò Thị Nhàn");
        assertThat(page(get("/registry/households/HR18-A2/transfer").param("q", cccd(Sex.FEMALE, 1999, 981_014))))
                .doesNotContain("HR18-Q2", "Lò Thị Nhàn").contains("Không tìm thấy ai khớp với");
    }

    @Test
    void aNewPersonJoinsByAdoptionOrMarriageWithARelationThatFits() throws Exception {
        household("HR18-A3", "14812-05", "Trương Văn Tư", Sex.MALE, "01/02/1970", cccd(Sex.MALE, 1970, 981_021));
        String refused = page(post("/registry/households/HR18-A3/member").with(csrf())
                .param("fullName", "Trương Thị Nuôi").param("sex", "FEMALE").param("birthDate", "01/01/2015")
                .param("citizenId", "").param("ethnicity", "Kinh").param("phone", "").param("relation", "SPOUSE")
                .param("joinedBy", "ADOPTED").param("on", "01/01/2014"));
        assertThat(refused).contains("Vào hộ do nhận con nuôi: quan hệ với chủ hộ là Con hoặc Cháu",
                "Ngày không thể trước ngày sinh (01/01/2015)");
        long adopted = commands.addMember("HR18-A3", new Forms.NewMember("Trương Thị Nuôi", "FEMALE", "01/01/2015",
                "", "Kinh", "", "CHILD", "ADOPTED", "01/06/2021"), UnitScope.ALL);
        long wife = commands.addMember("HR18-A3", new Forms.NewMember("Đinh Thị Vợ", "FEMALE", "01/01/1975", "",
                "Kinh", "", "SPOUSE", "MARRIED", "01/06/2021"), UnitScope.ALL);
        assertThat(membershipsOf(adopted)).isEqualTo("HR18-A3:ADOPTED:-");
        assertThat(membershipsOf(wife)).isEqualTo("HR18-A3:MARRIED:-");
        assertThat(List.of(page(get("/registry/households/HR18-A3")))).singleElement().asString()
                .contains("Nhận con nuôi", "Kết hôn");
    }
}
