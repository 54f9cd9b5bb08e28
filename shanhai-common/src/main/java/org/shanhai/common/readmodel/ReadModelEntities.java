package org.shanhai.common.readmodel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

/**
 * The read models shanhai-common keeps are mapped superclasses; a consuming service opts in by
 * declaring one small entity for each (its table ships with this module's migrations). This finds
 * that entity, so a service that keeps no such read model simply has none.
 */
public final class ReadModelEntities {

    private ReadModelEntities() {
    }

    /** The service's entity extending {@code base}, or null when it declares none. */
    @SuppressWarnings("unchecked")
    public static <T> Class<? extends T> concrete(EntityManager em, Class<T> base) {
        return (Class<? extends T>) em.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(base::isAssignableFrom)
                .findFirst().orElse(null);
    }

    /** The entity's name for JPQL. */
    public static String name(EntityManager em, Class<?> entity) {
        return em.getMetamodel().entity(entity).getName();
    }

    public static <T> T newInstance(Class<? extends T> entity) {
        try {
            return entity.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("read model entity " + entity + " needs a public no-argument constructor", ex);
        }
    }
}
