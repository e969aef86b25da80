package ai.frontierwatch.gateway.quota;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Token buckets in PostgreSQL (Bucket4j), shared by every replica: a caller has one quota however many replicas serve
 * it. Each bucket holds a minute's quota and is refilled whole once a minute after its first use. Updates of a bucket
 * are serialized by a transaction-scoped advisory lock on its id.
 *
 * <p>A bucket's id is a 64-bit hash of the caller and its quota: the table holds no client address or partner name,
 * and a quota changed in the configuration starts a fresh bucket instead of inheriting the old one.
 */
public final class SharedQuotaStore implements QuotaStore {

    /** The table the library reads and writes: id, serialized state, expiry and the advisory lock id the cleanup takes. */
    static final String TABLE = "quota_bucket";
    static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE
            + " (id BIGINT PRIMARY KEY, state BYTEA, expires_at BIGINT, explicit_lock BIGINT)";

    private final DataSource dataSource;
    private final PostgreSQLadvisoryLockBasedProxyManager<Long> buckets;
    private volatile boolean tableReady;

    public SharedQuotaStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at").lockColumn("explicit_lock")
                // an idle caller's bucket is kept until it would be full again, and a minute more
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public Decision acquire(String caller, int perMinute) {
        ensureTable();
        ConsumptionProbe probe = buckets.builder().build(id(caller, perMinute), () -> minute(perMinute))
                .tryConsumeAndReturnRemaining(1);
        long nanos = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        long reset = Math.max(1, (TimeUnit.NANOSECONDS.toMillis(nanos) + 999) / 1000);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(), reset);
    }

    @Override
    public boolean blocking() {
        return true;
    }

    /** Deletes up to {@code max} buckets of callers idle long enough; the number deleted. */
    public int removeExpired(int max) {
        ensureTable();
        return buckets.removeExpired(max);
    }

    /** Creates the table on first use, so that a store unreachable at start is picked up once it is back. */
    private void ensureTable() {
        if (tableReady) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(DDL);
            tableReady = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the quota table: " + e.getMessage(), e);
        }
    }

    private static BucketConfiguration minute(int perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    static long id(String caller, int perMinute) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((perMinute + "/" + caller).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
