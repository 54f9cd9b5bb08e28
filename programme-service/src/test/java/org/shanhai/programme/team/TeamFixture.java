package org.shanhai.programme.team;

import static org.shanhai.programme.Fixtures.admin;
import static org.shanhai.programme.Fixtures.institution;
import static org.shanhai.programme.Fixtures.programme;
import static org.shanhai.programme.Fixtures.uniqueCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** A programme (lead 新华, partner 瑞金, recipients 盐津 and 豆沙镇) and helpers to build its team through the API. */
abstract class TeamFixture {

    String xinhua;
    String ruijin;
    String yanjin;
    String township;
    String programmeId;
    String base;

    @BeforeEach
    void programmeWithTwoRecipients() {
        xinhua = institution("新华医院", "310110", "TERTIARY_HOSPITAL");
        ruijin = institution("瑞金医院", "310101", "TERTIARY_HOSPITAL");
        yanjin = institution("盐津县人民医院", "530623", "COUNTY_HOSPITAL");
        township = institution("豆沙镇卫生院", "530623", "TOWNSHIP_HEALTH_CENTRE");
        Map<String, Object> p = programme(uniqueCode("TEAM"), xinhua, List.of(ruijin), List.of(yanjin, township));
        p.put("endDate", "2026-06-30");
        programmeId = admin().body(p).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        base = "/api/v1/programmes/" + programmeId;
    }

    String expert(String name, String home, String title) {
        Map<String, Object> b = new HashMap<>(Map.of("name", name, "homeInstitutionId", home, "department", "04.02"));
        if (title != null) {
            b.put("title", title);
        }
        return admin().body(b).post("/api/v1/experts").then().statusCode(201).extract().path("id");
    }

    String batch(String start, String end) {
        Map<String, Object> b = new HashMap<>(Map.of("startDate", start));
        if (end != null) {
            b.put("endDate", end);
        }
        return admin().body(b).post(base + "/batches").then().statusCode(201).extract().path("id");
    }

    Map<String, Object> assignment(String batch, String expert, String inst, String... roles) {
        return new HashMap<>(Map.of("batchId", batch, "expertId", expert, "institutionId", inst,
                "roles", List.of(roles), "department", "04.02"));
    }

}
