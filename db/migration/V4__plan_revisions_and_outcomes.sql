-- Outcomes and revisions: the Department records whether a submitted plan is approved; a plan
-- that is not approved is revised as a new plan of the same year (revision 2, 3, ...), so the
-- submitted one keeps its content, signatures and pack for ever. A plan started as a copy of
-- another (a revision, or next year's plan) names it in copied_from_plan_id.

alter table plan
    add column revision            integer not null default 1 check (revision >= 1),
    add column copied_from_plan_id bigint references plan (id);
alter table plan drop constraint plan_partnership_year_uq;
alter table plan add constraint plan_partnership_year_revision_uq unique (partnership_id, plan_year, revision);
-- One plan of a year is in play at a time: every other one of that year was not approved.
create unique index plan_one_in_play_per_year on plan (partnership_id, plan_year) where status <> 'NOT_APPROVED';

create table plan_outcome (
    plan_id      bigint       primary key references plan (id),
    outcome      varchar(20)  not null check (outcome in ('APPROVED', 'NOT_APPROVED')),
    reasons      text         not null check (length(btrim(reasons)) > 0),
    recorded_at  timestamptz  not null default now(),
    recorded_by  bigint       not null references app_user (id)
);

create function plan_outcome_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'an outcome is never changed (% refused)', tg_op using errcode = 'restrict_violation';
end;
$$;
create trigger plan_outcome_append_only
    before update or delete on plan_outcome
    for each row execute function plan_outcome_append_only();
