package org.shanhai.programme.institution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.shanhai.programme.Fixtures.admin;
import static org.shanhai.programme.Fixtures.as;
import static org.shanhai.programme.Fixtures.institution;
import static org.shanhai.programme.Fixtures.programme;
import static org.shanhai.programme.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.Tokens;

/** What a careless or hostile client sends: the answers are 4xx problems in a fixed order, and nothing is stored. */
@QuarkusTest
class RequestHardeningTest {

    static final String PATH = "/api/v1/institutions";
    static final String PROBLEM = "application/problem+json";
    static final String MALFORMED = "{\"name\": ";

    @Test
    void roleThenExistenceThenScopeThenIfMatchThenBody() {
        String yunnan = institution("昭通市医院", "530602", "COUNTY_HOSPITAL");
        String unknown = UUID.randomUUID().toString();
        // a role that never writes: 403, whatever else is wrong
        as(Tokens.role("VIEWER")).header("If-Match", "\"99\"").body(MALFORMED).put(PATH + "/" + unknown).then()
                .statusCode(403).contentType(PROBLEM);
        // an unknown id: 404 before the body is read
        admin().header("If-Match", "\"99\"").body(MALFORMED).put(PATH + "/" + unknown).then().statusCode(404);
        // another province's institution: 403, before If-Match and body
        as(Tokens.provinceAdmin("52")).header("If-Match", "\"99\"").body(MALFORMED).put(PATH + "/" + yunnan).then()
                .statusCode(403);
        as(Tokens.provinceAdmin("52")).header("If-Match", "\"99\"").contentType("application/merge-patch+json")
                .body(MALFORMED).patch(PATH + "/" + yunnan).then().statusCode(403);
        // a stale If-Match: 412 before the body
        admin().header("If-Match", "\"99\"").body(MALFORMED).put(PATH + "/" + yunnan).then().statusCode(412);
        admin().header("If-Match", "\"99\"").contentType("application/merge-patch+json").body("{\"grade\":\"GRADE_2A\"}")
                .patch(PATH + "/" + yunnan).then().statusCode(412);
        // and only then the body
        admin().header("If-Match", "\"0\"").body(MALFORMED).put(PATH + "/" + yunnan).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        admin().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"grade\":\"GRADE_2A\"}")
                .patch(PATH + "/" + yunnan).then().statusCode(200).header("ETag", "\"1\"");
        admin().get(PATH + "/" + yunnan).then().body("grade", equalTo("GRADE_2A"));

