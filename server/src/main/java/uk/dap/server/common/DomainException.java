package uk.dap.server.common;

import java.util.List;
import uk.dap.shared.api.ProblemType;

/** A rule said no. Carries the stable problem type and a sentence the person can act on; never personal data. */
public class DomainException extends RuntimeException {
    private final ProblemType type;
    private final List<String> allowed;

    public DomainException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** With the states allowed from where the record is, for an illegal state change. */
    public DomainException(ProblemType type, String detail, List<String> allowed) {
        super(detail);
        this.type = type;
        this.allowed = List.copyOf(allowed);
    }

    public List<String> allowed() {
        return allowed;
    }

    public ProblemType type() {
        return type;
    }
}
