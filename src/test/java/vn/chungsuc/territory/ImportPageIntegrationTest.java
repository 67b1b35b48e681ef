package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.IntegrationTest;

/**
 * The administrator's import page: the date is asked for, the file is checked first, and only a confirmation of
 * what was checked writes. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class ImportPageIntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theFormDoesNotOfferTodayAsTheCataloguesDate() throws Exception {
        String form = html(mvc.perform(get("/admin/units/import").with(httpBasic("admin", "chungsuc"))).andReturn());
        Matcher input = Pattern.compile("<input[^>]*id=\"validFrom\"[^>]*>").matcher(form);
        assertThat(input.find()).isTrue();
        assertThat(input.group()).contains("required").doesNotContainPattern("value=\"\\d");
    }

    @Test
    void aFileWithoutItsDateIsNotImported() throws Exception {
        long before = imports();
        String page = html(mvc.perform(multipart("/admin/units/import").file(file("tinh_tp"))
                .with(httpBasic("admin", "chungsuc")).with(csrf())).andReturn());

        assertThat(page).contains("Hãy nhập ngày danh mục có hiệu lực").doesNotContain("name=\"token\"");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void theCheckWritesNothingAndTheConfirmationWritesWhatWasChecked() throws Exception {
        long before = imports();
        MockHttpSession session = new MockHttpSession();
        String checked = html(mvc.perform(multipart("/admin/units/import").file(file("quan_huyen"))
                .param("validFrom", "2026-01-01").session(session)
                .with(httpBasic("admin", "chungsuc")).with(csrf())).andReturn());

        assertThat(checked).contains("chưa ghi gì", "Thị xã Bỉm Sơn (381) đã kết thúc do giải thể ngày 01/07/2025",
                "data-confirm=\"Ghi danh mục quan_huyen.json.gz vào hệ thống với ngày hiệu lực 01/01/2026?");
        assertThat(imports()).isEqualTo(before);
        Matcher token = TOKEN.matcher(checked);
        assertThat(token.find()).isTrue();

        String done = html(mvc.perform(post("/admin/units/import/confirm").param("token", token.group(1))
                .session(session).with(httpBasic("admin", "chungsuc")).with(csrf())).andReturn());
        assertThat(done).contains("Đã nhập tệp quan_huyen.json.gz", "hiệu lực từ 01/01/2026")
                .doesNotContain("name=\"token\"");
        assertThat(imports()).isEqualTo(before + 1);

        // The same confirmation twice writes once.
        String again = html(mvc.perform(post("/admin/units/import/confirm").param("token", token.group(1))
                .session(session).with(httpBasic("admin", "chungsuc")).with(csrf())).andReturn());
        assertThat(again).contains("Không còn tệp đã kiểm tra để ghi");
        assertThat(imports()).isEqualTo(before + 1);
    }

    private long imports() {
        return jdbc.sql("select count(*) from territory_catalogue_import").query(Long.class).single();
    }

    private static MockMultipartFile file(String name) throws Exception {
        return new MockMultipartFile("file", name + ".json.gz", "application/gzip",
                new ClassPathResource("demo/territory/" + name + ".json.gz").getContentAsByteArray());
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
