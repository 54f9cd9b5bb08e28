package org.shanhai.common.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;

/**
 * PATCH as JSON Merge Patch (RFC 7396): the patch is merged onto the resource's current request
 * form and the result is bound and validated exactly like a PUT body, so PATCH can never store
 * what PUT would refuse. Services call it inside their write transaction, on the state they have
 * just read, so two concurrent patches of different fields never undo each other.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    JsonBodies bodies;

    public <T> T apply(T current, String rawPatch, Class<T> type) {
        JsonNode patch = bodies.tree(rawPatch);
        return bodies.bind(merge(bodies.toTree(current), patch), type);
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                result.set(f.getKey(), merge(result.get(f.getKey()), f.getValue()));
            }
        }
        return result;
    }
}
