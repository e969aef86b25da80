package ai.frontierwatch.gateway.quota;

import ai.frontierwatch.localstack.LocalPostgres;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/** The gateway with its quota database on the tests' PostgreSQL, and what tests need to play another replica. */
public class SharedQuotaProfile implements QuarkusTestProfile {

    private static final String DATABASE = "gateway_wiring_test";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(QuotaDatabase.class));
    }

    /** Points the gateway's quota datasource at its database. */
    public static class QuotaDatabase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            LocalPostgres postgres = TestInfrastructure.postgres();
            postgres.ensureDatabase(DATABASE);
            return Map.of("quarkus.datasource.quota.jdbc.url", postgres.jdbcUrl(DATABASE),
                    "quarkus.datasource.quota.username", LocalPostgres.USER);
        }

        @Override
        public void stop() {
            // shared by the module's tests; stopped when the JVM exits
        }
    }

    /** Another gateway replica: its own store and connections on the same database. */
    public static SharedQuotaStore otherReplica() {
        return new SharedQuotaStore(dataSource());
    }

    /** Whole quotas for everyone (the test classes of this profile share the database). */
    public static void emptyBuckets() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SharedQuotaStore.DDL);
            statement.execute("DELETE FROM " + SharedQuotaStore.TABLE);
        }
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestInfrastructure.postgres().jdbcUrl(DATABASE));
        dataSource.setUser(LocalPostgres.USER);
        return dataSource;
    }
}
