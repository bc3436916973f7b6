package uk.dap.server.common;

import uk.dap.shared.api.ProblemType;

/** A rule said no. Carries the stable problem type and a sentence the person can act on; never personal data. */
public class DomainException extends RuntimeException {
    private final ProblemType type;

    public DomainException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
