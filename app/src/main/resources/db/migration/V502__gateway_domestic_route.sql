-- Per model alias, the domestic model its requests go to when the policy keeps them domestic; before the
-- organization's domestic_model. An entry whose alias or domestic model is gone is deleted with it (see GatewaySettings).
create table gateway_domestic_route (
    organization_id  uuid not null references organization (id),
    alias            text not null check (alias ~ '^[A-Za-z0-9._:/-]{1,100}$'),
    domestic_alias   text not null check (domestic_alias ~ '^[A-Za-z0-9._:/-]{1,100}$'),
    primary key (organization_id, alias)
);
