package uk.dap.server.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dap.shared.api.referral.EnrolmentState;

/** One step of an enrolment's history: from, to, when, by whom. Only ever inserted. */
@Entity
@Table(name = "enrolment_transition")
public class EnrolmentTransition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private EnrolmentState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private EnrolmentState toState;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;

    protected EnrolmentTransition() {
        // for JPA
    }

    public EnrolmentTransition(Long enrolmentId, EnrolmentState fromState, EnrolmentState toState, Instant occurredAt, String actor) {
        this.enrolmentId = enrolmentId;
        this.fromState = fromState;
        this.toState = toState;
        this.occurredAt = occurredAt;
        this.actor = actor;
    }
}
