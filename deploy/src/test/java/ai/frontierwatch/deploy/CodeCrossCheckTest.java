package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.commons.kafka.TopicProvisioner;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.deploy.support.Environment;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.ServiceModule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests agree with the code: ports, probe paths, environment variables, databases and
 * topics are read from the services' modules at test time, so a change there that the manifests
 * do not follow fails here.
 */
class CodeCrossCheckTest {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void containerPortsServicePortsAndProbesMatchEachServiceConfiguration(Manifests rendered) {
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, Object> deployment = rendered.get("Deployment", service.name());
            Map<String, Object> container = Manifests.container(deployment);
            assertThat(Node.maps(container, "ports")).as(service.name())
                    .containsExactly(Map.of("name", "http", "containerPort", service.httpPort()));
            for (String[] probe : new String[][] {{"startupProbe", "started"}, {"readinessProbe", "ready"}, {"livenessProbe", "live"}}) {
                assertThat(Node.str(container, probe[0] + ".httpGet.path")).as(service.name() + " " + probe[0])
                        .isEqualTo(service.healthPath(probe[1]));
                assertThat(Node.str(container, probe[0] + ".httpGet.port")).as(service.name() + " " + probe[0]).isEqualTo("http");
            }
            Map<String, Object> servicePort = Node.maps(rendered.get("Service", service.name()), "spec.ports").get(0);
            assertThat(servicePort).as(service.name() + " Service")
                    .containsEntry("port", service.httpPort()).containsEntry("targetPort", "http");
        }
    }

    /**
     * A consumer's connection to the broker decides neither the startup nor the readiness probe: during a broker
     * outage the startup probe would otherwise give up on new pods, and readiness take every replica out of its
     * Service. Liveness still reports a consumer that failed.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void consumersWaitingForTheBrokerKeepPodsStartedAndReady(Manifests rendered) {
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, Object> container = Manifests.container(rendered.get("Deployment", service.name()));
            for (String channel : service.incomingChannels()) {
                String health = "quarkus.messaging.health." + channel + ".";
                for (String[] probe : new String[][] {{"startupProbe", "startup"}, {"readinessProbe", "readiness"}}) {
                    assertThat(Node.str(container, probe[0] + ".httpGet.path")).as(service.name() + " " + probe[0])
                            .isEqualTo(service.healthPath(probe[0].equals("startupProbe") ? "started" : "ready"));
                    assertThat(service.property(health + probe[1] + ".enabled", "true"))
                            .as(service.name() + " channel " + channel + " in " + probe[0]).isEqualTo("false");
                }
                assertThat(service.property(health + "liveness.enabled", "true")).as(channel + " liveness").isEqualTo("true");
                assertThat(service.property("mp.messaging.incoming." + channel + ".health-enabled", "true"))
                        .as(channel + " health").isEqualTo("true");
            }
        }
        assertThat(ServiceModule.of("insights-service").incomingChannels()).containsExactlyInAnyOrder("catalog", "articles");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyEnvironmentVariableSetIsOneTheServiceReadsAndTheEssentialOnesAreSet(Manifests rendered) {
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", service.name()));
            Set<String> reads = service.environment().keySet();
            assertThat(reads).as(service.name() + " reads").contains("HTTP_PORT");
            // Quarkus hands KAFKA_<NAME> to every Kafka client as the client setting <name> (underscores as dots).
            Set<String> kafkaClientSettings = new HashSet<>(ConsumerConfig.configNames());
            kafkaClientSettings.addAll(ProducerConfig.configNames());
            assertThat(env.keySet()).as(service.name() + " is given only what it reads")
                    .allMatch(k -> reads.contains(k) || k.startsWith("KAFKA_")
                            && kafkaClientSettings.contains(k.substring("KAFKA_".length()).toLowerCase().replace('_', '.')))
                    .doesNotContain("FW_PARENT_PID");
            for (String needed : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                    "MODELS_SERVICE_URL", "ARTICLES_SERVICE_URL", "INSIGHTS_SERVICE_URL")) {
                if (reads.contains(needed)) {
                    assertThat(env).as(service.name() + " reads " + needed + " (its default is for a laptop)").containsKey(needed);
                }
            }
            if (reads.contains("FW_KAFKA_CREATE_TOPICS")) {
                assertThat(env).as(service.name() + ": topics belong to the KafkaTopic resources")
                        .containsEntry("FW_KAFKA_CREATE_TOPICS", "false");
            }
            if (env.containsKey("HTTP_PORT")) {
                assertThat(env.get("HTTP_PORT")).isEqualTo(String.valueOf(service.httpPort()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceWithADatabaseUsesItsOwnClusterDatabaseAndGeneratedCredentials(Manifests rendered) {
        Map<String, String> databaseByService = new TreeMap<>();
        Set<String> clustersUsed = new HashSet<>();
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", service.name()));
            if (!service.environment().containsKey("DB_URL")) {
                assertThat(env.keySet()).as(service.name()).noneMatch(k -> k.startsWith("DB_"));
                continue;
            }
            Matcher configured = JDBC_URL.matcher(env.get("DB_URL"));
            Matcher codeDefault = JDBC_URL.matcher(service.environment().get("DB_URL"));
            assertThat(configured.matches() && codeDefault.matches()).as(service.name() + " DB_URL").isTrue();
            String cluster = configured.group(1).replaceFirst("-rw$", "");
            assertThat(configured.group(1)).as("the primary's service").isEqualTo(cluster + "-rw");
            assertThat(configured.group(2)).isEqualTo("5432");
            String database = configured.group(3);
            assertThat(database).as(service.name() + ": same database as in its code").isEqualTo(codeDefault.group(3));
            Map<String, Object> initdb = Node.map(rendered.get("Cluster", cluster), "spec.bootstrap.initdb");
            assertThat(initdb).as(cluster).containsEntry("database", database).containsEntry("owner", database);
            assertThat(env).containsEntry("DB_USER", "secret:" + cluster + "-app/username")
                    .containsEntry("DB_PASSWORD", "secret:" + cluster + "-app/password");
            assertThat(clustersUsed.add(cluster)).as("a database cluster per service: " + cluster).isTrue();
            databaseByService.put(service.name(), database);
        }
        assertThat(databaseByService).containsExactlyInAnyOrderEntriesOf(
                Map.of("models-service", "models", "articles-service", "articles", "insights-service", "insights",
                        "gateway", "gateway"));
        assertThat(rendered.ofKind("Cluster").stream().map(Manifests::name).collect(Collectors.toSet()))
                .isEqualTo(clustersUsed);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceUrlsPointAtTheServiceOfThatNameOnItsPort(Manifests rendered) {
        int urls = 0;
        for (ServiceModule service : ServiceModule.all()) {
            for (Map.Entry<String, String> e : Environment.of(rendered, rendered.get("Deployment", service.name())).entrySet()) {
                if (!e.getKey().endsWith("_SERVICE_URL")) {
                    continue;
                }
                URI uri = URI.create(e.getValue());
                String target = e.getKey().replace("_SERVICE_URL", "").toLowerCase() + "-service";
                assertThat(uri.getHost()).as(service.name() + " " + e.getKey()).isEqualTo(target);
                assertThat(uri.getPort()).as(service.name() + " " + e.getKey()).isEqualTo(ServiceModule.of(target).httpPort());
                assertThat(rendered.find("Service", target)).isPresent();
                urls++;
            }
        }
        assertThat(urls).as("gateway -> 3 services, insights -> models").isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void topicsAreTheContractTopicsWithReplayableSettingsAndCoverEveryChannel(Manifests rendered) throws Exception {
        Set<String> contractTopics = new HashSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                contractTopics.add((String) field.get(null));
            }
        }
        assertThat(contractTopics).contains("fw.catalog.v1", "fw.articles.v1", "fw.insights.v1");
        List<Map<String, Object>> topics = rendered.ofKind("KafkaTopic").stream()
                .filter(t -> "event".equals(Node.labels(t, "metadata.labels").get("frontierwatch.ai/topic"))).toList();
        assertThat(topics.stream().map(CodeCrossCheckTest::topicName)).containsExactlyInAnyOrderElementsOf(contractTopics);
        for (Map<String, Object> topic : topics) {
            Map<String, String> config = Node.map(topic, "spec.config").entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
            assertThat(config).as(Manifests.name(topic)).containsAllEntriesOf(TopicProvisioner.TOPIC_CONFIG);
        }
        for (ServiceModule service : ServiceModule.all()) {
            assertThat(contractTopics).as(service.name() + " channels").containsAll(service.channelTopics());
        }
        assertThat(ServiceModule.of("insights-service").channelTopics()).containsExactlyInAnyOrder(Topics.CATALOG, Topics.ARTICLES);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void deadLetterTopicsOfTheConsumersAreDeclaredAndKeepEveryRecordForAWhile(Manifests rendered) {
        ServiceModule insights = ServiceModule.of("insights-service");
        Set<String> deadLetter = new HashSet<>();
        for (String channel : insights.incomingChannels()) {
            assertThat(insights.property("mp.messaging.incoming." + channel + ".failure-strategy", "fail"))
                    .as(channel).isEqualTo("dead-letter-queue");
            deadLetter.add(insights.property("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                    "dead-letter-topic-" + channel));
        }
        assertThat(deadLetter).containsExactlyInAnyOrder("fw.catalog.v1.dlq", "fw.articles.v1.dlq");
        List<Map<String, Object>> topics = rendered.ofKind("KafkaTopic").stream()
                .filter(t -> "dead-letter".equals(Node.labels(t, "metadata.labels").get("frontierwatch.ai/topic"))).toList();
        assertThat(topics.stream().map(CodeCrossCheckTest::topicName)).containsExactlyInAnyOrderElementsOf(deadLetter);
        for (Map<String, Object> topic : topics) {
            Map<String, Object> config = Node.map(topic, "spec.config");
            assertThat(config).as("every dead letter is kept, none compacted away").containsEntry("cleanup.policy", "delete");
            assertThat(Long.parseLong(String.valueOf(config.get("retention.ms")))).isGreaterThanOrEqualTo(Duration.ofDays(7).toMillis());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesReachKafkaOverTlsAsTheirOwnScramUserCheckingTheClusterCa(Manifests rendered) {
        Map<String, Object> kafka = rendered.ofKind("Kafka").get(0);
        List<Map<String, Object>> listeners = Node.maps(kafka, "spec.kafka.listeners");
        assertThat(listeners).as("no plaintext or unauthenticated listener").allSatisfy(l -> {
            assertThat(l).containsEntry("tls", true);
            assertThat(Node.str(l, "authentication.type")).isEqualTo("scram-sha-512");
        });
        assertThat(Node.str(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
        assertThat(Node.map(kafka, "spec.entityOperator")).containsKey("userOperator");
        String bootstrap = Manifests.name(kafka) + "-kafka-bootstrap:" + listeners.get(0).get("port");
        String caSecret = Manifests.name(kafka) + "-cluster-ca-cert";
        // The gateway too: its subscriptions read the article and insights topics.
        assertThat(ServiceModule.all()).allMatch(s -> s.environment().containsKey("KAFKA_BOOTSTRAP_SERVERS"));
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, Object> deployment = rendered.get("Deployment", service.name());
            Map<String, String> env = Environment.of(rendered, deployment);
            assertThat(env).as(service.name()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap)
                    .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM")
                    .containsEntry("KAFKA_SASL_JAAS_CONFIG", "secret:" + service.name() + "/sasl.jaas.config");
            Map<String, Object> user = rendered.get("KafkaUser", service.name());
            assertThat(Node.str(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
            assertThat(Node.labels(user, "metadata.labels")).containsEntry("strimzi.io/cluster", Manifests.name(kafka));
            // The truststore is the CA certificate of the cluster, mounted from Strimzi's Secret.
            String truststore = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
            Map<String, Object> mount = Node.maps(Manifests.container(deployment), "volumeMounts").stream()
                    .filter(m -> truststore.startsWith(Node.str(m, "mountPath") + "/")).findFirst().orElseThrow();
            Map<String, Object> volume = Node.maps(deployment, "spec.template.spec.volumes").stream()
                    .filter(v -> v.get("name").equals(mount.get("name"))).findFirst().orElseThrow();
            assertThat(Node.str(volume, "secret.secretName")).as(service.name()).isEqualTo(caSecret);
            String file = truststore.substring(Node.str(mount, "mountPath").length() + 1);
            assertThat(Node.maps(volume, "secret.items")).as(service.name())
                    .contains(Map.of("key", "ca.crt", "path", file));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachKafkaUserMayDoExactlyWhatItsServiceDoes(Manifests rendered) {
        ServiceModule insights = ServiceModule.of("insights-service");
        String group = insights.incomingChannels().stream()
                .map(c -> insights.property("mp.messaging.incoming." + c + ".group.id", "")).distinct()
                .reduce((a, b) -> { throw new AssertionError("one consumer group expected: " + a + ", " + b); }).orElseThrow();
        Set<String> insightsWrites = new TreeSet<>(List.of(Topics.INSIGHTS));
        for (String channel : insights.incomingChannels()) {
            insightsWrites.add(insights.property("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", ""));
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        expected.put("models-service", Set.of("topic " + Topics.CATALOG + " Describe,Write"));
        expected.put("articles-service", Set.of("topic " + Topics.ARTICLES + " Describe,Write"));
        Set<String> insightsAcls = new TreeSet<>();
        insights.channelTopics().forEach(t -> insightsAcls.add("topic " + t + " Describe,Read"));
        insightsWrites.forEach(t -> insightsAcls.add("topic " + t + " Describe,Write"));
        insightsAcls.add("group " + group + " Read");
        expected.put("insights-service", insightsAcls);
        expected.put("gateway", Set.of("topic " + Topics.ARTICLES + " Describe,Read", "topic " + Topics.INSIGHTS + " Describe,Read",
                "topic " + Topics.CATALOG + " Describe,Read"));
        // Operators inspect what insights-service parked; they write nothing.
        Set<String> operatorAcls = new TreeSet<>();
        insightsWrites.stream().filter(t -> !t.equals(Topics.INSIGHTS)).forEach(t -> operatorAcls.add("topic " + t + " Describe,Read"));
        expected.put("operator", operatorAcls);
        Set<String> declaredTopics = rendered.ofKind("KafkaTopic").stream().map(CodeCrossCheckTest::topicName)
                .collect(Collectors.toSet());
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Map<String, Object> user : rendered.ofKind("KafkaUser")) {
            Set<String> acls = new TreeSet<>();
            for (Map<String, Object> rule : Node.maps(user, "spec.authorization.acls")) {
                assertThat(Node.str(rule, "resource.patternType")).as(Manifests.name(user) + ": no prefixes").isEqualTo("literal");
                assertThat(Node.str(rule, "type")).as("allow rules only").isIn(null, "allow");
                String type = Node.str(rule, "resource.type");
                String name = Node.str(rule, "resource.name");
                if (type.equals("topic")) {
                    assertThat(declaredTopics).as(Manifests.name(user) + " is allowed a topic that is declared").contains(name);
                }
                acls.add(type + " " + name + " " + Node.list(rule, "operations").stream().map(String::valueOf).sorted()
                        .collect(Collectors.joining(",")));
            }
            actual.put(Manifests.name(user), acls);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String topicName(Map<String, Object> topic) {
        return Node.str(topic, "spec.topicName") != null ? Node.str(topic, "spec.topicName") : Manifests.name(topic);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void terminationGraceCoversThePreStopPauseAndQuarkusShutdownTimeout(Manifests rendered) {
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, Object> deployment = rendered.get("Deployment", service.name());
            Duration shutdown = Duration.parse("PT" + service.property("quarkus.shutdown.timeout", "0s").toUpperCase());
            int preStop = Integer.parseInt(Node.str(Manifests.container(deployment), "lifecycle.preStop.sleep.seconds"));
            int grace = Integer.parseInt(Node.str(deployment, "spec.template.spec.terminationGracePeriodSeconds"));
            assertThat(shutdown).as(service.name() + " drains requests on shutdown").isPositive();
            assertThat(grace).as(service.name()).isGreaterThan(preStop + (int) shutdown.toSeconds());
        }
    }

    @Test
    void theRebuildJobPostsToInsightsServiceOnItsPort() {
        Map<String, Object> job = Kustomize.rebuildJob().get("Job", "insights-rebuild");
        List<Object> args = Node.list(Manifests.container(job), "args");
        URI uri = URI.create(String.valueOf(args.get(args.size() - 1)));
        assertThat(uri.getHost()).isEqualTo("insights-service");
        assertThat(uri.getPort()).isEqualTo(ServiceModule.of("insights-service").httpPort());
        assertThat(uri.getPath()).isEqualTo("/api/v1/admin/rebuild");
        assertThat(String.join(" ", args.stream().map(String::valueOf).toList())).contains("--request POST", "--fail-with-body",
                "--header Authorization: Bearer $(OPERATOR_TOKEN)");
        // The token it sends is the one insights-service checks (FW_OPERATOR_TOKEN, fw.admin.operator-token).
        Map<String, String> jobEnv = Environment.of(Kustomize.rebuildJob(), job);
        assertThat(ServiceModule.of("insights-service").properties().getProperty("fw.admin.operator-token"))
                .contains("FW_OPERATOR_TOKEN");
        for (Manifests overlay : Kustomize.overlays()) {
            assertThat(Environment.of(overlay, overlay.get("Deployment", "insights-service")))
                    .containsEntry("FW_OPERATOR_TOKEN", jobEnv.get("OPERATOR_TOKEN"));
        }
        assertThat(jobEnv.get("OPERATOR_TOKEN")).startsWith("secret:");
        for (Manifests overlay : Kustomize.overlays()) {
            assertThat(Node.maps(overlay.get("Service", "insights-service"), "spec.ports"))
                    .anyMatch(p -> Integer.valueOf(uri.getPort()).equals(p.get("port")));
        }
    }

    @Test
    void eachServiceHasAJvmDockerfileForTheFastJarLayoutRunningAsTheDeploymentsUser() {
        String runAsUser = Node.str(Kustomize.prod().get("Deployment", "gateway"), "spec.template.spec.securityContext.runAsUser");
        for (ServiceModule service : ServiceModule.all()) {
            List<String> lines = Arrays.stream(service.text("src/main/docker/Dockerfile.jvm").split("\n"))
                    .map(String::strip).filter(l -> !l.startsWith("#")).toList();
            assertThat(lines).as(service.name())
                    .contains("EXPOSE " + service.httpPort(), "USER " + runAsUser,
                            "COPY --chown=" + runAsUser + " target/quarkus-app/lib/ /deployments/lib/",
                            "COPY --chown=" + runAsUser + " target/quarkus-app/*.jar /deployments/",
                            "COPY --chown=" + runAsUser + " target/quarkus-app/app/ /deployments/app/",
                            "COPY --chown=" + runAsUser + " target/quarkus-app/quarkus/ /deployments/quarkus/",
                            "ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                    .anyMatch(l -> l.matches("FROM \\S+openjdk-\\d+-runtime:\\S+"));
            assertThat(service.property("quarkus.package.jar.type", "fast-jar")).as(service.name()).isEqualTo("fast-jar");
            assertThat(service.text("pom.xml")).as(service.name() + " serves /q/health").contains("quarkus-smallrye-health");
        }
    }
}
