-- Reference data: the first plan year and its submission deadline (19 June 2026).
insert into plan_year (code, submission_deadline) values ('2026-27', date '2026-06-19');
