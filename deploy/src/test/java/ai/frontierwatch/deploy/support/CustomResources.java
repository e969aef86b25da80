package ai.frontierwatch.deploy.support;

import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the operator-managed objects (Strimzi {@code kafka.strimzi.io/v1}, CloudNativePG
 * {@code postgresql.cnpg.io/v1}) that their CRDs would enforce: required fields, allowed fields,
 * types and ranges, references to other objects of the same deployment. Kubernetes types embedded
 * in them (resources, affinity, network policy peers) go through {@link KubernetesSchema}.
 */
public final class CustomResources {

    public static final Set<String> KINDS = Set.of(
            "kafka.strimzi.io/v1 Kafka", "kafka.strimzi.io/v1 KafkaNodePool", "kafka.strimzi.io/v1 KafkaTopic",
            "kafka.strimzi.io/v1 KafkaUser", "postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 ScheduledBackup",
            "monitoring.coreos.com/v1 PodMonitor");
    private static final Set<String> BOOTSTRAP = Set.of("initdb", "recovery", "pg_basebackup");
    private static final Set<String> RECOVERY = Set.of("source", "database", "owner", "secret", "backup",
            "recoveryTarget", "volumeSnapshots");
    private static final Set<String> RECOVERY_TARGET = Set.of("targetTime", "targetXID", "targetName", "targetLSN",
            "targetImmediate", "targetTLI", "exclusive", "backupID");
    private static final Set<String> BACKUP = Set.of("barmanObjectStore", "retentionPolicy", "target", "volumeSnapshot");
    private static final Set<String> OBJECT_STORE = Set.of("destinationPath", "endpointURL", "endpointCA", "serverName",
            "s3Credentials", "azureCredentials", "googleCredentials", "wal", "data", "tags", "historyTags");
    private static final Set<String> EXTERNAL_CLUSTER = Set.of("name", "connectionParameters", "sslCert", "sslKey",
            "sslRootCert", "password", "barmanObjectStore", "plugin");
    private static final Set<String> SCHEDULED_BACKUP_SPEC = Set.of("schedule", "cluster", "immediate", "suspend",
            "backupOwnerReference", "method", "target", "online", "onlineConfiguration", "pluginConfiguration");
    private static final Set<String> POD_MONITOR_SPEC = Set.of("selector", "podMetricsEndpoints", "namespaceSelector",
            "jobLabel", "podTargetLabels", "sampleLimit", "targetLimit", "attachMetadata");
    private static final Set<String> POD_METRICS_ENDPOINT = Set.of("port", "portNumber", "path", "scheme", "interval",
            "scrapeTimeout", "honorLabels", "relabelings", "metricRelabelings", "params", "tlsConfig");

