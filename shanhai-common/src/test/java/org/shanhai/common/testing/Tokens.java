package org.shanhai.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import java.util.UUID;

/** Real RS256 tokens signed with the dev key pair (the services verify them as in production). */
public final class Tokens {

    public static final String ISSUER = "https://shanhai.local/dev";

    private Tokens() {
    }

    public static String of(String role, UUID institutionId, String divisionCode) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER)
                .subject("test-" + role.toLowerCase().replace('_', '-'))
                .upn("test-" + role.toLowerCase().replace('_', '-'))
                .groups(Set.of(role))
                .expiresIn(3600);
        if (institutionId != null) {
            b.claim("institutionId", institutionId.toString());
        }
        if (divisionCode != null) {
            b.claim("divisionCode", divisionCode);
        }
        return b.sign();
    }

    /** A token of {@code role} for another caller (a different subject). */
    public static String withSubject(String role, String subject) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(role)).expiresIn(3600).sign();
    }

    public static String role(String role) {
        return of(role, null, null);
    }

    public static String nationalAdmin() {
        return role("NATIONAL_ADMIN");
    }

    public static String provinceAdmin(String divisionCode) {
        return of("PROVINCE_ADMIN", null, divisionCode);
    }

    /** A token whose signature does not verify: the last characters of a valid signature changed. */
    public static String forged() {
        String t = nationalAdmin();
        char last = t.charAt(t.length() - 2);
        return t.substring(0, t.length() - 2) + (last == 'A' ? 'B' : 'A') + t.charAt(t.length() - 1);
    }

    /** A correctly signed token that expired an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("test-expired").groups(Set.of("NATIONAL_ADMIN"))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }

    /** A correctly signed token from an issuer the services do not trust. */
    public static String otherIssuer() {
        return Jwt.issuer("https://example.invalid/other").subject("test-other").groups(Set.of("NATIONAL_ADMIN"))
                .expiresIn(3600).sign();
    }
}
