-- Department review: an adviser reviews a draft about a month before sign-off. The review keeps
-- the whole sendplan/v1 document as it was when review was requested, so "what changed since
-- review" compares with exactly what the adviser read (ADR 012). Comments and replies belong to
-- one review of one plan; the plan stays editable (IN_REVIEW) throughout.

create table review (
    id                bigint generated always as identity primary key,
    plan_id           bigint       not null references plan (id) on delete cascade,
    requested_by      bigint       not null references app_user (id),
    requested_at      timestamptz  not null default now(),
    reviewed_content  jsonb        not null,
    status            varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'COMPLETED')),
    completed_by      bigint references app_user (id),
    completed_at      timestamptz,
    summary           text check (length(summary) <= 5000),
    constraint review_completed_ck
        check ((status = 'COMPLETED') = (completed_by is not null and completed_at is not null)),
    constraint review_summary_ck check (summary is null or status = 'COMPLETED'),
    -- Lets comments refer to (review, plan) together, so a comment's plan is always its review's plan.
    constraint review_id_plan_uq unique (id, plan_id)
);
-- One open review per plan at a time.
create unique index review_one_open_per_plan on review (plan_id) where status = 'OPEN';
create index review_plan_idx on review (plan_id, requested_at desc);

create table review_comment (
    id               bigint generated always as identity primary key,
    review_id        bigint       not null,
    plan_id          bigint       not null,
    section          varchar(30)  not null check (section in ('HEADER', 'EXEC_SUMMARY', 'Q1_VISION', 'Q2_BLUEPRINT',
                                  'Q3_STRATEGY', 'Q4_MATURITY', 'Q5_ROADMAP', 'Q6_DELIVERY', 'Q7_CAPACITY',
                                  'Q8_OTHER_FUNDING', 'Q9_ENGAGEMENT', 'Q10_RISKS', 'Q11_DEPENDENCIES',
                                  'Q12_MONITORING', 'Q13_DATA_RETURN', 'Q14_GOVERNANCE', 'Q15_SUPPORT',
                                  'CORE_REQUIREMENTS')),
    parent_id        bigint references review_comment (id) on delete cascade,
    author_id        bigint       not null references app_user (id),
    body             text         not null check (length(btrim(body)) > 0 and length(body) <= 5000),
    significant_gap  boolean      not null default false,
    created_at       timestamptz  not null default now(),
    resolved_at      timestamptz,
    resolved_by      bigint references app_user (id),
    constraint review_comment_review_fk foreign key (review_id, plan_id)
        references review (id, plan_id) on delete cascade,
    constraint review_comment_resolved_ck check ((resolved_at is null) = (resolved_by is null)),
    -- A thread is flagged and resolved as a whole, through its first comment.
    constraint review_comment_reply_ck check (parent_id is null or (resolved_at is null and not significant_gap))
);
create index review_comment_review_idx on review_comment (review_id, section, created_at);
create index review_comment_parent_idx on review_comment (parent_id);

-- Replies go one level deep, in the same review and section as the comment they answer.
create function review_comment_reply_guard() returns trigger language plpgsql as $$
declare
    parent review_comment%rowtype;
begin
    if new.parent_id is not null then
        select * into parent from review_comment where id = new.parent_id;
        if parent.parent_id is not null or parent.review_id <> new.review_id or parent.section <> new.section then
            raise exception 'comment % cannot be answered by this reply', new.parent_id
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end;
$$;
create trigger review_comment_reply_guard
    before insert or update on review_comment
    for each row execute function review_comment_reply_guard();
