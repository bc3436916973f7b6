package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportCells;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.ContactView;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.participant.SafeContact;

/** Participants, one row each, made as {@link Participants#importRecord} makes them (docs/import.md). */
@ApplicationScoped
public class ParticipantImporter extends KindOfRecord {
    static final String KIND = "participants";
    static final Column REFERENCE = Column.required("Service reference",
            "your own reference for this person, up to 60 characters; a second import skips a reference it has seen, and one"
                    + " of this service's own (P-000123, as an export names a record made here) names that record", "CD-2019-0042");
    static final Column FIRST_NAME = Column.required("First name", "up to 60 characters", "Testy");
    static final Column LAST_NAME = Column.required("Last name", "up to 60 characters", "Example");
    static final Column BORN = Column.required("Date of birth", "a date, as 4 Mar 1988 or 1988-03-04", "4 Mar 1988");
    static final Column GENDER = Column.required("Gender", "Female, Male, Non-binary, Other or Prefers not to say", "Female");
    static final Column LANGUAGE = Column.optional("Preferred language", "up to 40 characters", "Polish");
    static final Column INTERPRETER = Column.optional("Interpreter needed", "Yes or No", "Yes");
    static final Column ACCESSIBILITY = Column.optional("Accessibility needs", "up to 500 characters", "Step-free access");
    static final Column ADDRESS = Column.optional("Address", "up to 300 characters; line breaks allowed", "1 Fictional Street, Exampletown");
    static final Column POSTCODE = Column.optional("Postcode", "up to 10 characters", "ZZ1 1ZZ");
    static final Column PHONE = Column.optional("Phone", "up to 30 characters", "00000 000000");
    static final Column EMAIL = Column.optional("Email", "up to 200 characters", "testy@example.invalid");
    static final Column CONFIDENTIAL = Column.optional("Contact details confidential",
            "Yes when the address and phone must be kept from other agencies (say why in the next column), else No", "Yes");
    static final Column CONFIDENTIAL_REASON = Column.optional("Why confidential", "up to 300 characters", "Moved to a refuge");
    static final Column SAFE_PHONE = Column.optional("Safe to phone", "Yes or No; empty means No", "Yes");
    static final Column SAFE_VOICEMAIL = Column.optional("Safe to leave voicemail", "Yes or No; empty means No", "No");
    static final Column SAFE_TEXT = Column.optional("Safe to text", "Yes or No; empty means No", "Yes");
    static final Column SAFE_EMAIL = Column.optional("Safe to email", "Yes or No; empty means No", "No");
    static final Column SAFE_LETTERS = Column.optional("Safe to send letters", "Yes or No; empty means No", "No");
    static final Column CODE_WORD = Column.optional("Code word", "up to 50 characters", "bluebell");
    static final Column SAFE_TIMES = Column.optional("Safe times to contact", "up to 200 characters", "Weekdays 10:00 to 12:00");
    static final Column KEY_WORKER = Column.optional("Key worker", "the username of an active key worker's account", "demo-keyworker");
    private static final List<Column> COLUMNS = List.of(REFERENCE, FIRST_NAME, LAST_NAME, BORN, GENDER, LANGUAGE, INTERPRETER,
            ACCESSIBILITY, ADDRESS, POSTCODE, PHONE, EMAIL, CONFIDENTIAL, CONFIDENTIAL_REASON, SAFE_PHONE, SAFE_VOICEMAIL, SAFE_TEXT,
            SAFE_EMAIL, SAFE_LETTERS, CODE_WORD, SAFE_TIMES, KEY_WORKER);

    public ParticipantImporter() {
        super(KIND, "Participants", 1,
                "One row per person: their details, how it is safe to contact them, and their key worker.",
                COLUMNS);
    }

