import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Does to a plain Kafka broker what Strimzi's Topic and User Operators do in Kubernetes with the
 * KafkaTopics and KafkaUsers of deploy/: creates the topics, gives each user a SCRAM-SHA-512 password
 * and exactly the ACLs its KafkaUser lists. The system tests then run the services against that broker
 * with the settings deploy/ gives them, so the manifests' ACLs are tried for real.
 * Run: kubectl kustomize deploy/overlays/dev | java -cp ".dev/kafka/libs/*" KafkaAsStrimzi.java ADMIN_BOOTSTRAP PASSWORD
 * (ADMIN_BOOTSTRAP: a listener whose principal is a super user; every user gets PASSWORD).
 */
public class KafkaAsStrimzi {

    /** Strimzi's names as Kafka's constants: topic is TOPIC, IdempotentWrite is IDEMPOTENT_WRITE. */
    static String constant(String strimzi) {
        return strimzi.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String password = args[1];
        List<JsonNode> topics = new ArrayList<>();
        List<JsonNode> users = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (YAMLParser parser = new YAMLFactory().createParser(System.in)) {
            for (var it = yaml.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                switch (doc.path("kind").asText()) {
                    case "KafkaTopic" -> topics.add(doc);
                    case "KafkaUser" -> users.add(doc);
                    default -> { }
                }
            }
        }
        if (topics.isEmpty() || users.isEmpty()) {
            throw new IllegalStateException("no KafkaTopic or no KafkaUser in the rendered manifests");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> create = new ArrayList<>();
            for (JsonNode t : topics) {
                String name = t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText());
                Map<String, String> config = new HashMap<>();
                t.path("spec").path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
                create.add(new NewTopic(name, Optional.of(t.path("spec").path("partitions").asInt()), Optional.of((short) 1))
                        .configs(config));
            }
            admin.createTopics(create).all().get();
            List<UserScramCredentialUpsertion> passwords = new ArrayList<>();
            List<AclBinding> acls = new ArrayList<>();
            for (JsonNode u : users) {
                String user = u.path("metadata").path("name").asText();
                if (!"scram-sha-512".equals(u.path("spec").path("authentication").path("type").asText())) {
                    throw new IllegalStateException(user + ": not a SCRAM-SHA-512 user");
                }
                passwords.add(new UserScramCredentialUpsertion(user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                        password));
                for (JsonNode acl : u.path("spec").path("authorization").path("acls")) {
                    JsonNode r = acl.path("resource");
                    ResourcePattern pattern = new ResourcePattern(ResourceType.valueOf(constant(r.path("type").asText())),
                            r.path("name").asText("kafka-cluster"),
                            PatternType.valueOf(constant(r.path("patternType").asText("literal"))));
                    for (JsonNode op : acl.path("operations")) {
                        acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + user, acl.path("host").asText("*"),
                                AclOperation.valueOf(constant(op.asText())), AclPermissionType.ALLOW)));
                    }
                }
            }
            admin.alterUserScramCredentials(new ArrayList<>(passwords)).all().get();
            admin.createAcls(acls).all().get();
            System.out.printf("%d topics, %d users with %d ACL entries%n", create.size(), passwords.size(), acls.size());
        }
    }
}
