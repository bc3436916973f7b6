-- Attendance (issue 4): kiosk PINs, session opening and register closing, one attendance row per person and session
-- (a kiosk sign-in keeps its own id, the kiosk's time and the server's), register corrections, alert acknowledgement.

ALTER TABLE programme ADD COLUMN late_after_minutes INT NOT NULL DEFAULT 10;
ALTER TABLE programme ADD COLUMN absences_before_alert INT NOT NULL DEFAULT 2;

ALTER TABLE staff_account ADD COLUMN kiosk_pin_hash VARCHAR(400);
-- Wrong PINs lock the PIN, not the account: someone guessing at a kiosk must not lock a facilitator out of sign-in.
ALTER TABLE staff_account ADD COLUMN kiosk_pin_failures INT NOT NULL DEFAULT 0;
ALTER TABLE staff_account ADD COLUMN kiosk_pin_locked_until TIMESTAMP;

ALTER TABLE cohort_session ADD COLUMN opened_at TIMESTAMP;
ALTER TABLE cohort_session ADD COLUMN opened_by VARCHAR(100);
ALTER TABLE cohort_session ADD COLUMN register_closed_at TIMESTAMP;
ALTER TABLE cohort_session ADD COLUMN register_closed_by VARCHAR(100);

-- The id is made by the application (a UUID): Derby's identity generator fails concurrent inserts under load with
-- "too much contention", and sign-ins arrive from many kiosks at once.
CREATE TABLE attendance (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    session_id        BIGINT       NOT NULL CONSTRAINT attendance_session_fk REFERENCES cohort_session (id),
    enrolment_id      BIGINT       NOT NULL CONSTRAINT attendance_enrolment_fk REFERENCES enrolment (id),
    status            VARCHAR(20)  NOT NULL,
    sign_in_id        CHAR(36)     CONSTRAINT attendance_sign_in_uq UNIQUE,
    kiosk_id          BIGINT,
    kiosk_time        TIMESTAMP,
    server_time       TIMESTAMP    NOT NULL,
    marked_by         VARCHAR(100) NOT NULL,
    correction_reason VARCHAR(300),
    version           BIGINT       NOT NULL,
    CONSTRAINT attendance_person_uq UNIQUE (session_id, enrolment_id)
);
CREATE INDEX attendance_enrolment_ix ON attendance (enrolment_id);

ALTER TABLE alert ADD COLUMN acknowledged_at TIMESTAMP;
ALTER TABLE alert ADD COLUMN acknowledged_by VARCHAR(100);
ALTER TABLE alert ADD COLUMN acknowledgement_note VARCHAR(500);
ALTER TABLE alert ADD COLUMN streak_key VARCHAR(60);
