package uk.dap.shared.api.participant;

/**
 * A link seen from one participant. {@code other} is absent when the caller may not see the other person: the link's
 * existence is shown, who it is is not.
 */
public record LinkView(Long id, ParticipantSummary other, Relationship relationship, LinkRole thisRole, LinkRole otherRole) {
}
