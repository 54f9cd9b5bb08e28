package org.shanhai.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One overlay as {@code kubectl kustomize} renders it, read into typed Kubernetes objects (Strimzi's and
 * CloudNativePG's as generic resources).
 */
record Rendered(String overlay, List<HasMetadata> objects) {

    static final Path ROOT = Path.of(Optional.ofNullable(System.getenv("SHANHAI_ROOT")).orElse("..")).toAbsolutePath().normalize();
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    static Rendered overlay(String name) {
        return new Rendered(name, read(kustomize(ROOT.resolve("deploy/overlays/" + name))));
    }

    /** The rendered YAML of a kustomization directory; fails, saying why, without kubectl 1.27 or newer. */
    static String kustomize(Path dir) {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is not installed: the deploy checks render the overlays with "
                    + "`kubectl kustomize` (kubectl 1.27 or newer; README, 'What you need')", e);
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed (kubectl 1.27 or newer renders "
                        + "components; Debian's kubernetes-client is too old): " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("kubectl kustomize " + dir + ": " + e, e);
        }
    }

    static List<HasMetadata> read(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (!doc.isBlank()) {
                objects.add(YAML.unmarshal(doc, HasMetadata.class));
            }
        }
        return objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    /** The custom resources of one kind (Kafka, KafkaTopic, Cluster, ...). */
    List<GenericKubernetesResource> custom(String kind) {
        return objects.stream().filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals(kind))
                .map(GenericKubernetesResource.class::cast).toList();
    }

    /** A field of a custom resource by its path ("spec", "kafka", "version"), or null. */
    @SuppressWarnings("unchecked")
    static Object field(GenericKubernetesResource r, String... path) {
        Object node = r.getAdditionalProperties();
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return node;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    static Stream<String> overlays() {
        return Stream.of("dev", "prod");
    }
}
