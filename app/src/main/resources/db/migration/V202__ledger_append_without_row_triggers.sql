-- Payload and key rows are written only by the sequencer, in the same statement as their entry, and entries
-- are never deleted: the foreign keys guarded nothing that statement does not already guarantee, and each
-- cost a trigger and an index probe per appended entry (about a fifth of PostgreSQL's work per append).
alter table ledger_payload drop constraint ledger_payload_idx_fkey;
alter table ledger_entry_key drop constraint ledger_entry_key_idx_fkey;
