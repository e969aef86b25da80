-- Events Kafka can never accept (larger than the producer's request limit, rejected as invalid) are moved here
-- by the relay, with the reason, instead of blocking the events behind them. An operator inspects them and
-- deletes them (or moves them back to outbox_event) once the cause is fixed; readiness reports how many there
-- are. Repeatable and idempotent, so that it is one definition for every service whatever its own migrations'
-- versions are; its columns are the outbox's.
CREATE TABLE IF NOT EXISTS outbox_dead_letter (
    LIKE outbox_event,
    parked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    reason     TEXT        NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE (id)
);
