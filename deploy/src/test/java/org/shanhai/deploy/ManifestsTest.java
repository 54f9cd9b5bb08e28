package org.shanhai.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * What must hold of every overlay, read from what {@code kubectl kustomize} renders and checked against
 * the services' own configuration, so that a manifest and the code cannot drift apart unnoticed.
 */
class ManifestsTest {

    static final List<String> SERVICES = List.of("programme-service", "training-service", "metrics-service");
    private static final Map<String, Rendered> CACHE = new HashMap<>();

    static Rendered rendered(String overlay) {
        return CACHE.computeIfAbsent(overlay, Rendered::overlay);
    }

    static Stream<String> overlays() {
        return Rendered.overlays();
    }

    static Deployment deployment(Rendered r, String service) {
        return r.find(Deployment.class, service).orElseThrow(() -> new AssertionError(r.overlay() + ": no Deployment " + service));
    }

    static Container container(Deployment d) {
        List<Container> cs = d.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, cs.size(), d.getMetadata().getName() + ": one container");
        return cs.get(0);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsInTheNamespaceThatEnforcesTheRestrictedStandard(String overlay) {
        Rendered r = rendered(overlay);
        Namespace ns = r.find(Namespace.class, "shanhai").orElseThrow();
        assertEquals("restricted", ns.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
        for (HasMetadata o : r.objects()) {
            if (!(o instanceof Namespace)) {
                assertEquals("shanhai", o.getMetadata().getNamespace(), overlay + ": " + o.getKind() + " " + o.getMetadata().getName());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasTheThreeProbesItsResourcesAndTheRestrictedSecurityContext(String overlay) {
        Rendered r = rendered(overlay);
        List<Deployment> deployments = r.all(Deployment.class);
        assertEquals(new TreeSet<>(SERVICES), names(deployments), overlay + ": one Deployment per service");
        for (Deployment d : deployments) {
            String what = overlay + " " + d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = container(d);
            probe(what, c.getStartupProbe(), "/q/health/started");
            probe(what, c.getLivenessProbe(), "/q/health/live");
            probe(what, c.getReadinessProbe(), "/q/health/ready");
            for (String kind : List.of("cpu", "memory")) {
                assertNotNull(c.getResources().getRequests().get(kind), what + ": requests." + kind);
            }
            Quantity memoryLimit = c.getResources().getLimits().get("memory");
            assertNotNull(memoryLimit, what + ": limits.memory");
            assertTrue(Quantity.getAmountInBytes(memoryLimit).compareTo(
                    Quantity.getAmountInBytes(c.getResources().getRequests().get("memory"))) >= 0, what + ": limit below request");
            assertNotNull(c.getResources().getLimits().get("cpu"), what + ": limits.cpu");

            // the restricted Pod Security Standard, container by container and for the pod
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), what + ": pod runAsNonRoot");
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), what + ": pod seccomp");
            SecurityContext sc = c.getSecurityContext();
            assertNotNull(sc, what + ": container securityContext");
            assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), what + ": allowPrivilegeEscalation");
            assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), what + ": readOnlyRootFilesystem");
            assertEquals(Boolean.TRUE, sc.getRunAsNonRoot(), what + ": runAsNonRoot");
            assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), what + ": capabilities dropped");
            assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), what + ": no capability added");
            assertNull(sc.getPrivileged(), what + ": privileged");
            assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0,
                    what + ": a numeric non-root user");
            // a writable /tmp on a read-only root filesystem
            String tmpVolume = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow(() -> new AssertionError(what + ": /tmp is not mounted")).getName();
            Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
            assertNotNull(tmp.getEmptyDir(), what + ": /tmp is an emptyDir");

            // its own ServiceAccount, and no token in the pod
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), what + ": automountServiceAccountToken");
            ServiceAccount sa = r.find(ServiceAccount.class, pod.getServiceAccountName())
                    .orElseThrow(() -> new AssertionError(what + ": no ServiceAccount " + pod.getServiceAccountName()));
            assertEquals(d.getMetadata().getName(), sa.getMetadata().getName(), what + ": a ServiceAccount of its own");
            assertEquals(Boolean.FALSE, sa.getAutomountServiceAccountToken(), what + ": the ServiceAccount mounts no token");
        }
    }

    private static void probe(String what, Probe p, String path) {
        assertNotNull(p, what + ": no probe on " + path);
        assertNotNull(p.getHttpGet(), what + ": " + path + " is an HTTP probe");
        assertEquals(path, p.getHttpGet().getPath(), what);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aRollingUpdateLosesNoRequest(String overlay) {
        for (String service : SERVICES) {
            Deployment d = deployment(rendered(overlay), service);
            String what = overlay + " " + service;
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = container(d);
            assertNotNull(c.getLifecycle(), what + ": a pre-stop delay");
            long preStop = c.getLifecycle().getPreStop().getSleep().getSeconds();
            String timeout = ServiceConfig.of(service).get("quarkus.shutdown.timeout");
            assertNotNull(timeout, what + ": quarkus.shutdown.timeout is not set for the packaged service");
            Duration shutdown = Duration.parse("PT" + timeout.toUpperCase());
            assertTrue(preStop > 0, what + ": pre-stop delay");
            assertTrue(pod.getTerminationGracePeriodSeconds() > preStop + shutdown.toSeconds(), what
                    + ": the grace period (" + pod.getTerminationGracePeriodSeconds() + " s) must outlast the pre-stop delay ("
                    + preStop + " s) and quarkus.shutdown.timeout (" + shutdown.toSeconds() + " s)");
            assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(), what + ": maxUnavailable");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretIsDefinedAndEveryOneReferencedIsAnOperatorsOrDocumented(String overlay) {
        Rendered r = rendered(overlay);
        for (Secret s : r.all(Secret.class)) {
            fail(overlay + ": the manifests define Secret " + s.getMetadata().getName() + "; secrets come from the operators or from ops");
        }
        Set<String> generated = new TreeSet<>();
        r.custom("Cluster").forEach(c -> generated.add(c.getMetadata().getName() + "-app"));
        r.custom("KafkaUser").forEach(u -> generated.add(u.getMetadata().getName()));
        r.custom("Kafka").forEach(k -> generated.add(k.getMetadata().getName() + "-cluster-ca-cert"));
        // the one Secret ops create by hand: the object store's credentials (docs/operations.md)
        Set<String> documented = Set.of("shanhai-backup-credentials");
        Set<String> referenced = new TreeSet<>();
        for (Deployment d : r.all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (EnvVar e : container(d).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    referenced.add(e.getValueFrom().getSecretKeyRef().getName());
                }
            }
            for (EnvFromSource e : container(d).getEnvFrom()) {
                if (e.getSecretRef() != null) {
                    referenced.add(e.getSecretRef().getName());
                }
            }
            pod.getVolumes().stream().filter(v -> v.getSecret() != null).forEach(v -> referenced.add(v.getSecret().getSecretName()));
        }
        for (GenericKubernetesResource store : r.custom("ObjectStore")) {
            referenced.add((String) Rendered.field(store, "spec", "configuration", "s3Credentials", "accessKeyId", "name"));
            referenced.add((String) Rendered.field(store, "spec", "configuration", "s3Credentials", "secretAccessKey", "name"));
        }
        for (String name : referenced) {
            assertTrue(generated.contains(name) || documented.contains(name),
                    overlay + ": Secret " + name + " is neither written by an operator in this overlay " + generated + " nor documented");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceReadsTheSecretItsDatabaseClusterGenerates(String overlay) {
        Rendered r = rendered(overlay);
        for (String service : SERVICES) {
            String cluster = service.replace("-service", "-db");
            GenericKubernetesResource c = r.custom("Cluster").stream().filter(x -> x.getMetadata().getName().equals(cluster))
                    .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no CloudNativePG Cluster " + cluster));
            String database = (String) Rendered.field(c, "spec", "bootstrap", "initdb", "database");
            assertEquals(service.replace("-service", ""), database, overlay + " " + cluster + ": database");
            Map<String, String> keys = new TreeMap<>();
            for (EnvVar e : container(deployment(r, service)).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null
                        && e.getValueFrom().getSecretKeyRef().getName().equals(cluster + "-app")) {
                    keys.put(e.getName(), e.getValueFrom().getSecretKeyRef().getKey());
                }
            }
            // the keys CloudNativePG writes into <cluster>-app
            assertEquals(Map.of("DB_URL", "jdbc-uri", "DB_USER", "username", "DB_PASSWORD", "password"), keys, overlay + " " + service);
            assertEquals(overlay.equals("prod") ? 3 : 1, ((Number) Rendered.field(c, "spec", "instances")).intValue(),
                    overlay + " " + cluster + ": instances");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicTheServicesUseIsAKafkaTopicAndEachUserMayDoExactlyWhatItsServiceDoes(String overlay) {
        Rendered r = rendered(overlay);
        Map<String, GenericKubernetesResource> topics = new TreeMap<>();
        for (GenericKubernetesResource t : r.custom("KafkaTopic")) {
            String name = Objects.requireNonNullElse((String) Rendered.field(t, "spec", "topicName"), t.getMetadata().getName());
            topics.put(name, t);
        }
        Set<String> used = new TreeSet<>();
        for (String service : SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            used.addAll(config.producedTopics());
            used.addAll(config.consumedTopics());

            Set<String> expected = new TreeSet<>();
            config.producedTopics().forEach(t -> expected.add("topic:" + t + ":Describe,Write"));
            config.consumedTopics().forEach(t -> expected.add("topic:" + t + ":Describe,Read"));
            String dlq = config.get("shanhai.consumer.dead-letter-topic");
            if (!config.consumedTopics().isEmpty()) {
                // the dead-letter topic is written by the channel and read back by the replay endpoint
                expected.remove("topic:" + dlq + ":Describe,Write");
                expected.add("topic:" + dlq + ":Describe,Read,Write");
                expected.add("group:" + config.get("mp.messaging.incoming." + firstChannel(config) + ".group.id") + ":Read");
            }
            GenericKubernetesResource user = r.custom("KafkaUser").stream()
                    .filter(u -> u.getMetadata().getName().equals(service)).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": no KafkaUser " + service));
            assertEquals("scram-sha-512", Rendered.field(user, "spec", "authentication", "type"), overlay + " " + service);
            assertEquals(expected, acls(user), overlay + ": the ACLs of KafkaUser " + service);
        }
        assertEquals(used, topics.keySet(), overlay + ": the KafkaTopics are exactly the topics the services name");
        int replicas = overlay.equals("prod") ? 3 : 1;
        for (var e : topics.entrySet()) {
            GenericKubernetesResource t = e.getValue();
            String retention = String.valueOf(Rendered.field(t, "spec", "config", "retention.ms"));
            assertEquals(e.getKey().endsWith(".dlq") ? String.valueOf(Duration.ofDays(30).toMillis()) : "-1", retention,
                    overlay + " " + e.getKey() + ": retention.ms");
            assertEquals(replicas, ((Number) Rendered.field(t, "spec", "replicas")).intValue(), overlay + " " + e.getKey() + ": replicas");
            assertEquals(overlay.equals("prod") ? 2 : 1, ((Number) Rendered.field(t, "spec", "config", "min.insync.replicas")).intValue(),
                    overlay + " " + e.getKey() + ": min.insync.replicas");
        }
    }

    private static String firstChannel(ServiceConfig config) {
        return config.properties.keySet().stream().filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .map(k -> k.split("\\.")[3]).sorted().findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> acls(GenericKubernetesResource user) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> acl : (List<Map<String, Object>>) Rendered.field(user, "spec", "authorization", "acls")) {
            Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            assertEquals("literal", resource.get("patternType"), "ACLs name their resources exactly");
            List<String> ops = new ArrayList<>((List<String>) acl.get("operations"));
            ops.sort(null);
            out.add(resource.get("type") + ":" + resource.get("name") + ":" + String.join(",", ops));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theKafkaClusterIsTheVersionTheTestsRunAgainstAndTheServicesUseItsSecuredListener(String overlay) {
        Rendered r = rendered(overlay);
        GenericKubernetesResource kafka = r.custom("Kafka").get(0);
        assertEquals(brokerVersion(), Rendered.field(kafka, "spec", "kafka", "version"), overlay + ": Kafka version");
        @SuppressWarnings("unchecked")
        Map<String, Object> listener = ((List<Map<String, Object>>) Rendered.field(kafka, "spec", "kafka", "listeners")).get(0);
        assertEquals(Boolean.TRUE, listener.get("tls"), overlay + ": TLS listener");
        Map<String, String> config = config(r);
        assertEquals(kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.get("port"), config.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("SASL_SSL", config.get("KAFKA_SECURITY_PROTOCOL"));
        assertEquals("SCRAM-SHA-512", config.get("KAFKA_SASL_MECHANISM"));
        assertEquals("false", config.get("SHANHAI_KAFKA_CREATE_TOPICS"), overlay + ": the Topic Operator owns the topics");
        // the namespace enforces "restricted": every pod Strimzi makes carries the contexts it demands
        for (GenericKubernetesResource pool : r.custom("KafkaNodePool")) {
            restricted(overlay + " node pool", Rendered.field(pool, "spec", "template", "pod", "securityContext"),
                    Rendered.field(pool, "spec", "template", "kafkaContainer", "securityContext"));
        }
        restricted(overlay + " topic operator", Rendered.field(kafka, "spec", "entityOperator", "template", "pod", "securityContext"),
                Rendered.field(kafka, "spec", "entityOperator", "template", "topicOperatorContainer", "securityContext"));
        restricted(overlay + " user operator", Rendered.field(kafka, "spec", "entityOperator", "template", "pod", "securityContext"),
                Rendered.field(kafka, "spec", "entityOperator", "template", "userOperatorContainer", "securityContext"));
        if (Rendered.field(kafka, "spec", "kafkaExporter") != null) {
            restricted(overlay + " Kafka Exporter", Rendered.field(kafka, "spec", "kafkaExporter", "template", "pod", "securityContext"),
                    Rendered.field(kafka, "spec", "kafkaExporter", "template", "container", "securityContext"));
        }
        int brokers = r.custom("KafkaNodePool").stream().mapToInt(p -> ((Number) Rendered.field(p, "spec", "replicas")).intValue()).sum();
        assertEquals(overlay.equals("prod") ? 3 : 1, brokers, overlay + ": Kafka nodes");
        for (String service : SERVICES) {
            Container c = container(deployment(r, service));
            EnvVar jaas = c.getEnv().stream().filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + " " + service + ": no SASL credentials"));
            assertEquals(service, jaas.getValueFrom().getSecretKeyRef().getName(), "its own KafkaUser's Secret");
            assertEquals("sasl.jaas.config", jaas.getValueFrom().getSecretKeyRef().getKey());
            assertTrue(c.getVolumeMounts().stream().anyMatch(v -> config.get("KAFKA_SSL_TRUSTSTORE_LOCATION").startsWith(v.getMountPath() + "/")),
                    overlay + " " + service + ": the cluster CA is mounted where the truststore setting points");
        }
    }

    @Test
    void theReadmeStatesTheKafkaVersionsTruly() {
        String readme = Rendered.read(Rendered.ROOT.resolve("README.md"));
        String client = org.apache.kafka.common.utils.AppInfoParser.getVersion();
        assertTrue(readme.contains("`kafka-clients` **" + client + "**"), "README names the client the BOM brings: " + client);
        assertTrue(readme.contains("Apache Kafka **" + brokerVersion() + "**"), "README names the broker ./dev runs: " + brokerVersion());
    }

    /** The broker version ./dev runs for the tests and the local suite. */
    static String brokerVersion() {
        Matcher m = Pattern.compile("(?m)^KAFKA_VERSION=(\\S+)").matcher(Rendered.read(Rendered.ROOT.resolve("dev")));
        assertTrue(m.find(), "./dev names the broker version");
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static void restricted(String what, Object pod, Object container) {
        assertNotNull(pod, what + ": pod securityContext");
        assertNotNull(container, what + ": container securityContext");
        Map<String, Object> p = (Map<String, Object>) pod;
        Map<String, Object> c = (Map<String, Object>) container;
        assertEquals(Boolean.TRUE, p.get("runAsNonRoot"), what + ": runAsNonRoot");
        assertEquals(Map.of("type", "RuntimeDefault"), p.get("seccompProfile"), what + ": seccomp");
        assertEquals(Boolean.FALSE, c.get("allowPrivilegeEscalation"), what + ": allowPrivilegeEscalation");
        assertEquals(Map.of("drop", List.of("ALL")), c.get("capabilities"), what + ": capabilities");
    }

    private static Map<String, String> config(Rendered r) {
        List<ConfigMap> maps = r.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().startsWith("shanhai-config")).toList();
        assertEquals(1, maps.size(), r.overlay() + ": one shanhai-config");
        return maps.get(0).getData();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPortAndVariableIsOneTheServiceReads(String overlay) {
        Rendered r = rendered(overlay);
        for (String service : SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Deployment d = deployment(r, service);
            Container c = container(d);
            String what = overlay + " " + service;
            Map<String, String> env = new TreeMap<>();
            for (EnvVar e : c.getEnv()) {
                env.put(e.getName(), e.getValue());
            }
            for (EnvFromSource from : c.getEnvFrom()) {
                String name = from.getConfigMapRef().getName();
                ConfigMap map = r.find(ConfigMap.class, name).orElseThrow(() -> new AssertionError(what + ": no ConfigMap " + name));
                map.getData().forEach(env::putIfAbsent);
            }
            for (String variable : env.keySet()) {
                // KAFKA_* are the Kafka clients' settings (kafka.* : KAFKA_SASL_JAAS_CONFIG is sasl.jaas.config)
                assertTrue(config.readsVariable(variable) || variable.startsWith("KAFKA_"),
                        what + ": " + variable + " is not read by the service's configuration");
            }
            // browsers may call the APIs from the front-end's origins only; without them, from none
            assertTrue(env.getOrDefault("CORS_ORIGINS", "").matches("https://[^,]+(,https?://[^,]+)*"),
                    what + ": CORS_ORIGINS names the front-end's origins (" + env.get("CORS_ORIGINS") + ")");
            int port = c.getPorts().get(0).getContainerPort();
            assertEquals(config.httpPort(), port, what + ": the container port is the service's quarkus.http.port default");
            assertEquals(String.valueOf(port), env.get("HTTP_PORT"), what + ": HTTP_PORT");
            Service svc = r.find(Service.class, service).orElseThrow();
            assertEquals(c.getPorts().get(0).getName(), svc.getSpec().getPorts().get(0).getTargetPort().getStrVal(), what + ": Service targetPort");
            assertTrue(matches(svc.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()), what + ": Service selector");
            String dockerfile = Rendered.read(Rendered.ROOT.resolve(service + "/src/main/docker/Dockerfile.jvm"));
            assertTrue(dockerfile.contains("EXPOSE " + port), what + ": the image exposes the port");
            assertTrue(c.getImage().matches(".+:[A-Za-z0-9._-]+") && !c.getImage().endsWith(":latest"), what + ": image tag set ("
                    + c.getImage() + ")");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentHasAPodDisruptionBudgetAndANetworkPolicy(String overlay) {
        Rendered r = rendered(overlay);
        for (String service : SERVICES) {
            Map<String, String> labels = deployment(r, service).getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> pdbs = r.all(PodDisruptionBudget.class).stream()
                    .filter(p -> selects(p.getSpec().getSelector(), labels)).toList();
            assertEquals(1, pdbs.size(), overlay + " " + service + ": PodDisruptionBudget");
            List<NetworkPolicy> policies = r.all(NetworkPolicy.class).stream()
                    .filter(p -> selects(p.getSpec().getPodSelector(), labels)).toList();
            String what = overlay + " " + service;
            assertTrue(policies.stream().anyMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                    && isEmpty(p.getSpec().getIngress()) && isEmpty(p.getSpec().getEgress())), what + ": a policy denies all, both ways");
            // what it may reach: its own database, the brokers' listener, DNS over UDP and TCP
            List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule> egress = policies.stream()
                    .flatMap(p -> p.getSpec().getEgress() == null ? Stream.empty() : p.getSpec().getEgress().stream()).toList();
            GenericKubernetesResource kafka = r.custom("Kafka").get(0);
            @SuppressWarnings("unchecked")
            int listenerPort = ((Number) ((List<Map<String, Object>>) Rendered.field(kafka, "spec", "kafka", "listeners")).get(0)
                    .get("port")).intValue();
            assertTrue(allows(egress, Map.of("cnpg.io/cluster", service.replace("-service", "-db")), "TCP", 5432),
                    what + ": egress to its own database");
            assertTrue(allows(egress, Map.of("strimzi.io/cluster", kafka.getMetadata().getName(), "strimzi.io/broker-role", "true"),
                    "TCP", listenerPort), what + ": egress to the brokers' listener " + listenerPort);
            assertTrue(allows(egress, Map.of("k8s-app", "kube-dns"), "UDP", 53) && allows(egress, Map.of("k8s-app", "kube-dns"), "TCP", 53),
                    what + ": DNS");
            assertFalse(egress.stream().anyMatch(e -> isEmpty(e.getTo())), what + ": no egress rule open to everyone");
            assertTrue(policies.stream().anyMatch(p -> !isEmpty(p.getSpec().getIngress())), what + ": a policy lets its callers in");
            int port = container(deployment(r, service)).getPorts().get(0).getContainerPort();
            assertTrue(policies.stream().flatMap(p -> p.getSpec().getIngress() == null ? Stream.empty() : p.getSpec().getIngress().stream())
                    .allMatch(i -> !isEmpty(i.getFrom()) && i.getPorts().stream().allMatch(x -> x.getPort().getIntVal() == port)),
                    what + ": callers come from named places, to its HTTP port only");
        }
    }

    static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    /** Whether some egress rule lets traffic to pods with these labels through on this port. */
    static boolean allows(List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule> egress,
            Map<String, String> podLabels, String protocol, int port) {
        return egress.stream().anyMatch(e -> e.getTo().stream().anyMatch(peer -> peer.getPodSelector() != null
                        && selects(peer.getPodSelector(), podLabels))
                && e.getPorts().stream().anyMatch(p -> protocol.equals(p.getProtocol()) && p.getPort().getIntVal() == port));
    }

    @Test
    void inProductionTheAutoscalerOwnsTheReplicaCount() {
        Rendered r = rendered("prod");
        for (String service : SERVICES) {
            Deployment d = deployment(r, service);
            assertNull(d.getSpec().getReplicas(), service + ": replicas left to the HPA");
            HorizontalPodAutoscaler hpa = r.find(HorizontalPodAutoscaler.class, service)
                    .orElseThrow(() -> new AssertionError("no HPA for " + service));
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, service + ": at least two replicas");
            long partitions = r.custom("KafkaTopic").stream().mapToLong(t -> ((Number) Rendered.field(t, "spec", "partitions")).longValue())
                    .filter(p -> p > 1).min().orElseThrow();
            assertTrue(hpa.getSpec().getMaxReplicas() <= partitions, service + ": no more replicas than an event topic has partitions");
        }
        Rendered dev = rendered("dev");
        assertTrue(dev.all(HorizontalPodAutoscaler.class).isEmpty());
        SERVICES.forEach(s -> assertEquals(1, deployment(dev, s).getSpec().getReplicas(), "dev: one replica of " + s));
        assertFalse(r.custom("ScheduledBackup").isEmpty(), "prod backs its databases up");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAlertsWatchMetricsThatExistAndTheTopicsAndGroupsThatDo() {
        Rendered r = rendered("prod");
        List<GenericKubernetesResource> rules = r.custom("PrometheusRule");
        assertEquals(1, rules.size(), "prod has the suite's PrometheusRule");
        Set<String> alerts = new TreeSet<>();
        StringBuilder exprs = new StringBuilder();
        for (Map<String, Object> group : (List<Map<String, Object>>) Rendered.field(rules.get(0), "spec", "groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                if (rule.get("alert") != null) {
                    alerts.add((String) rule.get("alert"));
                }
                exprs.append(rule.get("expr")).append('\n');
            }
        }
        assertEquals(Set.of("ShanhaiOutboxNotPublishing", "ShanhaiConsumerLag", "ShanhaiDeadLetters"), alerts);
        // a shanhai_* series must be one the services register (Micrometer: dots, the unit appended)
        String common = sources(Rendered.ROOT.resolve("shanhai-common/src/main/java"));
        Matcher m = Pattern.compile("shanhai_[a-z_]+").matcher(exprs);
        int seen = 0;
        while (m.find()) {
            String meter = m.group().replaceFirst("_seconds$", "").replace('_', '.');
            assertTrue(common.contains("\"" + meter + "\""), m.group() + " is no meter the services register (" + meter + ")");
            seen++;
        }
        assertTrue(seen > 0);
        // the lag alert covers every consuming service's group; the dead-letter ones every dead-letter topic
        Matcher groups = Pattern.compile("consumergroup=~\"([^\"]+)\"").matcher(exprs);
        assertTrue(groups.find());
        Matcher dlq = Pattern.compile("topic=~\"([^\"]+)\"").matcher(exprs);
        assertTrue(dlq.find());
        Pattern groupPattern = Pattern.compile(groups.group(1));
        Pattern dlqPattern = Pattern.compile(dlq.group(1).replace("\\\\", "\\"));
        for (String service : SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            if (!config.consumedTopics().isEmpty()) {
                String group = config.get("mp.messaging.incoming." + firstChannel(config) + ".group.id");
                assertTrue(groupPattern.matcher(group).matches(), "the lag alert misses the group " + group);
                String topic = config.get("shanhai.consumer.dead-letter-topic");
                assertTrue(dlqPattern.matcher(topic).matches(), "the dead-letter alert misses " + topic);
                assertFalse(dlqPattern.matcher(config.get("shanhai.events.topic")).matches(), "an event topic is no dead-letter topic");
            }
        }
        // Prometheus scrapes every service on its own port, and Strimzi runs the exporter the rules read
        GenericKubernetesResource monitor = r.custom("PodMonitor").stream()
                .filter(p -> p.getMetadata().getName().equals("shanhai-services")).findFirst().orElseThrow();
        Map<String, String> selector = (Map<String, String>) Rendered.field(monitor, "spec", "selector", "matchLabels");
        for (String service : SERVICES) {
            Deployment d = deployment(r, service);
            assertTrue(matches(selector, d.getSpec().getTemplate().getMetadata().getLabels()), service + " is scraped");
            Map<String, Object> endpoint = ((List<Map<String, Object>>) Rendered.field(monitor, "spec", "podMetricsEndpoints")).get(0);
            assertEquals(container(d).getPorts().get(0).getName(), endpoint.get("port"));
        }
        assertNotNull(Rendered.field(r.custom("Kafka").get(0), "spec", "kafkaExporter"), "the Kafka Exporter runs");
    }

    static String sources(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
            StringBuilder all = new StringBuilder();
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> all.append(Rendered.read(f)));
            return all.toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector != null && selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty())
                && matches(selector.getMatchLabels(), labels);
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static Set<String> names(List<? extends HasMetadata> objects) {
        Set<String> out = new TreeSet<>();
        objects.forEach(o -> out.add(o.getMetadata().getName()));
        return out;
    }
}
