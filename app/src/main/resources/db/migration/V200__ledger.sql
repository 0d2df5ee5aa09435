-- The decision ledger: a transparency log (RFC 9162 / C2SP tlog-tiles) of AI-assisted decisions and
-- lifecycle events. Public leaves carry only a salted commitment; personal data lives encrypted in
-- ledger_payload under a per-entry key kept apart in ledger_entry_key, so erasing the key erases the data.

-- One row: the next index to assign. Sequencing locks this row, so any number of application instances
-- assign indices without gaps, duplicates or forks.
create table ledger_state (
    id          integer primary key check (id = 1),
    next_index  bigint not null check (next_index >= 0)
);
insert into ledger_state (id, next_index) values (1, 0);

-- How far the Merkle tree has been integrated; only the integrator (one instance at a time) writes it.
create table ledger_tree (
    id    integer primary key check (id = 1),
    size  bigint not null check (size >= 0),
    root  bytea not null
);
insert into ledger_tree (id, size, root) values (1, 0, sha256(''::bytea));

create table ledger_entry (
    idx              bigint primary key check (idx >= 0),
    kind             text not null check (kind in ('DECISION', 'LIFECYCLE', 'APPEAL_OUTCOME', 'SIGN_OFF')),
    organization_id  uuid not null,
    system_id        uuid,
    idempotency_key  text,
    request_hash     bytea not null,
    leaf             bytea not null check (length(leaf) <= 65535),
    subject_key      bytea,
    created_at       timestamptz not null default now()
);
create unique index ledger_entry_idempotency on ledger_entry (organization_id, idempotency_key) where idempotency_key is not null;
create index ledger_entry_subject on ledger_entry (subject_key) where subject_key is not null;
create index ledger_entry_system on ledger_entry (system_id, idx);

create table ledger_payload (
    idx         bigint primary key references ledger_entry (idx),
    nonce       bytea not null,
    ciphertext  bytea not null
);

-- Kept apart from the payload so that it can be erased (and, in production, stored and backed up apart).
create table ledger_entry_key (
    idx          bigint primary key references ledger_entry (idx),
    wrapped_key  bytea not null
);

create table ledger_erasure (
    idx         bigint primary key references ledger_entry (idx),
    erased_by   uuid,
    reason      text not null,
    erased_at   timestamptz not null default now()
);

-- Tiles of the Merkle tree (C2SP tlog-tiles, height 8): level L holds the hashes of tree level 8L.
-- A partial tile is overwritten as it grows; a full one (width 256) never changes.
create table ledger_tile (
    level   integer not null check (level >= 0),
    idx     bigint not null check (idx >= 0),
    width   integer not null check (width between 1 and 256),
    hashes  bytea not null check (length(hashes) = width * 32),
    primary key (level, idx)
);

create table ledger_checkpoint (
    size        bigint primary key,
    root        bytea not null,
    note        text not null,
    created_at  timestamptz not null default now()
);
