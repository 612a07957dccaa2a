-- Foundation schema: tenants, accounts, plans and every content table of sendplan/v1.
-- Enumerations are checked in the database as well as in code, so no path can store a value
-- outside the interchange format.

create table partnership (
    id              bigint generated always as identity primary key,
    code            varchar(16)  not null unique check (code ~ '^[A-Z0-9-]{2,16}$'),
    name            varchar(120) not null,
    la_name         varchar(200) not null,
    icb_name        varchar(200) not null,
    created_at      timestamptz  not null default now()
);

create table app_user (
    id                    bigint generated always as identity primary key,
    email                 varchar(254) not null,
    display_name          varchar(200) not null,
    password_hash         varchar(255) not null,
    enabled               boolean      not null default true,
    failed_sign_in_count  integer      not null default 0 check (failed_sign_in_count >= 0),
    locked_until          timestamptz,
    last_signed_in_at     timestamptz,
    created_at            timestamptz  not null default now()
);
-- E-mail addresses are compared case-insensitively; stored lower case.
create unique index app_user_email_uq on app_user (lower(email));

create table membership (
    id              bigint generated always as identity primary key,
    user_id         bigint      not null references app_user (id) on delete cascade,
    partnership_id  bigint      not null references partnership (id) on delete cascade,
    role            varchar(20) not null check (role in ('SRO', 'CONTRIBUTOR', 'SIGNATORY')),
    signatory_role  varchar(30) check (signatory_role in ('LA_CHIEF_EXECUTIVE', 'ICB_CHIEF_EXECUTIVE',
                                       'LA_DCS', 'ICB_PLACE_DIRECTOR', 'LA_S151_OFFICER', 'OTHER')),
    created_at      timestamptz not null default now(),
    constraint membership_signatory_role_ck
        check ((role = 'SIGNATORY') = (signatory_role is not null)),
    constraint membership_uq unique (user_id, partnership_id, role)
);
create index membership_partnership_idx on membership (partnership_id);

create table department_member (
    user_id     bigint primary key references app_user (id) on delete cascade,
    role        varchar(20) not null check (role in ('ADVISER', 'ADMIN')),
    created_at  timestamptz not null default now()
);

create table adviser_assignment (
    user_id         bigint not null references department_member (user_id) on delete cascade,
    partnership_id  bigint not null references partnership (id) on delete cascade,
    created_at      timestamptz not null default now(),
    primary key (user_id, partnership_id)
);
create index adviser_assignment_partnership_idx on adviser_assignment (partnership_id);

create table plan_year (
    code                 varchar(7) primary key check (code ~ '^[0-9]{4}-[0-9]{2}$'),
    submission_deadline  date not null
);

create table plan (
    id                     bigint generated always as identity primary key,
    partnership_id         bigint       not null references partnership (id),
    plan_year              varchar(7)   not null references plan_year (code),
    status                 varchar(20)  not null default 'DRAFT'
        check (status in ('DRAFT', 'IN_REVIEW', 'READY_FOR_SIGN_OFF', 'SIGNED', 'SUBMITTED',
                          'APPROVED', 'NOT_APPROVED')),
    version                bigint       not null default 0,
    -- Annex A header
    local_authority        varchar(200),
    integrated_care_board  varchar(200),
    sro_name               varchar(200),
    sro_job_title          varchar(200),
    sro_email              varchar(254),
    sro_organisation_type  varchar(20),
    eah_allocation         numeric(14, 2) check (eah_allocation >= 0),
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    constraint plan_partnership_year_uq unique (partnership_id, plan_year)
);

-- Section-level state: task-list status and the version each section save is based on.
create table plan_section (
    plan_id      bigint      not null references plan (id) on delete cascade,
    section      varchar(30) not null,
    status       varchar(20) not null default 'IN_PROGRESS'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
    version      bigint      not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   bigint references app_user (id),
    primary key (plan_id, section)
);

create table plan_signatory (
    id         bigint generated always as identity primary key,
    plan_id    bigint       not null references plan (id) on delete cascade,
    position   integer      not null,
    role       varchar(30)  not null check (role in ('LA_CHIEF_EXECUTIVE', 'ICB_CHIEF_EXECUTIVE',
                                    'LA_DCS', 'ICB_PLACE_DIRECTOR', 'LA_S151_OFFICER', 'OTHER')),
    name       varchar(200),
    email      varchar(254),
    job_title  varchar(200)
);
create index plan_signatory_plan_idx on plan_signatory (plan_id);

