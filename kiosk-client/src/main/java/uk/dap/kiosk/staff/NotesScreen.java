package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableCellRenderer;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.casework.CaseNoteList;
import uk.dap.shared.api.casework.CaseNoteView;
import uk.dap.shared.api.casework.NewCaseNote;
import uk.dap.shared.api.casework.NoteCorrection;
import uk.dap.shared.api.casework.NoteType;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.ParticipantReferences;
import uk.dap.shared.text.UkDates;

/**
 * A participant's case notes as a timeline (newest first) with filters, adding a note, correcting one (the history
 * of versions shown beside it), a lead's reasoned opening of sensitive notes, and, for key workers and leads, the
 * appointments with kept / missed. What a caller may see is the server's decision: this screen shows what it is sent,
 * and says when a sensitive note is withheld.
 */
class NotesScreen extends StaffScreen {
    static final String WITHHELD = "Sensitive: not shown to you";
    private static final String ANY = "Any";

    private final JTextField reference = new JTextField(22);
    private final PersonPicker picker;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel who = new JLabel(" ");
    private Long participantId;

    // Filters
    private final JComboBox<Object> typeFilter = new JComboBox<>(choices(NoteType.values(), "All types"));
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final JTextField author = new JTextField(8);
    private final JComboBox<String> sensitiveFilter = new JComboBox<>(new String[] {ANY, "Sensitive only", "Not sensitive"});
    private final JTextField search = new JTextField(8);

