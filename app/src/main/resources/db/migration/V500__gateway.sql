-- LLM gateway: upstreams and model aliases, policies, dictionaries and patterns per organization,
-- and the audit of every call. No prompt, answer or found value is ever stored: only counts and keyed hashes.

create table gateway_upstream (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    name             text not null check (length(name) between 1 and 100),
    kind             text not null check (kind in ('EXTERNAL', 'DOMESTIC')),
    base_url         text not null check (base_url ~ '^https?://' and length(base_url) <= 500),
    -- AES-256-GCM under the gateway secrets key (see GatewayKeys); never returned by any API
    api_key_enc      bytea,
    created_at       timestamptz not null default now(),
    unique (organization_id, name)
);

create table gateway_model (
    organization_id  uuid not null references organization (id),
    alias            text not null check (alias ~ '^[A-Za-z0-9._:/-]{1,100}$'),
    upstream_id      uuid not null references gateway_upstream (id) on delete cascade,
    upstream_model   text not null check (length(upstream_model) between 1 and 200),
    primary key (organization_id, alias)
);

create index gateway_model_upstream on gateway_model (upstream_id);

create table gateway_settings (
    organization_id  uuid primary key references organization (id),
    disclosure       boolean not null default false,
    redact_answers   boolean not null default true,
    updated_at       timestamptz not null default now()
);

-- Types without a row take the default policy (see Policies).
create table gateway_policy (
    organization_id  uuid not null references organization (id),
    finding_type     text not null check (finding_type ~ '^[A-Z_]{2,40}$'),
    action           text not null check (action in ('ALLOW', 'REDACT', 'PSEUDONYMIZE', 'BLOCK', 'ROUTE_DOMESTIC')),
    primary key (organization_id, finding_type)
);

create table gateway_term (
    organization_id  uuid not null references organization (id),
    term             text not null check (length(term) between 1 and 200),
    primary key (organization_id, term)
);

create table gateway_pattern (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    name             text not null check (name ~ '^[a-z0-9-]{1,50}$'),
    regex            text not null check (length(regex) between 1 and 1000),
    created_at       timestamptz not null default now(),
    unique (organization_id, name)
);

create table gateway_call (
    id               uuid primary key,
    at               timestamptz not null,
    organization_id  uuid references organization (id),
    account_id       uuid,
    endpoint         text not null,
    model            text,
    upstream_id      uuid,
    upstream_kind    text,
    streamed         boolean not null,
    decision         text not null,
    findings         jsonb not null default '{}',
    answer_findings  jsonb not null default '{}',
    value_hashes     text[] not null default '{}',
    status           integer not null,
    error_code       text,
    latency_ms       integer not null,
    upstream_ms      integer
);

create index gateway_call_organization_at on gateway_call (organization_id, at);
create index gateway_call_at on gateway_call (at);
