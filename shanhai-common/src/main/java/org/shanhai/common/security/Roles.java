package org.shanhai.common.security;

/** The roles a token carries in its {@code groups} claim, as agreed with the identity provider and the other systems. */
public final class Roles {

    public static final String NATIONAL_ADMIN = "NATIONAL_ADMIN";
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    public static final String PROGRAMME_MANAGER = "PROGRAMME_MANAGER";
    public static final String HOSPITAL_REPORTER = "HOSPITAL_REPORTER";
    public static final String VIEWER = "VIEWER";
    public static final String SERVICE_CLIENT = "SERVICE_CLIENT";

    private Roles() {
    }
}
