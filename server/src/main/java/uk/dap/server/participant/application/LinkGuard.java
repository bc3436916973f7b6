package uk.dap.server.participant.application;

/**
 * What the separation rule does when a link between two people changes: declared here, where links are recorded,
 * and implemented by {@code separation.application.SeparationRule}, so that participants need not depend on the rule
 * (which reads participants, their links, cohorts and enrolments).
 */
public interface LinkGuard {
    /** Takes the rule's lock before a link (or a recorded "same person") is written; every check takes it before it reads links. */
    void lockBeforeLinkChange();

    /** After a link is recorded: alerts the leads of every cohort where the two now meet. */
    void alertOnNewLink(Long one, Long other);
}
