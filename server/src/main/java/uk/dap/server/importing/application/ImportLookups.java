package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.cohort.application.Venues;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.domain.Referral;
import uk.dap.server.cohort.domain.Cohort;
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
    @Inject
    Participants participants;

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

    /**
     * The cohort the reference names: one imported under it, or one made here, named as an export names it (C-000123);
     * either only if the caller may see it. Null when none.
     */
    public Long cohortIdOf(String reference) {
        Long imported = externalIds.find(CohortImporter.KIND, reference);
        if (imported != null) {
            return cohorts.isVisible(imported) ? imported : null;
        }
        return cohorts.visibleByReference(reference).orElse(null);
    }

    /** The cohort the reference in the column names ({@link #cohortIdOf}), or null (a problem on the row). */
    public Long cohort(ImportRow row, Column column) {
        String reference = row.text(column, 60);
        if (reference == null) {
            return null;
        }
        Long id = cohortIdOf(reference);
        if (id == null) {
            row.problem(column, "No cohort came in with the reference " + reference + ": import the cohorts' file first.");
        }
        return id;
    }

    /**
     * The child the reference names: one imported under it, or one made here that the caller may see, named as an
     * export names it (CH-000123). Null when none.
     */
    public Long childIdOf(String reference) {
        Long imported = externalIds.find(ChildImporter.KIND, reference);
        return imported != null ? imported : participants.visibleChildByReference(reference).orElse(null);
    }

    /**
     * The child the reference names (one of the column's; {@link #childIdOf}), or null (a problem on the row). Whoever
     * the child is named to is checked as live: the parent's referral or record must be the caller's to see.
     */
    public Long child(ImportRow row, Column column, String reference) {
        Long id = childIdOf(reference);
        if (id == null) {
            row.problem(column, "No child came in with the reference " + reference + ": import the children's file first.");
        }
        return id;
    }

    /**
     * How an export names each record of a kind: by the reference it came in with, or, made here, as the service
     * writes its references ({@code madeHere}), so that the export comes back in as it is.
     */
    public Map<Long, String> references(String kind, Collection<Long> ids, LongFunction<String> madeHere) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> imported = externalIds.referencesOf(kind, distinct);
        Map<Long, String> named = new HashMap<>();
        distinct.forEach(id -> named.put(id, imported.getOrDefault(id, madeHere.apply(id))));
        return named;
    }

    public Map<Long, String> people(Collection<Long> ids) {
        return references(ParticipantImporter.KIND, ids, id -> Participant.reference(id));
    }

    public Map<Long, String> referrals(Collection<Long> ids) {
        return references(ReferralImporter.KIND, ids, Referral::reference);
    }

    public Map<Long, String> cohorts(Collection<Long> ids) {
        return references(CohortImporter.KIND, ids, Cohort::reference);
    }

    public Map<Long, String> children(Collection<Long> ids) {
        return references(ChildImporter.KIND, ids, Child::reference);
    }
}
