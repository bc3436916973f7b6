package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.api.onetoone.AttachmentInterview;
import uk.dap.shared.api.onetoone.AttachmentStrategyView;
import uk.dap.shared.api.onetoone.DatedAttendance;
import uk.dap.shared.api.onetoone.DatedText;
import uk.dap.shared.api.onetoone.NewBeginningsRecords;
import uk.dap.shared.api.onetoone.OneToOneEntry;
import uk.dap.shared.api.onetoone.QbCheckResult;
import uk.dap.shared.api.onetoone.QbCheckScreening;
import uk.dap.shared.api.onetoone.RecordKind;
import uk.dap.shared.text.UkDates;

/**
 * New Beginnings' one-to-one records of a parent, for their key worker and the lead: one tab per kind of record, each
 * with the entries so far and a form to add one. Records are never edited; a mistake is put right by a new entry.
 */
class NewBeginningsScreen extends StaffScreen {
    private final JLabel heading = new JLabel("Find a parent by name, reference or date of birth to see their New Beginnings records.");
    private final JTabbedPane tabs = new JTabbedPane();
    private final List<KindTab> kindTabs = new ArrayList<>();
    private final JComboBox<Choice<AttachmentStrategyView>> strategy = new JComboBox<>();
    /** The venue lists of the group meetings' forms, filled once the venues have loaded. */
    private final List<JComboBox<Choice<Long>>> venueLists = new ArrayList<>();
    private List<VenueView> venues;
    private Long enrolmentId;
    /** The name of the parent whose records are shown, for the heading. */
    private String name;

    NewBeginningsScreen(StaffContext context) {
        super(context, "newBeginningsScreen", "New Beginnings records");
        EnrolmentPicker picker = new EnrolmentPicker(this, "nb", r -> "New Beginnings".equals(r.programme())
                || "NEW_BEGINNINGS".equals(r.programme()), r -> {
            name = r.participantName();
            load(r.enrolmentId());
        });
        heading.setName("nbParticipant");

        DateField interviewDate = new DateField();
        JTextField codedBy = new JTextField(20);
        JTextArea interviewNotes = area();
        addTab(RecordKind.ATTACHMENT_INTERVIEW, "Attachment interview", KeyEvent.VK_1, "attachment-interviews",
                form -> {
                    form.field("Date of interview", "interviewDate", interviewDate);
                    form.field("Coded by", "interviewCodedBy", codedBy);
                    form.field("Attachment strategy", "interviewStrategy", strategy);
                    form.field("Notes (optional)", "interviewNotes", interviewNotes);
                },
                () -> {
                    LocalDate date = required(interviewDate, "date of the interview");
                    if (!(strategy.getSelectedItem() instanceof Choice<?> chosen)) {
                        throw new IllegalArgumentException("Choose the attachment strategy.");
                    }
                    return new AttachmentInterview(date, codedBy.getText(), ((AttachmentStrategyView) chosen.value()).id(), interviewNotes.getText());
                },
                e -> e.strategy() + " (coded by " + e.codedBy() + ")" + (e.text() == null ? "" : ": " + e.text()),
                () -> { interviewDate.setText(""); codedBy.setText(""); interviewNotes.setText(""); });
        datedText(RecordKind.TIMELINE_EVENT, "Life timeline", KeyEvent.VK_2, "timeline-events", "timeline", "Event");
        datedText(RecordKind.VIG_SESSION, "VIG", KeyEvent.VK_3, "vig-sessions", "vig", "Summary of the notes");

        DateField screenedOn = new DateField();
        JComboBox<Choice<QbCheckResult>> result = new JComboBox<>();
        Choice.of(List.of(QbCheckResult.values()), QbCheckResult::label).forEach(result::addItem);
        JTextField onward = new JTextField(30);
        addTab(RecordKind.QBCHECK, "QbCheck", KeyEvent.VK_4, "qbcheck-screenings",
                form -> {
                    form.field("Date of screening", "qbDate", screenedOn);
                    form.field("Result", "qbResult", result);
                    form.field("Onward referral (needed when traits are confirmed)", "qbOnwardReferral", onward);
                },
                () -> new QbCheckScreening(required(screenedOn, "date of the screening"),
                        ((Choice<QbCheckResult>) result.getSelectedItem()).value(), onward.getText()),
                e -> e.result().label() + (e.onwardReferral() == null ? "" : "; referred on: " + e.onwardReferral()),
                () -> { screenedOn.setText(""); onward.setText(""); });
        groupMeeting(RecordKind.SMART_RECOVERY, "SMART Recovery", KeyEvent.VK_5, "smart-recovery", "smart");
        datedText(RecordKind.CP_MEETING, "CP meetings", KeyEvent.VK_6, "cp-meetings", "cp", "Progress update given");
        groupMeeting(RecordKind.SUPPORT_GROUP, "Support group", KeyEvent.VK_7, "support-group", "support");
        groupMeeting(RecordKind.LIFE_LAUNDRY, "Life Laundry", KeyEvent.VK_8, "life-laundry", "laundry");
        FormPanel.name(tabs, "nbTabs", "Kinds of record");

        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(picker, BorderLayout.NORTH);
        top.add(heading, BorderLayout.SOUTH);
        JPanel body = new JPanel(new BorderLayout(6, 6));
        body.add(top, BorderLayout.NORTH);
        body.add(tabs, BorderLayout.CENTER);
        content(body);
        tabs.setEnabled(false);
    }