    private static final Set<String> KAFKA_SPEC = Set.of("kafka", "entityOperator", "clusterCa", "clientsCa",
            "cruiseControl", "kafkaExporter", "maintenanceTimeWindows");
    private static final Set<String> KAFKA_SPEC_KAFKA = Set.of("version", "metadataVersion", "image", "listeners",
            "config", "authorization", "rack", "brokerRackInitImage", "livenessProbe", "readinessProbe", "jvmOptions",
            "jmxOptions", "resources", "metricsConfig", "logging", "template", "tieredStorage", "quotas");
    private static final Set<String> LISTENER = Set.of("name", "port", "type", "tls", "authentication",
            "configuration", "networkPolicyPeers");
    private static final Set<String> LISTENER_TYPES = Set.of("internal", "route", "loadbalancer", "nodeport",
            "ingress", "cluster-ip");
    private static final Set<String> ENTITY_OPERATOR = Set.of("topicOperator", "userOperator", "template");
    private static final Set<String> NODE_POOL_SPEC = Set.of("replicas", "storage", "roles", "resources",
            "jvmOptions", "template");
    private static final Set<String> VOLUME = Set.of("id", "type", "size", "class", "selector", "deleteClaim",
            "kraftMetadata");
    private static final Set<String> TOPIC_SPEC = Set.of("topicName", "partitions", "replicas", "config");
    private static final Set<String> LISTENER_AUTHENTICATION = Set.of("tls", "scram-sha-512", "oauth", "custom");
    private static final Set<String> USER_SPEC = Set.of("authentication", "authorization", "quotas", "template");
    private static final Set<String> USER_AUTHENTICATION = Set.of("tls", "tls-external", "scram-sha-512");
    private static final Set<String> ACL_RULE = Set.of("resource", "type", "operations", "host");
    private static final Set<String> ACL_RESOURCE_TYPES = Set.of("topic", "group", "cluster", "transactionalId");
    private static final Set<String> ACL_OPERATIONS = Set.of("Read", "Write", "Create", "Delete", "Alter", "Describe",
            "ClusterAction", "AlterConfigs", "DescribeConfigs", "IdempotentWrite", "All");
    private static final Set<String> CLUSTER_SPEC = Set.of("instances", "imageName", "imageCatalogRef",
            "imagePullPolicy", "enableSuperuserAccess", "superuserSecret", "bootstrap", "storage", "walStorage",
            "resources", "affinity", "postgresql", "managed", "monitoring", "backup", "description",
            "inheritedMetadata", "primaryUpdateStrategy", "primaryUpdateMethod", "minSyncReplicas",
            "maxSyncReplicas", "enablePDB", "topologySpreadConstraints", "env", "envFrom", "priorityClassName",
            "serviceAccountTemplate", "certificates", "startDelay", "stopDelay", "smartShutdownTimeout",
            "switchoverDelay", "failoverDelay", "livenessProbeTimeout", "tablespaces", "projectedVolumeTemplate",
            "ephemeralVolumeSource", "ephemeralVolumesSizeLimit", "replica", "replicationSlots", "externalClusters",
            "logLevel", "plugins", "probes", "postgresUID", "postgresGID", "seccompProfile", "podSecurityContext",
            "securityContext", "schedulerName");
    private static final Set<String> INITDB = Set.of("database", "owner", "secret", "options", "encoding",
            "localeCollate", "localeCType", "locale", "dataChecksums", "walSegmentSize", "postInitSQL",
            "postInitApplicationSQL", "postInitTemplateSQL", "postInitSQLRefs", "postInitApplicationSQLRefs",
            "postInitTemplateSQLRefs", "import", "builtinLocale", "icuLocale", "icuRules", "localeProvider");

    private CustomResources() {
    }

    public static boolean isCustomResource(Map<String, Object> object) {
        return KINDS.contains(Node.str(object, "apiVersion") + " " + Node.str(object, "kind"));
    }

    /** Checks one custom resource; {@code all} is the rendering it belongs to (for references). */
    public static void validate(Map<String, Object> object, Manifests all) {
        String type = Node.str(object, "apiVersion") + " " + Node.str(object, "kind");
        String id = Manifests.id(object);
        require(Node.str(object, "metadata.name") != null, id + ": metadata.name is required");
        require(object.get("spec") instanceof Map, id + ": spec is required");
        switch (type) {
            case "kafka.strimzi.io/v1 Kafka" -> kafka(object, id);
            case "kafka.strimzi.io/v1 KafkaNodePool" -> nodePool(object, id, all);
            case "kafka.strimzi.io/v1 KafkaTopic" -> topic(object, id, all);
            case "kafka.strimzi.io/v1 KafkaUser" -> user(object, id, all);
            case "postgresql.cnpg.io/v1 Cluster" -> cluster(object, id);
            case "postgresql.cnpg.io/v1 ScheduledBackup" -> scheduledBackup(object, id, all);
            case "monitoring.coreos.com/v1 PodMonitor" -> podMonitor(object, id);
            default -> throw new AssertionError(id + ": unknown custom resource " + type);
        }
    }

