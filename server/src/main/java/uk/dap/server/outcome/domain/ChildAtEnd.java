package uk.dap.server.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.dap.shared.api.participant.SocialCareStatus;

/** A child's social care status when the outcome was recorded and, for New Beginnings, whether they remain at home. */
@Entity
@Table(name = "outcome_child")
public class ChildAtEnd {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "outcome_id")
    private Long outcomeId;
    @Column(name = "child_id")
    private Long childId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_at_end")
    private SocialCareStatus status;
    @Column(name = "remains_at_home")
    private Boolean remainsAtHome;

    protected ChildAtEnd() {
        // for JPA
    }

    public ChildAtEnd(Long outcomeId, Long childId, SocialCareStatus status, Boolean remainsAtHome) {
        this.outcomeId = outcomeId;
        this.childId = childId;
        this.status = status;
        this.remainsAtHome = remainsAtHome;
    }

    public void update(SocialCareStatus status, Boolean remainsAtHome) {
        this.status = status;
        this.remainsAtHome = remainsAtHome;
    }

    public Long childId() {
        return childId;
    }

    public SocialCareStatus status() {
        return status;
    }

    public Boolean remainsAtHome() {
        return remainsAtHome;
    }
}
