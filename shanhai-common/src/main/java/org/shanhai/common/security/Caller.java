package org.shanhai.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, roles and the {@code institutionId} / {@code divisionCode} claims. */
@RequestScoped
public class Caller {

    public static final String INSTITUTION_CLAIM = "institutionId";
    public static final String DIVISION_CLAIM = "divisionCode";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject() == null ? token.getName() : token.getSubject();
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public Optional<UUID> institutionId() {
        Object claim = token.getClaim(INSTITUTION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> divisionCode() {
        Object claim = token.getClaim(DIVISION_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }
}
