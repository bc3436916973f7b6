package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.dap.server.common.DomainException;

/**
 * Lists that can grow without end (cohorts and referrals over ten years) come a page at a time: {@code limit} and
 * {@code offset} query parameters, and the header {@value #TOTAL_COUNT} saying how many the whole list holds. Checked
 * here rather than with @Min/@Max: Payara's OpenAPI generator fails on them on query parameters.
 */
public final class Paging {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paging() {
    }

    /** Refuses a limit outside 1 to {@code max}, naming it. */
    public static void requireLimit(Integer limit, int max) {
        if (limit < 1 || limit > max) {
            throw DomainException.field("limit", "Give the limit as a whole number from 1 to " + max + ".");
        }
    }

    /** Refuses a limit outside 1 to {@code max} or a negative offset, naming it. */
    public static void require(Integer limit, int max, Integer offset) {
        requireLimit(limit, max);
        if (offset < 0) {
            throw DomainException.field("offset", "Give the offset as a whole number from 0.");
        }
    }

    /** A page of a list, with the size of the whole list in its header. */
    public static Response page(List<?> items, long total) {
        return Response.ok(items).header(TOTAL_COUNT, total).build();
    }
}
