package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.dap.server.cohort.application.Venues;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.VenueView;

/**
 * What a row names by words or by a reference from an earlier file: a programme by its name, a venue by its name, a
 * referral or a cohort by the service's own reference. Each records a problem on the row when it finds nothing.
 */
@ApplicationScoped
public class ImportLookups {
    /** The column by which the files after the referrals' name a referral. */
    public static final Column REFERRAL = Column.required("Referral reference", "the Referral reference from the referrals' file",
            "CD-REF-2019-017");

    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    Venues venues;
    @Inject
    ExternalIds externalIds;

    /** The programme's code, from its name ("Caring Dads") or its code (CARING_DADS). */
    public String programme(ImportRow row, Column column) {
        String value = row.text(column, 60);
        if (value == null) {
            return null;
        }
        String key = value.replace(' ', '_').replace('-', '_');
        for (ProgrammeView programme : catalogue.list()) {
            if (programme.name().equalsIgnoreCase(value) || programme.code().equalsIgnoreCase(key)) {
                return programme.code();
            }
        }
        row.problem(column, value + " is not one of the programmes: " + catalogue.list().stream().map(ProgrammeView::name)
                .collect(Collectors.joining(", ")) + ".");
        return null;
    }

    public Long venue(ImportRow row, Column column) {
        String value = row.text(column, 120);
        if (value == null) {
            return null;
        }
        for (VenueView venue : venues.list()) {
            if (venue.name().toLowerCase(Locale.UK).equals(value.toLowerCase(Locale.UK))) {
                return venue.id();
            }
        }
        row.problem(column, "There is no venue called " + value + ": an administrator adds venues (Venues screen) before cohorts come in.");
        return null;
    }

    /** The referral imported under the reference in the column, or null (a problem on the row). */
    public Long referral(ImportRow row, Column column) {
        return imported(row, column, ReferralImporter.KIND, "referral", "the referrals' file");
    }

    public Long cohort(ImportRow row, Column column) {
        return imported(row, column, CohortImporter.KIND, "cohort", "the cohorts' file");
    }

    /** The child imported under the reference (one of the column's), or null (a problem on the row). */
    public Long child(ImportRow row, Column column, String reference) {
        Long id = externalIds.find(ChildImporter.KIND, reference);
        if (id == null) {
            row.problem(column, "No child came in with the reference " + reference + ": import the children's file first.");
        }
        return id;
    }

    private Long imported(ImportRow row, Column column, String kind, String what, String file) {
        String reference = row.text(column, 60);
        if (reference == null) {
            return null;
        }
        Long id = externalIds.find(kind, reference);
        if (id == null) {
            row.problem(column, "No " + what + " came in with the reference " + reference + ": import " + file + " first.");
        }
        return id;
    }
}
