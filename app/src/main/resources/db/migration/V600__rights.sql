-- The citizens' rights desk (Art. 16): the rights state of logged decisions, requests with their history,
-- the refusal registry, scoring models registered as data, written explanations and per-operator deadlines.
-- People are identified only by the ledger's keyed hash of their IIN (subject_key), never by the IIN.

-- Deadlines an operator sets for the whole organization (system_id null) or for one system.
create table rights_settings (
    organization_id            uuid not null,
    system_id                  uuid,
    response_days              integer not null check (response_days between 1 and 365),
    appeal_window_days         integer not null check (appeal_window_days between 1 and 3650),
    -- When set, the law makes interacting with this system compulsory: refusal does not apply (system rows only).
    refusal_compulsory_basis   text check (length(refusal_compulsory_basis) between 1 and 1000),
    updated_by                 uuid not null,
    updated_at                 timestamptz not null default now()
);
create unique index rights_settings_scope on rights_settings (organization_id, coalesce(system_id, '00000000-0000-0000-0000-000000000000'));

-- One row per logged decision of a registered system: whether it needs a human sign-off, its state, flags.
create table rights_decision (
    decision_idx     bigint primary key,
    organization_id  uuid not null,
    system_id        uuid not null,
    subject_key      bytea,
    logged_by        uuid,
    signoff          text not null check (signoff in ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'OVERRIDDEN')),
    signed_by        uuid,
    signed_by_name   text,
    signed_at        timestamptz,
    signoff_note     text,
    signoff_idx      bigint,
    finalized_at     timestamptz,
    refused_ai       boolean not null default false,
    created_at       timestamptz not null default now()
);
create index rights_decision_pending on rights_decision (organization_id) where signoff = 'PENDING';
create index rights_decision_system on rights_decision (system_id);

create table rights_case (
    id                  uuid primary key,
    reference           text not null unique,
    kind                text not null check (kind in ('EXPLANATION', 'DATA_ACCESS', 'REFUSAL', 'APPEAL')),
    decision_idx        bigint,
    organization_id     uuid not null,
    system_id           uuid,
    subject_key         bytea not null,
    requester           uuid,
    text                text not null check (length(text) <= 5000),
    status              text not null check (status in ('OPEN', 'IN_REVIEW', 'ANSWERED', 'DECIDED', 'RECORDED', 'WITHDRAWN')),
    due_at              timestamptz not null,
    late                boolean not null default false,
    reminded_at         timestamptz,
    escalated_at        timestamptz,
    reviewer            uuid,
    assessment          text,
    assessed_at         timestamptz,
    outcome             text check (outcome in ('UPHELD', 'OVERTURNED', 'CHANGED')),
    new_outcome         text,
    answer              text,
    answered_by         uuid,
    outcome_idx         bigint,
    created_at          timestamptz not null default now(),
    closed_at           timestamptz
);
-- One open request of a kind per decision and person: a second submission is refused with the first one's reference.
create unique index rights_case_open on rights_case (decision_idx, kind, subject_key)
    where decision_idx is not null and status in ('OPEN', 'IN_REVIEW');
create index rights_case_subject on rights_case (subject_key);
create index rights_case_organization on rights_case (organization_id, created_at desc);
create index rights_case_due on rights_case (due_at) where status in ('OPEN', 'IN_REVIEW');

-- Every status change, reminder and escalation of a case.
create table rights_case_event (
    id        bigserial primary key,
    case_id   uuid not null references rights_case (id),
    status    text not null,
    actor     uuid,
    note      text,
    at        timestamptz not null default now()
);
create index rights_case_event_case on rights_case_event (case_id, id);

create table rights_attachment (
    id            uuid primary key,
    case_id       uuid not null references rights_case (id),
    filename      text not null check (length(filename) between 1 and 255),
    content_type  text not null,
    size          bigint not null,
    sha256        bytea not null,
    content       bytea not null,
    uploaded_at   timestamptz not null default now()
);
create index rights_attachment_case on rights_attachment (case_id);

-- A person's refusal of AI processing by an operator (system_id null) or by one of its systems.
-- lookup_hash = HMAC(the operator's lookup key, IIN): what that operator sends to check, useless to others.
create table rights_refusal (
    id               uuid primary key,
    subject_key      bytea not null,
    lookup_hash      bytea not null,
    organization_id  uuid not null,
    system_id        uuid,
    case_id          uuid references rights_case (id),
    created_at       timestamptz not null default now(),
    withdrawn_at     timestamptz
);
create unique index rights_refusal_active on rights_refusal (subject_key, organization_id, coalesce(system_id, '00000000-0000-0000-0000-000000000000'))
    where withdrawn_at is null;
create index rights_refusal_lookup on rights_refusal (organization_id, lookup_hash) where withdrawn_at is null;

-- Scoring models registered as data (senim-explain/1) for a system; a decision names its model version.
create table rights_model (
    system_id     uuid not null,
    version       text not null check (length(version) between 1 and 128),
    model_id      text not null,
    source        text not null,
    uploaded_by   uuid not null,
    uploaded_at   timestamptz not null default now(),
    primary key (system_id, version)
);

-- A written explanation for systems whose model is not registered as data, in one to three languages.
create table rights_written_explanation (
    system_id    uuid not null,
    lang         text not null check (lang in ('kk', 'ru', 'en')),
    text         text not null check (length(text) between 1 and 5000),
    updated_by   uuid not null,
    updated_at   timestamptz not null default now(),
    primary key (system_id, lang)
);

-- In-app notices for an organization's staff (reminders of cases due soon); e-mail is not available.
create table rights_notice (
    id               bigserial primary key,
    organization_id  uuid not null,
    case_id          uuid not null references rights_case (id),
    kind             text not null check (kind in ('DUE_SOON', 'OVERDUE')),
    created_at       timestamptz not null default now(),
    unique (case_id, kind)
);
