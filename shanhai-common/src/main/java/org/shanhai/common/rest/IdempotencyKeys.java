package org.shanhai.common.rest;

import org.shanhai.common.problem.Text;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.rest.IdempotencyStore.Claim;
import org.shanhai.common.rest.IdempotencyStore.Stored;

/**
 * {@code Idempotency-Key} on every POST that creates a resource (one that documents a 201), as the IETF
 * draft "The Idempotency-Key HTTP Header Field" and the payment APIs have it: a client that did not get
 * the answer to a create can send it again with the same key and gets the first answer (status, body,
 * Location, ETag, and {@code Idempotent-Replayed: true}) instead of a second resource.
 * <ul>
 * <li>A key belongs to the token's issuer and subject, the method and the path; it is remembered 24 hours.</li>
 * <li>The same key with another body is a 422 naming the header; nothing is created.</li>
 * <li>A request that arrives while the first with its key is still running waits for its answer (up to
 * {@link #WAIT_MS}), then gets it; two concurrent requests with one key create one resource.</li>
 * <li>Only a successful create is remembered: after a 4xx or 5xx the key is free, so the client can
 * correct the request and send it again with the same key.</li>
 * </ul>
 * The first request's key is taken before its transaction and its answer recorded after it: a process
 * that dies in between leaves the key taken without an answer; after {@link IdempotencyStore#ABANDONED}
 * it counts as abandoned and a retry runs again (docs/integration.md).
 */
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final long WAIT_MS = 10_000;
    private static final String CLAIM = IdempotencyKeys.class.getName() + ".claim";
    /** Printable ASCII, as the draft asks (a UUID is what clients usually send). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @Inject
    ResourceInfo resource;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    /* Runs on the request's worker thread (the creates are blocking), which reads and hashes the body here. */
    @ServerRequestFilter(readBody = true)
    public Response claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !creates(resource.getResourceMethod())) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            return Problems.invalid(List.of(FieldError.header(HEADER,
                    Text.of("must be 1 to 255 printable ASCII characters, for example a UUID",
                            "应为 1 到 255 个可打印 ASCII 字符，例如一个 UUID")))).toResponse();
        }
        // the token's issuer and subject (a username can be renamed or reused; the subject is not)
        String caller = identity.isAnonymous() ? "" : token.getSubject() != null
                ? token.getIssuer() + " " + token.getSubject() : identity.getPrincipal().getName();
        String scope = caller + " POST " + request.getUriInfo().getPath();
        String hash;
        try {
            hash = sha256(request);
        } catch (UncheckedIOException e) {
            return Problems.invalid(List.of(FieldError.body("body", Text.of("could not be read whole", "无法完整读取")))).toResponse();
        }
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (true) {
            Claim claim = store.claim(scope, key, hash);
            if (claim instanceof Claim.Taken) {
                request.setProperty(CLAIM, claim);
                return null;
            }
            if (claim instanceof Claim.OtherRequest) {
                return Problems.unprocessableHeader(HEADER, Text.of("was already used for a different request to "
                        + request.getUriInfo().getPath() + " in the last 24 hours; use a new key for a new request",
                        "24 小时内已用于对 " + request.getUriInfo().getPath() + " 的另一请求；新请求请用新的键"))
                        .toResponse();
            }
            if (claim instanceof Claim.Answered answered) {
                return replay(answered.stored());
            }
            if (System.currentTimeMillis() > deadline) { // still in flight
                return Response.fromResponse(Problems.conflictHeader(HEADER, Text.of("a request with this key is still "
                        + "being processed; send it again in a moment", "使用此键的请求仍在处理中；请稍后重发")).toResponse()).header("Retry-After", "1").build();
            }
            pause();
        }
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim.Taken taken)) {
            return;
        }
        try {
            if (response.getStatus() / 100 != 2) {
                store.release(taken);
                return;
            }
            Object entity = response.getEntity();
            String body = entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
            store.answer(taken, new Stored(response.getStatus(),
                    Optional.ofNullable(response.getMediaType()).map(Object::toString).orElse(null),
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body));
        } catch (IOException | RuntimeException e) {
            // the answer stands either way; the key stays taken without one (a retry waits, then gets a 409,
            // until it counts as abandoned): never released after a success, which would let a retry create again
            LOG.warnf("Idempotency-Key of %s: the answer (%d) was not recorded: %s", taken.scope(), response.getStatus(),
                    e.getMessage());
        }
    }

    private static Response replay(Stored stored) {
        Response.ResponseBuilder r = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            r.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            r.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            r.header(HttpHeaders.ETAG, stored.etag());
        }
        return r.build();
    }

    /** A POST creates when it documents a 201, the rule the OpenAPI filter also applies to list the header. */
    static boolean creates(Method method) {
        if (method == null) {
            return false;
        }
        APIResponseSchema schema = method.getAnnotation(APIResponseSchema.class);
        if (schema != null && "201".equals(schema.responseCode())) {
            return true;
        }
        for (APIResponse r : method.getAnnotationsByType(APIResponse.class)) {
            if ("201".equals(r.responseCode())) {
                return true;
            }
        }
        return false;
    }

    /** Of the query string and the body: the same key with either changed is another request. */
    private static String sha256(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update((query == null ? "" : query).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with this key", e);
        }
    }
}
