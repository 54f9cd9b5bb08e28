package org.shanhai.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import org.shanhai.common.time.Dates;

/** Jackson as the services use it: dates in request bodies are checked against {@link Dates}' range. */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {

    /** A date that parses but cannot be meant (or stored): its message is the user's. */
    public static class DateOutOfRange extends InvalidFormatException {
        private final transient org.shanhai.common.problem.Text reason;

        DateOutOfRange(JsonParser p, org.shanhai.common.problem.Text reason, String value) {
            super(p, reason.en(), value, LocalDate.class);
            this.reason = reason;
        }

        public org.shanhai.common.problem.Text reason() {
            return reason;
        }
    }

    /** Last: registered after Quarkus' own JavaTimeModule, so this date deserializer wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("shanhai-dates").addDeserializer(LocalDate.class, new BoundedDates()));
    }

    static class BoundedDates extends StdScalarDeserializer<LocalDate> {
        BoundedDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return Dates.parse(text);
            } catch (IllegalArgumentException e) {
                throw new DateOutOfRange(p, org.shanhai.common.problem.InvalidValueException.reasonOf(e), text);
            }
        }
    }
}
