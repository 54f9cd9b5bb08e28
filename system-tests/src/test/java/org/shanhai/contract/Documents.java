package org.shanhai.contract;

import java.nio.file.Path;
import java.util.List;

/** Where the documents are: written by each service's build, and released to integrators. */
final class Documents {

    static final List<String> SERVICES = List.of("programme-service", "training-service", "metrics-service");
    static final Path API = Path.of(System.getenv().getOrDefault("SHANHAI_ROOT", "..")).resolve("docs/api");

    private Documents() {
    }

    /** The document the last build of that service wrote. */
    static Path current(String service) {
        return API.resolve(service + ".openapi.yaml");
    }

    static Path released(String service) {
        return API.resolve("released").resolve(service + ".openapi.yaml");
    }
}