    // Sensitive access
    private final JLabel sensitiveState = new JLabel(" ");
    private final JTextField accessReason = new JTextField(30);
    private final JButton openSensitive = new JButton("Open sensitive notes");
    private final JPanel accessPanel = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));

    private final JLabel count = new JLabel(" ");
    private final RowTableModel<CaseNoteView> notes = new RowTableModel<CaseNoteView>()
            .column("Date", n -> UkDates.date(n.occurredOn()))
            .column("Type", n -> n.type().label())
            .column("Author", CaseNoteView::author)
            .column("Note", n -> n.withheld() ? WITHHELD : firstLine(n.text()))
            .column("Version", NotesScreen::versionText);
    private final JTable table = Tables.table("notes", "Case notes, newest first", notes, 105, 140, 175, 300, 105);

    // The selected note, its history and correction
    private final JTextArea history = new JTextArea(5, 24);
    private final JTextArea correction = new JTextArea(3, 20);
    private final JTextField correctionReason = new JTextField(20);
    private final JButton correct = new JButton("Save correction");

    // A new note
    private final JComboBox<NoteType> newType = new JComboBox<>();
    private final DateField newDate = new DateField();
    private final JTextArea newText = new JTextArea(3, 30);
    private final JCheckBox newSensitive = new JCheckBox("Sensitive: only the author, the key worker and a lead who gives a reason may read it");
    private final JButton add = new JButton("Add note");

    private final AppointmentsPanel appointments;

    NotesScreen(StaffContext context) {
        super(context, "notesScreen", "Case notes and appointments");
        appointments = new AppointmentsPanel(this);
        JPanel top = new JPanel(new BorderLayout(6, 4));
        JPanel chooser = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JLabel refLabel = new JLabel("Person");
        refLabel.setLabelFor(reference);
        refLabel.setDisplayedMnemonic(KeyEvent.VK_P);
        FormPanel.name(reference, "notesReference", "Person: type part of their name, their reference or date of birth, then choose");
        picker = new PersonPicker(context, reference, "notesPeople", person -> show(person.id()));
        reference.addActionListener(e -> openTyped());
        JButton open = FormPanel.name(new JButton("Show notes"), "showNotes", "Show the participant's notes");
        open.setMnemonic(KeyEvent.VK_S);
        open.addActionListener(e -> openTyped());
        who.setName("notesParticipant");
        who.setFont(who.getFont().deriveFont(Font.BOLD));
        chooser.add(refLabel);
        chooser.add(reference);
        chooser.add(open);
        chooser.add(who);
        top.add(chooser, BorderLayout.NORTH);

        tabs.setName("caseworkTabs");
        tabs.addTab("Notes", notesTab());
        tabs.setMnemonicAt(0, KeyEvent.VK_N);
        tabs.addTab("Add a note", addTab());
        tabs.setMnemonicAt(1, KeyEvent.VK_L);
        if (context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            tabs.addTab("Appointments", appointments);
            tabs.setMnemonicAt(2, KeyEvent.VK_A);
        }
        JPanel body = new JPanel(new BorderLayout(6, 6));
        body.add(top, BorderLayout.NORTH);
        body.add(tabs, BorderLayout.CENTER);
        content(body);
        enableForms();
    }

    private JComponent notesTab() {
        // Filters in three rows of two so that they fit the client's default 1024 x 700 window (in two rows of three the
        // last of each row was crushed to a sliver).
        JPanel filters = new JPanel(new java.awt.GridBagLayout());
        typeFilter.setPrototypeDisplayValue("Child protection meeting");
        cell(filters, 0, 0, "Type", "filterType", typeFilter, KeyEvent.VK_T);
        cell(filters, 2, 0, "Sensitive", "filterSensitive", sensitiveFilter, 0);
        cell(filters, 0, 1, "From", "filterFrom", from, KeyEvent.VK_F);
        cell(filters, 2, 1, "To", "filterTo", to, 0);
        cell(filters, 0, 2, "Author", "filterAuthor", author, KeyEvent.VK_U);
        cell(filters, 2, 2, "Words", "filterText", search, KeyEvent.VK_W);
        from.setToolTipText("A date such as 23/11/2026 or 2026-11-23");
        to.setToolTipText(from.getToolTipText());
        JButton apply = FormPanel.name(new JButton("Filter"), "applyFilters", "Apply the filters");
        apply.setMnemonic(KeyEvent.VK_I);
        apply.addActionListener(e -> validated(() -> loadNotes(null, null)));
        java.awt.GridBagConstraints b = new java.awt.GridBagConstraints();
        b.gridx = 4;
        b.gridy = 2;
        b.insets = new java.awt.Insets(2, 8, 2, 2);
        b.anchor = java.awt.GridBagConstraints.WEST;
        filters.add(apply, b);
        // A filler takes the spare width, so the filters stay at the left however wide the window is.
        java.awt.GridBagConstraints rest = new java.awt.GridBagConstraints();
        rest.gridx = 5;
        rest.gridy = 0;
        rest.weightx = 1;
        filters.add(new JLabel(), rest);

        sensitiveState.setName("sensitiveState");
        FormPanel.name(accessReason, "sensitiveReason", "Reason to open the sensitive notes");
        FormPanel.name(openSensitive, "openSensitive", "Open the sensitive notes for a limited time");
        openSensitive.setMnemonic(KeyEvent.VK_O);
        openSensitive.addActionListener(e -> openSensitive());
        JLabel reasonLabel = new JLabel("Reason");
        reasonLabel.setLabelFor(accessReason);
        reasonLabel.setDisplayedMnemonic(KeyEvent.VK_R);
        accessPanel.add(reasonLabel);
        accessPanel.add(accessReason);
        accessPanel.add(openSensitive);
        accessPanel.setVisible(false);

        count.setName("noteCount");
        JPanel head = new JPanel();
        head.setLayout(new javax.swing.BoxLayout(head, javax.swing.BoxLayout.Y_AXIS));
        for (JComponent c : new JComponent[] {filters, count, sensitiveState, accessPanel}) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            head.add(c);
        }

        table.setDefaultRenderer(Object.class, new NoteRenderer());
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setPreferredSize(new Dimension(600, 160));

        // The selected note: every version, newest first, beside the correction form.
        history.setName("noteHistory");
        history.getAccessibleContext().setAccessibleName("The selected note and its versions");
        history.setEditable(false);
        history.setLineWrap(true);
        history.setWrapStyleWord(true);
        tabMoves(history);
        JPanel versions = new JPanel(new BorderLayout(4, 4));
        JLabel historyLabel = ReferralDetailPanel.heading("Selected note and its versions");
        historyLabel.setLabelFor(history);
        versions.add(historyLabel, BorderLayout.NORTH);
        versions.add(new JScrollPane(history), BorderLayout.CENTER);
        FormPanel fix = new FormPanel();
        fix.heading("Correct it (a new version)");
        correction.setRows(3);
        correction.setLineWrap(true);
        correction.setWrapStyleWord(true);
        tabMoves(correction);
        fix.field("Corrected text", "correctionText", correction, KeyEvent.VK_C);
        fix.field("Why", "correctionReason", correctionReason, KeyEvent.VK_Y);
        FormPanel.name(correct, "correctNote", "Save the correction as a new version");
        correct.addActionListener(e -> correct());
        fix.wide(ReferralDetailPanel.flow(correct));
        fix.end();
        JPanel selected = new JPanel(new GridLayout(1, 2, 12, 0));
        selected.add(versions);
        selected.add(fix);

        javax.swing.JSplitPane split = new javax.swing.JSplitPane(javax.swing.JSplitPane.VERTICAL_SPLIT, tableScroll, selected);
        split.setName("notesSplit");
        split.setResizeWeight(0.5);
        split.setBorder(BorderFactory.createEmptyBorder());
        JPanel tab = new JPanel(new BorderLayout(6, 6));
        tab.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        tab.add(head, BorderLayout.NORTH);
        tab.add(split, BorderLayout.CENTER);
        return tab;
    }

    private JComponent addTab() {
        FormPanel write = new FormPanel();
        write.heading("Add a note about this participant");
        List<NoteType> writable = writableTypes();
        newType.setModel(new DefaultComboBoxModel<>(writable.toArray(new NoteType[0])));
        newType.setRenderer(new LabelRenderer());
        write.field("Type", "newNoteType", newType, KeyEvent.VK_E);
        newDate.setText(UkDates.date(today()));
        newDate.setToolTipText("When it happened, not in the future: 23/11/2026 or 2026-11-23");
        write.field("Happened on", "newNoteDate", newDate, KeyEvent.VK_H);
        newText.setRows(8);
        newText.setLineWrap(true);
        newText.setWrapStyleWord(true);
        tabMoves(newText);
        write.field("Note", "newNoteText", newText, KeyEvent.VK_X);
        FormPanel.name(newSensitive, "newNoteSensitive", "Sensitive note");
        newSensitive.setMnemonic(KeyEvent.VK_V);
        write.wide(newSensitive);
        FormPanel.name(add, "addNote", "Add the note");
        add.setMnemonic(KeyEvent.VK_D);
        add.addActionListener(e -> validated(this::addNote));
        write.wide(ReferralDetailPanel.flow(add));
        write.end();
        write.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        return write;
    }

    /** A label and its field at column {@code x}, row {@code y} of a grid bag. */
    private static void cell(JPanel panel, int x, int y, String label, String name, JComponent field, int mnemonic) {
        JLabel text = new JLabel(label);
        text.setLabelFor(field);
        if (mnemonic != 0) {
            text.setDisplayedMnemonic(mnemonic);
        }
        FormPanel.name(field, name, label);
        if (field instanceof JComboBox<?> box) {
            box.setRenderer(new LabelRenderer());
        }
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.insets = new java.awt.Insets(2, x == 0 ? 2 : 12, 2, 4);
        c.anchor = java.awt.GridBagConstraints.WEST;
        panel.add(text, c);
        c.gridx = x + 1;
        c.insets = new java.awt.Insets(2, 2, 2, 2);
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
    }

    /** Opens the participant's notes (from the record screen, or typed). */
    void show(long id) {
        picker.showing(ParticipantReferences.of(id));
        participantId = id;
        loadNotes(null, null);
        showAppointments();
    }

    private void openTyped() {
        if (reference.getText().isBlank()) {
            problem("Type part of the person's name, their reference or their date of birth, then choose them.");
        } else {
            picker.open();
        }
    }

    private void loadNotes(Long select, String done) {
        if (participantId == null) {
            problem("Choose the person first: type part of their name, their reference or date of birth.");
            return;
        }
        long id = participantId;
        NoteType type = typeFilter.getSelectedItem() instanceof NoteType t ? t : null;
        LocalDate fromDate = from.date("From date");
        LocalDate toDate = to.date("To date");
        Boolean sensitive = switch (sensitiveFilter.getSelectedIndex()) {
            case 1 -> Boolean.TRUE;
            case 2 -> Boolean.FALSE;
            default -> null;
        };
        String authorText = author.getText();
        String words = search.getText();
        call("Loading notes…", () -> context.api().notes(id, type, fromDate, toDate, authorText, sensitive, words), (CaseNoteList list) -> {
            Long keep = select != null ? select : selectedNoteId();
            who.setText("Notes for " + list.participantName() + " (" + list.participantReference() + ")");
            picker.showing(list.participantName() + " (" + list.participantReference() + ")");
            notes.setRows(list.notes());
            count.setText(list.total() == 0 ? "No notes match." : list.total() + (list.total() == 1 ? " note" : " notes") + ", newest first.");
            if (list.sensitiveAccessUntil() != null) {
                sensitiveState.setText("Sensitive notes open to you until " + UkDates.dateTime(list.sensitiveAccessUntil()) + ".");
            } else if (list.withheld() > 0) {
                sensitiveState.setText(list.withheld() + (list.withheld() == 1 ? " sensitive note is" : " sensitive notes are") + " not shown to you."
                        + (list.mayRequestSensitiveAccess() ? " Give a reason to open them for a limited time:" : ""));
            } else {
                sensitiveState.setText(" ");
            }
            accessPanel.setVisible(list.mayRequestSensitiveAccess() && list.sensitiveAccessUntil() == null);
            select(keep);
            enableForms();
            if (done != null) {
                ok(done);
            }
        });
    }

    private void select(Long noteId) {
        for (int i = 0; i < notes.getRowCount(); i++) {
            if (noteId != null && notes.row(i).id() == noteId) {
                int view = table.convertRowIndexToView(i);
                table.setRowSelectionInterval(view, view);
                return;
            }
        }
        showSelected();
    }

    private Long selectedNoteId() {
        CaseNoteView n = Tables.selected(table, notes);
        return n == null ? null : n.id();
    }

    private void showSelected() {
        CaseNoteView n = Tables.selected(table, notes);
        correction.setText("");
        correctionReason.setText("");
        if (n == null) {
            history.setText("Choose a note to read it, see its versions and correct it.");
            correct.setEnabled(false);
            return;
        }
        if (n.withheld()) {
            history.setText(n.type().label() + ", " + UkDates.date(n.occurredOn()) + ", by " + n.author() + ".\n" + WITHHELD + ".");
            correct.setEnabled(false);
            return;
        }
        correction.setText(n.text());
        correct.setEnabled(true);
        long id = participantId;
        long noteId = n.id();
        if (n.version() == 1) {
            history.setText(versionBlock(n));
            history.setCaretPosition(0);
            return;
        }
        call("Loading the note's versions…", () -> context.api().noteVersions(id, noteId), versions -> {
            StringBuilder text = new StringBuilder();
            for (CaseNoteView v : versions) {
                text.append(text.length() == 0 ? "" : "\n\n").append(versionBlock(v));
            }
            history.setText(text.toString());
            history.setCaretPosition(0);
        });
    }

    private static String versionBlock(CaseNoteView v) {
        String head = "Version " + v.version() + ", " + UkDates.date(v.occurredOn()) + ", written by " + v.author() + " on "
                + UkDates.dateTime(v.writtenAt());
        if (v.correctionReason() != null) {
            head += "\nCorrection: " + v.correctionReason();
        }
        return head + "\n" + (v.withheld() ? WITHHELD : v.text());
    }

    private void addNote() {
        if (participantId == null) {
            problem("Choose the person first: type part of their name, their reference or date of birth.");
            return;
        }
        NoteType type = (NoteType) newType.getSelectedItem();
        LocalDate on = newDate.date("date it happened");
        if (on == null) {
            throw new IllegalArgumentException("Give the date it happened.");
        }
        if (newText.getText().isBlank()) {
            newText.requestFocusInWindow();
            throw new IllegalArgumentException("Write the note before adding it.");
        }
        long id = participantId;
        NewCaseNote note = new NewCaseNote(type, on, newText.getText().trim(), newSensitive.isSelected());
        add.setEnabled(false);
        call("Adding the note…", () -> context.api().addNote(id, note), added -> {
            newText.setText("");
            newSensitive.setSelected(false);
            tabs.setSelectedIndex(0);
            loadNotes(added.id(), "Note added: " + added.type().label().toLowerCase(Locale.UK) + ", " + UkDates.date(added.occurredOn()) + ".");
        }, () -> add.setEnabled(true));
    }

    private void correct() {
        CaseNoteView n = Tables.selected(table, notes);
        if (n == null) {
            problem("Choose the note to correct.");
            return;
        }
        if (correctionReason.getText().isBlank()) {
            problem("Say why the note is corrected: the reason is kept with the new version.");
            correctionReason.requestFocusInWindow();
            return;
        }
        long id = participantId;
        NoteCorrection change = new NoteCorrection(correction.getText().trim(), null, null, correctionReason.getText().trim());
        correct.setEnabled(false);
        call("Saving the correction…", () -> context.api().correctNote(id, n.id(), change),
                saved -> loadNotes(saved.id(), "Correction saved as version " + saved.version() + "; the earlier version is kept."),
                () -> correct.setEnabled(true));
    }

    private void openSensitive() {
        if (accessReason.getText().isBlank()) {
            problem("Give the reason you need to open the sensitive notes. It is kept in the audit trail.");
            accessReason.requestFocusInWindow();
            return;
        }
        long id = participantId;
        String reason = accessReason.getText().trim();
        openSensitive.setEnabled(false);
        call("Opening the sensitive notes…", () -> context.api().openSensitiveNotes(id, reason), granted -> {
            accessReason.setText("");
            loadNotes(null, "Sensitive notes open until " + UkDates.dateTime(granted.expiresAt()) + ". Each one you read is recorded.");
        }, () -> openSensitive.setEnabled(true));
    }

    private void showAppointments() {
        if (participantId != null && context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            appointments.show(participantId);
        }
    }

    private void enableForms() {
        boolean open = participantId != null;
        add.setEnabled(open && newType.getItemCount() > 0);
    }

    /** The types this role writes: the server decides for certain; this only avoids offering what it will refuse. */
    private List<NoteType> writableTypes() {
        List<NoteType> types = new ArrayList<>();
        for (NoteType t : NoteType.values()) {
            if (context.is(Role.FACILITATOR) ? t == NoteType.GROUP_OBSERVATION : true) {
                types.add(t);
            }
        }
        return types;
    }

    private static String versionText(CaseNoteView n) {
        return n.corrected() ? "Corrected (v" + n.version() + ")" : "Original";
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().replace('\n', ' ');
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }

    private static LocalDate today() {
        return LocalDate.now(UkDates.UK);
    }

    private static Object[] choices(Object[] values, String all) {
        Object[] items = new Object[values.length + 1];
        items[0] = all;
        System.arraycopy(values, 0, items, 1, values.length);
        return items;
    }

    /** Tab leaves a text area instead of typing a tab, so the form stays usable from the keyboard. */
    private static void tabMoves(JTextArea area) {
        area.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    }

    /** Shows enums by their British labels. */
    private static final class LabelRenderer extends javax.swing.DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focused) {
            Object shown = value;
            if (value instanceof NoteType t) {
                shown = t.label();
            }
            return super.getListCellRendererComponent(list, shown, index, selected, focused);
        }
    }

    /** Withheld sensitive notes in italics, so that "not shown" is not mistaken for the note's words. */
    private final class NoteRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            CaseNoteView n = notes.row(t.convertRowIndexToModel(row));
            setFont(n.withheld() ? t.getFont().deriveFont(Font.ITALIC) : t.getFont());
            setToolTipText(column == 3 && !n.withheld() ? n.text() : null);
            return this;
        }
    }
}