    @Inject
    Participants participants;
    @Inject
    ExternalIds externalIds;
    @Inject
    ImportLookups lookups;
    @Inject
    StaffDirectory staff;
    @Inject
    Access permissions;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        String reference = run.reference(row, REFERENCE);
        if (reference != null && idOf(reference) != null) {
            return Outcome.ALREADY_IMPORTED;
        }
        NewParticipant request = request(row, run.today());
        if (row.hasProblems()) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            if (run.commit()) {
                Participant made = participants.importRecord(request);
                externalIds.remember(KIND, reference, made.id(), run.id());
            } else {
                participants.checkImportRecord(request);
            }
            return Outcome.CREATED;
        });
    }

    /**
     * The person a reference names: one imported under it, or one made here that the caller may see (P-000123, as an
     * export names them); null when none ({@link ImportLookups#named}). Other kinds name a person so.
     */
    public Long idOf(String reference) {
        return lookups.named(KIND, reference, participants::isVisible, participants::visibleByReference);
    }

    /** The person the reference in {@code column} names ({@link #idOf}), or null with a problem on the row. */
    public Long person(ImportRow row, Column column) {
        return ImportLookups.inColumn(row, column, this::idOf, reference -> "No participant has the service reference " + reference
                + ": import the participants' file first, or give their reference here (P-000123).");
    }

    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<ParticipantView> people = participants.exportPage(afterId, size);
        java.util.Map<Long, String> named = lookups.people(people.stream().map(ParticipantView::id).toList());
        return people.stream().map(p -> {
            ContactView contact = p.contact();
            SafeContact safe = p.safeContact() == null ? new SafeContact(null, null, null, null, null, null, null) : p.safeContact();
            return java.util.Arrays.asList(String.valueOf(p.id()), named.get(p.id()), p.firstName(), p.lastName(),
                    ImportCells.date(p.dateOfBirth()), p.gender().label(), p.preferredLanguage(), ImportCells.yesNo(p.interpreterNeeded()),
                    p.accessibilityNeeds(), contact == null ? null : contact.address(), contact == null ? null : contact.postcode(),
                    contact == null ? null : contact.phone(), contact == null ? null : contact.email(),
                    contact == null ? null : ImportCells.yesNo(contact.confidential()), contact == null ? null : contact.confidentialReason(),
                    ImportCells.yesNo(safe.phone()), ImportCells.yesNo(safe.voicemail()), ImportCells.yesNo(safe.text()),
                    ImportCells.yesNo(safe.email()), ImportCells.yesNo(safe.letters()), safe.codeWord(), safe.safeTimes(),
                    p.keyWorker() == null ? null : staff.find(p.keyWorker().id()).username());
        }).toList();
    }

    private NewParticipant request(ImportRow row, LocalDate today) {
        String first = row.text(FIRST_NAME, 60);
        String last = row.text(LAST_NAME, 60);
        LocalDate born = row.date(BORN, LocalDate.of(1900, 1, 1), today);
        Gender gender = row.choice(GENDER, Gender.class, Gender::label);
        String language = row.text(LANGUAGE, 40);
        Boolean interpreter = row.yesNo(INTERPRETER);
        String accessibility = row.multiLineText(ACCESSIBILITY, 500);
        ContactDetails contact = new ContactDetails(row.multiLineText(ADDRESS, 300), row.text(POSTCODE, 10), row.text(PHONE, 30),
                row.text(EMAIL, 200));
        boolean noContact = contact.address() == null && contact.postcode() == null && contact.phone() == null && contact.email() == null;
        Boolean confidential = row.yesNo(CONFIDENTIAL);
        SafeContact safe = new SafeContact(row.yesNo(SAFE_PHONE), row.yesNo(SAFE_VOICEMAIL), row.yesNo(SAFE_TEXT), row.yesNo(SAFE_EMAIL),
                row.yesNo(SAFE_LETTERS), row.text(CODE_WORD, 50), row.multiLineText(SAFE_TIMES, 200));
        Long keyWorker = keyWorker(row);
        return new NewParticipant(first, last, born, gender, language, interpreter, accessibility, noContact ? null : contact,
                confidential, row.multiLineText(CONFIDENTIAL_REASON, 300), safe, keyWorker, Boolean.TRUE);
    }

    private Long keyWorker(ImportRow row) {
        String username = row.text(KEY_WORKER, 100);
        if (username == null) {
            return null;
        }
        Long id = staff.idOf(username);
        if (id == null || !permissions.isActiveKeyWorker(id)) {
            row.problem(KEY_WORKER, "There is no active key worker with the username " + username + ".");
            return null;
        }
        return id;
    }
}
