package uk.dap.server.importing.application;

import uk.dap.server.importing.domain.ImportCells;
import uk.dap.server.participant.domain.Child;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.participant.application.Participants;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.SocialCareStatus;

/**
 * Participants' children, one row each, named to their parent by the parent's service reference, and added as
 * {@link Participants#addChild} adds them (docs/import.md). The parents come in first, in the participants' file.
 */
@ApplicationScoped
public class ChildImporter extends KindOfRecord {
    static final String KIND = "children";
    static final Column REFERENCE = Column.required("Child reference",
            "your own reference for this child, up to 60 characters; a second import skips a reference it has seen", "CD-2019-0042-1");
    static final Column PARENT = Column.required("Parent's service reference",
            "the parent's Service reference from the participants' file, or their reference here (P-000123)", "CD-2019-0042");
    static final Column FIRST_NAME = Column.required("First name", "up to 60 characters", "Little");
    static final Column LAST_NAME = Column.optional("Last name", "up to 60 characters", "Example");
    static final Column BORN = Column.required("Date of birth", "a date, as 1 Jun 2016 or 2016-06-01", "1 Jun 2016");
    static final Column LIVES_WITH = Column.required("Lives with the parent", "Yes or No", "Yes");
    static final Column CONTACT = Column.optional("Regular contact", "Yes or No, when the child does not live with the parent; empty if not known", "");
    static final Column STATUS = Column.required("Social care status",
            "None (no open case), Early help, Child in need, Child protection plan or Looked after", "Child in need");
    static final Column CRECHE = Column.optional("Needs a crèche place", "Yes or No", "No");
    private static final List<Column> COLUMNS = List.of(REFERENCE, PARENT, FIRST_NAME, LAST_NAME, BORN, LIVES_WITH, CONTACT, STATUS, CRECHE);

    public ChildImporter() {
        super(KIND, "Children", 2,
                "One row per child of a participant, named to their parent by the parent's service reference; import the participants first.",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    Participants participants;
    @Inject
    ParticipantImporter people;
    @Inject
    ExternalIds externalIds;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        String reference = run.reference(row, REFERENCE);
        if (reference != null && (externalIds.find(KIND, reference) != null || participants.visibleChildByReference(reference).isPresent())) {
            return Outcome.ALREADY_IMPORTED;
        }
        Long parent = people.person(row, PARENT);
        NewChild child = new NewChild(row.text(FIRST_NAME, 60), row.text(LAST_NAME, 60), row.date(BORN, LocalDate.of(1900, 1, 1), run.today()),
                row.yesNo(LIVES_WITH), row.yesNo(CONTACT), row.choice(STATUS, SocialCareStatus.class, SocialCareStatus::label), row.yesNo(CRECHE));
        if (row.hasProblems()) {
            return Outcome.REFUSED;
        }
        return written(row, PARENT, () -> {
            if (run.commit()) {
                externalIds.remember(KIND, reference, participants.addChild(parent, child).id(), run.id());
            } else {
                participants.checkAddChild(parent);
            }
            return Outcome.CREATED;
        });
    }

    /** The children the caller may see, each named to their parent as the participants' export names the parent. */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Child> page = participants.exportChildren(afterId, size);
        Map<Long, String> children = lookups.children(page.stream().map(Child::id).toList());
        Map<Long, String> parents = lookups.people(page.stream().map(Child::participantId).toList());
        return page.stream().map(c -> Arrays.asList(String.valueOf(c.id()), children.get(c.id()), parents.get(c.participantId()), c.firstName(),
                c.lastName(), ImportCells.date(c.dateOfBirth()), ImportCells.yesNo(c.livesWithParticipant()), ImportCells.yesNo(c.regularContact()),
                c.socialCareStatus().label(), ImportCells.yesNo(c.needsCreche()))).toList();
    }
}
