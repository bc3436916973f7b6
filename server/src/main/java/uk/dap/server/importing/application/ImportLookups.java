package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
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
     * The record of {@code kind} a reference names: the one imported under it, if {@code visible} lets the caller see
     * it; or else one made here, named as the service writes it (P-000123, R-000123, C-000123, CH-000123: {@code
     * madeHere}, which answers only what the caller may see). Null when none.
     */
    public Long named(String kind, String reference, LongPredicate visible, Function<String, Optional<Long>> madeHere) {
        Long imported = externalIds.find(kind, reference);
        if (imported != null) {
            // Imported by someone else, perhaps: named here only to a caller who may see it, as anywhere else.
            return visible.test(imported) ? imported : null;
        }
        return madeHere.apply(reference).orElse(null);
    }

    /** The record the reference in the column names ({@code idOf}), or null with {@code missing}'s sentence on the row. */
    public static Long inColumn(ImportRow row, Column column, Function<String, Long> idOf, UnaryOperator<String> missing) {
        String reference = row.text(column, 60);
        return reference == null ? null : found(row, column, reference, idOf, missing);
    }

    private static Long found(ImportRow row, Column column, String reference, Function<String, Long> idOf, UnaryOperator<String> missing) {
        Long id = idOf.apply(reference);
        if (id == null) {
            row.problem(column, missing.apply(reference));
        }
        return id;
    }

    public Long referralIdOf(String reference) {
        return named(ReferralImporter.KIND, reference, referrals::isVisible, referrals::visibleByReference);
    }

    public Long referral(ImportRow row, Column column) {
        return inColumn(row, column, this::referralIdOf,
                reference -> "No referral came in with the reference " + reference + ": import the referrals' file first.");
    }

    public Long cohortIdOf(String reference) {
        return named(CohortImporter.KIND, reference, cohorts::isVisible, cohorts::visibleByReference);
    }

    public Long cohort(ImportRow row, Column column) {
        return inColumn(row, column, this::cohortIdOf,
                reference -> "No cohort came in with the reference " + reference + ": import the cohorts' file first.");
    }

    /**
     * The child the reference names. An imported child is taken as named: whoever the child is named to is checked as
     * live where it is used (the parent's referral or record must be the caller's to see).
     */
    public Long childIdOf(String reference) {
        return named(ChildImporter.KIND, reference, imported -> true, participants::visibleChildByReference);
    }

    /** The child one of the column's references names ({@link #childIdOf}), or null (a problem on the row). */
    public Long child(ImportRow row, Column column, String reference) {
        return found(row, column, reference, this::childIdOf,
                named -> "No child came in with the reference " + named + ": import the children's file first.");
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
