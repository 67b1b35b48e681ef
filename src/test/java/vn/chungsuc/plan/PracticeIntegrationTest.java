package vn.chungsuc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;

/**
 * Pilot residential areas (one per commune, its checks and verdict) and good practices (searched without
 * diacritics, photos typed by content and stripped of EXIF, marked for replication by the Front, replications
 * linking back), each read checked against the user's units.
 */
@IntegrationTest
class PracticeIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired vn.chungsuc.territory.TerritoryApi territory;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> String body(B request, String user, int status)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "chungsuc"))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long pilotOf(String commune) {
        return jdbc.sql("select id from plan_pilot where commune_code = :c").param("c", commune).query(Long.class)
                .single();
    }

    private long practice(String title) {
        return jdbc.sql("select id from plan_practice where title = :t order by id limit 1").param("t", title)
                .query(Long.class).single();
    }

    @Test
    void eachCommuneChoosesOnePilotWithChecksAndAVerdictWithinItsUnits() throws Exception {
        String all = body(get("/plan/pilots"), "mttq", 200);
        assertThat(all).contains("commune-14812", "commune-14824", "commune-14823");
        String phuSon = all.substring(all.indexOf("commune-14823"));
        assertThat(phuSon.substring(0, phuSon.indexOf("</li>"))).contains("Chưa chọn khu dân cư điểm");
        String own = body(get("/plan/pilots"), "badinh", 200);
        assertThat(own).contains("commune-14812").doesNotContain("commune-14824");
        body(get("/plan/pilots/" + pilotOf("14824")), "badinh", 403);
        // a commune outside the officer's units is not among his choices
        body(get("/plan/pilots/new").param("commune", "14823"), "badinh", 404);

        long baDinh = pilotOf("14812");
        String page = body(get("/plan/pilots/" + baDinh), "badinh", 200);
        assertThat(page).contains("Đoàn kiểm tra UBMTTQ thị xã", "Chưa kết luận", "id=\"check-form\"");
        int checks = jdbc.sql("select count(*) from plan_pilot_check where pilot_id = :p").param("p", baDinh)
                .query(Integer.class).single();
        mvc.perform(post("/plan/pilots/" + baDinh + "/checks").param("checkedOn", "2031-01-01")
                .param("checkedBy", "").param("findings", "").with(csrf()).with(httpBasic("badinh", "chungsuc")))
                .andExpect(r -> assertThat(r.getFlashMap().get("errors").toString()).contains("giai đoạn",
                        "Ghi đoàn", "Ghi kết quả"));
        body(post("/plan/pilots/" + baDinh + "/checks").param("checkedOn", "2019-05-20")
                .param("checkedBy", "UBND phường Ba Đình").param("findings", "Hoàn thành tuyến đèn chiếu sáng")
                .with(csrf()), "badinh", 302);
        assertThat(jdbc.sql("select count(*) from plan_pilot_check where pilot_id = :p").param("p", baDinh)
                .query(Integer.class).single()).isEqualTo(checks + 1);
        body(post("/plan/pilots/" + pilotOf("14824") + "/checks").param("checkedOn", "2019-05-20")
                .param("checkedBy", "x").param("findings", "y").with(csrf()), "badinh", 403);
        assertThat(body(get("/plan/pilots/" + baDinh), "mttq", 200)).contains("Hoàn thành tuyến đèn chiếu sáng");

        // the Front chooses Phú Sơn's pilot; a second choice for the same commune is refused
        String area = territory.children("14823", java.time.LocalDate.of(2017, 7, 1),
                vn.chungsuc.shared.scope.UnitScope.ALL).get(0).code();
        body(post("/plan/pilots").param("programme", programme()).param("commune", "14823").param("area", area)
                .param("chosenOn", "2017-07-01").param("plan", "Kế hoạch điểm").with(csrf()), "mttq", 302);
        assertThat(body(post("/plan/pilots").param("programme", programme()).param("commune", "14823")
                .param("area", area).param("chosenOn", "2017-07-01").with(csrf()), "mttq", 200))
                .contains("đã chọn khu dân cư điểm");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.pilot'")
                .query(Integer.class).single()).isPositive();
    }

    private String programme() {
        return String.valueOf(jdbc.sql("select programme_id from plan_pilot limit 1").query(Long.class).single());
    }

    @Test
    void goodPracticesAreFoundWithoutDiacriticsAndRepliedByTheirReplications() throws Exception {
        String found = body(get("/plan/practices").param("q", "to tu quan"), "mttq", 200);
        assertThat(found).contains("Tổ tự quản vệ sinh môi trường khu dân cư", "Nhân rộng từ:");
        assertThat(body(get("/plan/practices").param("q", "khuyen hoc"), "mttq", 200)).contains("Quỹ khuyến học")
                .doesNotContain("Tổ tự quản");
        assertThat(body(get("/plan/practices").param("q", "khong co gi"), "mttq", 200)).contains("id=\"empty\"");
        // Quang Trung sees its own practice, not Ba Đình's
        String qt = body(get("/plan/practices"), "quangtrung", 200);
        assertThat(qt).contains("Đường điện thắp sáng đường quê").doesNotContain("Quỹ khuyến học");
        long source = practice("Tổ tự quản vệ sinh môi trường khu dân cư");
        body(get("/plan/practices/" + source), "quangtrung", 403);
        assertThat(body(get("/plan/practices/" + source), "mttq", 200)).contains("id=\"replications\"",
                "Được chọn nhân rộng", "Lam Sơn");
        // the replication in Lam Sơn is outside Ba Đình's officer's units: not named to him
        assertThat(body(get("/plan/practices/" + source), "badinh", 200)).doesNotContain("Lam Sơn");

        // a photo with EXIF is kept without it; a file that is not a photo by content is refused
        byte[] jpeg = jpegWithExif();
        String bad = body(multipart("/plan/practices").file(new MockMultipartFile("photos", "anh.jpg", "image/jpeg",
                "not a photo".getBytes(StandardCharsets.UTF_8))).param("title", "Mô hình thử")
                .param("unit", "14812").param("startedOn", "2019-04-01").with(csrf()), "badinh", 200);
        assertThat(bad).contains("anh.jpg", "không phải ảnh PNG hoặc JPEG");
        mvc.perform(multipart("/plan/practices").file(new MockMultipartFile("photos", "kp1.jpg", "image/jpeg", jpeg))
                .param("title", "Câu lạc bộ dưỡng sinh người cao tuổi").param("unit", "14812")
                .param("contentArea", "2").param("startedOn", "2019-04-01").with(csrf())
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().is3xxRedirection());
        long club = practice("Câu lạc bộ dưỡng sinh người cao tuổi");
        byte[] kept = jdbc.sql("select content from plan_practice_file where practice_id = :p").param("p", club)
                .query(byte[].class).single();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS");
        assertThat(kept.length).isLessThan(jpeg.length);
        assertThat(body(get("/plan/practices").param("q", "duong sinh"), "badinh", 200)).contains("Câu lạc bộ dưỡng");

        // only the Front marks for replication; the replication names its source, which lists it
        body(post("/plan/practices/" + club + "/replicate").with(csrf()), "badinh", 403);
        body(post("/plan/practices/" + club + "/replicate").param("mark", "true").with(csrf()), "mttq", 302);
        mvc.perform(multipart("/plan/practices").param("title", "Câu lạc bộ dưỡng sinh Khu phố 4")
                .param("unit", "14812").param("replicates", String.valueOf(club)).param("startedOn", "2020-02-01")
                .with(csrf()).with(httpBasic("badinh", "chungsuc"))).andExpect(status().is3xxRedirection());
        long copy = practice("Câu lạc bộ dưỡng sinh Khu phố 4");
        assertThat(body(get("/plan/practices/" + copy), "mttq", 200)).contains("id=\"replicates-link\"",
                "Câu lạc bộ dưỡng sinh người cao tuổi");
        assertThat(body(get("/plan/practices/" + club), "mttq", 200)).contains("Câu lạc bộ dưỡng sinh Khu phố 4");
        long source2 = practice("Quỹ khuyến học dòng họ");
        assertThat(body(multipart("/plan/practices").param("title", "Bản sao").param("unit", "14812")
                .param("replicates", String.valueOf(source2)).param("startedOn", "2020-02-01").with(csrf()),
                "mttq", 200)).contains("chưa được chọn để nhân rộng");

        byte[] xlsx = mvc.perform(get("/plan/practices.xlsx").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    /** A tiny JPEG: SOI, an APP1 Exif segment with a GPS tag name, a comment, then SOS and EOI. */
    private static byte[] jpegWithExif() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        byte[] exif = "Exif\0\0GPS 20.08N 105.86E camera".getBytes(StandardCharsets.ISO_8859_1);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        out.write(exif);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2, 1, 2, 3, 4, (byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }
}
