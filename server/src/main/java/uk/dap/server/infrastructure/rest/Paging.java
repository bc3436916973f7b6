package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    /**
     * A page of a list that is costly to count: a {@code Link} header to the next page when there is one (RFC 8288,
     * {@code rel="next"}), and the size of the whole list only when it was counted.
     */
    public static Response page(List<?> items, boolean more, Long total, UriInfo uri, int limit, int offset) {
        Response.ResponseBuilder answer = Response.ok(items);
        if (more) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("offset", offset + limit).replaceQueryParam("limit", limit).build(), "next");
        }
        if (total != null) {
            answer.header(TOTAL_COUNT, total);
        }
        return answer.build();
    }

    /** {@code count=true} or {@code count=false} (the default); anything else is refused rather than taken for false. */
    public static boolean countAskedFor(String count) {
        if (count == null || count.equalsIgnoreCase("false")) {
            return false;
        }
        if (count.equalsIgnoreCase("true")) {
            return true;
        }
        throw DomainException.field("count", "Give count as true or false.");
    }

    /** A page of a list, with the size of the whole list in its header. */
    public static Response page(List<?> items, long total) {
        return Response.ok(items).header(TOTAL_COUNT, total).build();
    }
}
