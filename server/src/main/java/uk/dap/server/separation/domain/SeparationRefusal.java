package uk.dap.server.separation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change refused by the separation rule: who asked, for whom, and who it would have brought them near. Kept so that
 * one member of staff's repeated refusals, which could be an attempt to find someone by trying times and places in
 * turn, can be counted and flagged.
 */
@Entity
@Table(name = "separation_refusal")
public class SeparationRefusal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "caller_account_id")
    private Long callerAccountId;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "other_participant_id")
    private Long otherParticipantId;
    @Column(name = "refused_at")
    private Instant refusedAt;

    protected SeparationRefusal() {
        // for JPA
    }

    public SeparationRefusal(Long callerAccountId, Long participantId, Long otherParticipantId, Instant refusedAt) {
        this.callerAccountId = callerAccountId;
        this.participantId = participantId;
        this.otherParticipantId = otherParticipantId;
        this.refusedAt = refusedAt;
    }
}
