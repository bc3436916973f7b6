-- Issue 19: the staff client's lists at ten years' scale. The referral list is newest first: read down this index, it
-- stops at the page's end instead of sorting every referral. The participant search is by surname, then first name:
-- read down this index, it stops at the fiftieth match.
CREATE INDEX referral_newest_ix ON referral (referred_on DESC, id DESC);
CREATE INDEX participant_name_ix ON participant (last_name, first_name, id);
