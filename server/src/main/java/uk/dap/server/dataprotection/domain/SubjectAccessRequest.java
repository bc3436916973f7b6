package uk.dap.server.dataprotection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.text.UkDates;

/**
 * A subject access request and its time limit: due one calendar month after the day it was received (UK GDPR Art. 12(3);
 * a month from 31 January ends on the last day of February), extendable once by two further months with a reason. Its
 * pack is kept as released.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {
    public static final String OPEN = "OPEN";
    public static final String RELEASED = "RELEASED";
    /** From how many days before the due day a request warns. */
    static final int WARN_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "identity_checked")
    private String identityChecked;
    @Column(name = "logged_by")
    private String loggedBy;
    @Column(name = "logged_at")
    private Instant loggedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "extended_to")
    private LocalDate extendedTo;
    @Column(name = "extension_reason")
    private String extensionReason;
    private String status;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    /** The pack itself is kept in the row but never read with it (SubjectAccessRequests reads it alone, for a download). */
    @Column(name = "pack_sha256")
    private String packSha256;

    protected SubjectAccessRequest() {
        // for JPA
    }

    public SubjectAccessRequest(Long participantId, LocalDate receivedOn, String identityChecked, String loggedBy, Instant loggedAt) {
        this.participantId = participantId;
        this.receivedOn = receivedOn;
        this.identityChecked = identityChecked.trim();
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
        this.dueOn = receivedOn.plusMonths(1);
        this.status = OPEN;
    }

    public void extend(String reason) {
        requireOpen();
        if (extendedTo != null) {
            throw new DomainException(ProblemType.CONFLICT, "This request was already extended, to " + UkDates.date(extendedTo)
                    + ": the law allows two further months once.");
        }
        this.extendedTo = receivedOn.plusMonths(3);
        this.extensionReason = reason.trim();
    }

    public void release(String sha256, String by, Instant at) {
        requireOpen();
        this.packSha256 = sha256;
        this.releasedBy = by;
        this.releasedAt = at;
        this.status = RELEASED;
    }

    public void requireOpen() {
        if (!OPEN.equals(status)) {
            throw new DomainException(ProblemType.CONFLICT, "This request's pack was already released by " + releasedBy + " on "
                    + UkDates.date(LocalDate.ofInstant(releasedAt, UkDates.UK)) + ": nothing more can change.");
        }
    }

    /** The day it must be answered by. */
    public LocalDate deadline() {
        return extendedTo == null ? dueOn : extendedTo;
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline());
    }

    /** What a list says of it while open: empty until 7 days or fewer are left. */
    public String warning(LocalDate today) {
        if (!OPEN.equals(status)) {
            return null;
        }
        long left = daysLeft(today);
        if (left < 0) {
            return "Overdue by " + -left + (left == -1 ? " day" : " days") + " (due " + UkDates.date(deadline()) + ")";
        }
        if (left == 0) {
            return "Due today";
        }
        return left <= WARN_DAYS ? "Due in " + left + (left == 1 ? " day" : " days") + " (" + UkDates.date(deadline()) + ")" : null;
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String identityChecked() {
        return identityChecked;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate extendedTo() {
        return extendedTo;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public String status() {
        return status;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String packSha256() {
        return packSha256;
    }
}
