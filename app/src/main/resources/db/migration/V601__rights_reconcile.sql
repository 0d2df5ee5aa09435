-- How far the rights desk has checked that every logged decision has its sign-off state (see DecisionReconciler).
create table rights_reconcile (
    id      integer primary key check (id = 1),
    cursor  bigint not null
);
insert into rights_reconcile (id, cursor) values (1, -1);
