package org.shanhai.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service's configuration says, as the packaged service reads it (the prod profile: %prod.
 * lines win over plain ones, %test. and %dev. lines are left out): shanhai-common's shared settings,
 * overridden by the service's own.
 */
final class ServiceConfig {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    final String service;
    final Map<String, String> properties = new LinkedHashMap<>();
    /** The environment variables the configuration names in ${...} expressions. */
    final Set<String> environment = new TreeSet<>();

    private ServiceConfig(String service) {
        this.service = service;
    }

    static ServiceConfig of(String service) {
        ServiceConfig c = new ServiceConfig(service);
        c.load(Rendered.ROOT.resolve("shanhai-common/src/main/resources/META-INF/microprofile-config.properties"));
        c.load(Rendered.ROOT.resolve(service + "/src/main/resources/application.properties"));
        return c;
    }

    private void load(Path file) {
        String text = Rendered.read(file);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                put(key, p.getProperty(key));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                put(key.substring("%prod.".length()), p.getProperty(key));
            }
        }
    }

    private void put(String key, String value) {
        properties.put(key, value);
        Matcher m = ENV_REFERENCE.matcher(value);
        while (m.find()) {
            environment.add(m.group(1));
        }
    }

    /** A property with its ${...} expressions resolved (a default where nothing else is set), or null. */
    String get(String key) {
        String raw = properties.get(key);
        if (raw == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = get(m.group(1));
            String value = inner != null ? inner : m.group(2) != null ? m.group(2) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The property an environment variable sets, by MicroProfile Config's rule (dots and dashes are _). */
    boolean readsVariable(String name) {
        if (environment.contains(name)) {
            return true;
        }
        return properties.keySet().stream().anyMatch(k -> k.toUpperCase().replaceAll("[^A-Z0-9]", "_").equals(name));
    }

    String applicationName() {
        return get("quarkus.application.name");
    }

    /** Topics this service's channels consume. */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        properties.keySet().stream().filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .forEach(k -> topics.add(get(k)));
        return topics;
    }

    /** Topics it writes: its event topic (the outbox relay) and, if it consumes, its dead-letter topic. */
    Set<String> producedTopics() {
        Set<String> topics = new TreeSet<>();
        topics.add(get("shanhai.events.topic"));
        if (!consumedTopics().isEmpty()) {
            topics.add(get("shanhai.consumer.dead-letter-topic"));
        }
        return topics;
    }

    int httpPort() {
        return Integer.parseInt(get("quarkus.http.port"));
    }
}
