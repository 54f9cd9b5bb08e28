package org.shanhai.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MergePatchTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private String merge(String target, String patch) throws Exception {
        return MergePatch.merge(mapper.readTree(target), mapper.readTree(patch)).toString();
    }

    /** Cases from RFC 7396, appendix A. */
    @Test
    void followsRfc7396() throws Exception {
        assertEquals("{\"a\":\"c\"}", merge("{\"a\":\"b\"}", "{\"a\":\"c\"}"));
        assertEquals("{\"a\":\"b\",\"b\":\"c\"}", merge("{\"a\":\"b\"}", "{\"b\":\"c\"}"));
        assertEquals("{}", merge("{\"a\":\"b\"}", "{\"a\":null}"));
        assertEquals("{\"b\":\"c\"}", merge("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}"));
        assertEquals("{\"a\":\"c\"}", merge("{\"a\":[\"b\"]}", "{\"a\":\"c\"}"));
        assertEquals("{\"a\":[\"c\"]}", merge("{\"a\":\"c\"}", "{\"a\":[\"c\"]}"));
        assertEquals("{\"a\":{\"b\":\"d\"}}", merge("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}"));
        assertEquals("{\"e\":null,\"a\":1}", merge("{\"e\":null}", "{\"a\":1}"));
        assertEquals("{\"a\":{\"bb\":{}}}", merge("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}"));
    }
}
