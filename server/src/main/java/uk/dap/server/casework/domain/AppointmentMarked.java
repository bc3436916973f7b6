package uk.dap.server.casework.domain;

/**
 * An appointment was marked kept or missed (or its mark changed), announced in the transaction that marked it: a
 * missed one-to-one counts in a person's run of unexplained absences (attendance's non-engagement review observes it).
 */
public record AppointmentMarked(Long participantId, Long appointmentId) {
}
