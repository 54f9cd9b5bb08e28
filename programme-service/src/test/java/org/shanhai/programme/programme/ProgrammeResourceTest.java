package org.shanhai.programme.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shanhai.programme.Fixtures.admin;
import static org.shanhai.programme.Fixtures.as;
import static org.shanhai.programme.Fixtures.institution;
import static org.shanhai.programme.Fixtures.programme;
import static org.shanhai.programme.Fixtures.uniqueCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;

@QuarkusTest
class ProgrammeResourceTest {

    static final String PATH = "/api/v1/programmes";
    static final String PROBLEM = "application/problem+json";

    String xinhua;
    String ruijin;
    String yanjin;
    String yanjinTcm;
    String township;
    String guizhouCounty;

    @BeforeEach
    void institutions() {
        xinhua = institution("上海交通大学医学院附属新华医院", "310110", "TERTIARY_HOSPITAL");
        ruijin = institution("上海交通大学医学院附属瑞金医院", "310101", "TERTIARY_HOSPITAL");
        yanjin = institution("盐津县人民医院", "530623", "COUNTY_HOSPITAL");
        yanjinTcm = institution("盐津县中医医院", "530623", "TCM_HOSPITAL");
        township = institution("盐津县豆沙镇卫生院", "530623", "TOWNSHIP_HEALTH_CENTRE");
        guizhouCounty = institution("罗甸县人民医院", "522728", "COUNTY_HOSPITAL");
    }

