package uk.dap.server.importing.application;

import uk.dap.server.participant.domain.LinkedParty;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.participant.application.ParticipantLinks;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.participant.Relationship;

/**
 * Links between two people (a victim and the person who harmed her, parent and child), one row each, added by
 * {@link ParticipantLinks#importLink}: from then on the separation rule keeps the two apart in every file that follows.
 * docs/import.md.
 */
@ApplicationScoped
public class LinkImporter extends KindOfRecord {
    static final String KIND = "links";
    static final Column PERSON = Column.required("Person's service reference", "the Service reference of one of the two", "CD-2019-0042");
    static final Column ROLE = Column.required("Their role", "Victim, Perpetrator, Both or Unknown", "Perpetrator");
    static final Column OTHER = Column.required("Other person's service reference", "the Service reference of the other", "FR-2019-0107");
    static final Column OTHER_ROLE = Column.required("Other person's role", "Victim, Perpetrator, Both or Unknown", "Victim");
    static final Column RELATIONSHIP = Column.required("Relationship", "Partner, Ex-partner, Parent and child or Other family", "Ex-partner");
    private static final List<Column> COLUMNS = List.of(PERSON, ROLE, OTHER, OTHER_ROLE, RELATIONSHIP);

    public LinkImporter() {
        super(KIND, "Links between people", 3,
                "One row per link between two people, with their roles: a victim and a perpetrator are never put in one group, nor"
                + " at one venue at the same time, in any file after this one. Import it before the referrals.",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    ParticipantImporter people;
    @Inject
    ParticipantLinks links;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        Long one = people.person(row, PERSON);
        LinkRole role = row.choice(ROLE, LinkRole.class, LinkRole::label);
        Long other = people.person(row, OTHER);
        LinkRole otherRole = row.choice(OTHER_ROLE, LinkRole.class, LinkRole::label);
        Relationship relationship = row.choice(RELATIONSHIP, Relationship.class, Relationship::label);
        if (row.hasProblems()) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> links.importLink(one, other, relationship, role, otherRole) ? Outcome.CREATED : Outcome.ALREADY_IMPORTED);
    }

    /** The links standing now between two people the caller may both see. */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<LinkedParty> page = links.exportPage(afterId, size);
        Map<Long, String> named = lookups.people(page.stream().flatMap(l -> java.util.stream.Stream.of(l.participantA(), l.participantB())).toList());
        return page.stream().map(l -> Arrays.asList(String.valueOf(l.id()), named.get(l.participantA()), l.roleOf(l.participantA()).label(),
                named.get(l.participantB()), l.roleOf(l.participantB()).label(), l.relationship().label())).toList();
    }
}
