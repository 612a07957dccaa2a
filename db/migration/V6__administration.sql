-- Administration: invitations to join a partnership, and a cached count of each plan's findings
-- so the adviser dashboard can show every partnership without validating every plan per view.

-- An invitation is a single-use link. Only the SHA-256 of its token is stored, so a copy of the
-- database cannot be used to accept anyone's invitation.
create table invitation (
    id              bigint generated always as identity primary key,
    token_sha256    char(64)     not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
    email           varchar(254) not null,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    role            varchar(20)  not null check (role in ('SRO', 'CONTRIBUTOR', 'SIGNATORY')),
    signatory_role  varchar(30) check (signatory_role in ('LA_CHIEF_EXECUTIVE', 'ICB_CHIEF_EXECUTIVE',
                                       'LA_DCS', 'ICB_PLACE_DIRECTOR', 'LA_S151_OFFICER', 'OTHER')),
    invited_by      bigint       not null references app_user (id),
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    accepted_at     timestamptz,
    constraint invitation_signatory_role_ck check ((role = 'SIGNATORY') = (signatory_role is not null)),
    constraint invitation_expiry_ck check (expires_at > created_at)
);
create index invitation_partnership_idx on invitation (partnership_id, created_at desc);

-- Counts of blocking findings and warnings of each plan's content, refreshed whenever the content
-- or its sign-off state changes. The submission-deadline warning depends on today's date and on a
-- deadline an admin can move, so it is left out here and worked out when the dashboard is read.
create table plan_validation_summary (
    plan_id        bigint      primary key references plan (id) on delete cascade,
    blocking       integer     not null check (blocking >= 0),
    warnings       integer     not null check (warnings >= 0),
    validated_at   timestamptz not null
);