    String create(Map<String, Object> body) {
        return admin().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void registersAProgrammeWithPartnersAndSeveralRecipients() throws Exception {
        String code = uniqueCode("YN-YANJIN");
        var created = admin().body(programme(code, xinhua, List.of(ruijin), List.of(yanjin, yanjinTcm, township)))
                .post(PATH);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("status", equalTo("PLANNED"))
                .body("partnerInstitutionIds", equalTo(List.of(ruijin)))
                .body("recipients.institutionId", equalTo(List.of(yanjin, yanjinTcm, township)))
                .body("recipients.primary", equalTo(List.of(true, false, false)))
                .body("focusDepartments", equalTo(List.of("04.02", "03.04")))
                .body("objectives", hasSize(2));
        String id = created.path("id");

        // found by any of its institutions, in any role
        for (String inst : List.of(xinhua, ruijin, yanjin, township)) {
            as(Tokens.role("VIEWER")).get(PATH + "?institutionId=" + inst).then().statusCode(200)
                    .body("items.id", equalTo(List.of(id)));
            as(Tokens.role("VIEWER")).get("/api/v1/institutions/" + inst + "/programmes").then()
                    .body("items.code", equalTo(List.of(code)));
        }
        admin().get(PATH + "?institutionId=" + guizhouCounty).then().body("totalItems", equalTo(0));
        admin().get(PATH + "?q=" + code.toLowerCase() + "&status=PLANNED&scheme=GROUP_ASSISTANCE").then()
                .body("items.id", equalTo(List.of(id)));
        admin().get(PATH + "?q=" + code + "&status=ACTIVE").then().body("totalItems", equalTo(0));
        // a query parameter of the wrong form is a 400 that names it (JAX-RS alone would say 404)
        admin().get(PATH + "?institutionId=abc").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("institutionId")).body("errors[0].in", equalTo("query"));
        admin().get(PATH + "?status=OPEN").then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("PLANNED"));
        admin().get(PATH + "?page=x").then().statusCode(400).body("errors[0].field", equalTo("page"));
        admin().get(PATH + "/" + id + "/assignments?on=2022-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));

        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events",
                r -> ("programme/" + id).equals(EventTap.header(r, "ce_subject")), seen -> !seen.isEmpty(),
                Duration.ofSeconds(20));
        assertEquals(1, events.size());
        assertEquals("programme.registered", EventTap.header(events.get(0), "ce_type"));
        assertEquals(id, events.get(0).key());
        assertEquals(Set.of(), EventContract.violations("programme.registered", events.get(0).value()));
    }

    @Test
    void refusesInconsistentProgrammesNamingTheField() {
        String code = uniqueCode("BAD");
        // a recipient that also supports
        admin().header("Accept-Language", "en").body(programme(code, xinhua, List.of(ruijin), List.of(yanjin, ruijin)))
                .post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("recipients[1].institutionId"))
                .body("errors.message", hasItem(containsString("both support and receive")));
        // no primary recipient, and two
        Map<String, Object> noPrimary = programme(code, xinhua, List.of(), List.of(yanjin));
        noPrimary.put("recipients", List.of(Map.of("institutionId", yanjin, "primary", false)));
        admin().body(noPrimary).post(PATH).then().statusCode(400).body("errors.field", hasItem("recipients"));
        Map<String, Object> twoPrimaries = programme(code, xinhua, List.of(), List.of(yanjin));
        twoPrimaries.put("recipients", List.of(Map.of("institutionId", yanjin, "primary", true),
                Map.of("institutionId", yanjinTcm, "primary", true)));
        admin().header("Accept-Language", "en").body(twoPrimaries).post(PATH).then().statusCode(400)
                .body("errors.message", hasItem(containsString("2 are")));
        // unknown institutions, unknown department, dates out of order, no recipients, bad code
        Map<String, Object> b = programme(code, UUID.randomUUID().toString(), List.of(), List.of(yanjin));
        b.put("focusDepartments", List.of("99.99"));
        b.put("endDate", "2020-01-01");
        admin().body(b).post(PATH).then().statusCode(400)
                .body("errors.field", hasItems("focusDepartments[0]"));
        b.put("focusDepartments", List.of("04.02"));
        admin().body(b).post(PATH).then().statusCode(400)
                .body("errors.field", hasItems("leadInstitutionId", "endDate"));
        Map<String, Object> none = programme("lower case", xinhua, List.of(), List.of());
        admin().body(none).post(PATH).then().statusCode(400).body("errors.field", hasItems("code", "recipients"));
        // a new programme starts PLANNED
        Map<String, Object> active = programme(code, xinhua, List.of(), List.of(yanjin));
        active.put("status", "ACTIVE");
        admin().body(active).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("status"));

        admin().get(PATH + "?q=" + code).then().body("totalItems", equalTo(0));
    }

    @Test
    void codesAreUnique() {
        String code = uniqueCode("DUP");
        create(programme(code, xinhua, List.of(), List.of(yanjin)));
        admin().body(programme(code, ruijin, List.of(), List.of(yanjinTcm))).post(PATH).then()
                .statusCode(409).contentType(PROBLEM).body("errors[0].field", equalTo("code"));
    }

    @Test
    void statusMachineOverHttp() throws Exception {
        String id = create(programme(uniqueCode("ST"), xinhua, List.of(), List.of(yanjin)));
        status(id, "SUSPENDED", 409).body("detail", containsString("allowed: ACTIVE"));
        status(id, "COMPLETED", 409);
        status(id, "ACTIVE", 200).body("status", equalTo("ACTIVE")).body("statusReason", equalTo("to ACTIVE"));
        status(id, "PLANNED", 409).body("detail", containsString("COMPLETED")).body("detail", containsString("SUSPENDED"));
        status(id, "SUSPENDED", 200);
        status(id, "ACTIVE", 200);
        status(id, "SUSPENDED", 200);
        status(id, "COMPLETED", 200);
        for (String s : List.of("PLANNED", "ACTIVE", "SUSPENDED")) {
            status(id, s, 409).body("detail", containsString("final"));
        }
        admin().body(Map.of("status", "ACTIVE")).post(PATH + "/" + id + "/status").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        // the status cannot be changed by PUT
        Map<String, Object> b = programme("X-" + id.substring(0, 8).toUpperCase(), xinhua, List.of(), List.of(yanjin));
        b.put("status", "ACTIVE");
        admin().body(b).put(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("status"));

        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events",
                r -> ("programme/" + id).equals(EventTap.header(r, "ce_subject")), seen -> seen.size() >= 6,
                Duration.ofSeconds(20));
        assertEquals(List.of("programme.registered", "programme.status-changed", "programme.status-changed",
                        "programme.status-changed", "programme.status-changed", "programme.status-changed"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        JsonNode last = new ObjectMapper().readTree(events.get(5).value());
        assertEquals("SUSPENDED", last.at("/changes/status/old").asText());
        assertEquals("COMPLETED", last.at("/changes/status/value").asText());
        assertEquals(Set.of(), EventContract.violations("programme.status-changed", events.get(5).value()));
    }

    /** A status change, its problems in English (the assertions above read their words). */
    io.restassured.response.ValidatableResponse status(String id, String to, int expected) {
        return admin().header("Accept-Language", "en").body(Map.of("status", to, "reason", "to " + to)).post(PATH + "/" + id + "/status").then()
                .statusCode(expected);
    }

    @Test
    void historyShowsWhoChangedWhatFromWhatToWhat() {
        String code = uniqueCode("HIS");
        String id = create(programme(code, xinhua, List.of(), List.of(yanjin)));
        Map<String, Object> b = programme(code, xinhua, List.of(ruijin), List.of(yanjin));
        b.put("name", "新名称");
        as(Tokens.provinceAdmin("53")).header("If-Match", "\"0\"").body(b).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        admin().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].type", equalTo("programme.registered"))
                .body("items[0].actor", equalTo("test-national-admin"))
                .body("items[0].changes", nullValue())
                .body("items[1].type", equalTo("programme.updated"))
                .body("items[1].actor", equalTo("test-province-admin"))
                .body("items[1].changes.name.old", equalTo("“组团式”帮扶 " + code))
                .body("items[1].changes.name.value", equalTo("新名称"))
                .body("items[1].changes.partnerInstitutionIds.old", equalTo(List.of()))
                .body("items[1].changes.partnerInstitutionIds.value", equalTo(List.of(ruijin)))
                .body("items[1].changes", not(org.hamcrest.Matchers.hasKey("code")))
                .body("items[1].state.name", equalTo("新名称"));
        admin().get(PATH + "/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void roleMatrixForProgrammes() {
        String code = uniqueCode("ROLE");
        Map<String, Object> yunnan = programme(code, xinhua, List.of(), List.of(yanjin));
        for (String role : List.of("VIEWER", "HOSPITAL_REPORTER", "SERVICE_CLIENT")) {
            as(Tokens.role(role)).body(yunnan).post(PATH).then().statusCode(403).contentType(PROBLEM);
        }
        as(Tokens.of("PROGRAMME_MANAGER", UUID.fromString(xinhua), null)).body(yunnan).post(PATH).then().statusCode(403);
        // a province administrator writes programmes whose primary recipient is in its province
        as(Tokens.provinceAdmin("52")).body(yunnan).post(PATH).then().statusCode(403)
                .body("detail", containsString("530623"));
        String id = as(Tokens.provinceAdmin("53")).body(yunnan).post(PATH).then().statusCode(201).extract().path("id");
        String guizhou = create(programme(uniqueCode("GZ"), xinhua, List.of(), List.of(guizhouCounty)));
        Map<String, Object> change = programme(code + "-GZ", xinhua, List.of(), List.of(guizhouCounty));
        as(Tokens.provinceAdmin("53")).body(change).put(PATH + "/" + guizhou).then().statusCode(403);
        as(Tokens.provinceAdmin("53")).body(Map.of("status", "ACTIVE", "reason", "x"))
                .post(PATH + "/" + guizhou + "/status").then().statusCode(403);
        as(Tokens.provinceAdmin("53")).contentType("application/merge-patch+json").body("{\"name\":\"x\"}")
                .patch(PATH + "/" + guizhou).then().statusCode(403);
        as(Tokens.role("VIEWER")).contentType("application/merge-patch+json").body("{\"name\":\"x\"}")
                .patch(PATH + "/" + id).then().statusCode(403);
        as(Tokens.provinceAdmin("53")).contentType("application/merge-patch+json").body("{\"name\":\"改名\"}")
                .patch(PATH + "/" + id).then().statusCode(200);
        // nor may it move its own programme's primary recipient out of its province
        as(Tokens.provinceAdmin("53")).body(change).put(PATH + "/" + id).then().statusCode(403);
        admin().get(PATH + "/" + guizhou).then().body("version", equalTo(0)).body("status", equalTo("PLANNED"));
        admin().get(PATH + "/" + id).then().body("version", equalTo(1)).body("code", equalTo(code))
                .body("recipients[0].institutionId", equalTo(yanjin));
        // everyone reads
        for (String role : List.of("VIEWER", "HOSPITAL_REPORTER", "SERVICE_CLIENT")) {
            as(Tokens.role(role)).get(PATH + "/" + id).then().statusCode(200);
        }
    }

    @Test
    void patchChangesOnlyWhatItNames() {
        String code = uniqueCode("PATCH");
        String id = create(programme(code, xinhua, List.of(ruijin), List.of(yanjin, township)));
        admin().contentType("application/merge-patch+json").body("{\"endDate\": \"2025-06-30\"}")
                .patch(PATH + "/" + id).then().statusCode(200)
                .body("endDate", equalTo("2025-06-30"))
                .body("partnerInstitutionIds", equalTo(List.of(ruijin)))
                .body("recipients.institutionId", equalTo(List.of(yanjin, township)));
        admin().contentType("application/merge-patch+json").body("{\"endDate\": \"2001-01-01\"}")
                .patch(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void moreProgrammeRulesNamingTheField() {
        String code = uniqueCode("RULES");
        // the lead named as a recipient; a partner equal to the lead; a partner named twice
        admin().body(programme(code, xinhua, List.of(), List.of(xinhua))).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("recipients[0].institutionId"));
        admin().body(programme(code, xinhua, List.of(xinhua), List.of(yanjin))).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("partnerInstitutionIds[0]"));
        admin().body(programme(code, xinhua, List.of(ruijin, ruijin), List.of(yanjin))).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("partnerInstitutionIds[1]"));
        // a recipient twice; unknown partner and recipient
        admin().body(programme(code, xinhua, List.of(), List.of(yanjin, yanjin))).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("recipients[1].institutionId"));
        admin().body(programme(code, xinhua, List.of(UUID.randomUUID().toString()), List.of(yanjin,
                UUID.randomUUID().toString()))).post(PATH).then().statusCode(400)
                .body("errors.field", hasItems("partnerInstitutionIds[0]", "recipients[1].institutionId"));
        admin().get(PATH + "?q=" + code).then().body("totalItems", equalTo(0));

        // a code clash on PUT, and the status through PATCH
        String taken = uniqueCode("TAKEN");
        create(programme(taken, xinhua, List.of(), List.of(yanjin)));
        String id = create(programme(code, xinhua, List.of(), List.of(yanjin)));
        admin().body(programme(taken, xinhua, List.of(), List.of(yanjin))).put(PATH + "/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
        admin().contentType("application/merge-patch+json").body("{\"status\": \"ACTIVE\"}").patch(PATH + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        admin().header("If-Match", "\"5\"").contentType("application/merge-patch+json").body("{\"name\": \"x\"}")
                .patch(PATH + "/" + id).then().statusCode(412);
        admin().get(PATH + "/" + id).then().body("code", equalTo(code)).body("status", equalTo("PLANNED"))
                .body("version", equalTo(0));
    }
}
