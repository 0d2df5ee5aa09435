-- Each obligation of a system's latest classification, tracked with a status, evidence and a due date.
create table obligation_status (
    system_id      uuid not null,
    obligation_id  text not null,
    status         text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
    evidence       text,
    note           text,
    due_date       date,
    updated_by     uuid not null,
    updated_at     timestamptz not null default now(),
    primary key (system_id, obligation_id)
);
