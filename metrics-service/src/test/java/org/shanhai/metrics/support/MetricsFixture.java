package org.shanhai.metrics.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.common.testing.TestEvents;
import org.shanhai.common.testing.Tokens;

/**
 * A programme as programme-service would announce it on programme.events: a lead in Shanghai, a
 * partner, a recipient county in {@code division}, and an unrelated supporting hospital. Each test
 * makes its own, so tests share nothing.
 */
public final class MetricsFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    public final UUID programme = UUID.randomUUID();
    public final UUID lead = UUID.randomUUID();
    public final UUID partner = UUID.randomUUID();
    public final UUID county = UUID.randomUUID();
    public final UUID stranger = UUID.randomUUID();
    public final String division;

    private MetricsFixture(String division) {
        this.division = division;
    }

    /** Announces the institutions and the programme, and waits until metrics-service knows them. */
    public static MetricsFixture announce(String division, String countyName) throws Exception {
        MetricsFixture f = new MetricsFixture(division);
        f.institution(f.lead, "新华医院", "310110");
        f.institution(f.partner, "上海市第一人民医院", "310101");
        f.institution(f.county, countyName, division);
        f.institution(f.stranger, "复旦大学附属中山医院", "310104");
        String code = "YN-M-" + f.programme.toString().substring(0, 8).toUpperCase();
        TestEvents.send("programme.events", f.programme.toString(), UUID.randomUUID(), ProgrammeEvent.REGISTERED,
                JSON.writeValueAsString(new ProgrammeEvent(f.programme, code, "测试项目", "GROUP_ASSISTANCE", f.lead,
                        List.of(f.partner), List.of(new ProgrammeEvent.Recipient(f.county, true)), "2021-07-01", null,
                        "ACTIVE", null, List.of(), List.of(), 0, null)),
                TestEvents.PROGRAMME_SERVICE, OffsetDateTime.now());
        ProgrammeReferences programmes = Arc.container().instance(ProgrammeReferences.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> programmes.programme(f.programme).isPresent())
                        && known(f.lead) && known(f.partner) && known(f.county) && known(f.stranger));
        return f;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public String reporter() {
        return Tokens.of("HOSPITAL_REPORTER", county, null);
    }

    public String partnerManager() {
        return Tokens.of("PROGRAMME_MANAGER", partner, null);
    }

    public String strangerManager() {
        return Tokens.of("PROGRAMME_MANAGER", stranger, null);
    }

    void institution(UUID id, String name, String division) throws Exception {
        TestEvents.send("programme.events", id.toString(), UUID.randomUUID(), "institution.registered",
                TestEvents.institution(id, name + "-" + id, division, 0));
    }

    static boolean known(UUID institution) {
        return given().auth().oauth2(Tokens.role("VIEWER")).get("/api/v1/institutions/" + institution).statusCode() == 200;
    }
}
