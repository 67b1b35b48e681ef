package vn.chungsuc.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;

/**
 * A client that knows only the GeoReport v2 text, over HTTP on the application's port: it reads the discovery, the
 * services and a definition, posts requests in XML and in JSON with its api_key, finds them by token and by id, and
 * sees one closed with the officer's answer after the ward answers it. Refusals come as {@code errors} with 400, 403,
 * 404 and 429 and store nothing; keys are issued and revoked by the administrator only; no answer carries the
 * reporter's name, phone or e-mail.
 */
@IntegrationTest
class Open311IntegrationTest {

    private static final AtomicInteger PHONES = new AtomicInteger(100);

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TerritoryApi territory;
    @Autowired MockMvc mvc;
    @Autowired ApiKeys keys;

    private RestClient http;
    /** Every answer of /open311/v2 this test read, for the privacy scan. */
    private final List<String> answers = new ArrayList<>();

    record Answer(int status, String body, MediaType type) {
    }

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
        keys.reset();
    }

    private Answer call(HttpMethod method, String path, MultiValueMap<String, String> form, String basic) {
        // the path as written, already encoded (a "%2B" stays a "+" for the server, as a client sends it)
        RestClient.RequestBodySpec spec = http.method(method).uri(java.net.URI.create("http://localhost:" + port + path));
        if (basic != null) {
            spec.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    basic.getBytes(StandardCharsets.UTF_8)));
        }
        if (form != null) {
            spec.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
        }
        Answer a = spec.exchange((req, res) -> new Answer(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8), res.getHeaders().getContentType()));
        if (path.startsWith("/open311/")) {
            answers.add(a.body());
        }
        return a;
    }

    private Answer get(String path) {
        return call(HttpMethod.GET, path, null, null);
    }

    private Answer postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return call(HttpMethod.POST, path, form, null);
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private String issueKey(String name, Integer perMinute) {
        String body = perMinute == null ? "{\"name\":\"" + name + "\"}"
                : "{\"name\":\"" + name + "\",\"perMinute\":" + perMinute + "}";
        Answer a = http.post().uri("/api/v1/open311/keys").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:chungsuc".getBytes()))
                .body(body).exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8), null));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return json.readTree(a.body()).get("key").asString();
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String first(Document d, String tag) {
        NodeList n = d.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private String area() {
        return territory.children("38-BS", LocalDate.now(), UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).findFirst().orElseThrow().code();
    }

    private static String phone() {
        return "09876" + String.format("%05d", PHONES.getAndIncrement());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aGeoReportClientListsPostsLooksUpAndSeesItClosedWithTheAnswer() throws Exception {
        String key = issueKey("Ứng dụng Phố Sạch", null);

        Document discovery = xml(get("/open311/v2/discovery.xml").body());
        assertThat(first(discovery, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(first(discovery, "url")).endsWith("/open311/v2");

        Answer servicesXml = get("/open311/v2/services.xml");
        assertThat(servicesXml.status()).isEqualTo(200);
        assertThat(servicesXml.type().toString()).startsWith("text/xml").contains("UTF-8");
        Document services = xml(servicesXml.body());
        List<String> codes = new ArrayList<>();
        NodeList list = services.getElementsByTagName("service_code");
        for (int i = 0; i < list.getLength(); i++) {
            codes.add(list.item(i).getTextContent());
        }
        assertThat(codes).contains("CHIEU_SANG", "RAC_THAI").doesNotContain("KHIEU_NAI", "TO_CAO");
        assertThat(services.getDocumentElement().getNodeName()).isEqualTo("services");
        JsonNode servicesJson = json.readTree(get("/open311/v2/services.json").body());
        assertThat(servicesJson.isArray()).isTrue();
        assertThat(servicesJson.get(0).get("metadata").asBoolean()).isTrue();
        assertThat(servicesJson.get(0).get("type").asString()).isEqualTo("realtime");

        Document definition = xml(get("/open311/v2/services/CHIEU_SANG.xml").body());
        Element place = (Element) definition.getElementsByTagName("attribute").item(0);
        assertThat(place.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("place");
        assertThat(place.getElementsByTagName("datatype").item(0).getTextContent()).isEqualTo("singlevaluelist");
        assertThat(place.getElementsByTagName("required").item(0).getTextContent()).isEqualTo("true");
        List<String> placeKeys = new ArrayList<>();
        NodeList values = place.getElementsByTagName("key");
        for (int i = 0; i < values.getLength(); i++) {
            placeKeys.add(values.item(i).getTextContent());
        }
        String area = area();
        assertThat(placeKeys).contains(area, "38-BS");
        JsonNode definitionJson = json.readTree(get("/open311/v2/services/CHIEU_SANG.json").body());
        assertThat(definitionJson.get("attributes").get(1).get("code").asString()).isEqualTo("anonymous");

        // POST in XML, as a named reporter
        String phone = phone();
        Answer posted = postForm("/open311/v2/requests.xml", fields("api_key", key, "service_code", "CHIEU_SANG",
                "lat", "20.0812", "long", "105.8601", "attribute[place]", area, "jurisdiction_id", "bimson",
                "description", "Hai cột đèn trước nhà văn hóa khu phố tắt cả tuần nay.", "first_name", "Văn Ẩn",
                "last_name", "Trần", "phone", phone, "email", "an.tran.kiemthu@example.org"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        Document receipt = xml(posted.body());
        assertThat(receipt.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        String id = first(receipt, "service_request_id");
        String token = first(receipt, "token");
        assertThat(id).matches("PA\\d{4}-\\d{6}");
        assertThat(token).hasSize(24);
        assertThat(first(receipt, "service_notice")).contains(id);

        // POST in JSON, anonymous, located by an address only
        Answer postedJson = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code",
                "RAC_THAI", "address_string", "Ngõ 5 đường Trần Phú", "attribute[place]", area,
                "attribute[anonymous]", "true", "description", "Rác đổ trộm ở đầu ngõ đã ba ngày chưa được thu gom."));
        assertThat(postedJson.status()).as(postedJson.body()).isEqualTo(201);
        assertThat(postedJson.type().toString()).startsWith("application/json");
        JsonNode jsonReceipt = json.readTree(postedJson.body()).get(0);
        String id2 = jsonReceipt.get("service_request_id").asString();
        String token2 = jsonReceipt.get("token").asString();

        // by token, then by id
        assertThat(first(xml(get("/open311/v2/tokens/" + token + ".xml").body()), "service_request_id"))
                .isEqualTo(id);
        assertThat(json.readTree(get("/open311/v2/tokens/" + token2 + ".json").body()).get(0)
                .get("service_request_id").asString()).isEqualTo(id2);
        Document request = xml(get("/open311/v2/requests/" + id + ".xml").body());
        assertThat(first(request, "status")).isEqualTo("open");
        assertThat(first(request, "status_notes")).isEqualTo("Đã chuyển cơ quan xử lý");
        assertThat(first(request, "service_code")).isEqualTo("CHIEU_SANG");
        assertThat(first(request, "agency_responsible")).isNotBlank();
        assertThat(first(request, "lat")).isEqualTo("20.081200");
        assertThat(first(request, "address_id")).isEqualTo(area);
        String requested = first(request, "requested_datetime");
        String expected = first(request, "expected_datetime");
        assertThat(requested).endsWith("+07:00");
        assertThat(expected).endsWith("T23:59:59+07:00");
        LocalDate due = jdbc.sql("select current_due_on from feedback_report where public_no = :n").param("n", id)
                .query(LocalDate.class).single();
        assertThat(OffsetDateTime.parse(expected).toLocalDate()).isEqualTo(due);
        assertThat(OffsetDateTime.parse(expected)).isAfter(OffsetDateTime.parse(requested));

        // the ward's officer answers it through his own page
        long reportId = jdbc.sql("select id from feedback_report where public_no = :n").param("n", id)
                .query(Long.class).single();
        mvc.perform(post("/feedback/" + reportId + "/handle").with(httpBasic("badinh", "chungsuc")).with(csrf())
                .param("action", "answer").param("text", "Đã thay hai bóng đèn ngày 03/12."))
                .andExpect(status().is3xxRedirection());

        JsonNode closed = json.readTree(get("/open311/v2/requests/" + id + ".json").body()).get(0);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("status_notes").asString()).isEqualTo("Đã trả lời. Đã thay hai bóng đèn ngày 03/12.");

        // the list: ids override the rest; status filters; updates carry the detailed states
        JsonNode both = json.readTree(get("/open311/v2/requests.json?service_request_id=" + id + "," + id2).body());
        assertThat(both.size()).isEqualTo(2);
        JsonNode closedOnes = json.readTree(get("/open311/v2/requests.json?status=closed&service_code=CHIEU_SANG")
                .body());
        assertThat(closedOnes.findValuesAsString("service_request_id")).contains(id).doesNotContain(id2);
        JsonNode openOnes = json.readTree(get("/open311/v2/requests.json?status=open").body());
        assertThat(openOnes.findValuesAsString("service_request_id")).contains(id2).doesNotContain(id);
        assertThat(openOnes.size()).isLessThanOrEqualTo(1000);
        Document updates = xml(get("/open311/v2/servicerequestupdates.xml").body());
        List<String> states = new ArrayList<>();
        NodeList ups = updates.getElementsByTagName("request_update");
        for (int i = 0; i < ups.getLength(); i++) {
            Element u = (Element) ups.item(i);
            if (id.equals(u.getElementsByTagName("service_request_id").item(0).getTextContent())) {
                states.add(u.getElementsByTagName("status").item(0).getTextContent());
            }
        }
        assertThat(states).containsExactly("open", "action_scheduled", "closed");
    }

    /**
     * The list's answer is kept briefly, but never past a change: a request posted, then answered by the ward's
     * officer, shows in the very next list (the same query, at once), open then closed.
     */
    @Test
    void theListKeptBrieflyShowsAPostAndAnAnswerAtOnce() throws Exception {
        String key = issueKey("Ứng dụng đọc danh sách", null);
        String before = get("/open311/v2/requests.json").body();
        assertThat(get("/open311/v2/requests.json").body()).isEqualTo(before);
        Answer posted = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code", "CHIEU_SANG",
                "address_string", "Trước cổng chợ", "attribute[place]", area(), "attribute[anonymous]", "true",
                "description", "Đèn đường trước cổng chợ tắt từ tối qua."));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = json.readTree(posted.body()).get(0).get("service_request_id").asString();
        JsonNode after = json.readTree(get("/open311/v2/requests.json").body());
        assertThat(after.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(after.get(0).get("status").asString()).isEqualTo("open");
        long reportId = jdbc.sql("select id from feedback_report where public_no = :n").param("n", id)
                .query(Long.class).single();
        mvc.perform(post("/feedback/" + reportId + "/handle").with(httpBasic("badinh", "chungsuc")).with(csrf())
                .param("action", "answer").param("text", "Đã sửa đèn.")).andExpect(status().is3xxRedirection());
        JsonNode answered = json.readTree(get("/open311/v2/requests.json").body());
        assertThat(answered.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(answered.get(0).get("status").asString()).isEqualTo("closed");
        assertThat(answered.get(0).get("status_notes").asString()).contains("Đã sửa đèn.");
    }

    @Test
    void refusalsComeAsGeoReportErrorsAndStoreNothing() throws Exception {
        String key = issueKey("Ứng dụng thử lỗi", 3);
        String area = area();
        long reports = count("feedback_report");
        long tokens = count("feedback_open311_token");

        Answer noKey = postForm("/open311/v2/requests.xml", fields("service_code", "CHIEU_SANG",
                "attribute[place]", area, "address_string", "x", "description", "Đèn hỏng đã lâu chưa sửa."));
        assertThat(noKey.status()).isEqualTo(403);
        Document errors = xml(noKey.body());
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(first(errors, "code")).isEqualTo("403");
        assertThat(first(errors, "description")).contains("api_key");
        assertThat(postForm("/open311/v2/requests.json", fields("api_key", "cs311_wrong", "service_code",
                "CHIEU_SANG")).status()).isEqualTo(403);

        Answer tooShort = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code", "CHIEU_SANG",
                "attribute[place]", area, "address_string", "Đường Trần Phú", "description", "Đèn"));
        assertThat(tooShort.status()).isEqualTo(400);
        JsonNode e = json.readTree(tooShort.body()).get(0);
        assertThat(e.get("code").asInt()).isEqualTo(400);
        assertThat(e.get("description").asString()).contains("Nội dung phản ánh cần từ 10 đến 4.000 ký tự");
        Answer noPlace = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code",
                "CHIEU_SANG", "description", "Đèn hỏng đã lâu chưa sửa."));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(json.readTree(noPlace.body()).get(0).get("description").asString()).contains("lat và long");
        Answer complaint = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code",
                "KHIEU_NAI", "attribute[place]", area, "address_id", area,
                "description", "Tôi khiếu nại quyết định xử phạt."));
        assertThat(complaint.status()).isEqualTo(400);
        assertThat(complaint.body()).contains("Luật Khiếu nại 2011");
        // the key's limit is 3 a minute: the fourth post is refused with 429 whatever it holds
        Answer flood = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code", "CHIEU_SANG"));
        assertThat(flood.status()).isEqualTo(429);
        assertThat(json.readTree(flood.body()).get(0).get("code").asInt()).isEqualTo(429);
        assertThat(count("feedback_report")).isEqualTo(reports);
        assertThat(count("feedback_open311_token")).isEqualTo(tokens);

        assertThat(get("/open311/v2/requests/PA1999-000000.json").status()).isEqualTo(404);
        Answer unknownService = get("/open311/v2/services/NOPE.xml");
        assertThat(unknownService.status()).isEqualTo(404);
        assertThat(first(xml(unknownService.body()), "code")).isEqualTo("404");
        assertThat(get("/open311/v2/tokens/nosuchtoken.json").status()).isEqualTo(404);
        assertThat(get("/open311/v2/services.html").status()).isEqualTo(404);
        Answer span = get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00%2B07:00&end_date="
                + "2026-06-01T00:00:00%2B07:00");
        assertThat(span.status()).isEqualTo(400);
        assertThat(json.readTree(span.body()).get(0).get("description").asString()).contains("90 ngày");
        assertThat(get("/open311/v2/requests.json?start_date=hom-qua").status()).isEqualTo(400);
        assertThat(get("/open311/v2/requests.json?status=pending").status()).isEqualTo(400);
    }

    @Test
    void onlyTheAdministratorIssuesKeysAndARevokedKeyNoLongerPosts() throws Exception {
        Answer officer = http.post().uri("/api/v1/open311/keys").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mttq:chungsuc".getBytes()))
                .body("{\"name\":\"x\"}").exchange((req, res) -> new Answer(res.getStatusCode().value(), "", null));
        assertThat(officer.status()).isEqualTo(403);
        String key = issueKey("Ứng dụng sẽ thu hồi", null);
        assertThat(jdbc.sql("select count(*) from feedback_open311_key where key_hash = :h")
                .param("h", ApiKeys.sha256(key)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from feedback_open311_key where key_hash = :k or key_prefix = :k")
                .param("k", key).query(Long.class).single()).as("the key itself is not stored").isZero();
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'feedback.open311.key' "
                + "and action = 'CREATE' and summary like '%Ứng dụng sẽ thu hồi%'").query(Long.class).single())
                .isEqualTo(1);
        Answer page = call(HttpMethod.GET, "/admin/open311/keys", null, "admin:chungsuc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ứng dụng sẽ thu hồi").contains(key.substring(0, 10)).doesNotContain(key);

        assertThat(call(HttpMethod.DELETE, "/api/v1/open311/keys/" + key, null, "admin:chungsuc").status())
                .isEqualTo(204);
        assertThat(call(HttpMethod.DELETE, "/api/v1/open311/keys/" + key, null, "admin:chungsuc").status())
                .isEqualTo(404);
        assertThat(postForm("/open311/v2/requests.xml", fields("api_key", key, "service_code", "CHIEU_SANG",
                "attribute[place]", area(), "address_string", "Đường Lê Lợi",
                "description", "Đèn đường hỏng đã lâu chưa sửa.")).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'feedback.open311.key' "
                + "and action = 'REVOKE' and summary like '%Ứng dụng sẽ thu hồi%'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void noOpen311AnswerCarriesTheReportersNamePhoneOrEmail() throws Exception {
        String key = issueKey("Ứng dụng kiểm tra riêng tư", null);
        String phone = phone();
        String name = "Lê Thị Riêng Tư";
        String email = "rieng.tu.kiemthu@example.org";
        Answer posted = postForm("/open311/v2/requests.json", fields("api_key", key, "service_code", "THOAT_NUOC",
                "attribute[place]", area(), "lat", "20.08", "long", "105.86",
                "description", "Cống thoát nước trước chợ bị tắc, mưa là ngập.", "first_name", "Riêng Tư",
                "last_name", "Lê Thị", "phone", phone, "email", email, "device_id", "may-kiem-thu-1"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = json.readTree(posted.body()).get(0).get("service_request_id").asString();
        String token = json.readTree(posted.body()).get(0).get("token").asString();
        assertThat(jdbc.sql("select reporter_name from feedback_report where public_no = :n").param("n", id)
                .query(String.class).single()).isEqualTo(name);
        for (String format : new String[] {"xml", "json"}) {
            get("/open311/v2/discovery." + format);
            get("/open311/v2/services." + format);
            get("/open311/v2/services/THOAT_NUOC." + format);
            get("/open311/v2/requests." + format);
            get("/open311/v2/requests." + format + "?service_request_id=" + id);
            get("/open311/v2/requests." + format + "?service_code=THOAT_NUOC&status=open");
            get("/open311/v2/requests/" + id + "." + format);
            get("/open311/v2/tokens/" + token + "." + format);
            get("/open311/v2/servicerequestupdates." + format);
        }
        assertThat(answers).hasSizeGreaterThan(18);
        assertThat(String.join("\n", answers)).contains(id).contains("Cống thoát nước trước chợ")
                .doesNotContain(name).doesNotContain("Riêng Tư").doesNotContain(phone)
                .doesNotContain(phone.substring(1)).doesNotContain(email).doesNotContain("may-kiem-thu");
        // nor those of the demo's reporters, whose reports the lists hold
        List<String> demoNames = jdbc.sql("select distinct reporter_name from feedback_report where reporter_name "
                + "is not null limit 50").query(String.class).list();
        List<String> demoPhones = jdbc.sql("select distinct reporter_phone from feedback_report where reporter_phone "
                + "is not null limit 50").query(String.class).list();
        String all = String.join("\n", answers);
        assertThat(demoNames.stream().filter(all::contains).toList()).isEmpty();
        assertThat(demoPhones.stream().filter(all::contains).toList()).isEmpty();
    }
}
