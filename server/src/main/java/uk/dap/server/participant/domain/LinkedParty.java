package uk.dap.server.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.participant.Relationship;

/**
 * A link between two participants, stored once per pair (lower id first). Knows whether the pair must be kept apart:
 * every link does, except one where both are victims (a mother and child, two sisters). An unknown role counts as
 * possibly abusive, so the rule fails closed.
 */
@Entity
@Table(name = "linked_party")
public class LinkedParty {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_a")
    private Long participantA;
    @Column(name = "participant_b")
    private Long participantB;
    @Enumerated(EnumType.STRING)
    private Relationship relationship;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_a")
    private LinkRole roleA;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_b")
    private LinkRole roleB;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected LinkedParty() {
        // for JPA
    }

    public LinkedParty(Long one, LinkRole oneRole, Long other, LinkRole otherRole, Relationship relationship,
                       Long createdBy, Instant createdAt) {
        boolean oneFirst = one < other;
        this.participantA = oneFirst ? one : other;
        this.participantB = oneFirst ? other : one;
        this.roleA = oneFirst ? oneRole : otherRole;
        this.roleB = oneFirst ? otherRole : oneRole;
        this.relationship = relationship;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean requiresSeparation() {
        return !(roleA == LinkRole.VICTIM && roleB == LinkRole.VICTIM);
    }

    public Long otherThan(Long participantId) {
        return participantA.equals(participantId) ? participantB : participantA;
    }

    public LinkRole roleOf(Long participantId) {
        return participantA.equals(participantId) ? roleA : roleB;
    }

    public Long id() {
        return id;
    }

    public Relationship relationship() {
        return relationship;
    }

    public Long participantA() {
        return participantA;
    }

    public Long participantB() {
        return participantB;
    }
}
