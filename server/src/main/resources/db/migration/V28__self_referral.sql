-- Issue 20: a woman referring herself on the public self-referral page is nobody's account. A record or referral she
-- makes has no creator account (NULL: "herself, on the self-referral page"); everything else about it is as for any
-- other record.
ALTER TABLE participant ALTER COLUMN created_by NULL;
ALTER TABLE referral ALTER COLUMN created_by NULL;
