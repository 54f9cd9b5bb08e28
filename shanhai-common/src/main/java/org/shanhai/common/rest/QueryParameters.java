package org.shanhai.common.rest;

import org.shanhai.common.problem.Text;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import org.shanhai.common.time.Dates;

/**
 * Converts query parameters so that a value of the wrong form is a 400 naming the parameter.
 * Without it, JAX-RS must answer a failed query parameter conversion with 404 (spec 3.2), which
 * tells a client nothing; a {@link jakarta.ws.rs.WebApplicationException} thrown by a converter
 * is passed on as it is.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    /** A query parameter that could not be read; the problem mapping names it in {@code errors[]}. */
    public static class Invalid extends BadRequestException {
        public final String parameter;
        private final transient Text reason;

        Invalid(String parameter, Text reason) {
            super(parameter + ": " + reason.en());
            this.parameter = parameter;
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, Text.of("must be a UUID", "应为 UUID"));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new ParamConverter<LocalDate>() {
                @Override
                public LocalDate fromString(String value) {
                    try {
                        return value == null || value.isEmpty() ? null : Dates.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw new Invalid(name, org.shanhai.common.problem.InvalidValueException.reasonOf(e));
                    }
                }

                @Override
                public String toString(LocalDate value) {
                    return value == null ? null : value.toString();
                }
            };
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, Text.of("must be a whole number", "应为整数"));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name, v -> Enum.valueOf(type, v),
                    Text.of("must be one of " + Arrays.toString(type.getEnumConstants()),
                            "应为以下之一：" + Arrays.toString(type.getEnumConstants())));
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, Text expected) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new Invalid(name, Text.of("'" + value + "' is not valid: " + expected.en(),
                            "“" + value + "”无效：" + expected.zh()));
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