    private static void kafka(Map<String, Object> kafka, String id) {
        onlyKeys(Node.map(kafka, "spec"), KAFKA_SPEC, id + " spec");
        Map<String, Object> spec = Node.map(kafka, "spec.kafka");
        require(!spec.isEmpty(), id + ": spec.kafka is required");
        onlyKeys(spec, KAFKA_SPEC_KAFKA, id + " spec.kafka");
        List<Map<String, Object>> listeners = Node.maps(spec, "listeners");
        require(!listeners.isEmpty(), id + ": spec.kafka.listeners is required");
        Set<Object> names = new HashSet<>();
        Set<Object> ports = new HashSet<>();
        for (Map<String, Object> listener : listeners) {
            String at = id + " listener " + listener.get("name");
            onlyKeys(listener, LISTENER, at);
            require(listener.get("name") instanceof String n && n.matches("[a-z0-9]{1,11}"),
                    at + ": name must be 1-11 lower-case letters or digits");
            require(listener.get("port") instanceof Integer p && p >= 9092 && p != 9404 && p != 9999,
                    at + ": port must be an integer >= 9092, not 9404 or 9999");
            require(LISTENER_TYPES.contains(listener.get("type")), at + ": type must be one of " + LISTENER_TYPES);
            require(listener.get("tls") instanceof Boolean, at + ": tls (boolean) is required");
            require(names.add(listener.get("name")) && ports.add(listener.get("port")), at + ": duplicate name or port");
            if (listener.containsKey("authentication")) {
                require(LISTENER_AUTHENTICATION.contains(Node.str(listener, "authentication.type")),
                        at + ": authentication.type must be one of " + LISTENER_AUTHENTICATION);
            }
            for (Object peer : Node.list(listener, "networkPolicyPeers")) {
                KubernetesSchema.validate(peer, V1NetworkPolicyPeer.class, at + " networkPolicyPeers");
            }
        }
        scalars(Node.map(spec, "config"), id + " spec.kafka.config");
        if (spec.containsKey("resources")) {
            KubernetesSchema.validate(spec.get("resources"), V1ResourceRequirements.class, id + " resources");
        }
        onlyKeys(Node.map(kafka, "spec.entityOperator"), ENTITY_OPERATOR, id + " spec.entityOperator");
        if (spec.containsKey("authorization")) {
            require(Set.of("simple", "opa", "keycloak", "custom").contains(Node.str(spec, "authorization.type")),
                    id + ": unknown authorization type " + Node.str(spec, "authorization.type"));
        }
    }

    private static void user(Map<String, Object> user, String id, Manifests all) {
        belongsToKafka(user, id, all);
        Map<String, Object> spec = Node.map(user, "spec");
        onlyKeys(spec, USER_SPEC, id + " spec");
        if (spec.containsKey("authentication")) {
            require(USER_AUTHENTICATION.contains(Node.str(spec, "authentication.type")),
                    id + ": authentication.type must be one of " + USER_AUTHENTICATION);
        }
        if (spec.containsKey("authorization")) {
            require("simple".equals(Node.str(spec, "authorization.type")), id + ": authorization.type must be simple");
            for (Map<String, Object> rule : Node.maps(spec, "authorization.acls")) {
                onlyKeys(rule, ACL_RULE, id + " acl");
                Map<String, Object> resource = Node.map(rule, "resource");
                require(ACL_RESOURCE_TYPES.contains(Node.str(resource, "type")), id + ": acl resource.type must be one of "
                        + ACL_RESOURCE_TYPES);
                require("cluster".equals(resource.get("type")) || resource.get("name") instanceof String,
                        id + ": acl resource.name is required for " + resource.get("type"));
                require(resource.get("patternType") == null || Set.of("literal", "prefix").contains(resource.get("patternType")),
                        id + ": acl patternType must be literal or prefix");
                List<Object> operations = Node.list(rule, "operations");
                require(!operations.isEmpty() && ACL_OPERATIONS.containsAll(operations),
                        id + ": acl operations must be a non-empty subset of " + ACL_OPERATIONS);
                require(rule.get("type") == null || Set.of("allow", "deny").contains(rule.get("type")),
                        id + ": acl type must be allow or deny");
            }
        }
    }

