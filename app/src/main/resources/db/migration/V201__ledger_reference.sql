-- The reference printed on an operator's notice, as a keyed hash: with the person's IIN it finds the decision.
alter table ledger_entry add column reference_key bytea;
create index ledger_entry_reference on ledger_entry (reference_key) where reference_key is not null;
