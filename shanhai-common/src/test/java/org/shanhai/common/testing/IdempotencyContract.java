package org.shanhai.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What {@code Idempotency-Key} does on a service's creating POSTs (rest.IdempotencyKeys), against the
 * real database: each service runs it as a {@code @QuarkusTest} subclass over one of its creates.
 */
public abstract class IdempotencyContract {

    static final String HEADER = "Idempotency-Key";

    /** The create's path. */
    protected abstract String path();

    /** A valid body for the create; a different {@code distinct} gives a different resource. */
    protected abstract String body(String distinct);

    /** A body the create refuses with 400. */
    protected abstract String invalidBody();

    /** The role that may create. */
    protected abstract String role();

    /** How many of these resources are stored. */
    protected abstract long stored();

    protected String token(String subject) {
        return Tokens.withSubject(role(), subject);
    }

    private Response post(String subject, String key, String body) {
        var request = given().auth().oauth2(token(subject)).contentType("application/json").body(body);
        if (key != null) {
            request.header(HEADER, key);
        }
        return request.post(path());
    }

    @Test
    void theSameKeyAndBodyGetTheFirstResponseAndCreateNothingNew() {
        String key = UUID.randomUUID().toString(), body = body(key.substring(0, 8));
        long before = stored();
        Response first = post("idem-a", key, body);
        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"));
        Response again = post("idem-a", key, body);
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""));
        assertEquals(before + 1, stored());
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422NamingTheHeader() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, post("idem-b", key, body(key.substring(0, 8))).statusCode());
        long before = stored();
        Response other = post("idem-b", key, body("other-" + key.substring(0, 8)));
        assertEquals(422, other.statusCode(), other.asString());
        assertEquals("application/problem+json", other.contentType().split(";")[0]);
        assertEquals(HEADER, other.jsonPath().getString("errors[0].field"));
        assertEquals("header", other.jsonPath().getString("errors[0].in"));
        assertEquals(before, stored());
    }

    @Test
    void aKeyBelongsToItsCaller() {
        String key = UUID.randomUUID().toString();
        Response mine = post("idem-c", key, body(key.substring(0, 8)));
        Response theirs = post("idem-d", key, body("d-" + key.substring(0, 8)));
        assertEquals(201, mine.statusCode(), mine.asString());
        assertEquals(201, theirs.statusCode(), theirs.asString());
        assertNotEquals(mine.header("Location"), theirs.header("Location"));
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForTheCorrectedOne() {
        String key = UUID.randomUUID().toString();
        assertEquals(400, post("idem-e", key, invalidBody()).statusCode());
        long before = stored();
        Response corrected = post("idem-e", key, body(key.substring(0, 8)));
        assertEquals(201, corrected.statusCode(), corrected.asString());
        assertNull(corrected.header("Idempotent-Replayed"));
        assertEquals(before + 1, stored());
    }

    @Test
    void aKeyThatIsNotPrintableAsciiIsA400() {
        Response r = post("idem-f", "x".repeat(256), body(UUID.randomUUID().toString().substring(0, 8)));
        assertEquals(400, r.statusCode(), r.asString());
        assertEquals(HEADER, r.jsonPath().getString("errors[0].field"));
    }

    @Test
    void twoConcurrentRequestsWithOneKeyCreateOneResource() throws Exception {
        String key = UUID.randomUUID().toString(), body = body(key.substring(0, 8));
        long before = stored();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return post("idem-g", key, body);
        })).toList();
        start.countDown();
        Response a = both.get(0).get(30, TimeUnit.SECONDS), b = both.get(1).get(30, TimeUnit.SECONDS);
        assertEquals(201, a.statusCode(), a.asString());
        assertEquals(201, b.statusCode(), b.asString());
        assertEquals(a.header("Location"), b.header("Location"));
        assertEquals(before + 1, stored());
    }

    @Test
    void withoutAKeyEachRequestIsItsOwn() {
        long before = stored();
        String distinct = UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, post("idem-h", null, body(distinct)).statusCode());
        assertEquals(201, post("idem-h", null, body(distinct + "x")).statusCode());
        assertEquals(before + 2, stored());
    }
}
