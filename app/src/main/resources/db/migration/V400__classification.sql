-- Rule packs (the law as versioned data) and the classifications made with them.

create table rule_pack (
    id              uuid primary key,
    pack_id         text not null,
    version         text not null,
    effective_date  date not null,
    source          text not null,
    sha256          bytea not null,
    active          boolean not null default false,
    uploaded_by     uuid,
    uploaded_at     timestamptz not null default now(),
    unique (pack_id, version)
);
-- At most one pack version is in force at a time.
create unique index rule_pack_one_active on rule_pack (active) where active;

create table classification (
    id               uuid primary key,
    system_id        uuid,
    organization_id  uuid,
    pack_id          text not null,
    pack_version     text not null,
    answers          jsonb not null,
    result           jsonb not null,
    prohibited       boolean not null,
    risk_class       text check (risk_class in ('MINIMAL', 'MEDIUM', 'HIGH')),
    autonomy_class   text check (autonomy_class in ('LOW', 'MEDIUM', 'HIGH')),
    created_by       uuid not null,
    created_at       timestamptz not null default now()
);
create index classification_system on classification (system_id, created_at desc);
