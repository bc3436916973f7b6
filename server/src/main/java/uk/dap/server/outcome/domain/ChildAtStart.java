package uk.dap.server.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.dap.shared.api.participant.SocialCareStatus;

/**
 * A child's social care status, and whether they lived with the parent, on the day the parent's enrolment started.
 * Never changed afterwards: it is what the outcome compares the end with.
 */
@Entity
@Table(name = "enrolment_child_start")
public class ChildAtStart {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Column(name = "child_id")
    private Long childId;
    @Enumerated(EnumType.STRING)
    @Column(name = "social_care_status")
    private SocialCareStatus status;
    @Column(name = "lived_with_participant")
    private boolean livedWithParticipant;
    @Column(name = "taken_on")
    private LocalDate takenOn;

    protected ChildAtStart() {
        // for JPA
    }

    public ChildAtStart(Long enrolmentId, Long childId, SocialCareStatus status, boolean livedWithParticipant, LocalDate takenOn) {
        this.enrolmentId = enrolmentId;
        this.childId = childId;
        this.status = status;
        this.livedWithParticipant = livedWithParticipant;
        this.takenOn = takenOn;
    }

    public Long childId() {
        return childId;
    }

    public SocialCareStatus status() {
        return status;
    }

    public boolean livedWithParticipant() {
        return livedWithParticipant;
    }
}
