-- A citizen's IIN links them to the decisions logged about them. Only citizens' accounts carry one.
alter table account add column iin text check (iin ~ '^[0-9]{12}$');
create unique index account_iin on account (iin) where iin is not null;
