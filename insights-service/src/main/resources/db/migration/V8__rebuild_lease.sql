-- The rebuild in progress, whichever instance runs it. While it runs, derived state is being reconstructed (by its
-- replay and by the live events every instance keeps applying), so no instance announces what it sees, and no
-- second rebuild starts. The running instance renews the lease; one that died stops counting when it expires.
CREATE TABLE rebuild_lease (
    id         INT PRIMARY KEY CHECK (id = 1),
    owner      TEXT,
    started_at TIMESTAMPTZ,
    expires_at TIMESTAMPTZ -- null or past: no rebuild running
);
INSERT INTO rebuild_lease (id) VALUES (1);