    private static void nodePool(Map<String, Object> pool, String id, Manifests all) {
        belongsToKafka(pool, id, all);
        Map<String, Object> spec = Node.map(pool, "spec");
        onlyKeys(spec, NODE_POOL_SPEC, id + " spec");
        require(spec.get("replicas") instanceof Integer r && r >= 0, id + ": spec.replicas (integer >= 0) is required");
        List<Object> roles = Node.list(spec, "roles");
        require(!roles.isEmpty() && Set.of("controller", "broker").containsAll(roles),
                id + ": spec.roles must be a non-empty subset of [controller, broker]");
        Map<String, Object> storage = Node.map(spec, "storage");
        require(!storage.isEmpty(), id + ": spec.storage is required");
        String type = Node.str(storage, "type");
        require(Set.of("jbod", "ephemeral", "persistent-claim").contains(type), id + ": unknown storage type " + type);
        List<Map<String, Object>> volumes = "jbod".equals(type) ? Node.maps(storage, "volumes") : List.of(storage);
        require(!volumes.isEmpty(), id + ": jbod storage needs volumes");
        for (Map<String, Object> volume : volumes) {
            onlyKeys(volume, VOLUME, id + " storage volume");
            require(!"jbod".equals(type) || volume.get("id") instanceof Integer, id + ": a jbod volume needs an integer id");
            require(!"persistent-claim".equals(volume.get("type")) || volume.get("size") instanceof String,
                    id + ": a persistent-claim volume needs a size");
        }
        if (spec.containsKey("resources")) {
            KubernetesSchema.validate(spec.get("resources"), V1ResourceRequirements.class, id + " resources");
        }
        Object affinity = Node.at(spec, "template.pod.affinity");
        if (affinity != null) {
            KubernetesSchema.validate(affinity, V1Affinity.class, id + " template.pod.affinity");
        }
    }