create table plan_narrative (
    plan_id   bigint      not null references plan (id) on delete cascade,
    key       varchar(30) not null check (key in ('EXEC_SUMMARY', 'Q1_VISION', 'Q3_STRATEGY',
                         'Q7_DELIVERY_CAPACITY', 'Q8A_BLOCK_TRANSFER', 'Q8B_CAPITAL', 'Q9_ENGAGEMENT',
                         'Q11_DEPENDENCIES', 'Q12_MONITORING', 'Q15_SUPPORT')),
    text      text        not null default '',
    primary key (plan_id, key)
);

create table blueprint_row (
    id                bigint generated always as identity primary key,
    plan_id           bigint      not null references plan (id) on delete cascade,
    position          integer     not null,
    kind              varchar(20) not null check (kind in ('BUILDING_BLOCK', 'ENABLER')),
    building_block    varchar(30) check (building_block in ('INCLUSION_IN_SETTINGS', 'SPECIALIST_SUPPORT',
                                         'LEADERSHIP_AND_COPRODUCTION', 'INCLUSIVE_CULTURE')),
    name              varchar(200),
    where_we_are      text,
    where_we_will_be  text
);
create index blueprint_row_plan_idx on blueprint_row (plan_id);

create table success_measure (
    id        bigint generated always as identity primary key,
    plan_id   bigint  not null references plan (id) on delete cascade,
    position  integer not null,
    measure   text,
    baseline  text,
    target    text
);
create index success_measure_plan_idx on success_measure (plan_id);

create table roadmap_row (
    id              bigint generated always as identity primary key,
    plan_id         bigint      not null references plan (id) on delete cascade,
    position        integer     not null,
    kind            varchar(20) not null check (kind in ('BUILDING_BLOCK', 'ENABLER', 'SUCCESS_MEASURE',
                                                         'LEADING_INDICATOR')),
    building_block  varchar(30) check (building_block in ('INCLUSION_IN_SETTINGS', 'SPECIALIST_SUPPORT',
                                       'LEADERSHIP_AND_COPRODUCTION', 'INCLUSIVE_CULTURE')),
    name            varchar(200),
    y2026_27        text,
    y2027_28        text,
    y2028_29        text
);
create index roadmap_row_plan_idx on roadmap_row (plan_id);

create table workstream (
    id               bigint generated always as identity primary key,
    plan_id          bigint  not null references plan (id) on delete cascade,
    position         integer not null,
    name             varchar(200),
    building_block   varchar(30) check (building_block in ('INCLUSION_IN_SETTINGS', 'SPECIALIST_SUPPORT',
                                        'LEADERSHIP_AND_COPRODUCTION', 'INCLUSIVE_CULTURE')),
    outcome          text,
    success_measure  text,
    lead             varchar(200),
    q2_milestone     text,
    q2_trajectory    text,
    q3_milestone     text,
    q3_trajectory    text,
    q4_milestone     text,
    q4_trajectory    text
);
create index workstream_plan_idx on workstream (plan_id);

create table spend_line (
    id              bigint generated always as identity primary key,
    plan_id         bigint  not null references plan (id) on delete cascade,
    position        integer not null,
    category        varchar(30) check (category in ('PROGRAMME_OVERSIGHT', 'WORKFORCE_RECRUITMENT',
                                 'WORKFORCE_TRAINING', 'DATA_DIGITAL', 'OUTREACH_COMMISSIONING', 'OTHER')),
    description     text,
    funding_source  varchar(30) check (funding_source in ('EAH', 'TRANSFORMATION', 'HIGH_NEEDS_CAPITAL',
                                 'BEST_START_FAMILY_HUBS', 'INCLUSIVE_EARLY_YEARS', 'BLOCK_TRANSFER',
                                 'LOCAL', 'OTHER')),
    eah_class       varchar(30) check (eah_class in ('DIRECT_DELIVERY', 'DIRECT_DELIVERY_APST', 'ENABLING')),
    discipline      varchar(30) check (discipline in ('SALT', 'SALT_SUPPORT', 'OT', 'OT_SUPPORT', 'EP',
                                 'EP_TRAINEE', 'SPECIALIST_TEACHER', 'SALT_ADVANCED_PRACTITIONER', 'OTHER')),
    q2              numeric(14, 2) check (q2 >= 0),
    q3              numeric(14, 2) check (q3 >= 0),
    q4              numeric(14, 2) check (q4 >= 0)
);
create index spend_line_plan_idx on spend_line (plan_id);

