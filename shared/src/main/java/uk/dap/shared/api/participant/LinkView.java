package uk.dap.shared.api.participant;

/**
 * A current link seen from one participant. {@code other} is absent when the caller may not see the other person: the
 * link's existence is shown, who it is is not. {@code disputed} when the pair has more than one current link (two
 * workers recorded different roles): they are kept apart while any one of the links says so, until one is corrected
 * or ended.
 */
public record LinkView(Long id, ParticipantSummary other, Relationship relationship, LinkRole thisRole, LinkRole otherRole,
                       boolean disputed) {
}
