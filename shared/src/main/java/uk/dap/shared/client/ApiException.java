package uk.dap.shared.client;

import uk.dap.shared.api.Problem;

/** The server answered, and said no: carries its problem+json so that screens can show the server's own words. */
public class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail() == null ? problem.title() : problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
