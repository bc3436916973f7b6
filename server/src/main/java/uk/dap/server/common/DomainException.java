package uk.dap.server.common;

import java.util.List;
import uk.dap.shared.api.ProblemType;

/** A rule said no. Carries the stable problem type and a sentence the person can act on; never personal data. */
public class DomainException extends RuntimeException {
    private final ProblemType type;
    private final List<String> allowed;
    private final String field;

    public DomainException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    private DomainException(String field, String detail) {
        super(detail);
        this.type = ProblemType.VALIDATION_FAILED;
        this.allowed = List.of();
        this.field = field;
    }

    /** A value the rules refuse in one field of the body (400 validation-failed naming the field). */
    public static DomainException field(String field, String detail) {
        return new DomainException(field, detail);
    }

    /** With the states allowed from where the record is, for an illegal state change. */
    public DomainException(ProblemType type, String detail, List<String> allowed) {
        super(detail);
        this.type = type;
        this.allowed = List.copyOf(allowed);
        this.field = null;
    }

    /** The body's field the refusal is about; null when it is about the request as a whole. */
    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }

    public ProblemType type() {
        return type;
    }
}
