package uk.dap.server.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * One person's attendance at one session: at most one row per person and session. A kiosk sign-in keeps the id the
 * kiosk made (so a resent sign-in is recognised), the kiosk and its clock, and the server's clock.
 */
@Entity
@Table(name = "attendance")
public class Attendance {
    @Id
    private String id;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "sign_in_id")
    private String signInId;
    @Column(name = "kiosk_id")
    private Long kioskId;
    @Column(name = "kiosk_time")
    private Instant kioskTime;
    @Column(name = "server_time")
    private Instant serverTime;
    @Column(name = "marked_by")
    private String markedBy;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Version
    private long version;

    protected Attendance() {
        // for JPA
    }

    public static Attendance signedIn(Long sessionId, Long enrolmentId, AttendanceStatus status, String signInId, Long kioskId,
                                      Instant kioskTime, Instant serverTime, String by) {
        Attendance a = new Attendance();
        a.id = java.util.UUID.randomUUID().toString();
        a.sessionId = sessionId;
        a.enrolmentId = enrolmentId;
        a.status = status;
        a.signInId = signInId;
        a.kioskId = kioskId;
        a.kioskTime = kioskTime;
        a.serverTime = serverTime;
        a.markedBy = by;
        return a;
    }

    /** A facilitator's first mark for the person, with the remark on the row if one was made (null otherwise). */
    public static Attendance marked(Long sessionId, Long enrolmentId, AttendanceStatus status, String by, Instant now, String remark) {
        Attendance a = signedIn(sessionId, enrolmentId, status, null, null, null, now, by);
        a.correctionReason = remark == null || remark.isBlank() ? null : remark.trim();
        return a;
    }

    /** A kiosk sign-in that arrives after the facilitator marked the person absent, before the register closed. */
    public void replaceAbsenceWithSignIn(AttendanceStatus status, String signInId, Long kioskId, Instant kioskTime, Instant serverTime, String by) {
        this.status = status;
        this.signInId = signInId;
        this.kioskId = kioskId;
        this.kioskTime = kioskTime;
        this.serverTime = serverTime;
        this.markedBy = by;
    }

    /**
     * A facilitator's mark; once the register is closed it is a correction and needs a reason. The reason, or a remark
     * made while the register is open (left at the break, came with a support worker), is the row's remark: a new one
     * replaces it, and a mark without one keeps it.
     */
    public void mark(AttendanceStatus status, String by, Instant now, boolean registerClosed, String reason) {
        boolean given = reason != null && !reason.isBlank();
        if (registerClosed && !given) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "The register is closed: give the reason for the correction.");
        }
        this.status = status;
        this.markedBy = by;
        this.serverTime = now;
        if (given) {
            this.correctionReason = reason.trim();
        }
    }

    public String id() {
        return id;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public AttendanceStatus status() {
        return status;
    }

    public String signInId() {
        return signInId;
    }

    public Instant kioskTime() {
        return kioskTime;
    }

    public Instant serverTime() {
        return serverTime;
    }

    public String markedBy() {
        return markedBy;
    }

    public String correctionReason() {
        return correctionReason;
    }
}
