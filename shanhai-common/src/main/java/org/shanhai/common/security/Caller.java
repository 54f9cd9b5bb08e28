package org.shanhai.common.security;

import org.shanhai.common.problem.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.problem.Problems;

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

    /** The raw {@code divisionCode} claim, as the token carries it. */
    public Optional<String> divisionCode() {
        Object claim = token.getClaim(DIVISION_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }

    /**
     * The division a PROVINCE_ADMIN may act in, as a prefix ("53", "5306", "530623"). A claim that
     * is not a GB/T 2260 code or prefix of 2, 4 or 6 digits is refused (403): read as a prefix,
     * "5" would cover seven provinces.
     */
    public Optional<String> scope() {
        Optional<String> claim = divisionCode();
        if (claim.isEmpty()) {
            return claim;
        }
        if (!DivisionCode.isPrefix(claim.get())) {
            throw Problems.forbidden(Text.of("the token's divisionCode claim '" + claim.get()
                    + "' is not a GB/T 2260 division code or prefix (2, 4 or 6 digits)",
                    "令牌的 divisionCode 声明“" + claim.get() + "”不是 GB/T 2260 行政区划代码或其前缀（2、4 或 6 位）"));
        }
        return Optional.of(DivisionCode.trim(claim.get()));
    }
}