    private static JTextArea area() {
        JTextArea area = new JTextArea(3, 30);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        // Tab moves on rather than typing a tab: the form stays usable from the keyboard.
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        return area;
    }

    private static LocalDate required(DateField field, String what) {
        LocalDate date = field.date(what);
        if (date == null) {
            throw new IllegalArgumentException("Enter the " + what + ".");
        }
        return date;
    }

    private void datedText(RecordKind kind, String title, int key, String path, String prefix, String textLabel) {
        DateField date = new DateField();
        JTextArea text = area();
        addTab(kind, title, key, path, form -> {
            form.field("Date", prefix + "Date", date);
            form.field(textLabel, prefix + "Text", text);
        }, () -> new DatedText(required(date, "date"), text.getText()), OneToOneEntry::text, () -> { date.setText(""); text.setText(""); });
    }

    /** A group meeting outside the cohort: where and when it meets, which the separation rule checks as it checks sessions. */
    private void groupMeeting(RecordKind kind, String title, int key, String path, String prefix) {
        DateField date = new DateField();
        JComboBox<Choice<Long>> venue = new JComboBox<>();
        venueLists.add(venue);
        JTextField start = new JTextField(5);
        start.putClientProperty("JTextField.placeholderText", "HH:MM");
        JTextField minutes = new JTextField("120", 4);
        JTextField note = new JTextField(30);
        addTab(kind, title, key, path, form -> {
            form.wide(new JLabel(kind == RecordKind.LIFE_LAUNDRY
                    ? "Places are open only to parents who completed New Beginnings. The date is the workshop's."
                    : "Where and when it met: linked people are kept apart there as in any session."));
            form.field(kind == RecordKind.LIFE_LAUNDRY ? "Workshop date" : "Date attended", prefix + "Date", date);
            form.field("Venue", prefix + "Venue", venue);
            form.field("Start time", prefix + "Start", start);
            form.field("Length in minutes", prefix + "Minutes", minutes);
            form.field("Note (optional)", prefix + "Note", note);
        }, () -> {
            LocalDate day = required(date, "date");
            if (!(venue.getSelectedItem() instanceof Choice<?> place)) {
                throw new IllegalArgumentException("Choose the venue.");
            }
            return new DatedAttendance(day, (Long) place.value(), DateField.time(start, "start time"), minutes(minutes), note.getText());
        }, e -> where(e) + (e.text() == null ? "" : "; " + e.text()), () -> { date.setText(""); start.setText(""); note.setText(""); });
    }

