package org.shanhai.metrics.institution;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.events.InstitutionReference;
import org.shanhai.common.events.InstitutionReferenceResource;

@Path("/api/v1/institutions")
@Tag(name = "Institutions 医疗机构", description = "Institutions as programme-service announced them (read only)")
@SecurityRequirement(name = "SecurityScheme")
@io.quarkus.security.Authenticated
public class KnownInstitutionResource extends InstitutionReferenceResource {

    @Override
    protected PanacheQuery<KnownInstitution> all(Sort sort) {
        return KnownInstitution.findAll(sort);
    }

    @Override
    protected PanacheQuery<KnownInstitution> inDivision(String prefix, Sort sort) {
        return KnownInstitution.find("divisionCode like ?1", sort, prefix + "%");
    }

    @Override
    protected InstitutionReference byId(UUID id) {
        return KnownInstitution.findById(id);
    }
}