create table baseline_spend (
    id             bigint generated always as identity primary key,
    plan_id        bigint  not null references plan (id) on delete cascade,
    position       integer not null,
    service        varchar(30) not null,
    previous_year  numeric(14, 2) check (previous_year >= 0),
    plan_year      numeric(14, 2) check (plan_year >= 0)
);
create index baseline_spend_plan_idx on baseline_spend (plan_id);

create table risk (
    id                   bigint generated always as identity primary key,
    plan_id              bigint  not null references plan (id) on delete cascade,
    position             integer not null,
    description          text,
    impact               varchar(20) check (impact in ('CRISIS', 'CRITICAL', 'MODERATE', 'MARGINAL', 'NEGLIGIBLE')),
    likelihood           varchar(20) check (likelihood in ('VERY_LIKELY', 'LIKELY', 'POSSIBLE', 'UNLIKELY',
                                                           'VERY_UNLIKELY')),
    rag                  varchar(5)  check (rag in ('RED', 'AMBER', 'GREEN')),
    rag_override_reason  text,
    mitigation           text,
    residual_rag         varchar(5)  check (residual_rag in ('RED', 'AMBER', 'GREEN'))
);
create index risk_plan_idx on risk (plan_id);

create table governance_row (
    id                bigint generated always as identity primary key,
    plan_id           bigint  not null references plan (id) on delete cascade,
    position          integer not null,
    mechanism         varchar(200),
    kind              varchar(20) check (kind in ('GROUP', 'INDIVIDUAL')),
    purpose           text,
    cadence           varchar(200),
    decision_rights   text,
    escalation_route  text,
    includes_sro      boolean not null default false
);
create index governance_row_plan_idx on governance_row (plan_id);

create table governance_member (
    id                 bigint generated always as identity primary key,
    governance_row_id  bigint  not null references governance_row (id) on delete cascade,
    position           integer not null,
    name               varchar(200),
    organisation_type  varchar(20) check (organisation_type in ('LA', 'ICB', 'HEALTH_PROVIDER', 'PCF', 'CYP',
                                   'SCHOOL', 'MAT', 'EARLY_YEARS', 'FE', 'AP_SPECIALIST', 'DFE', 'OTHER')),
    chair              boolean not null default false
);
create index governance_member_row_idx on governance_member (governance_row_id);

create table core_requirement (
    plan_id         bigint      not null references plan (id) on delete cascade,
    requirement_id  varchar(10) not null check (requirement_id ~ '^(EAH|SUF|UNI|EY|P16|PART|COP|MED)-[0-9]{1,2}$'),
    sections        varchar(20)[] not null default '{}',
    evidence        text,
    primary key (plan_id, requirement_id)
);

create table attachment (
    id            bigint generated always as identity primary key,
    plan_id       bigint       not null references plan (id) on delete cascade,
    slot          varchar(30)  not null check (slot in ('Q2_BLUEPRINT_EVIDENCE', 'Q4_MATURITY_ASSESSMENT',
                              'Q5_ROADMAP_EVIDENCE', 'Q6_DELIVERY_EVIDENCE', 'Q13_DATA_RETURN',
                              'Q14_GOVERNANCE_DIAGRAM', 'OTHER')),
    filename      varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0 and size_bytes <= 20971520),
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null default now(),
    uploaded_by   bigint references app_user (id)
);
create index attachment_plan_idx on attachment (plan_id);

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null default now(),
    actor_user_id   bigint references app_user (id),
    actor_email     varchar(254),
    partnership_id  bigint references partnership (id),
    plan_id         bigint references plan (id),
    event_type      varchar(60)  not null,
    section         varchar(30),
    detail          jsonb,
    before_content  jsonb,
    after_content   jsonb
);
create index audit_event_plan_idx on audit_event (plan_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_user_id, occurred_at desc);

-- The audit trail is append-only: no code path may rewrite history.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'restrict_violation';
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