        // the same order on a programme's status change
        String lead = institution("新华医院", "310110", "TERTIARY_HOSPITAL");
        String id = admin().body(programme(uniqueCode("ORDER"), lead, List.of(), List.of(yunnan)))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        as(Tokens.provinceAdmin("52")).header("If-Match", "\"9\"").body(MALFORMED).post("/api/v1/programmes/" + id + "/status")
                .then().statusCode(403);
        admin().header("If-Match", "\"9\"").body(MALFORMED).post("/api/v1/programmes/" + id + "/status").then()
                .statusCode(412);
        admin().header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE", "reason", "开始")).post("/api/v1/programmes/"
                + id + "/status").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void inputThatUsedToBeA500IsA400NamingTheField() {
        admin().body(Map.of("name", "医院\u0000", "divisionCode", "530623", "kind", "COUNTY_HOSPITAL")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
        admin().queryParam("q", "医院\u0000").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("q"))
                .body("errors[0].in", equalTo("query"));
        admin().get(PATH + "?page=20000000&size=200").then().statusCode(400).body("errors[0].field", equalTo("page"));
        admin().get(PATH + "?page=99999999999").then().statusCode(400).body("errors[0].field", equalTo("page"));

        String lead = institution("新华医院", "310110", "TERTIARY_HOSPITAL");
        String county = institution("盐津县人民医院", "530623", "COUNTY_HOSPITAL");
        Map<String, Object> far = programme(uniqueCode("FAR"), lead, List.of(), List.of(county));
        far.put("startDate", "+9999999-01-01");
        admin().header("Accept-Language", "en").body(far).post("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("range"));
        String id = admin().body(programme(uniqueCode("NEAR"), lead, List.of(), List.of(county)))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        admin().get("/api/v1/programmes/" + id + "/resource-inputs?from=%2B9999999-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));

        // LIKE wildcards in the department prefix are plain characters
        String expert = admin().body(Map.of("name", "通配符专家", "homeInstitutionId", lead, "department", "04.02"))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");
        admin().get("/api/v1/experts?homeInstitutionId=" + lead + "&department=04").then()
                .body("items.id", equalTo(List.of(expert)));
        admin().get("/api/v1/experts?homeInstitutionId=" + lead + "&department=0_").then().body("totalItems", equalTo(0));
        admin().get("/api/v1/experts?homeInstitutionId=" + lead + "&department=%25").then().body("totalItems", equalTo(0));
    }

    @Test
    void aDivisionClaimThatIsNoGbT2260PrefixIsRefused() {
        Map<String, Object> body = Map.of("name", "省管医院-" + UUID.randomUUID(), "divisionCode", "530623",
                "kind", "COUNTY_HOSPITAL");
        as(Tokens.provinceAdmin("5")).header("Accept-Language", "en").body(body).post(PATH).then().statusCode(403)
                .contentType(PROBLEM).body("detail", containsString("divisionCode claim"));
        as(Tokens.provinceAdmin("53062")).body(body).post(PATH).then().statusCode(403);
        admin().get(PATH + "?q=" + body.get("name")).then().body("totalItems", equalTo(0));
        as(Tokens.provinceAdmin("5306")).body(body).post(PATH).then().statusCode(201);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"name\":\"" + "医".repeat(600_000) + "\",\"divisionCode\":\"530623\",\"kind\":\"OTHER\"}";
        admin().body(huge).post(PATH).then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void tokensThatMustNotPass() {
        for (String token : List.of(Tokens.expired(), Tokens.otherIssuer(), Tokens.forged())) {
            given().auth().oauth2(token).get(PATH).then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        }
        given().get(PATH).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void noErrorBodyShowsInternals() {
        String id = institution("某医院", "530623", "COUNTY_HOSPITAL");
        List<Response> errors = List.of(
                admin().body(MALFORMED).post(PATH),                                  // 400 malformed
                admin().body(Map.of("kind", "CASTLE")).post(PATH),                   // 400 enum / validation
                admin().body("[1,2]").post(PATH),                                    // 400 wrong shape
                admin().get(PATH + "?sort=secret"),                                  // 400 query
                given().get(PATH),                                                   // 401
                as(Tokens.role("VIEWER")).body(Map.of()).post(PATH),                 // 403
                admin().get(PATH + "/" + UUID.randomUUID()),                         // 404
                admin().get(PATH + "/not-a-uuid"),                                   // 404 path
                admin().header("If-Match", "\"42\"").body(Map.of()).put(PATH + "/" + id), // 412
                admin().contentType("text/plain").body("x").post(PATH),              // 415
                admin().delete(PATH + "/" + id));                                    // 405
        for (Response r : errors) {
            String body = r.asString();
            assertEquals(PROBLEM, r.contentType().split(";")[0], body);
            for (String leak : List.of("Exception", "java.", "org.shanhai", "at org.", "io.quarkus", "jakarta.")) {
                assertFalse(body.contains(leak), r.statusCode() + " shows '" + leak + "': " + body);
            }
        }
    }

    @Test
    void concurrentPatchesOfDifferentFieldsBothStick() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String id = institution("并发医院", "530623", "COUNTY_HOSPITAL");
                List<Callable<Integer>> patches = new ArrayList<>();
                patches.add(() -> admin().contentType("application/merge-patch+json").body("{\"grade\":\"GRADE_2A\"}")
                        .patch(PATH + "/" + id).statusCode());
                patches.add(() -> admin().contentType("application/merge-patch+json").body("{\"nameEn\":\"Concurrent\"}")
                        .patch(PATH + "/" + id).statusCode());
                patches.add(() -> admin().contentType("application/merge-patch+json").body("{\"kind\":\"TCM_HOSPITAL\"}")
                        .patch(PATH + "/" + id).statusCode());
                for (Future<Integer> f : pool.invokeAll(patches)) {
                    assertEquals(200, f.get());
                }
                admin().get(PATH + "/" + id).then().body("grade", equalTo("GRADE_2A")).body("nameEn", equalTo("Concurrent"))
                        .body("kind", equalTo("TCM_HOSPITAL")).body("version", equalTo(3))
                        .body("name", not(equalTo(null)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** RawJdbcResource is bench/run's baseline only: off, its paths do not exist, whoever asks. */
    @Test
    void theBenchBaselinesAreAbsentUnlessSwitchedOn() {
        String lead = institution("基准甲", "310110", "TERTIARY_HOSPITAL");
        String county = institution("基准乙", "530623", "COUNTY_HOSPITAL");
        String programme = admin().body(programme(uniqueCode("RAW"), lead, List.of(), List.of(county)))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        admin().get("/api/v1/programmes/" + programme).then().statusCode(200);
        given().get("/bench/raw/programmes/" + programme).then().statusCode(404);
        admin().get("/bench/raw/programmes/" + programme).then().statusCode(404);
        admin().contentType("application/json").body("{\"name\":\"基准\",\"divisionCode\":\"530623\",\"kind\":\"COUNTY_HOSPITAL\"}")
                .post("/bench/raw/institutions").then().statusCode(404);
        as(Tokens.role("PROGRAMME_MANAGER")).body("{}")
                .post("/bench/raw/institutions").then().statusCode(404);
    }
}
