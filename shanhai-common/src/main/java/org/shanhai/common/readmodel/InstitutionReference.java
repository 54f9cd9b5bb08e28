package org.shanhai.common.readmodel;

import jakarta.persistence.MappedSuperclass;
import org.shanhai.common.events.contract.InstitutionEvent;

/**
 * What a consuming service knows of an institution, from programme-service's events. A consumer
 * maps one concrete entity onto its own {@code institution} table (the migration ships with this
 * module); {@link InstitutionReferences} keeps it and serves it.
 */
@MappedSuperclass
public abstract class InstitutionReference extends Projection {

    public String name;

    public String nameEn;

    public String creditCode;

    public String divisionCode;

    public String kind;

    public String grade;

    void copy(InstitutionEvent e) {
        name = e.name();
        nameEn = e.nameEn();
        creditCode = e.creditCode();
        divisionCode = e.divisionCode();
        kind = e.kind();
        grade = e.grade();
    }
}