    private static Integer minutes(JTextField field) {
        try {
            return Integer.valueOf(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Give the length in minutes, from 15 to 480.");
        }
    }

    /** "Venue, 10:00 to 12:00", or nothing for a record made before venues were kept. */
    private String where(OneToOneEntry e) {
        if (e.venueId() == null) {
            return "";
        }
        String name = venues == null ? "venue " + e.venueId() : venues.stream().filter(v -> v.id() == e.venueId()).map(VenueView::name)
                .findFirst().orElse("venue " + e.venueId());
        return name + ", " + CohortsScreen.times(e.startTime(), e.durationMinutes());
    }

    private void addTab(RecordKind kind, String title, int key, String path, java.util.function.Consumer<FormPanel> fields,
                        Supplier<Object> body, Function<OneToOneEntry, Object> details, Runnable clear) {
        RowTableModel<OneToOneEntry> model = new RowTableModel<OneToOneEntry>()
                .column("Date", e -> UkDates.date(e.date()))
                .column("Details", details)
                .column("Recorded by", OneToOneEntry::recordedBy);
        JTable table = Tables.table("nbTable" + kind.name(), title + " records", model, 95, 520, 170);
        FormPanel form = new FormPanel();
        form.heading("Add: " + kind.label().toLowerCase());
        fields.accept(form);
        JButton add = FormPanel.name(new JButton("Add"), "nbAdd" + kind.name(), "Add " + kind.label().toLowerCase());
        add.setMnemonic(KeyEvent.VK_A);
        add.addActionListener(e -> validated(() -> {
            if (enrolmentId == null) {
                throw new IllegalArgumentException("Find the parent first.");
            }
            Object request = body.get();
            long enrolment = enrolmentId;
            add.setEnabled(false);
            call("Adding…", () -> context.api().addNewBeginningsRecord(enrolment, path, request), created -> {
                clear.run();
                // Said once the list shows it: the reload's own progress note would otherwise replace it.
                load(enrolment, kind.label() + " on " + UkDates.date(created.date()) + " added.");
            }, () -> add.setEnabled(true));
        }));
        form.wide(ReferralDetailPanel.flow(add));
        form.end();
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, Tables.scroll(table, 5), form);
        split.setResizeWeight(0.45);
        split.setBorder(null);
        // Short titles keep the tabs on one row; the full name is the tab's tooltip.
        tabs.addTab(title, null, split, kind.label());
        tabs.setMnemonicAt(tabs.getTabCount() - 1, key);
        kindTabs.add(new KindTab(kind, model, title));
    }

    private record KindTab(RecordKind kind, RowTableModel<OneToOneEntry> model, String title) {
    }

    /** Opens the records of a New Beginnings enrolment. */
    private void load(long enrolment) {
        load(enrolment, null);
    }

    private void load(long enrolment, String then) {
        List<VenueView> known = venues;
        call("Opening the records…", () -> new Object[] {context.api().newBeginnings(enrolment), known == null ? context.api().venues() : known},
                (Object[] answer) -> {
                    if (venues == null) {
                        @SuppressWarnings("unchecked") List<VenueView> loaded = (List<VenueView>) answer[1];
                        venues = loaded;
                        venueLists.forEach(list -> venues.forEach(v -> list.addItem(new Choice<>(v.id(), v.name()))));
                    }
                    show((NewBeginningsRecords) answer[0]);
                    if (then != null) {
                        ok(then);
                    }
                });
    }

    private void show(NewBeginningsRecords records) {
        enrolmentId = records.enrolmentId();
        heading.setText((name == null ? "" : name + " ") + "(" + records.participantReference() + "), New Beginnings (" + records.state().label().toLowerCase() + "): "
                + records.entries().size() + (records.entries().size() == 1 ? " record" : " records"));
        Object chosen = strategy.getSelectedItem();
        strategy.removeAllItems();
        records.strategies().stream().filter(AttachmentStrategyView::active)
                .forEach(s -> strategy.addItem(new Choice<>(s, s.label())));
        if (chosen != null) {
            strategy.setSelectedItem(chosen);
        }
        for (int i = 0; i < kindTabs.size(); i++) {
            KindTab tab = kindTabs.get(i);
            List<OneToOneEntry> rows = records.entries().stream().filter(e -> e.kind() == tab.kind()).toList();
            tab.model().setRows(rows);
            tabs.setTitleAt(i, rows.isEmpty() ? tab.title() : tab.title() + " (" + rows.size() + ")");
        }
        tabs.setEnabled(true);
    }

    JComponent tabs() {
        return tabs;
    }
}
