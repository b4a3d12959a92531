/*
 * Copyright 2026 The camel-workflowrun developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.workflowrun.camel.journal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.workflowrun.camel.spi.Json;
import javax.sql.DataSource;

/**
 * The run journal in PostgreSQL: one row per idempotency key in {@link #TABLE}, each method one statement or two in
 * auto-commit. Rows are never deleted but for a released claim; {@link #PURGE_DONE_POSTGRESQL} is the script that
 * removes finished ones, for whoever owns the schema to run on a schedule.
 */
public final class JdbcRunJournal implements RunJournal {

    /** The table {@link #postgresql(DataSource)} uses. */
    public static final String TABLE = "workflowrun_journal";
    /** Creates {@link #TABLE} and its index where missing: run by {@link #postgresql(DataSource)}, or by the schema's owner. */
    public static final String CREATE_TABLE_POSTGRESQL = """
            CREATE TABLE IF NOT EXISTS workflowrun_journal (
              scope CHAR(64) NOT NULL,
              idempotency_key VARCHAR(1024) NOT NULL,
              provider VARCHAR(64) NOT NULL,
              workflow_id VARCHAR(1024),
              endpoint_key CHAR(64) NOT NULL,
              state VARCHAR(16) NOT NULL,
              run_id VARCHAR(1024),
              run_headers TEXT,
              owner VARCHAR(200),
              lease_until TIMESTAMPTZ,
              sent_at TIMESTAMPTZ NOT NULL,
              wait_deadline TIMESTAMPTZ,
              delivery_attempts INTEGER NOT NULL DEFAULT 0,
              updated_at TIMESTAMPTZ NOT NULL,
              PRIMARY KEY (scope, idempotency_key));
            CREATE INDEX IF NOT EXISTS workflowrun_journal_waits ON workflowrun_journal (endpoint_key, lease_until)
              WHERE state = 'WAITING'""";
    /** Removes the rows of keys that are done (a run recorded, its outcome delivered where one was waited for) a week ago. */
    public static final String PURGE_DONE_POSTGRESQL = "DELETE FROM workflowrun_journal WHERE state IN ('STARTED', 'DELIVERED')"
                                                       + " AND updated_at < now() - interval '7 days'";

    private static final String LEASE = "now() + ? * interval '1 millisecond'";
    private static final String KEY = " WHERE scope = ? AND idempotency_key = ?";

    /** How long one statement may take by default: a database that hangs fails the trigger instead of holding it. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final int queryTimeoutSeconds;

    private JdbcRunJournal(DataSource dataSource, Duration queryTimeout) {
        this.dataSource = dataSource;
        this.queryTimeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
    }

    /**
     * A journal in the PostgreSQL database of this data source, creating its table where missing; each statement may
     * take {@link #DEFAULT_QUERY_TIMEOUT} at most. How long getting a connection may take is the data source's (its
     * connect timeout, and its pool's).
     */
    public static JdbcRunJournal postgresql(DataSource dataSource) {
        return postgresql(dataSource, DEFAULT_QUERY_TIMEOUT);
    }

