package org.shanhai.programme.institution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shanhai.common.testing.EventContract;
import org.shanhai.common.testing.EventTap;
import org.shanhai.common.testing.Tokens;

@QuarkusTest
class InstitutionResourceTest {

    static final String PATH = "/api/v1/institutions";
    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as(Tokens.nationalAdmin());
    }

    static Map<String, Object> body(String name, String divisionCode) {
        return new java.util.HashMap<>(Map.of("name", name, "divisionCode", divisionCode, "kind", "COUNTY_HOSPITAL"));
    }

    /** A credit code unique to this run: 12 + 530623 + 9 random digits + its check character. */
    static String uniqueCreditCode() {
        String first17 = "12530623" + String.format("%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        return first17 + org.shanhai.common.codes.CreditCode.checkCharacter(first17);
    }

    /** A county hospital in 永善县 (530625) with this credit code. */
    static Map<String, Object> withCreditCode(String name, String code) {
        Map<String, Object> b = body(name, "530625");
        b.put("creditCode", code);
        return b;
    }

    static String create(Map<String, Object> body) {
        return admin().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void registersReadsAndPublishesOneEvent() throws Exception {
        String name = "盐津县人民医院-" + UUID.randomUUID();
        Map<String, Object> b = body(name, "530623");
        b.put("grade", "GRADE_2A");
        b.put("nameEn", "Yanjin County People's Hospital");
        Response created = admin().body(b).post(PATH);
        created.then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("kind", equalTo("COUNTY_HOSPITAL"))
                .body("grade", equalTo("GRADE_2A"))
                .body("version", equalTo(0));
        String id = created.path("id");

        as(Tokens.role("VIEWER")).get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("divisionCode", equalTo("530623"))
                .body("nameEn", equalTo("Yanjin County People's Hospital"));

        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events",
                r -> ("institution/" + id).equals(EventTap.header(r, "ce_subject")),
                seen -> !seen.isEmpty(), Duration.ofSeconds(20));
        assertEquals(1, events.size());
        ConsumerRecord<String, String> e = events.get(0);
        assertEquals("institution.registered", EventTap.header(e, "ce_type"));
        assertEquals("1.0", EventTap.header(e, "ce_specversion"));
        assertEquals("/shanhai/programme-service", EventTap.header(e, "ce_source"));
        assertEquals(id, e.key());
        UUID.fromString(EventTap.header(e, "ce_id"));
        assertEquals(java.util.Set.of(), EventContract.violations("institution.registered", e.value()), e.value());
    }

    @Test
    void updateHonoursIfMatchAndPublishesTheChange() throws Exception {
        String id = create(body("罗甸县人民医院-" + UUID.randomUUID(), "522728"));
        Map<String, Object> changed = body("罗甸县人民医院(新)-" + id, "522728");
        changed.put("grade", "GRADE_2A");

        // a stale version is refused and nothing changes
        admin().header("If-Match", "\"7\"").body(changed).put(PATH + "/" + id).then()
                .statusCode(412).contentType(PROBLEM).body("status", equalTo(412));
        admin().get(PATH + "/" + id).then().body("version", equalTo(0)).body("grade", nullValue());

        admin().header("If-Match", "\"0\"").body(changed).put(PATH + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("grade", equalTo("GRADE_2A"));
        // without If-Match the last writer wins (the header is optional)
        changed.put("grade", "GRADE_2B");
        admin().body(changed).put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"2\"");
        // the same body again is no change: no new version
        admin().body(changed).put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"2\"");

        List<ConsumerRecord<String, String>> events = EventTap.read("programme.events",
                r -> ("institution/" + id).equals(EventTap.header(r, "ce_subject")),
                seen -> seen.size() >= 3, Duration.ofSeconds(20));
        assertEquals(List.of("institution.registered", "institution.updated", "institution.updated"),
                events.stream().map(r -> EventTap.header(r, "ce_type")).toList());
        String update = events.get(1).value();
        assertEquals(java.util.Set.of(), EventContract.violations("institution.updated", update), update);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var first = mapper.readTree(update).get("changes");
        assertTrue(first.get("grade").get("old").isNull(), update);
        assertEquals("GRADE_2A", first.get("grade").get("value").asText());
        assertTrue(first.has("name"), update);
        var second = mapper.readTree(events.get(2).value()).get("changes");
        assertEquals("GRADE_2A", second.get("grade").get("old").asText());
        assertEquals("GRADE_2B", second.get("grade").get("value").asText());
        assertEquals(1, second.size(), "only the grade changed: " + second);
    }

    @Test
    void patchMergesAndValidatesLikePut() {
        String id = create(body("镇雄县人民医院-" + UUID.randomUUID(), "530627"));
        admin().contentType("application/merge-patch+json").body("{\"grade\":\"GRADE_2A\"}")
                .patch(PATH + "/" + id).then().statusCode(200).body("grade", equalTo("GRADE_2A"))
                .body("divisionCode", equalTo("530627"));
        admin().contentType("application/merge-patch+json").body("{\"divisionCode\":\"99\"}")
                .patch(PATH + "/" + id).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("divisionCode"));
        admin().contentType("application/merge-patch+json").body("{\"name\":null}")
                .patch(PATH + "/" + id).then().statusCode(400).body("errors.field", hasItem("name"));
        admin().get(PATH + "/" + id).then().body("version", equalTo(1)).body("divisionCode", equalTo("530627"));
    }

    @Test
    void validationNamesEachField() {
        admin().body(Map.of("kind", "COUNTY_HOSPITAL")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("divisionCode"));

        Map<String, Object> badCode = body("A", "530623");
        badCode.put("creditCode", "91350100M000100Y44");
        admin().header("Accept-Language", "en").body(badCode).post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].message", containsString("check character"));

        admin().header("Accept-Language", "en").body(body("A", "990623")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("divisionCode"))
                .body("errors[0].message", containsString("province"));
        // well formed, in Yunnan's 昭通市, but no county of GB/T 2260 has the code
        admin().header("Accept-Language", "en").body(body("A", "530699")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("divisionCode"))
                .body("errors[0].message", containsString("not a division of GB/T 2260"));

        Map<String, Object> badKind = body("A", "530623");
        badKind.put("kind", "CASTLE");
        admin().body(badKind).post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("kind"));
    }

    @Test
    void fieldMessagesAreChineseUnlessTheCallerPrefersEnglish() {
        // Bean Validation's own message, the project's constraint, and a domain refusal, in both languages
        admin().body(body(" ", "530699")).post(PATH).then().statusCode(400).header("Content-Language", "zh-CN")
                .body("errors.find { it.field == 'name' }.message", equalTo("不能为空"))
                .body("errors.find { it.field == 'divisionCode' }.message",
                        equalTo("行政区划代码“530699”不是 GB/T 2260 中的行政区划（本项目的 codes/divisions.csv）"));
        admin().header("Accept-Language", "en").body(body(" ", "530699")).post(PATH).then().statusCode(400)
                .header("Content-Language", "en")
                .body("errors.find { it.field == 'name' }.message", equalTo("must not be blank"))
                .body("errors.find { it.field == 'divisionCode' }.message", startsWith("division code '530699' is not a division"));
        admin().body("{\"name\": \"A\", \"divisionCode\": \"530623\", \"kind\": \"CASTLE\"}").post(PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", startsWith("“CASTLE”不是以下之一："))
                .body("detail", startsWith("kind：“CASTLE”不是以下之一："));
    }

    @Test
    void unknownFieldsAndMalformedJsonAreRefused() {
        Map<String, Object> extra = body("A", "530623");
        extra.put("beds", 300);
        admin().body(extra).post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("beds"));
        admin().body("{\"name\": \"A\", ").post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("errors[0].field", equalTo("body"));
        admin().body("[]").post(PATH).then().statusCode(400).contentType(PROBLEM);
        admin().body("").post(PATH).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        admin().body("{\"name\": 5, \"divisionCode\": [1], \"kind\": \"OTHER\"}").post(PATH).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("divisionCode"));
    }

    @Test
    void duplicateCreditCodeIsAConflict() {
        String code = uniqueCreditCode();
        Map<String, Object> b = withCreditCode("永善县人民医院-" + code, code);
        create(b);
        b.put("name", "another");
        admin().body(b).post(PATH).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", equalTo("creditCode"));
        admin().get(PATH + "?q=another&divisionCode=530625").then().statusCode(200)
                .body("items.creditCode", not(hasItem(code)));
    }

    @Test
    void concurrentRegistrationsOfOneCreditCodeStoreOneAndRefuseTheRest() throws Exception {
        // they race past the service's own check; the one the unique constraint stops must still be a 409,
        // raised inside the write (EntityWrites flushes before returning), never a 500 at commit
        String code = uniqueCreditCode();
        int n = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Map<String, Object> b = withCreditCode("竞争医院-" + code + "-" + i, code);
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin().body(b).post(PATH);
                }));
            }
            start.countDown();
            int created = 0;
            for (var a : answers) {
                Response r = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertTrue(r.contentType().startsWith(PROBLEM), r.contentType());
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        admin().get(PATH + "?q=竞争医院-" + code + "&size=20").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].creditCode", equalTo(code));
    }

    @jakarta.inject.Inject
    org.shanhai.common.entity.EntityWrites writes;

    @Test
    void aCreationThatBreaksAUniqueConstraintFailsInsideTheWriteNotAtCommit() {
        // the race above may or may not reach the constraint; this takes that path every time
        String code = uniqueCreditCode();
        create(withCreditCode("约束医院-" + code, code));
        Institution twin = new Institution();
        twin.name = "约束医院-二-" + code;
        twin.creditCode = code;
        twin.divisionCode = "530625";
        twin.kind = InstitutionKind.COUNTY_HOSPITAL;
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                try {
                    writes.create(twin, org.shanhai.common.events.contract.InstitutionEvent.REGISTERED, InstitutionService.AGGREGATE);
                } catch (jakarta.persistence.PersistenceException e) {
                    thrown.set(e);
                }
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException rolledBack) {
            // the failed flush marked the transaction rollback-only: it ends rolled back, as it must
        }
        Throwable t = thrown.get();
        while (t != null && !(t instanceof org.hibernate.exception.ConstraintViolationException)) {
            t = t.getCause();
        }
        assertTrue(t != null, "create() itself must raise the constraint violation: " + thrown.get());
        assertEquals("institution_credit_code_unique", ((org.hibernate.exception.ConstraintViolationException) t).getConstraintName());
        admin().get(PATH + "?q=约束医院-二-" + code).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void unknownIdIsNotFoundWithABody() {
        admin().header("Accept-Language", "en").get(PATH + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM).body("status", equalTo(404)).body("detail", containsString("does not exist"));
        admin().get(PATH + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void tokensAreRequiredAndRolesChecked() {
        given().get(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.forged()).get(PATH).then().statusCode(401);
        as(Tokens.role("VIEWER")).body(body("A", "530623")).post(PATH).then().statusCode(403).contentType(PROBLEM);
        as(Tokens.role("HOSPITAL_REPORTER")).body(body("A", "530623")).post(PATH).then().statusCode(403);

        // a province administrator writes inside its province only
        String name = "昭通市第一人民医院-" + UUID.randomUUID();
        as(Tokens.provinceAdmin("53")).body(body(name, "530602")).post(PATH).then().statusCode(201);
        as(Tokens.provinceAdmin("53")).body(body("贵州的医院", "520102")).post(PATH).then()
                .statusCode(403).contentType(PROBLEM).body("detail", containsString("520102"));
        String guizhou = create(body("贵州某医院-" + UUID.randomUUID(), "520102"));
        as(Tokens.provinceAdmin("530000")).body(body("moved", "530602")).put(PATH + "/" + guizhou).then()
                .statusCode(403);
        as(Tokens.provinceAdmin("53")).contentType("application/merge-patch+json").body("{\"grade\":\"GRADE_2A\"}")
                .patch(PATH + "/" + guizhou).then().statusCode(403);
        as(Tokens.provinceAdmin("52")).contentType("application/merge-patch+json").body("{\"grade\":\"GRADE_2A\"}")
                .patch(PATH + "/" + guizhou).then().statusCode(200);
        admin().get(PATH + "/" + guizhou).then().body("divisionCode", equalTo("520102")).body("version", equalTo(1));
        admin().get(PATH + "/" + guizhou + "/history").then()
                .body("items.actor", equalTo(List.of("test-national-admin", "test-province-admin")))
                .body("items[1].changes.grade.value", equalTo("GRADE_2A"));
    }

    @Test
    void listsPageFilterAndSort() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int n = 0; n < 5; n++) {
            create(body("分页医院" + tag + "-" + n, n < 3 ? "530623" : "522728"));
        }
        admin().get(PATH + "?q=" + tag + "&size=2&sort=-name").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("items[0].name", equalTo("分页医院" + tag + "-4"))
                .body("next", containsString("page=1"))
                .body("previous", nullValue());
        admin().get(PATH + "?q=" + tag + "&size=2&page=2&sort=-name").then()
                .body("items.size()", equalTo(1)).body("next", nullValue()).body("previous", notNullValue());
        admin().get(PATH + "?q=" + tag + "&divisionCode=53").then()
                .body("totalItems", equalTo(3)).body("items.divisionCode", everyItem(startsWith("53")));
        admin().get(PATH + "?q=" + tag + "&kind=TERTIARY_HOSPITAL").then().body("totalItems", equalTo(0));
        // % and _ in q are literal characters, not wildcards
        admin().get(PATH + "?q=" + tag + "%25").then().body("totalItems", equalTo(0));
        admin().get(PATH + "?q=" + tag.substring(0, 4) + "_").then().body("totalItems", equalTo(0));

        admin().get(PATH + "?size=1000").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        admin().get(PATH + "?sort=password").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        admin().get(PATH + "?divisionCode=5x").then().statusCode(400).body("errors[0].field", equalTo("divisionCode"));
    }
}
