-- Organizations, accounts, roles and API tokens.

create table organization (
    id          uuid primary key,
    name        text not null unique check (length(name) between 1 and 300),
    kind        text not null check (kind in ('STATE_BODY', 'COMPANY', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY')),
    bin         text check (bin ~ '^[0-9]{12}$'),
    created_at  timestamptz not null default now()
);

create table account (
    id                uuid primary key,
    username          text not null unique check (username ~ '^[a-z0-9._@-]{3,64}$'),
    display_name      text not null check (length(display_name) between 1 and 200),
    password_hash     text,
    organization_id   uuid references organization (id),
    enabled           boolean not null default true,
    failed_logins     integer not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null default now()
);

create index account_organization on account (organization_id);

create table account_role (
    account_id  uuid not null references account (id) on delete cascade,
    role        text not null check (role in ('ADMIN', 'REGULATOR', 'OPERATOR', 'REVIEWER', 'AUDITOR', 'CITIZEN')),
    primary key (account_id, role)
);

-- Only a SHA-256 of each token is kept: a leaked table gives no usable token.
create table api_token (
    id            uuid primary key,
    account_id    uuid not null references account (id) on delete cascade,
    name          text not null check (length(name) between 1 and 100),
    token_hash    bytea not null unique,
    roles         text[] not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);

create index api_token_account on api_token (account_id);
