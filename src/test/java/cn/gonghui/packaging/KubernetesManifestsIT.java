package cn.gonghui.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The manifests {@code ./mvnw package} writes are a deployment an operator can apply: two replicas
 * with the health probes, bounded resources, every setting from the ConfigMap and the Secret, a grace
 * period longer than the service's own drain, a disruption budget, and migrations run once by a Job
 * before the replicas start.
 */
class KubernetesManifestsIT {

    private static final Path MANIFESTS = Path.of("target", "kubernetes", "kubernetes.json");

    @Test
    void theDeploymentRunsTwoProbedBoundedReplicasThatDrainBeforeTheyAreKilled() throws Exception {
        List<JsonNode> resources = resources();
        JsonNode deployment = kind(resources, "Deployment").orElseThrow();
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("512Mi");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("1Gi");
        assertThat(container.at("/envFrom").findValuesAsText("name")).containsExactlyInAnyOrder("gonghui-config",
                "gonghui-secrets");
        assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).as("longer than quarkus.shutdown.timeout (30 s)")
                .isGreaterThan(30);

        JsonNode budget = kind(resources, "PodDisruptionBudget").orElseThrow();
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("gonghui");

        JsonNode migrations = kind(resources, "Job").orElseThrow();
        assertThat(migrations.at("/spec/template/spec/containers/0/env").toString()).contains("QUARKUS_FLYWAY_ACTIVE");
        assertThat(container.at("/env").toString()).as("the replicas leave the migrations to the Job")
                .contains("QUARKUS_FLYWAY_ACTIVE");
        assertThat(kind(resources, "ServiceMonitor")).as("no CRD a cluster may not have").isEmpty();
    }

    private static List<JsonNode> resources() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(MANIFESTS));
        List<JsonNode> all = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(all::add);
        } else if (root.has("items")) {
            root.get("items").forEach(all::add);
        } else {
            all.add(root);
        }
        return all;
    }

    private static Optional<JsonNode> kind(List<JsonNode> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.path("kind").asText())).findFirst();
    }
}