    private static void topic(Map<String, Object> topic, String id, Manifests all) {
        belongsToKafka(topic, id, all);
        require(Manifests.name(topic).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?"), id + ": invalid resource name");
        Map<String, Object> spec = Node.map(topic, "spec");
        onlyKeys(spec, TOPIC_SPEC, id + " spec");
        require(spec.get("partitions") instanceof Integer p && p >= 1, id + ": spec.partitions must be an integer >= 1");
        require(spec.get("replicas") instanceof Integer r && r >= 1 && r <= 32767,
                id + ": spec.replicas must be an integer in [1, 32767]");
        scalars(Node.map(spec, "config"), id + " spec.config");
    }

    private static void cluster(Map<String, Object> cluster, String id) {
        Map<String, Object> spec = Node.map(cluster, "spec");
        onlyKeys(spec, CLUSTER_SPEC, id + " spec");
        require(spec.get("instances") instanceof Integer i && i >= 1, id + ": spec.instances (integer >= 1) is required");
        require(Node.at(spec, "storage.size") instanceof String, id + ": spec.storage.size is required");
        Map<String, Object> bootstrap = Node.map(spec, "bootstrap");
        onlyKeys(bootstrap, BOOTSTRAP, id + " spec.bootstrap");
        require(bootstrap.size() <= 1, id + ": spec.bootstrap takes one method of " + BOOTSTRAP);
        Map<String, Object> initdb = Node.map(spec, "bootstrap.initdb");
        onlyKeys(initdb, INITDB, id + " spec.bootstrap.initdb");
        require(initdb.containsKey("database") == initdb.containsKey("owner"),
                id + ": bootstrap.initdb needs both database and owner, or neither");
        Set<Object> external = new HashSet<>();
        for (Map<String, Object> other : Node.maps(spec, "externalClusters")) {
            onlyKeys(other, EXTERNAL_CLUSTER, id + " externalClusters");
            require(other.get("name") instanceof String && external.add(other.get("name")),
                    id + ": every external cluster needs a unique name");
            if (other.containsKey("barmanObjectStore")) {
                objectStore(Node.map(other, "barmanObjectStore"), id + " externalCluster " + other.get("name"));
            }
        }
        if (bootstrap.containsKey("recovery")) {
            Map<String, Object> recovery = Node.map(bootstrap, "recovery");
            onlyKeys(recovery, RECOVERY, id + " spec.bootstrap.recovery");
            onlyKeys(Node.map(recovery, "recoveryTarget"), RECOVERY_TARGET, id + " recoveryTarget");
            require(recovery.containsKey("source") != recovery.containsKey("backup"),
                    id + ": bootstrap.recovery needs a source or a backup");
            require(!recovery.containsKey("source") || external.contains(recovery.get("source")),
                    id + ": bootstrap.recovery.source names no external cluster: " + recovery.get("source"));
        }
        if (spec.containsKey("backup")) {
            Map<String, Object> backup = Node.map(spec, "backup");
            onlyKeys(backup, BACKUP, id + " spec.backup");
            require(backup.get("retentionPolicy") == null || String.valueOf(backup.get("retentionPolicy")).matches("[1-9][0-9]*[dwm]"),
                    id + ": retentionPolicy must be like 30d, 4w or 3m");
            if (backup.containsKey("barmanObjectStore")) {
                objectStore(Node.map(backup, "barmanObjectStore"), id + " spec.backup");
            }
        }
        if (spec.containsKey("resources")) {
            KubernetesSchema.validate(spec.get("resources"), V1ResourceRequirements.class, id + " resources");
        }
        if (spec.containsKey("affinity")) {
            require(spec.get("affinity") instanceof Map, id + ": spec.affinity must be an object");
        }
    }

    private static void objectStore(Map<String, Object> store, String where) {
        onlyKeys(store, OBJECT_STORE, where + " barmanObjectStore");
        require(store.get("destinationPath") instanceof String p && p.matches("(s3|gs|https?)://.+"),
                where + ": barmanObjectStore.destinationPath must be an object store URL");
        for (String key : List.of("accessKeyId", "secretAccessKey", "region", "sessionToken")) {
            Object ref = Node.at(store, "s3Credentials." + key);
            require(ref == null || ref instanceof Map<?, ?> m && m.keySet().equals(Set.of("name", "key")),
                    where + ": s3Credentials." + key + " must be a Secret reference (name, key)");
        }
        for (String part : List.of("wal", "data")) {
            Object compression = Node.at(store, part + ".compression");
            require(compression == null || Set.of("gzip", "bzip2", "snappy", "lz4", "xz", "zstd").contains(compression),
                    where + ": unknown " + part + ".compression " + compression);
        }
    }

    private static void scheduledBackup(Map<String, Object> backup, String id, Manifests all) {
        Map<String, Object> spec = Node.map(backup, "spec");
        onlyKeys(spec, SCHEDULED_BACKUP_SPEC, id + " spec");
        require(String.valueOf(spec.get("schedule")).trim().split("\\s+").length == 6,
                id + ": schedule must be a six-field cron expression (seconds first)");
        require(all.find("Cluster", Node.str(spec, "cluster.name")).isPresent(),
                id + ": spec.cluster.name names no Cluster: " + Node.str(spec, "cluster.name"));
        require(spec.get("method") == null || Set.of("barmanObjectStore", "volumeSnapshot", "plugin").contains(spec.get("method")),
                id + ": unknown method " + spec.get("method"));
        require(spec.get("backupOwnerReference") == null || Set.of("none", "self", "cluster").contains(spec.get("backupOwnerReference")),
                id + ": backupOwnerReference must be none, self or cluster");
    }

    private static void podMonitor(Map<String, Object> monitor, String id) {
        Map<String, Object> spec = Node.map(monitor, "spec");
        onlyKeys(spec, POD_MONITOR_SPEC, id + " spec");
        require(spec.get("selector") instanceof Map, id + ": spec.selector is required");
        KubernetesSchema.validate(spec.get("selector"), V1LabelSelector.class, id + " spec.selector");
        List<Map<String, Object>> endpoints = Node.maps(spec, "podMetricsEndpoints");
        require(!endpoints.isEmpty(), id + ": spec.podMetricsEndpoints is required");
        for (Map<String, Object> endpoint : endpoints) {
            onlyKeys(endpoint, POD_METRICS_ENDPOINT, id + " podMetricsEndpoint");
            require(endpoint.get("port") instanceof String || endpoint.get("portNumber") instanceof Integer,
                    id + ": a podMetricsEndpoint needs a port name or number");
        }
    }

    private static void belongsToKafka(Map<String, Object> object, String id, Manifests all) {
        String cluster = Node.labels(object, "metadata.labels").get("strimzi.io/cluster");
        require(cluster != null, id + ": label strimzi.io/cluster is required");
        require(all.find("Kafka", cluster).isPresent(), id + ": strimzi.io/cluster names no Kafka: " + cluster);
    }

    private static void onlyKeys(Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            require(allowed.contains(key), where + ": unknown field " + key);
        }
    }

    private static void scalars(Map<String, Object> config, String where) {
        config.forEach((k, v) -> require(v instanceof String || v instanceof Number || v instanceof Boolean,
                where + ": " + k + " must be a string, number or boolean"));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
