-- Sign-off and submission: the content hash a plan is frozen with, every signature or decline
-- (kept for ever, voided rather than deleted), the submission with its pack, and a guard in
-- the database so that no code path can change a frozen, signed or submitted plan.

alter table plan
    add column content_hash char(64) check (content_hash ~ '^[0-9a-f]{64}$'),
    add column frozen_at    timestamptz,
    add constraint plan_frozen_has_hash_ck
        check (status in ('DRAFT', 'IN_REVIEW') or (content_hash is not null and frozen_at is not null));

create table signature (
    id              bigint generated always as identity primary key,
    plan_id         bigint       not null references plan (id),
    user_id         bigint       not null references app_user (id),
    role            varchar(30)  not null check (role in ('LA_CHIEF_EXECUTIVE', 'ICB_CHIEF_EXECUTIVE',
                                 'LA_DCS', 'ICB_PLACE_DIRECTOR', 'LA_S151_OFFICER', 'OTHER')),
    decision        varchar(10)  not null check (decision in ('SIGNED', 'DECLINED')),
    signer_name     varchar(200) not null,
    signer_email    varchar(254) not null,
    content_hash    char(64)     not null check (content_hash ~ '^[0-9a-f]{64}$'),
    decline_reason  text,
    decided_at      timestamptz  not null default now(),
    client_address  varchar(64),
    voided_at       timestamptz,
    void_reason     varchar(40) check (void_reason in ('DECLINED', 'WITHDRAWN')),
    constraint signature_decline_reason_ck check ((decision = 'DECLINED') = (decline_reason is not null)),
    constraint signature_void_ck check ((voided_at is null) = (void_reason is null))
);
-- One standing decision per person per plan: they sign or decline once per round of sign-off.
create unique index signature_standing_uq on signature (plan_id, user_id) where voided_at is null;
create index signature_plan_idx on signature (plan_id);

-- A signature is evidence: only voiding may change it, and nothing may delete it.
create function signature_only_voided() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'signature rows are never deleted' using errcode = 'restrict_violation';
    end if;
    if old.voided_at is not null
       or new.voided_at is null
       or (new.id, new.plan_id, new.user_id, new.role, new.decision, new.signer_name, new.signer_email,
           new.content_hash, new.decline_reason, new.decided_at, new.client_address)
          is distinct from
          (old.id, old.plan_id, old.user_id, old.role, old.decision, old.signer_name, old.signer_email,
           old.content_hash, old.decline_reason, old.decided_at, old.client_address) then
        raise exception 'a signature can only be voided, once' using errcode = 'restrict_violation';
    end if;
    return new;
end;
$$;
create trigger signature_only_voided
    before update or delete on signature
    for each row execute function signature_only_voided();

create table submission (
    id               bigint generated always as identity primary key,
    plan_id          bigint      not null unique references plan (id),
    content_hash     char(64)    not null check (content_hash ~ '^[0-9a-f]{64}$'),
    manifest_sha256  char(64)    not null check (manifest_sha256 ~ '^[0-9a-f]{64}$'),
    pack_sha256      char(64)    not null check (pack_sha256 ~ '^[0-9a-f]{64}$'),
    pack_size        bigint      not null check (pack_size > 0),
    pack             bytea       not null,
    submitted_at     timestamptz not null default now(),
    submitted_by     bigint      not null references app_user (id)
);
create index submission_content_hash_idx on submission (content_hash);

create function submission_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'a submission is never changed (% refused)', tg_op using errcode = 'restrict_violation';
end;
$$;
create trigger submission_append_only
    before update or delete on submission
    for each row execute function submission_append_only();

-- The freeze guard. Content may change only while the plan is a draft (or in adviser review,
-- which keeps it editable); once frozen for sign-off, signed or submitted, every insert,
-- update or delete of its content is refused here, whatever the code that tries it.
create function plan_content_editable(target_plan_id bigint) returns void language plpgsql as $$
declare
    current_status varchar(20);
begin
    select status into current_status from plan where id = target_plan_id;
    if current_status is not null and current_status not in ('DRAFT', 'IN_REVIEW') then
        raise exception 'plan % is % and its content cannot change', target_plan_id, current_status
            using errcode = 'restrict_violation';
    end if;
end;
$$;

create function plan_content_guard() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform plan_content_editable(old.plan_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform plan_content_editable(new.plan_id);
        return new;
    end if;
    return old;
end;
$$;

create function governance_member_guard() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform plan_content_editable((select plan_id from governance_row where id = old.governance_row_id));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform plan_content_editable((select plan_id from governance_row where id = new.governance_row_id));
        return new;
    end if;
    return old;
end;
$$;

do $$
declare
    content_table text;
begin
    foreach content_table in array array['plan_section', 'plan_signatory', 'plan_narrative', 'blueprint_row',
            'success_measure', 'roadmap_row', 'workstream', 'spend_line', 'baseline_spend', 'risk',
            'governance_row', 'core_requirement', 'attachment'] loop
        execute format('create trigger %I before insert or update or delete on %I '
                       'for each row execute function plan_content_guard()',
                       content_table || '_frozen_guard', content_table);
    end loop;
end;
$$;
create trigger governance_member_frozen_guard
    before insert or update or delete on governance_member
    for each row execute function governance_member_guard();

-- The plan row itself: while frozen its content columns and hash stay as they were, and a
-- submitted plan only ever moves on to its outcome.
create function plan_row_guard() returns trigger language plpgsql as $$
begin
    if old.status not in ('DRAFT', 'IN_REVIEW') then
        if (new.partnership_id, new.plan_year, new.local_authority, new.integrated_care_board, new.sro_name,
            new.sro_job_title, new.sro_email, new.sro_organisation_type, new.eah_allocation)
           is distinct from
           (old.partnership_id, old.plan_year, old.local_authority, old.integrated_care_board, old.sro_name,
            old.sro_job_title, old.sro_email, old.sro_organisation_type, old.eah_allocation) then
            raise exception 'plan % is % and its content cannot change', old.id, old.status
                using errcode = 'restrict_violation';
        end if;
        if new.status in ('READY_FOR_SIGN_OFF', 'SIGNED', 'SUBMITTED', 'APPROVED', 'NOT_APPROVED')
           and (new.content_hash is distinct from old.content_hash or new.frozen_at is distinct from old.frozen_at) then
            raise exception 'plan % is % and its content hash cannot change', old.id, old.status
                using errcode = 'restrict_violation';
        end if;
    end if;
    if old.status in ('SUBMITTED', 'APPROVED', 'NOT_APPROVED')
       and new.status not in ('SUBMITTED', 'APPROVED', 'NOT_APPROVED') then
        raise exception 'plan % is % and cannot return to %', old.id, old.status, new.status
            using errcode = 'restrict_violation';
    end if;
    return new;
end;
$$;
create trigger plan_row_guard
    before update on plan
    for each row execute function plan_row_guard();

create function plan_never_deleted_once_frozen() returns trigger language plpgsql as $$
begin
    if old.status not in ('DRAFT', 'IN_REVIEW') then
        raise exception 'plan % is % and cannot be deleted', old.id, old.status using errcode = 'restrict_violation';
    end if;
    return old;
end;
$$;
create trigger plan_never_deleted_once_frozen
    before delete on plan
    for each row execute function plan_never_deleted_once_frozen();
