package uk.dap.server.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * A child's mark at a session of a family programme they attend with their mother (DART): at most one per child and
 * session. Kept apart from {@link Attendance}, which is the enrolled person's, so that no attendance rate, register
 * count or completion rule takes a child for a participant; the report reads it to know which children started.
 */
@Entity
@Table(name = "child_attendance")
public class ChildAttendance {
    @Id
    private String id;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Column(name = "child_id")
    private Long childId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "sign_in_id")
    private String signInId;
    @Column(name = "kiosk_id")
    private Long kioskId;
    @Column(name = "marked_at")
    private Instant markedAt;
    @Column(name = "marked_by")
    private String markedBy;
    @Version
    private long version;

    protected ChildAttendance() {
        // for JPA
    }

    public static ChildAttendance marked(Long sessionId, Long enrolmentId, Long childId, AttendanceStatus status, String by, Instant at) {
        ChildAttendance a = new ChildAttendance();
        a.id = UUID.randomUUID().toString();
        a.sessionId = sessionId;
        a.enrolmentId = enrolmentId;
        a.childId = childId;
        a.status = status;
        a.markedBy = by;
        a.markedAt = at;
        return a;
    }

    public void mark(AttendanceStatus status, String by, Instant at) {
        this.status = status;
        this.markedBy = by;
        this.markedAt = at;
    }

    public Long childId() {
        return childId;
    }

    public Long sessionId() {
        return sessionId;
    }

    public AttendanceStatus status() {
        return status;
    }
}
