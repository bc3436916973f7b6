-- The five programmes (see shared/domain.md). Lengths, session durations and completion rules are defaults that a
-- programme lead can change through the API; the codes are stable.
INSERT INTO programme (code, name, audience, length_weeks, session_minutes, min_attendance_percent,
                       requires_final_session, requires_post_questionnaire, version)
VALUES
('CARING_DADS', 'Caring Dads',
 'Fathers and father figures (stepfathers count) who have been physically or emotionally abusive towards the children''s mother, or keep a hostile relationship with her after separation; medium to high risk; in regular contact with a child aged 0-16 whose case is open to children''s social care.',
 17, 120, 75, TRUE, TRUE, 0),
('NEW_BEGINNINGS', 'New Beginnings',
 'Parents whose children are subject to a child protection plan: a weekly restorative group with one-to-one key worker home visits.',
 24, 120, 75, TRUE, FALSE, 0),
('FREEDOM', 'Freedom Programme',
 'Women who have experienced domestic abuse; referral by any organisation or self-referral.',
 12, 120, 75, TRUE, FALSE, 0),
('GATEWAY', 'Gateway',
 'Women who have experienced domestic abuse; other agencies take part in sessions and childcare is provided during sessions.',
 12, 120, 75, TRUE, FALSE, 0),
('DART', 'DART (Domestic Abuse Recovering Together)',
 'Mothers and their children (aged 7-14) who have experienced domestic abuse, enrolled together as a family.',
 10, 120, 75, TRUE, FALSE, 0);
