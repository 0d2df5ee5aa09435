-- The domestic model an organization chose for requests its policy sends only to the domestic model
-- (null: the first domestic alias by name), and, per call, the alias a request was actually routed to.
alter table gateway_settings add column domestic_model text check (domestic_model ~ '^[A-Za-z0-9._:/-]{1,100}$');
alter table gateway_call add column routed_model text;