    /** The same, each statement taking {@code queryTimeout} at most (whole seconds, at least one). */
    public static JdbcRunJournal postgresql(DataSource dataSource, Duration queryTimeout) {
        JdbcRunJournal journal = new JdbcRunJournal(dataSource, queryTimeout);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : CREATE_TABLE_POSTGRESQL.split(";")) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new RunJournalException("Could not create the run journal's table " + TABLE + ": " + e.getMessage(), e);
        }
        return journal;
    }

    @Override
    public Claim claim(JournalKey key, String owner, long leaseMillis) {
        return run("claim " + key, connection -> {
            // bounded: each round sees the row inserted, changed or released by another instance in between
            for (int round = 0; round < 3; round++) {
                try (PreparedStatement insert = timed(connection, "INSERT INTO " + TABLE
                        + " (scope, idempotency_key, provider, workflow_id, endpoint_key, state, owner, lease_until, sent_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'SENDING', ?, " + LEASE + ", now(), now()) ON CONFLICT DO NOTHING")) {
                    int i = bindKey(insert, 1, key);
                    insert.setString(i++, key.provider());
                    insert.setString(i++, key.workflowId());
                    insert.setString(i++, key.endpointKey());
                    insert.setString(i++, owner);
                    insert.setLong(i, leaseMillis);
                    if (insert.executeUpdate() == 1) {
                        return Claim.claimed();
                    }
                }
                Claim found = existing(connection, key, owner, leaseMillis);
                if (found != null) {
                    return found;
                }
            }
            throw new SQLException("the row of " + key + " changed three times while it was claimed");
        });
    }

    /** What the row holds, taking it over when it is in doubt; null when it changed under this call. */
    private Claim existing(Connection connection, JournalKey key, String owner, long leaseMillis) throws SQLException {
        try (PreparedStatement select = timed(connection, 
                "SELECT state, run_id, run_headers, owner, lease_until, sent_at, lease_until < now() FROM " + TABLE + KEY)) {
            bindKey(select, 1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (row.getString(2) != null) {
                    return Claim.started(row.getString(2), headers(row.getString(3)));
                }
                Instant sentAt = instant(row, 6);
                if (!"IN_DOUBT".equals(row.getString(1)) && !row.getBoolean(7)) {
                    return Claim.busy(sentAt, row.getString(4), instant(row, 5));
                }
            }
        }
        try (PreparedStatement takeOver = timed(connection, "UPDATE " + TABLE + " SET state = 'SENDING', owner = ?, lease_until = "
                + LEASE + ", updated_at = now()" + KEY + " AND run_id IS NULL AND (state = 'IN_DOUBT' OR lease_until < now())"
                + " RETURNING sent_at")) {
            takeOver.setString(1, owner);
            takeOver.setLong(2, leaseMillis);
            bindKey(takeOver, 3, key);
            try (ResultSet row = takeOver.executeQuery()) {
                return row.next() ? Claim.inDoubt(instant(row, 1)) : null;
            }
        }
    }

    @Override
    public void started(JournalKey key, String owner, String runId, Map<String, Object> runHeaders, Instant waitDeadline, long leaseMillis) {
        run("record the run of " + key, connection -> {
            try (PreparedStatement update = timed(connection, "UPDATE " + TABLE + " SET run_id = ?, run_headers = ?, state = ?,"
                    + " wait_deadline = ?, owner = ?, lease_until = CASE WHEN ? THEN " + LEASE + " END, updated_at = now()"
                    + KEY + " AND run_id IS NULL")) {
                update.setString(1, runId);
                update.setString(2, runHeaders.isEmpty() ? null : Json.MAPPER.writeValueAsString(runHeaders));
                update.setString(3, waitDeadline == null ? "STARTED" : "WAITING");
                update.setObject(4, waitDeadline == null ? null : OffsetDateTime.ofInstant(waitDeadline, ZoneOffset.UTC));
                update.setString(5, waitDeadline == null ? null : owner);
                update.setBoolean(6, waitDeadline != null);
                update.setLong(7, leaseMillis);
                bindKey(update, 8, key);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            // another instance reconciling the key got there first: the same run through the provider's key is fine
            try (PreparedStatement select = timed(connection, "SELECT run_id FROM " + TABLE + KEY)) {
                bindKey(select, 1, key);
                try (ResultSet row = select.executeQuery()) {
                    String recorded = row.next() ? row.getString(1) : null;
                    if (runId.equals(recorded)) {
                        return null;
                    }
                    throw new SQLException("run " + runId + " could not be recorded: the row holds "
                                           + (recorded == null ? "no run" : "run " + recorded));
                }
            }
        });
    }

    @Override
    public void release(JournalKey key, String owner) {
        update("release " + key, "DELETE FROM " + TABLE + KEY + " AND owner = ? AND run_id IS NULL AND state = 'SENDING'", key, owner);
    }

    @Override
    public void inDoubt(JournalKey key, String owner) {
        update("mark " + key + " in doubt", "UPDATE " + TABLE + " SET state = 'IN_DOUBT', lease_until = NULL, updated_at = now()" + KEY
                                          + " AND owner = ? AND run_id IS NULL", key, owner);
    }

    @Override
    public Set<JournalKey> renew(String owner, Collection<JournalKey> keys, long leaseMillis) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return run("renew the leases of " + owner, connection -> {
            List<JournalKey> all = new ArrayList<>(keys);
            Map<List<String>, JournalKey> byId = new HashMap<>();
            all.forEach(key -> byId.put(List.of(key.scope(), key.idempotencyKey()), key));
            Set<JournalKey> renewed = new HashSet<>();
            // a few thousand keys per statement keeps each one short
            for (int from = 0; from < all.size(); from += 2000) {
                List<JournalKey> part = all.subList(from, Math.min(all.size(), from + 2000));
                try (PreparedStatement update = timed(connection, "UPDATE " + TABLE + " SET lease_until = " + LEASE
                        + " WHERE owner = ? AND state IN ('SENDING', 'WAITING') AND (scope, idempotency_key) IN"
                        + " (SELECT * FROM unnest(?::char(64)[], ?::varchar[])) RETURNING scope, idempotency_key")) {
                    update.setLong(1, leaseMillis);
                    update.setString(2, owner);
                    bindKeys(connection, update, 3, part);
                    try (ResultSet row = update.executeQuery()) {
                        while (row.next()) {
                            renewed.add(byId.get(List.of(row.getString(1), row.getString(2))));
                        }
                    }
                }
            }
            return renewed;
        });
    }

    @Override
    public List<JournaledWait> takeOverWaits(String endpointKey, String owner, long leaseMillis, int max) {
        return run("take over waits", connection -> {
            try (PreparedStatement update = timed(connection, "UPDATE " + TABLE + " j SET owner = ?, lease_until = " + LEASE
                    + ", updated_at = now() FROM (SELECT scope, idempotency_key FROM " + TABLE
                    + " WHERE endpoint_key = ? AND state = 'WAITING' AND lease_until < now() ORDER BY lease_until LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED) expired WHERE j.scope = expired.scope AND j.idempotency_key = expired.idempotency_key"
                    + " RETURNING j.scope, j.idempotency_key, j.provider, j.workflow_id, j.run_id, j.run_headers, j.wait_deadline,"
                    + " j.delivery_attempts")) {
                update.setString(1, owner);
                update.setLong(2, leaseMillis);
                update.setString(3, endpointKey);
                update.setInt(4, max);
                List<JournaledWait> waits = new ArrayList<>();
                try (ResultSet row = update.executeQuery()) {
                    while (row.next()) {
                        JournalKey key = new JournalKey(row.getString(1), row.getString(2), row.getString(3), row.getString(4), endpointKey);
                        waits.add(new JournaledWait(key, row.getString(5), headers(row.getString(6)), instant(row, 7), row.getInt(8)));
                    }
                }
                return waits;
            }
        });
    }

    @Override
    public int deliveryStarts(JournalKey key, String owner) {
        return run("count a delivery of " + key, connection -> {
            try (PreparedStatement update = timed(connection, "UPDATE " + TABLE + " SET delivery_attempts = delivery_attempts + 1,"
                    + " updated_at = now()" + KEY + " AND owner = ? AND state = 'WAITING' RETURNING delivery_attempts")) {
                update.setString(bindKey(update, 1, key), owner);
                try (ResultSet row = update.executeQuery()) {
                    return row.next() ? row.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void delivered(JournalKey key, String owner) {
        update("record the delivery of " + key, "UPDATE " + TABLE + " SET state = 'DELIVERED', owner = NULL, lease_until = NULL,"
                                                + " updated_at = now()" + KEY + " AND owner = ? AND state = 'WAITING'", key, owner);
    }

    @Override
    public void handBack(String owner, Collection<JournalKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        run("hand back the waits of " + owner, connection -> {
            try (PreparedStatement update = timed(connection, "UPDATE " + TABLE + " SET lease_until = now()"
                    + " WHERE owner = ? AND state = 'WAITING' AND (scope, idempotency_key) IN (SELECT * FROM unnest(?::char(64)[], ?::varchar[]))")) {
                update.setString(1, owner);
                bindKeys(connection, update, 2, keys);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public String toString() {
        return "JdbcRunJournal[" + TABLE + "]";
    }

    private void update(String what, String sql, JournalKey key, String owner) {
        run(what, connection -> {
            try (PreparedStatement update = timed(connection, sql)) {
                update.setString(bindKey(update, 1, key), owner);
                update.executeUpdate();
            }
            return null;
        });
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.in(connection);
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RunJournalException("The run journal could not " + what + ": " + e.getMessage(), e);
        }
    }

    private interface Work<T> {
        T in(Connection connection) throws SQLException, com.fasterxml.jackson.core.JsonProcessingException;
    }

    /** A statement cut off after the query timeout (PostgreSQL's driver cancels it on the server). */
    private PreparedStatement timed(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(queryTimeoutSeconds);
        return statement;
    }

    private static int bindKey(PreparedStatement statement, int from, JournalKey key) throws SQLException {
        statement.setString(from, key.scope());
        statement.setString(from + 1, key.idempotencyKey());
        return from + 2;
    }

    private static void bindKeys(Connection connection, PreparedStatement statement, int from, Collection<JournalKey> keys)
            throws SQLException {
        String[] scopes = new String[keys.size()];
        String[] idempotencyKeys = new String[keys.size()];
        int i = 0;
        for (JournalKey key : keys) {
            scopes[i] = key.scope();
            idempotencyKeys[i++] = key.idempotencyKey();
        }
        Array scopeArray = connection.createArrayOf("varchar", scopes);
        Array keyArray = connection.createArrayOf("varchar", idempotencyKeys);
        statement.setArray(from, scopeArray);
        statement.setArray(from + 1, keyArray);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Map<String, Object> headers(String json) throws SQLException {
        if (json == null) {
            return Map.of();
        }
        Map<String, Object> headers = Json.readObjectOrNull(json);
        if (headers == null) {
            throw new SQLException("a run's headers in the journal are not a JSON object");
        }
        return headers;
    }
}
