package ai.frontierwatch.deploy.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates NetworkPolicies the way Kubernetes does (a pod selected by a policy of a direction is
 * isolated in it and admits only what some selecting policy allows; a connection needs the
 * source's egress and the destination's ingress) over the pods a rendering creates, the pods the
 * operators create from it, and the pods around it in the cluster.
 */
public final class TrafficModel {

    public record Port(int number, String protocol) {
        @Override
        public String toString() {
            return number + "/" + protocol;
        }
    }

    /** A group of identical pods; {@code ours} marks pods this deployment runs. */
    public record Pod(String id, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts,
                      List<Port> ports, boolean ours, boolean application) {
    }

    private record Policy(String namespace, Map<String, Object> podSelector, Set<String> types,
                          List<Map<String, Object>> ingress, List<Map<String, Object>> egress, Set<String> onlyPods) {
    }

    private final List<Pod> pods = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();

    public TrafficModel(Manifests rendered, Manifests job) {
        for (Manifests m : List.of(rendered, job)) {
            for (Map<String, Object> workload : m.objects()) {
                if (Set.of("Deployment", "Job").contains(Manifests.kind(workload))) {
                    addWorkload(workload);
                }
            }
        }
        for (Map<String, Object> cluster : rendered.ofKind("Cluster")) {
            Map<String, String> labels = new LinkedHashMap<>(Node.labels(cluster, "metadata.labels"));
            labels.put("cnpg.io/cluster", Manifests.name(cluster));
            labels.put("cnpg.io/podRole", "instance");
            // SQL, the instance manager's status, the metrics exporter (CloudNativePG runs it in every instance).
            List<Port> ports = List.of(new Port(5432, "TCP"), new Port(8000, "TCP"), new Port(9187, "TCP"));
            pods.add(new Pod(Manifests.name(cluster), namespace(cluster), labels, Map.of(), ports, true, false));
        }
        for (Map<String, Object> kafka : rendered.ofKind("Kafka")) {
            addKafka(kafka, rendered);
        }
        for (Map<String, Object> policy : rendered.ofKind("NetworkPolicy")) {
            Map<String, Object> spec = Node.map(policy, "spec");
            Set<String> types = new TreeSet<>();
            Node.list(spec, "policyTypes").forEach(t -> types.add((String) t));
            if (types.isEmpty()) {
                types.add("Ingress");
                if (spec.containsKey("egress")) {
                    types.add("Egress");
                }
            }
            policies.add(new Policy(namespace(policy), Node.map(spec, "podSelector"), types,
                    Node.maps(spec, "ingress"), Node.maps(spec, "egress"), null));
        }
        // Around the deployment: the ingress controller, cluster DNS, the CloudNativePG operator,
        // and strangers that must not get in (one even wears a service's name label elsewhere).
        pods.add(new Pod("ingress-controller", "ingress-nginx",
                Map.of("app.kubernetes.io/name", "ingress-nginx", "app.kubernetes.io/component", "controller"),
                Map.of(), List.of(new Port(80, "TCP"), new Port(443, "TCP")), false, false));
        pods.add(new Pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of(),
                List.of(new Port(53, "UDP"), new Port(53, "TCP")), false, false));
        pods.add(new Pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"),
                Map.of(), List.of(new Port(9443, "TCP")), false, false));
        // Strimzi's cluster operator runs in the deployment's namespace (README: Prerequisites).
        pods.add(new Pod("strimzi-operator", "frontier-watch",
                Map.of("strimzi.io/kind", "cluster-operator", "name", "strimzi-cluster-operator"), Map.of(),
                List.of(new Port(8080, "TCP")), false, false));
        pods.add(new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Map.of(),
                List.of(new Port(9090, "TCP")), false, false));
        // Outside the pod network, addressed by no label: the Kubernetes API server, an object store.
        pods.add(new Pod("outside-cluster", "", Map.of(), Map.of(),
                List.of(new Port(443, "TCP"), new Port(6443, "TCP"), new Port(5432, "TCP")), false, false));
        pods.add(new Pod("stranger-in-namespace", "frontier-watch", Map.of("app", "debug"), Map.of(),
                List.of(new Port(8080, "TCP")), false, false));
        pods.add(new Pod("stranger-elsewhere", "default", Map.of("app.kubernetes.io/name", "models-service"),
                Map.of(), List.of(new Port(8080, "TCP")), false, false));
    }

    private void addWorkload(Map<String, Object> workload) {
        Map<String, Integer> named = new LinkedHashMap<>();
        List<Port> ports = new ArrayList<>();
        for (Map<String, Object> port : Node.maps(Manifests.container(workload), "ports")) {
            int number = (Integer) port.get("containerPort");
            ports.add(new Port(number, Objects.toString(port.get("protocol"), "TCP")));
            if (port.get("name") != null) {
                named.put((String) port.get("name"), number);
            }
        }
        pods.add(new Pod(Manifests.name(workload), namespace(workload), Node.labels(workload, "spec.template.metadata.labels"),
                named, ports, true, true));
    }

    /** Broker pods carry Strimzi's labels and those of their Kafka and KafkaNodePool resources. */
    private void addKafka(Map<String, Object> kafka, Manifests rendered) {
        String name = Manifests.name(kafka);
        List<Map<String, Object>> listeners = Node.maps(kafka, "spec.kafka.listeners");
        for (Map<String, Object> pool : rendered.ofKind("KafkaNodePool")) {
            if (!name.equals(Node.labels(pool, "metadata.labels").get("strimzi.io/cluster"))
                    || !Node.list(pool, "spec.roles").contains("broker")) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>(Node.labels(kafka, "metadata.labels"));
            labels.putAll(Node.labels(pool, "metadata.labels"));
            labels.putAll(Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka", "strimzi.io/name", name + "-kafka",
                    "strimzi.io/pool-name", Manifests.name(pool), "strimzi.io/broker-role", "true",
                    "strimzi.io/controller-role", String.valueOf(Node.list(pool, "spec.roles").contains("controller"))));
            String id = name + "/" + Manifests.name(pool);
            List<Port> ports = new ArrayList<>(listeners.stream().map(l -> new Port((Integer) l.get("port"), "TCP")).toList());
            if (Node.at(kafka, "spec.kafka.metricsConfig") != null) {
                ports.add(new Port(9404, "TCP"));
            }
            pods.add(new Pod(id, namespace(kafka), labels, Map.of(), ports, true, false));
            // Strimzi's generated policy: each listener port admits its networkPolicyPeers (everyone if none).
            for (Map<String, Object> listener : listeners) {
                List<Object> peers = Node.list(listener, "networkPolicyPeers");
                Map<String, Object> rule = new LinkedHashMap<>();
                if (!peers.isEmpty()) {
                    rule.put("from", peers);
                }
                rule.put("ports", List.of(Map.of("port", listener.get("port"))));
                policies.add(new Policy(namespace(kafka), Map.of(), Set.of("Ingress"), List.of(rule), List.of(), Set.of(id)));
            }
        }
    }

    public List<Pod> pods() {
        return pods;
    }

    public Pod pod(String id) {
        return pods.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no pod " + id));
    }

    /**
     * Every allowed connection that involves this deployment: to any of its pods, or from any of
     * its application pods. Written "source -> destination:port/protocol".
     */
    public Set<String> edges() {
        Set<String> edges = new TreeSet<>();
        for (Pod src : pods) {
            for (Pod dst : pods) {
                if (!dst.ours() && !src.application()) {
                    continue;
                }
                for (Port port : dst.ports()) {
                    if (allowed(src, dst, port)) {
                        edges.add(src.id() + " -> " + dst.id() + ":" + port);
                    }
                }
            }
        }
        return edges;
    }

    public boolean isolated(Pod pod, String direction) {
        return policies.stream().anyMatch(p -> p.types().contains(direction) && selects(p, pod));
    }

    public boolean allowed(Pod src, Pod dst, Port port) {
        return admits(src, dst, port, "Egress", src, dst) && admits(dst, src, port, "Ingress", src, dst);
    }

    /** Whether {@code subject}'s policies of one direction admit the connection to or from {@code peer}. */
    private boolean admits(Pod subject, Pod peer, Port port, String direction, Pod src, Pod dst) {
        List<Policy> selecting = policies.stream().filter(p -> p.types().contains(direction) && selects(p, subject)).toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (Policy policy : selecting) {
            List<Map<String, Object>> rules = direction.equals("Ingress") ? policy.ingress() : policy.egress();
            for (Map<String, Object> rule : rules) {
                List<Map<String, Object>> peers = Node.maps(rule, direction.equals("Ingress") ? "from" : "to");
                boolean peerOk = peers.isEmpty() || peers.stream().anyMatch(p -> peerMatches(p, policy.namespace(), peer));
                List<Map<String, Object>> ports = Node.maps(rule, "ports");
                boolean portOk = ports.isEmpty() || ports.stream().anyMatch(p -> portMatches(p, dst, port));
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean selects(Policy policy, Pod pod) {
        if (policy.onlyPods() != null) {
            return policy.onlyPods().contains(pod.id());
        }
        return policy.namespace().equals(pod.namespace()) && Selectors.matches(policy.podSelector(), pod.labels());
    }

    private static boolean peerMatches(Map<String, Object> peer, String policyNamespace, Pod pod) {
        if (peer.containsKey("ipBlock")) {
            throw new AssertionError("ipBlock peers are not expected: pods are addressed by labels only");
        }
        if (pod.namespace().isEmpty()) {
            return false;
        }
        Object namespaceSelector = peer.get("namespaceSelector");
        boolean namespaceOk = namespaceSelector == null
                ? policyNamespace.equals(pod.namespace())
                : Selectors.matches(Node.map(peer, "namespaceSelector"), Map.of("kubernetes.io/metadata.name", pod.namespace()));
        return namespaceOk && (peer.get("podSelector") == null || Selectors.matches(Node.map(peer, "podSelector"), pod.labels()));
    }

    private static boolean portMatches(Map<String, Object> rulePort, Pod dst, Port port) {
        if (!Objects.toString(rulePort.get("protocol"), "TCP").equals(port.protocol())) {
            return false;
        }
        Object value = rulePort.get("port");
        if (value == null) {
            return true;
        }
        if (value instanceof String name) {
            return Objects.equals(dst.namedPorts().get(name), port.number());
        }
        int from = (Integer) value;
        int to = rulePort.get("endPort") instanceof Integer end ? end : from;
        return port.number() >= from && port.number() <= to;
    }

    private static String namespace(Map<String, Object> object) {
        return Node.str(object, "metadata.namespace");
    }
}
