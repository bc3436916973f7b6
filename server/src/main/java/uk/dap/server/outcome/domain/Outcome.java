package uk.dap.server.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.outcome.PostProgrammeSupport;
import uk.dap.shared.api.outcome.SupportResponse;

/**
 * The outcome of one enrolment that has ended: a summary and the post-programme support offered and its answer (the
 * children's end status is kept beside it in {@link ChildAtEnd}). Recorded again as things move on (support accepted
 * later): each change says what changed, for the audit trail.
 */
@Entity
@Table(name = "enrolment_outcome")
public class Outcome {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    private String summary;
    @Column(name = "support_offered")
    private boolean supportOffered;
    @Column(name = "support_what")
    private String supportWhat;
    @Column(name = "support_offered_on")
    private LocalDate supportOfferedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "support_response")
    private SupportResponse supportResponse;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected Outcome() {
        // for JPA
    }

    public Outcome(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    /**
     * Sets the summary and support; refuses support said to be offered without what and when, or an answer to
     * support never offered. Returns the names of what changed.
     */
    public List<String> record(String summary, PostProgrammeSupport support, String by, Instant now, LocalDate today) {
        boolean offered = Boolean.TRUE.equals(support.offered());
        String what = support.what() == null || support.what().isBlank() ? null : support.what().trim();
        if (offered && (what == null || support.offeredOn() == null)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Say what post-programme support was offered and when (offeredOn).");
        }
        if (offered && support.offeredOn().isAfter(today)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Support cannot have been offered on a day still to come.");
        }
        if (!offered && (what != null || support.offeredOn() != null || support.response() != null)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "Support that was not offered has no description, date or answer: set offered to true, or leave them out.");
        }
        SupportResponse response = offered ? (support.response() == null ? SupportResponse.AWAITING : support.response()) : null;
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(this.summary, summary.trim())) {
            changes.add("summary");
        }
        if (id == null || this.supportOffered != offered || !Objects.equals(supportWhat, what) || !Objects.equals(supportOfferedOn, support.offeredOn())) {
            changes.add("support offered " + offered);
        }
        if (!Objects.equals(supportResponse, response)) {
            changes.add("support response " + response);
        }
        this.summary = summary.trim();
        this.supportOffered = offered;
        this.supportWhat = what;
        this.supportOfferedOn = offered ? support.offeredOn() : null;
        this.supportResponse = response;
        this.recordedBy = by;
        this.recordedAt = now;
        return changes;
    }

    public PostProgrammeSupport support() {
        return new PostProgrammeSupport(supportOffered, supportWhat, supportOfferedOn, supportResponse);
    }

    public Long id() {
        return id;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
