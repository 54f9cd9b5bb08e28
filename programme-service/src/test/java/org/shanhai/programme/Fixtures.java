package org.shanhai.programme;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.testing.Tokens;

/** Test data made through the API, as a user would make it. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as(Tokens.nationalAdmin());
    }

    public static String institution(String name, String divisionCode, String kind) {
        return admin().body(Map.of("name", name + "-" + UUID.randomUUID().toString().substring(0, 8),
                        "divisionCode", divisionCode, "kind", kind))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A programme body: lead, partners, recipients (the first is primary). */
    public static Map<String, Object> programme(String code, String lead, List<String> partners, List<String> recipients) {
        Map<String, Object> b = new HashMap<>();
        b.put("code", code);
        b.put("name", "“组团式”帮扶 " + code);
        b.put("scheme", "GROUP_ASSISTANCE");
        b.put("leadInstitutionId", lead);
        b.put("partnerInstitutionIds", partners);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            rs.add(Map.of("institutionId", recipients.get(i), "primary", i == 0));
        }
        b.put("recipients", rs);
        b.put("startDate", "2021-07-01");
        b.put("objectives", List.of("派出一支队伍", "带好一所医院"));
        b.put("focusDepartments", List.of("04.02", "03.04"));
        return b;
    }
}
