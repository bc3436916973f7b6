-- Disabling an account stops its tokens by raising its token generation (issue 18, item 12). The old rule refused
-- tokens issued before a whole second after the disabling; a token issued in that same second, right after the account
-- was re-enabled, was dead for life. A token now carries the generation it was issued in and is accepted only while
-- the account is enabled and still in that generation. Tokens live at most 30 minutes, so tokens_valid_after can go.
ALTER TABLE staff_account ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_account DROP COLUMN tokens_valid_after;
