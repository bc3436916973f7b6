package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.cohort.application.Venues;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.referral.application.Referrals;
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
    @Inject
    Referrals referrals;
    @Inject
    Cohorts cohorts;

    /** The programme's code, from its name ("Caring Dads") or its code (CARING_DADS). */
    public String programme(ImportRow row, Column column) {
        String value = row.text(column, 60);
        if (value == null) {
            return null;
        }
        // Most rows name a programme by its code or a name its code spells ("Caring Dads"): one look-up by key.
        String code = value.replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        if (catalogue.exists(code)) {
            return code;
        }
        for (ProgrammeView programme : catalogue.list()) {
            if (programme.name().equalsIgnoreCase(value)) {
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

    /** The programme's name as the service shows it, for an export. */
    public String programmeName(String code) {
        return catalogue.require(code).name();
    }

    /**
     * The referral the reference names: one imported under it, or one made here that the caller may see, named as the
     * service writes it (R-000123, as an export names it); null when none.
     */
    public Long referralIdOf(String reference) {
        Long imported = externalIds.find(ReferralImporter.KIND, reference);
        if (imported != null) {
            return referrals.isVisible(imported) ? imported : null;
        }
        return referrals.visibleByReference(reference).orElse(null);
    }

    /** The referral the reference in the column names ({@link #referralIdOf}), or null (a problem on the row). */
    public Long referral(ImportRow row, Column column) {
        String reference = row.text(column, 60);
        if (reference == null) {
            return null;
        }
        Long id = referralIdOf(reference);
        if (id == null) {
            row.problem(column, "No referral came in with the reference " + reference + ": import the referrals' file first.");
        }
        return id;
    }

    /** The cohort imported under the reference in the column, if the caller may see it; else null (a problem on the row). */
    public Long cohort(ImportRow row, Column column) {
        String reference = row.text(column, 60);
        if (reference == null) {
            return null;
        }
        Long id = externalIds.find(CohortImporter.KIND, reference);
        if (id == null || !cohorts.isVisible(id)) {
            row.problem(column, "No cohort came in with the reference " + reference + ": import the cohorts' file first.");
            return null;
        }
        return id;
    }

    /**
     * The child imported under the reference (one of the column's), or null (a problem on the row). Whoever the child
     * is named to is checked as live: the parent's referral or record must be the caller's to see.
     */
    public Long child(ImportRow row, Column column, String reference) {
        Long id = externalIds.find(ChildImporter.KIND, reference);
        if (id == null) {
            row.problem(column, "No child came in with the reference " + reference + ": import the children's file first.");
        }
        return id;
    }
}
