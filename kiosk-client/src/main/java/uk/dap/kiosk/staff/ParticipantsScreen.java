package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/** Participant search (name, date of birth, reference), the results (never contact details), and the record. */
class ParticipantsScreen extends StaffScreen {
    private final JTextField name = new JTextField(14);
    private final DateField dateOfBirth = new DateField();
    private final JTextField reference = new JTextField(9);
    private final RowTableModel<ParticipantSummary> results = new RowTableModel<ParticipantSummary>()
            .column("Reference", ParticipantSummary::reference)
            .column("Name", p -> p.firstName() + " " + p.lastName())
            .column("Date of birth", p -> UkDates.date(p.dateOfBirth()));
    private final JTable resultTable = Tables.table("participantResults", "Search results", results, 80, 130, 95);
    private final CardLayout cards = new CardLayout();
    private final JPanel right = new JPanel(cards);
    private final ParticipantRecordPanel record;
    private final NewParticipantForm form;
    private boolean keyWorkersLoaded;

    ParticipantsScreen(StaffContext context) {
        super(context, "participantsScreen", "Participants");
        // Two rows, not one flowing row: at 1024 pixels the row ran off the right-hand edge, taking Search and New
        // participant with it. The name field takes the spare width.
        JPanel search = new JPanel(new java.awt.GridBagLayout());
        addSearchField(search, 0, "Name", "searchName", name, KeyEvent.VK_N);
        addSearchField(search, 0, "Date of birth", "searchDateOfBirth", dateOfBirth, KeyEvent.VK_D);
        addSearchField(search, 1, "Reference", "searchReference", reference, KeyEvent.VK_E);
        JButton find = FormPanel.name(new JButton("Search"), "searchParticipants", "Search participants");
        find.setMnemonic(KeyEvent.VK_S);
        find.addActionListener(e -> search());
        name.addActionListener(e -> search());
        dateOfBirth.addActionListener(e -> search());
        reference.addActionListener(e -> search());
        java.awt.GridBagConstraints button = new java.awt.GridBagConstraints();
        button.gridy = 1;
        button.anchor = java.awt.GridBagConstraints.WEST;
        button.insets = new java.awt.Insets(2, 6, 2, 0);
        search.add(find, button);
        if (context.is(Role.REFERRER, Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            JButton create = FormPanel.name(new JButton("New participant"), "newParticipant", "New participant");
            create.setMnemonic(KeyEvent.VK_W);
            create.addActionListener(e -> startNew());
            search.add(create, button);
        }

        record = new ParticipantRecordPanel(context);
        record.addChild.addActionListener(e -> addChild());
        record.changeStatus.addActionListener(e -> changeChildStatus());
        record.addLink.addActionListener(e -> addLink());
        record.correctLink.addActionListener(e -> correctLink());
        record.endLink.addActionListener(e -> endLink());
        record.assignKeyWorker.addActionListener(e -> assignKeyWorker());
        form = new NewParticipantForm(this::save, () -> cards.show(right, "record"));
        JLabel empty = new JLabel("Search, then choose a person to open their record.", SwingConstants.CENTER);
        empty.setName("participantHint");
        right.add(empty, "empty");
        right.add(ScrollablePanel.vertical(record), "record");
        right.add(ScrollablePanel.vertical(form), "new");
        cards.show(right, "empty");

        resultTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                ParticipantSummary chosen = Tables.selected(resultTable, results);
                if (chosen != null) {
                    open(chosen.id());
                }
            }
        });
        JPanel left = new JPanel(new BorderLayout(4, 4));
        JLabel resultsLabel = new JLabel("Results");
        resultsLabel.setLabelFor(resultTable);
        left.add(resultsLabel, BorderLayout.NORTH);
        left.add(new JScrollPane(resultTable), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setDividerLocation(300);
        split.setResizeWeight(0.25);

        JPanel body = new JPanel(new BorderLayout(6, 6));
        body.add(search, BorderLayout.NORTH);
        body.add(split, BorderLayout.CENTER);
        content(body);
    }

    private static void addSearchField(JPanel panel, int row, String label, String fieldName, JTextField field, int mnemonic) {
        JLabel text = new JLabel(label);
        text.setDisplayedMnemonic(mnemonic);
        text.setLabelFor(field);
        FormPanel.name(field, fieldName, "Search by " + label.toLowerCase());
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.gridy = row;
        c.anchor = java.awt.GridBagConstraints.WEST;
        c.insets = new java.awt.Insets(2, 6, 2, 2);
        panel.add(text, c);
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        c.weightx = fieldName.equals("searchName") ? 1 : 0;
        // Never crushed to a sliver: the name field gives up its spare width first.
        field.setMinimumSize(new java.awt.Dimension(fieldName.equals("searchName") ? 100 : field.getPreferredSize().width,
                field.getPreferredSize().height));
        panel.add(field, c);
    }

    private void search() {
        validated(() -> {
            java.time.LocalDate dob = dateOfBirth.date("date of birth");
            if (name.getText().isBlank() && dob == null && reference.getText().isBlank()) {
                throw new IllegalArgumentException("Enter a name, a date of birth or a reference to search.");
            }
            call("Searching…", () -> context.api().searchParticipants(name.getText(), dob, reference.getText()), found -> {
                results.setRows(found);
                if (found.isEmpty()) {
                    problem("Nobody you may see matches that search.");
                } else {
                    ok(found.size() == 1 ? "1 person found." : found.size() + " people found.");
                }
            });
        });
    }

    /** Opens a record by id, from this screen or another. */
    void open(long participantId) {
        call("Opening the record…", () -> context.api().participant(participantId), this::showRecord);
    }

    private void showRecord(ParticipantView view) {
        record.show(view);
        cards.show(right, "record");
        ScrollablePanel.toTop(record);
        if (context.is(Role.PROGRAMME_LEAD) && record.newKeyWorker.getItemCount() == 0) {
            call("Loading the key workers…", () -> context.api().staff("KEY_WORKER"),
                    workers -> workers.forEach(w -> record.newKeyWorker.addItem(new Choice<>(w, w.displayName()))));
        }
    }

    /** Names the person and the key worker before the change: the key worker then sees their record, notes and alerts. */
    @SuppressWarnings("unchecked")
    private void assignKeyWorker() {
        ParticipantView p = record.shown();
        Choice<StaffRef> worker = (Choice<StaffRef>) record.newKeyWorker.getSelectedItem();
        if (p == null || worker == null) {
            problem("Choose the key worker first.");
            return;
        }
        String person = p.firstName() + " " + p.lastName() + " (" + p.reference() + ")";
        String[] options = {"Assign them", "Keep it as it is"};
        int answer = javax.swing.JOptionPane.showOptionDialog(this, "<html>Make <b>" + uk.dap.kiosk.ui.Html.escape(worker.label())
                        + "</b> the key worker of <b>" + uk.dap.kiosk.ui.Html.escape(person) + "</b>?<br>"
                        + (p.keyWorker() == null ? "" : uk.dap.kiosk.ui.Html.escape(p.keyWorker().displayName()) + " stops being their key worker.<br>")
                        + "Their key worker sees their record, case notes and alerts.</html>", "Key worker for " + person + "?",
                javax.swing.JOptionPane.YES_NO_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        call("Assigning the key worker…", () -> context.api().assignKeyWorker(p.id(), worker.value().id()),
                view -> reload(p.id(), worker.label() + " is now the key worker of " + person + "."));
    }

    /** Reads the record again after a change, keeping the place on the page, and says what changed. */
    private void reload(long participantId, String message) {
        call("Refreshing the record…", () -> context.api().participant(participantId), view -> {
            record.show(view);
            ok(message);
        });
    }

    private void addChild() {
        ParticipantView p = record.shown();
        validated(() -> {
            uk.dap.shared.api.participant.NewChild child = record.readChild();
            call("Adding the child…", () -> context.api().addChild(p.id(), child), added -> {
                record.clearForms();
                reload(p.id(), added.firstName() + " added to " + p.firstName() + "'s record.");
            });
        });
    }

    private void changeChildStatus() {
        ParticipantView p = record.shown();
        uk.dap.shared.api.participant.ChildView child = record.selectedChild();
        if (child == null) {
            problem("Choose the child in the table first.");
            return;
        }
        uk.dap.shared.api.participant.SocialCareStatus status = record.readNewStatus();
        call("Changing the child's status…", () -> context.api().changeChildStatus(p.id(), child.id(),
                new uk.dap.shared.api.participant.ChildStatusChange(status, null)),
                changed -> reload(p.id(), changed.firstName() + "'s status is now " + status.label().toLowerCase(java.util.Locale.UK) + "."));
    }

    private void addLink() {
        ParticipantView p = record.shown();
        validated(() -> {
            uk.dap.shared.api.participant.NewLink link = record.readLink();
            call("Linking…", () -> context.api().addLink(p.id(), link), added -> {
                record.clearForms();
                reload(p.id(), "Link added: " + added.relationship().label().toLowerCase(java.util.Locale.UK) + ".");
            });
        });
    }

    private void correctLink() {
        ParticipantView p = record.shown();
        uk.dap.shared.api.participant.LinkView chosen = record.selectedLink();
        if (p == null || chosen == null) {
            problem("Choose the link to correct in the table of linked parties.");
            return;
        }
        validated(() -> {
            uk.dap.shared.api.participant.LinkCorrection correction = record.readCorrection();
            call("Correcting the link…", () -> context.api().correctLink(p.id(), chosen.id(), correction), corrected -> {
                record.clearForms();
                reload(p.id(), "Link corrected: " + corrected.thisRole().label().toLowerCase(java.util.Locale.UK) + " and "
                        + corrected.otherRole().label().toLowerCase(java.util.Locale.UK) + ".");
            });
        });
    }

    private void endLink() {
        ParticipantView p = record.shown();
        uk.dap.shared.api.participant.LinkView chosen = record.selectedLink();
        if (p == null || chosen == null) {
            problem("Choose the link to end in the table of linked parties.");
            return;
        }
        validated(() -> {
            String reason = record.reason();
            call("Ending the link…", () -> {
                context.api().endLink(p.id(), chosen.id(), new uk.dap.shared.api.participant.LinkEnding(reason));
                return chosen;
            }, ended -> {
                record.clearForms();
                reload(p.id(), "Link ended. It stays on record with your reason.");
            });
        });
    }

    private void startNew() {
        form.clear();
        cards.show(right, "new");
        form.requestFocusInWindow();
        if (!keyWorkersLoaded && context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            call("Loading key workers…", () -> context.api().staff("KEY_WORKER"), (List<StaffRef> workers) -> {
                keyWorkersLoaded = true;
                form.keyWorkers(workers);
            });
        } else if (!context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            form.keyWorker.setEnabled(false);
        }
    }

    private void save() {
        save(false);
    }

    /**
     * Saves the new record. A record that may be someone already known is refused by the server until the worker
     * says it is someone else: the server's words (which name only records this worker may see) are shown in a
     * question, and "It is a different person" saves it again, confirmed.
     */
    private void save(boolean confirmedDifferentPerson) {
        validated(() -> {
            NewParticipant request = form.read(confirmedDifferentPerson);
            form.save.setEnabled(false);
            call("Saving the participant…", () -> saved(request), saved -> {
                if (saved.possibleDuplicate() != null) {
                    askWhetherSomeoneElse(saved.possibleDuplicate());
                    return;
                }
                ParticipantView created = saved.created();
                List<ParticipantSummary> rows = new ArrayList<>(results.rows());
                rows.add(0, new ParticipantSummary(created.id(), created.reference(), created.firstName(),
                        created.lastName(), created.dateOfBirth(), created.gender()));
                results.setRows(rows);
                showRecord(created);
                ok(created.firstName() + " " + created.lastName() + " saved as " + created.reference() + ".");
            }, () -> form.save.setEnabled(true));
        });
    }

    /** The new record, or the server's reason to think it may be someone already known. */
    private record Saved(ParticipantView created, String possibleDuplicate) {
    }

    private Saved saved(NewParticipant request) {
        try {
            return new Saved(context.api().createParticipant(request), null);
        } catch (ApiException e) {
            if (e.problem() != null && ProblemType.POSSIBLE_DUPLICATE.uri().equals(e.problem().type())) {
                return new Saved(null, e.problem().detail());
            }
            throw e;
        }
    }

    private void askWhetherSomeoneElse(String why) {
        String[] options = {"It is a different person: save", "Go back and search"};
        JOptionPane pane = new JOptionPane("<html><body style='width: 360px'>" + ParticipantRecordPanel.escape(why) + "</body></html>",
                JOptionPane.WARNING_MESSAGE, JOptionPane.YES_NO_OPTION, null, options, options[1]);
        javax.swing.JDialog dialog = pane.createDialog(this, "This person may have a record already");
        dialog.setName("possibleDuplicate");
        dialog.setVisible(true);
        dialog.dispose();
        if (options[0].equals(pane.getValue())) {
            save(true);
        } else {
            problem("Not saved. Search by name and date of birth first; a record you cannot see is not shown to you.");
        }
    }

    @Override
    void shown() {
        name.requestFocusInWindow();
    }
}
