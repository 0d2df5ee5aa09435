-- The register of AI systems, their data sources and evidence files.

create table ai_system (
    id                    uuid primary key,
    organization_id       uuid not null references organization (id),
    name                  text not null check (length(name) between 1 and 200),
    purpose               text not null check (length(purpose) between 1 and 2000),
    legal_basis           text not null check (length(legal_basis) between 1 and 1000),
    sector                text not null,
    oversight_kind        text not null check (oversight_kind in ('IN_THE_LOOP', 'ON_THE_LOOP', 'NONE')),
    oversight             text not null default '',
    channels              text[] not null default '{}',
    models                jsonb not null default '[]',
    datasets              jsonb not null default '[]',
    status                text not null default 'DRAFT'
                          check (status in ('DRAFT', 'SUBMITTED', 'REGISTERED', 'SUSPENDED', 'RETIRED')),
    risk_class            text check (risk_class in ('MINIMAL', 'MEDIUM', 'HIGH')),
    autonomy_class        text check (autonomy_class in ('LOW', 'MEDIUM', 'HIGH')),
    prohibited            boolean,
    rule_pack_version     text,
    classification_id     uuid,
    classified_at         timestamptz,
    version               integer not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index ai_system_organization on ai_system (organization_id);
create index ai_system_public on ai_system (status) where status in ('REGISTERED', 'SUSPENDED', 'RETIRED');

-- Who changed a system's status, from what to what, when and why.
create table ai_system_history (
    id           bigserial primary key,
    system_id    uuid not null references ai_system (id),
    from_status  text,
    to_status    text not null,
    changed_by   uuid not null,
    note         text,
    changed_at   timestamptz not null default now()
);
create index ai_system_history_system on ai_system_history (system_id, id);

create table data_source (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    name             text not null check (length(name) between 1 and 200),
    categories       text[] not null,
    purpose          text not null check (length(purpose) between 1 and 2000),
    legal_basis      text not null check (length(legal_basis) between 1 and 1000),
    created_at       timestamptz not null default now()
);

-- A source used for another purpose than it was collected for needs a recorded legal basis for the reuse.
create table system_data_source (
    system_id           uuid not null references ai_system (id),
    data_source_id      uuid not null references data_source (id),
    cross_context       boolean not null,
    reuse_legal_basis   text,
    primary key (system_id, data_source_id)
);

create table evidence (
    id            uuid primary key,
    system_id     uuid not null references ai_system (id),
    filename      text,
    content_type  text,
    size          bigint,
    sha256        bytea,
    content       bytea,
    link          text,
    uploaded_by   uuid not null,
    uploaded_at   timestamptz not null default now(),
    check ((content is not null and sha256 is not null) or link is not null)
);
create index evidence_system on evidence (system_id);
