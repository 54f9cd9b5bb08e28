package org.shanhai.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shanhai.common.codes.CodeLists;

/**
 * What the front-end team relies on in every service: /api/v1/code-lists, so that screens need no
 * hard-coded lists; /api/v1/me, so that they show only what the caller may do; CORS for the configured
 * origins. Each service runs it as a {@code @QuarkusTest} subclass.
 */
public abstract class FrontEndContract {

    /** An operation only NATIONAL_ADMIN (and perhaps PROVINCE_ADMIN) may call here. */
    protected abstract String adminOperation();

    /** A read everyone with a token may call here. */
    protected abstract String readOperation();

    @Test
    void everyEnumerationIsAListWithBothLabelsForEveryValue() {
        assertFalse(CodeLists.enumerations().isEmpty(), "the service registers its enumerations (META-INF/services)");
        List<String> names = given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists")
                .then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("private"), org.hamcrest.Matchers.containsString("max-age=3600")))
                .extract().jsonPath().getList("name");
        assertTrue(names.containsAll(CodeLists.enumerations().keySet()), names.toString());
        assertTrue(names.containsAll(List.of("departments", "divisions")), names.toString());
        for (var list : CodeLists.enumerations().entrySet()) {
            JsonPath json = given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists/" + list.getKey())
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(list.getValue().getEnumConstants().length, json.getList("items").size(), list.getKey());
            assertTrue(notBlank(json.getString("zh")) && notBlank(json.getString("en")), list.getKey() + " has its labels");
            for (Map<String, String> item : json.<Map<String, String>>getList("items")) {
                assertTrue(notBlank(item.get("zh")) && notBlank(item.get("en")), list.getKey() + " " + item);
            }
        }
    }

    /** Every enumeration the OpenAPI document shows has its code list and its labels there. */
    @Test
    void everyEnumerationInTheDocumentIsLabelled() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        int enums = 0;
        for (var schema : schemas.entrySet()) {
            Object values = schema.getValue().get("enum");
            if (values instanceof List<?> list && !list.isEmpty()) {
                enums++;
                Object labels = schema.getValue().get("x-enum-descriptions");
                assertTrue(labels instanceof List<?> l && l.size() == list.size(),
                        schema.getKey() + " " + list + " has no code list (add it to the service's CodeListSource)");
                boolean listed = CodeLists.enumerations().values().stream().anyMatch(type -> new HashSet<>(list)
                        .equals(new HashSet<>(java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
                assertTrue(listed, schema.getKey());
            }
        }
        assertTrue(enums > 0);
    }

    @Test
    void departmentsAndDivisions() {
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists/departments").then().statusCode(200)
                .body("items.find { it.code == '04.02' }.zh", equalTo("神经外科专业"))
                .body("items.find { it.code == '04.02' }.en", equalTo("Neurosurgery"))
                .body("items.find { it.code == '04.02' }.parent", equalTo("04"));
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists/divisions").then().statusCode(200)
                .body("items.find { it.code == '530000' }.zh", equalTo("云南省"))
                .body("items.find { it.code == '530000' }.en", equalTo("Yunnan Province"))
                .body("items.code", not(hasItem("530600")));
        given().auth().oauth2(Tokens.role("VIEWER")).queryParam("parent", "5306").get("/api/v1/code-lists/divisions")
                .then().statusCode(200).body("items.find { it.code == '530623' }.zh", equalTo("盐津县"))
                .body("items.find { it.code == '530623' }.en", equalTo("Yanjin County"))
                .body("items.find { it.code == '530623' }.level", equalTo("COUNTY"));
    }

    @Test
    void anUnknownListIs404AndAParentOutsideDivisionsIs400() {
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists/no-such-list").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.role("VIEWER")).queryParam("parent", "53").get("/api/v1/code-lists/departments")
                .then().statusCode(400).body("errors[0].field", equalTo("parent"));
        given().get("/api/v1/code-lists").then().statusCode(401);
    }

    @Test
    void meSaysWhoTheCallerIsAndWhatItMayDo() {
        UUID institution = UUID.randomUUID();
        given().auth().oauth2(Tokens.of("HOSPITAL_REPORTER", institution, null)).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("HOSPITAL_REPORTER")))
                .body("institutionId", equalTo(institution.toString()))
                .body("operations", hasItem(readOperation()))
                .body("operations", not(hasItem(adminOperation())));
        given().auth().oauth2(Tokens.of("PROVINCE_ADMIN", null, "53")).get("/api/v1/me").then().statusCode(200)
                .body("divisionCode", equalTo("53")).body("divisionName", equalTo("云南省"));
        given().auth().oauth2(Tokens.nationalAdmin()).get("/api/v1/me").then().statusCode(200)
                .body("operations", hasItem(adminOperation())).body("operations", hasItem("getMe"));
        given().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void problemTitlesAreChineseUnlessTheCallerPrefersEnglish() {
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists/no-such-list").then().statusCode(404)
                .header("Content-Language", "zh-CN").body("title", equalTo("不存在"));
        given().auth().oauth2(Tokens.role("VIEWER")).header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
                .get("/api/v1/code-lists/no-such-list").then().statusCode(404)
                .header("Content-Language", "en").body("title", equalTo("Not Found"));
        given().auth().oauth2(Tokens.role("VIEWER")).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .queryParam("parent", "53").get("/api/v1/code-lists/departments").then().statusCode(400)
                .body("title", equalTo("请求无效")).body("errors[0].field", equalTo("parent"));
    }

    @Test
    void problemDetailsAndFieldMessagesAreInTheCallersLanguageToo() {
        given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/code-lists/no-such-list").then().statusCode(404)
                .body("detail", equalTo("代码表 no-such-list 不存在"));
        given().auth().oauth2(Tokens.role("VIEWER")).header("Accept-Language", "en")
                .get("/api/v1/code-lists/no-such-list").then().statusCode(404)
                .body("detail", equalTo("code list no-such-list does not exist"));
        given().auth().oauth2(Tokens.role("VIEWER")).queryParam("size", 0).get("/api/v1/institutions").then()
                .statusCode(400).body("errors[0].field", equalTo("size"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("应在 1 到 "))
                .body("detail", org.hamcrest.Matchers.startsWith("size：应在 1 到 "));
        given().auth().oauth2(Tokens.role("VIEWER")).header("Accept-Language", "en-US,en;q=0.9")
                .queryParam("size", 0).get("/api/v1/institutions").then()
                .statusCode(400).body("errors[0].message", org.hamcrest.Matchers.startsWith("must be between 1 and "));
        // a query parameter of the wrong form (converted by the shared QueryParameters)
        given().auth().oauth2(Tokens.role("VIEWER")).queryParam("page", "x").get("/api/v1/institutions").then()
                .statusCode(400).body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("“x”无效：应为整数"));
        given().get("/api/v1/me").then().statusCode(401).body("detail", org.hamcrest.Matchers.startsWith("需要有效的 Bearer 令牌"));
        // and what JAX-RS answers itself: a method the path does not take
        given().auth().oauth2(Tokens.role("VIEWER")).delete("/api/v1/code-lists").then().statusCode(405)
                .body("title", equalTo("不支持的方法")).body("detail", equalTo("该路径不支持此请求方法"));
    }

    /** The test profile allows https://shanhai.example.gov.cn, as an overlay's CORS_ORIGINS would. */
    @Test
    void browsersMayCallFromTheConfiguredOriginsOnly() {
        String origin = "https://shanhai.example.gov.cn";
        given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match")
                .options("/api/v1/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("Idempotency-Key"));
        given().auth().oauth2(Tokens.role("VIEWER")).header("Origin", origin).get("/api/v1/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin))
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("ETag"), org.hamcrest.Matchers.containsString("Location")));
        given().auth().oauth2(Tokens.role("VIEWER")).header("Origin", "https://elsewhere.example.com").get("/api/v1/me")
                .then().statusCode(403).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
