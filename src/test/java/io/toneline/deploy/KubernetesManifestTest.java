package io.toneline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Kubernetes manifests parse and hold what running Toneline needs. */
class KubernetesManifestTest {

    private static Map<String, JsonNode> byKind() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> out = new HashMap<>();
        List<JsonNode> docs = yaml.readValues(yaml.getFactory().createParser(new File("docker/kubernetes/toneline.yaml")),
                JsonNode.class).readAll();
        for (JsonNode d : docs) {
            out.put(d.get("kind").asText(), d);
        }
        return out;
    }

    @Test
    void deploymentProbesResourcesAndSecrets() throws Exception {
        Map<String, JsonNode> k = byKind();
        JsonNode container = k.get("Deployment").at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        // model loading: the start-up probe allows minutes before liveness applies
        int startup = container.at("/startupProbe/periodSeconds").asInt() * container.at("/startupProbe/failureThreshold").asInt();
        assertTrue(startup >= 120, "start-up allowance " + startup + " s");
        assertEquals(container.at("/resources/requests/cpu").asText(), container.at("/resources/limits/cpu").asText(),
                "dedicated cores: requests = limits");
        assertNotNull(container.at("/resources/limits/memory").textValue());
        boolean secret = false;
        for (JsonNode env : container.get("env")) {
            if (env.get("name").asText().equals("TONELINE_PG_PASSWORD")) {
                secret = env.at("/valueFrom/secretKeyRef/name").isTextual();
            }
        }
        assertTrue(secret, "the PostgreSQL password comes from a Secret");
        assertTrue(k.get("Deployment").at("/spec/template/spec/terminationGracePeriodSeconds").asInt() >= 30);
    }

    @Test
    void podRunsRestrictedWithKeysFromASecret() throws Exception {
        JsonNode pod = byKind().get("Deployment").at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText());
        Map<String, String> mounts = new HashMap<>();
        for (JsonNode m : container.get("volumeMounts")) {
            mounts.put(m.get("mountPath").asText(), m.get("name").asText());
        }
        Map<String, JsonNode> volumes = new HashMap<>();
        for (JsonNode v : pod.get("volumes")) {
            volumes.put(v.get("name").asText(), v);
        }
        // a read-only root: the data directory, DJL's libtorch cache and /tmp are volumes
        for (String path : List.of("/deployments/data", "/deployments/.djl", "/tmp")) {
            assertTrue(volumes.containsKey(mounts.get(path)), path + " is on a volume");
        }
        assertTrue(volumes.get(mounts.get("/tmp")).has("emptyDir"));
        assertTrue(volumes.get(mounts.get("/etc/toneline/jwt")).at("/secret/optional").asBoolean());
        boolean keys = false;
        for (JsonNode env : container.get("env")) {
            if (env.get("name").asText().equals("TONELINE_SECURITY_API_KEYS")) {
                keys = env.at("/valueFrom/secretKeyRef/name").isTextual();
            }
        }
        assertTrue(keys, "the API keys come from a Secret");
    }

    @Test
    void serviceAndAutoscalerPointAtTheDeployment() throws Exception {
        Map<String, JsonNode> k = byKind();
        assertEquals("toneline", k.get("Service").at("/spec/selector/app").asText());
        assertEquals("toneline", k.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef/name").asText());
        assertTrue(k.get("HorizontalPodAutoscaler").at("/spec/maxReplicas").asInt()
                >= k.get("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt());
    }

    @Test
    void kafkaSettingsComeFromAnOptionalConfigMapAndSecret() throws Exception {
        JsonNode pod = byKind().get("Deployment").at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        JsonNode from = container.at("/envFrom/0/configMapRef");
        assertEquals("toneline-kafka", from.at("/name").asText());
        assertTrue(from.at("/optional").asBoolean(), "streams stay off without the ConfigMap");
        boolean mounted = false;
        for (JsonNode m : container.get("volumeMounts")) {
            mounted |= m.get("mountPath").asText().equals("/deployments/config") && m.get("name").asText().equals("kafka-client");
        }
        assertTrue(mounted, "client properties (SASL, TLS) as Quarkus' config/application.properties");
        boolean secret = false;
        for (JsonNode v : pod.get("volumes")) {
            secret |= v.get("name").asText().equals("kafka-client") && v.at("/secret/optional").asBoolean();
        }
        assertTrue(secret);
    }
}
