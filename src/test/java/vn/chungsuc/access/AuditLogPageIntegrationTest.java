package vn.chungsuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The audit log names the fields of other modules' entries in the user's language (issue 13 item 16): a household
 * registered in the registry shows "Họ và tên", "Số CCCD" rather than {@code fullName}, {@code citizenId}, and
 * English with {@code ?lang=en}; every field name the entries hold has a label.
 */
@IntegrationTest
class AuditLogPageIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdCommands commands;

    private String auditPage(String query) throws Exception {
        return mvc.perform(get("/admin/audit?" + query).with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRegistryEntryShowsItsFieldsByTheirNamesInVietnameseAndInEnglish() throws Exception {
        commands.register(new Forms.NewHousehold("HR16-A1", "14812-07", "Số 3, phố Nguyễn Huệ", "01/05/2021",
                "Quách Văn Nhật", Sex.MALE.name(), "03/04/1971", SyntheticPeople.citizenId("038", Sex.MALE, 1971,
                        982_001), "Kinh", ""), UnitScope.ALL);

        String vi = auditPage("q=HR16-A1");
        assertThat(vi).contains("Đăng ký hộ HR16-A1", "Chủ hộ", "Họ và tên: Quách Văn Nhật", "Số CCCD: ",
                "Ngày sinh: 03/04/1971", "Dân tộc: Kinh", "Khu dân cư", "Ngày đăng ký")
                .doesNotContain("fullName:", "citizenId:", ">startedOn<", ">area<");
        String en = auditPage("q=HR16-A1&lang=en");
        assertThat(en).contains("Full name: Quách Văn Nhật", "CCCD number: ", "Date of birth: 03/04/1971",
                "Registered on").doesNotContain("Họ và tên:", "fullName:");
    }

    @Test
    void everyFieldNameInTheLogHasALabelInBothLanguages() throws Exception {
        // every key of the entries' values, nested objects and objects in lists included
        List<String> keys = jdbc.sql("""
                with recursive v(j) as (
                    select old_value from shared_audit_entry where old_value is not null
                    union all select new_value from shared_audit_entry where new_value is not null
                    union all
                    select x.value from v, lateral (
                        select e.value from jsonb_each(case when jsonb_typeof(v.j) = 'object' then v.j end) e
                        union all
                        select a.value from jsonb_array_elements(case when jsonb_typeof(v.j) = 'array' then v.j end) a
                    ) x where jsonb_typeof(x.value) in ('object', 'array'))
                select distinct k from v, jsonb_object_keys(case when jsonb_typeof(v.j) = 'object' then v.j end) k
                order by k""").query(String.class).list();
        assertThat(keys).as("the demo's entries (users, units, the programme)").contains("username", "fullName",
                "validFrom", "legalBases");
        for (String name : new String[] {"messages/access.properties", "messages/access_en.properties"}) {
            Properties labels = AuditFieldLabelsTest.bundle(name);
            assertThat(keys.stream().filter(k -> !labels.containsKey("access.audit.field." + k)).toList())
                    .as(name).isEmpty();
        }
    }
}
