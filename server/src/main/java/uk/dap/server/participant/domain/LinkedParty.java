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
    /** JPQL for a participant's current links (not ended), with the participant's id as {@code :p}. */
    public static final String CURRENT_OF = "SELECT l FROM LinkedParty l WHERE (l.participantA = :p OR l.participantB = :p)"
            + " AND l.endedAt IS NULL ORDER BY l.id";

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
    @Column(name = "changed_by")
    private Long changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "change_reason")
    private String changeReason;
    @Column(name = "ended_by")
    private Long endedBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;

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

    /**
     * Corrects the roles (and relationship), seen from {@code one}: a wrong link is put right, never deleted, and the
     * last correction's author, time and reason are kept on it.
     */
    public void correct(Long one, LinkRole oneRole, LinkRole otherRole, Relationship newRelationship, Long by, Instant at, String reason) {
        boolean oneFirst = participantA.equals(one);
        this.roleA = oneFirst ? oneRole : otherRole;
        this.roleB = oneFirst ? otherRole : oneRole;
        this.relationship = newRelationship;
        this.changedBy = by;
        this.changedAt = at;
        this.changeReason = reason;
    }

    /** Ends the link: it no longer keeps anyone apart, and stays on record with who ended it, when and why. */
    public void end(Long by, Instant at, String reason) {
        this.endedBy = by;
        this.endedAt = at;
        this.endReason = reason;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    /** Whether the two have the same roles in both links, whichever way round each was recorded. */
    public boolean sameRolesAs(Long one, LinkRole oneRole, LinkRole otherRole) {
        return roleOf(one) == oneRole && roleOf(otherThan(one)) == otherRole;
    }

    public boolean involves(Long participantId) {
        return participantA.equals(participantId) || participantB.equals(participantId);
    }

    public boolean requiresSeparation() {
        return keepsApart(roleA, roleB);
    }

    /** Whether a link with these roles keeps the two apart: always, unless both are victims. */
    public static boolean keepsApart(LinkRole one, LinkRole other) {
        return !(one == LinkRole.VICTIM && other == LinkRole.VICTIM);
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

    public Instant changedAt() {
        return changedAt;
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
