package org.shanhai.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shanhai.common.events.contract.EventTypes;
import org.shanhai.common.events.contract.EventTypes.Contract;

/**
 * docs/api/events.asyncapi.yaml (AsyncAPI 3.0), generated from the one list of event contracts
 * ({@link EventTypes}) and their JSON Schemas: the topics, each {@code ce_type} with its payload schema,
 * the CloudEvents headers, the key, the ordering and the delivery guarantee. Never written by hand.
 */
public final class EventsDocument {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    static final Map<String, String[]> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(EventTypes.PROGRAMME, new String[] {"programmeEvents", "programme-service",
            "帮扶项目事件: 医疗机构、项目、批次、专家、派驻、工作站、资源投入 Institutions, programmes, batches, experts, "
                + "assignments, workstations and resource inputs, as programme-service records them."});
        TOPICS.put(EventTypes.TRAINING, new String[] {"trainingEvents", "training-service",
            "培训事件: 人员、培训活动、师带徒、进修、考试结果、报告合计 Staff (without names), training activities, mentorships, "
                + "secondments, exam results and reported totals, as training-service records them."});
        TOPICS.put(EventTypes.METRICS, new String[] {"metricsEvents", "metrics-service",
            "指标事件: 指标、观测值、审核、里程碑、目标 Indicators, observations, approvals, milestones and targets, as "
                + "metrics-service records them."});
    }

    private EventsDocument() {
    }

    public static String yaml() throws IOException {
        return "# Generated from shanhai-common's event contracts (EventTypes and events/*.schema.json) by\n"
                + "# EventsDocumentTest during the build: do not edit; change the contracts instead.\n"
                + YAML.writeValueAsString(document());
    }

    static ObjectNode document() throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Shanhai events 山海事件");
        info.put("version", "1.0.0");
        info.put("description", """
                The events the three Shanhai services publish on Kafka. 山海各服务在 Kafka 上发布的事件。

                * **Format**: CloudEvents 1.0 in binary mode: the payload is the record's value (JSON), the attributes are \
                headers (`ce_specversion`, `ce_id`, `ce_type`, `ce_source`, `ce_time`, `ce_subject`).
                * **Payload**: the entity's current state, plus `changes` (each changed field's old and new value) on an update.
                * **Key**: the programme's id where the entity belongs to a programme, else the entity's id.
                * **Ordering**: the events of one key are in order (one partition); there is no order across keys.
                * **Delivery**: at least once. Events are written in the same transaction as the change (transactional \
                outbox) and relayed; a relay restart can publish an event again. Deduplicate by `ce_id`.
                * **Retention**: the three topics keep their events for good: a new consumer starts from offset 0 and \
                rebuilds its state.
                * **Sources**: only the named service publishes on its topic (`ce_source` = `/shanhai/<service>`); \
                anything else on a topic is to be refused.
                * **Consumer groups**: name yours after your system, so its replicas share the partitions. \
                Dead letters: each consuming service's `<service>.dlq` (docs/integration.md).""");
        doc.put("defaultContentType", "application/json");
        ObjectNode servers = doc.putObject("servers");
        ObjectNode kafka = servers.putObject("production");
        kafka.put("host", "shanhai-kafka-kafka-bootstrap.shanhai.svc:9093");
        kafka.put("protocol", "kafka-secure");
        kafka.put("description", "The Strimzi cluster of deploy/: TLS listener, SCRAM-SHA-512, one KafkaUser per client "
                + "with ACLs on the topics it reads");
        kafka.putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventHeaders", headers());
        components.putObject("securitySchemes").putObject("scram").put("type", "scramSha512")
                .put("description", "SASL/SCRAM-SHA-512 over TLS; the cluster's CA certificate from its Secret");

        for (Map.Entry<String, String[]> topic : TOPICS.entrySet()) {
            String id = topic.getValue()[0];
            ObjectNode channel = channels.putObject(id);
            channel.put("address", topic.getKey());
            channel.put("title", topic.getKey());
            channel.put("description", topic.getValue()[2]);
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode binding = channel.putObject("bindings").putObject("kafka");
            binding.put("topic", topic.getKey());
            binding.put("partitions", 6);
            binding.putObject("topicConfiguration").put("retention.ms", -1).putArray("cleanup.policy").add("delete");
            binding.put("bindingVersion", "0.5.0");

            ObjectNode operation = operations.putObject("publish" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            operation.put("action", "send");
            operation.put("title", topic.getValue()[1] + " publishes on " + topic.getKey());
            operation.put("summary", "Consumers receive these (at least once; deduplicate by ce_id)");
            operation.putObject("channel").put("$ref", "#/channels/" + id);
            ArrayNode operationMessages = operation.putArray("messages");

            for (Contract c : EventTypes.CONTRACTS) {
                if (!c.topic().equals(topic.getKey())) {
                    continue;
                }
                if (!schemas.has(c.schemaName())) {
                    schemas.set(c.schemaName(), schema(c));
                }
                ObjectNode message = messages.putObject(c.type());
                message.put("name", c.type());
                message.put("title", c.type());
                JsonNode source = schemas.get(c.schemaName());
                if (source.has("description")) {
                    message.put("summary", source.get("description").asText());
                }
                message.put("contentType", "application/json");
                message.putObject("headers").put("$ref", "#/components/schemas/CloudEventHeaders");
                message.putObject("payload").put("$ref", "#/components/schemas/" + c.schemaName());
                message.putObject("correlationId").put("description", "the event's id: deduplicate by it")
                        .put("location", "$message.header#/ce_id");
                ObjectNode key = message.putObject("bindings").putObject("kafka");
                key.putObject("key").put("type", "string").put("format", "uuid")
                        .put("description", "the programme's id where the entity belongs to a programme, else the entity's id");
                key.put("bindingVersion", "0.5.0");
                channelMessages.putObject(c.type()).put("$ref", "#/components/messages/" + c.type());
                operationMessages.addObject().put("$ref", "#/channels/" + id + "/messages/" + c.type());
            }
        }
        return doc;
    }

    /** The JSON Schema of a payload, as the contract gives it (draft-07 keywords only), without its own id. */
    static ObjectNode schema(Contract c) throws IOException {
        try (InputStream in = EventsDocument.class.getClassLoader().getResourceAsStream(c.schemaPath())) {
            if (in == null) {
                throw new IllegalStateException(c.schemaPath() + " is missing");
            }
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            schema.remove(List.of("$schema", "$id"));
            return schema;
        }
    }

    static ObjectNode headers() {
        ObjectNode h = JSON.createObjectNode();
        h.put("type", "object");
        h.put("description", "CloudEvents 1.0 attributes, binary mode (Kafka headers, UTF-8)");
        h.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source").add("ce_time");
        ObjectNode p = h.putObject("properties");
        p.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        p.putObject("ce_id").put("type", "string").put("format", "uuid")
                .put("description", "unique per event; the same on a redelivery: deduplicate by it");
        p.putObject("ce_type").put("type", "string").put("description", "the event type, e.g. institution.registered");
        p.putObject("ce_source").put("type", "string").put("pattern", "^/shanhai/(programme|training|metrics)-service$")
                .put("description", "the publishing service");
        p.putObject("ce_time").put("type", "string").put("format", "date-time")
                .put("description", "when the change was committed");
        p.putObject("ce_subject").put("type", "string").put("description", "the entity, e.g. institution/<id>");
        return h;
    }
}
