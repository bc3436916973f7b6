package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
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
import uk.dap.shared.api.dataprotection.ErasureRequestView;
import uk.dap.shared.api.dataprotection.HoldGrounds;
import uk.dap.shared.api.dataprotection.LegalHoldView;
import uk.dap.shared.api.dataprotection.NewErasureRequest;
import uk.dap.shared.api.dataprotection.NewLegalHold;
import uk.dap.shared.api.dataprotection.NewSubjectAccessRequest;
import uk.dap.shared.api.dataprotection.RetentionChange;
import uk.dap.shared.api.dataprotection.RetentionDue;
import uk.dap.shared.api.dataprotection.RetentionOutlook;
import uk.dap.shared.api.dataprotection.RetentionRuleView;
import uk.dap.shared.api.dataprotection.RetentionRunView;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView;
import uk.dap.shared.api.dataprotection.SubjectAccessRequestView;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.ParticipantReferences;
import uk.dap.shared.text.UkDates;

/**
 * Data-protection duties (issue 22, docs/data-protection.md), a tab each: the retention schedule, what falls due in the
 * next 30 days and the last run (administrators); erasure requests (asked by one worker, decided by another); legal
 * holds; subject access requests with their deadlines, and a lead's review of a pack item by item before release. The
 * person a step is about is chosen at the top: by name for those who see case records, by reference (P-000123) for
 * an administrator, who sees none. Every step that cannot be undone asks first, naming the person.
 */
class DataProtectionScreen extends StaffScreen {
    private final JTabbedPane tabs = new JTabbedPane();
    private final JTextField person = new JTextField(26);
    private final JLabel chosenLabel = new JLabel(" ");
    private ParticipantSummary chosen;
    private PersonPicker picker;

    private final RowTableModel<RetentionDue> outlook = new RowTableModel<RetentionDue>()
            .column("Kind of record", RetentionDue::label)
            .column("Due at the next run", RetentionDue::dueNow)
            .column("Due within 30 days", RetentionDue::dueWithinWindow)
            .column("Kept by a legal hold", RetentionDue::heldBack);
    private final JTable outlookTable = Tables.table("retentionOutlook", "What falls due", outlook, 260, 150, 150, 150);
    private final JLabel outlookHeading = ReferralDetailPanel.heading("What falls due");
    private final JLabel lastRun = new JLabel(" ");
    private final RowTableModel<RetentionRuleView> schedule = new RowTableModel<RetentionRuleView>()
            .column("Kind of record", RetentionRuleView::label)
            .column("Kept for", r -> months(r.periodMonths()))
            .column("Counted from", RetentionRuleView::startsFromLabel)
            .column("What is removed", RetentionRuleView::removes)
            .column("Changed by", r -> r.changedBy() == null ? "The service's default" : r.changedBy() + ", " + UkDates.dateTime(r.changedAt()));
    private final JTable scheduleTable = Tables.table("retentionSchedule", "Retention schedule", schedule, 200, 90, 200, 380, 160);
    private final JTextField months = new JTextField(5);
    private final JTextField retentionReason = new JTextField(30);

    private final RowTableModel<ErasureRequestView> erasures = new RowTableModel<ErasureRequestView>()
            .column("Person", ErasureRequestView::reference)
            .column("Where it stands", DataProtectionScreen::erasureState)
            .column("Reason", ErasureRequestView::reason)
            .column("Asked by", e -> e.requestedBy() + ", " + UkDates.dateTime(e.requestedAt()));
    private final JTable erasureTable = Tables.table("erasureRequests", "Erasure requests", erasures, 100, 200, 360, 220);
    private final JTextField erasureReason = new JTextField(36);

    private final RowTableModel<LegalHoldView> holds = new RowTableModel<LegalHoldView>()
            .column("Person", LegalHoldView::reference)
            .column("Grounds", LegalHoldView::groundsLabel)
            .column("Reason", LegalHoldView::reason)
            .column("Placed by", h -> h.placedBy() + ", " + UkDates.dateTime(h.placedAt()));
    private final JTable holdTable = Tables.table("legalHolds", "Legal holds that stand", holds, 100, 240, 300, 220);
    private final JComboBox<Choice<HoldGrounds>> grounds = new JComboBox<>();
    private final JTextField holdReason = new JTextField(36);

    private final RowTableModel<SubjectAccessRequestView> requests = new RowTableModel<SubjectAccessRequestView>()
            .column("Person", SubjectAccessRequestView::reference)
            .column("Received", r -> UkDates.date(r.receivedOn()))
            .column("Due", r -> UkDates.date(r.extendedTo() == null ? r.dueOn() : r.extendedTo()) + (r.extendedTo() == null ? "" : " (extended)"))
            .column("Where it stands", DataProtectionScreen::accessState)
            .column("Withheld", SubjectAccessRequestView::withheld);
    private final JTable requestTable = Tables.table("accessRequests", "Subject access requests", requests, 100, 110, 160, 300, 80);
    private final DateField received = new DateField();
    private final JTextField identity = new JTextField(30);
    private final JTextField extensionReason = new JTextField(30);
    private final RowTableModel<SubjectAccessItemView> items = new RowTableModel<SubjectAccessItemView>()
            .column("Section", SubjectAccessItemView::section)
            .column("Item", SubjectAccessItemView::title)
            .column("Date", i -> i.date() == null ? "" : UkDates.date(i.date()))
            .column("In the pack", i -> i.withheld() ? "Withheld: " + i.exemption() : "Yes");
    private final JTable itemTable = Tables.table("accessItems", "The pack's items", items, 200, 220, 100, 240);
    private final JTextArea itemText = new JTextArea(6, 28);
    private final JTextField exemption = new JTextField(30);
    private final JLabel reviewing = new JLabel(" ");
    private final JButton withhold = new JButton("Withhold this item");
    private final JButton include = new JButton("Put it back");
    private final JButton release = new JButton("Release the pack…");
    private final JButton save = new JButton("Save the pack…");
    private SubjectAccessRequestView underReview;

    DataProtectionScreen(StaffContext context) {
        super(context, "dataProtectionScreen", "Data protection");
        tabs.setName("dpTabs");
        if (context.is(Role.ADMIN)) {
            tabs.addTab("Retention", retentionTab());
        }
        tabs.addTab("Erasure requests", erasureTab());
        if (context.is(Role.ADMIN, Role.PROGRAMME_LEAD)) {
            tabs.addTab("Legal holds", holdTab());
            tabs.addTab("Subject access requests", accessTab());
        }
        tabs.addChangeListener(e -> load());
        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(personRow(), BorderLayout.NORTH);
        body.add(tabs, BorderLayout.CENTER);
        content(body);
    }

    @Override
    void shown() {
        if (!busy()) {
            load();
        }
    }

    private JComponent personRow() {
        FormPanel form = new FormPanel();
        boolean seesRecords = context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD);
        form.field(seesRecords ? "Person (name, P-000123 or date of birth)" : "Person (their reference, P-000123)", "dpPerson", person, KeyEvent.VK_P);
        if (seesRecords) {
            picker = new PersonPicker(context, person, "dpPeople", p -> {
                chosen = p;
                String shown = p.firstName() == null ? p.reference() : p.firstName() + " " + p.lastName();
                picker.showing(shown);
                chosenLabel.setText("Chosen: " + (p.firstName() == null ? p.reference() : PersonPicker.label(p)));
            });
            person.addActionListener(e -> picker.open());
        } else {
            person.putClientProperty("JTextField.placeholderText", "P-000123");
        }
        chosenLabel.setName("dpChosen");
        form.wide(chosenLabel);
        return form;
    }

    // --- Retention (administrators)

    private JComponent retentionTab() {
        JButton run = FormPanel.name(new JButton("Run the schedule now…"), "retentionRun", "Run the retention schedule now");
        run.setMnemonic(KeyEvent.VK_U);
        run.addActionListener(e -> runNow());
        JButton refresh = FormPanel.name(new JButton("Refresh"), "retentionRefresh", "Refresh what falls due");
        refresh.setMnemonic(KeyEvent.VK_R);
        refresh.addActionListener(e -> loadRetention(null));
        lastRun.setName("retentionLastRun");
        JPanel due = new JPanel(new BorderLayout(4, 4));
        outlookHeading.setLabelFor(outlookTable);
        due.add(outlookHeading, BorderLayout.NORTH);
        due.add(Tables.scroll(outlookTable, 9), BorderLayout.CENTER);
        JPanel dueFoot = new JPanel(new BorderLayout(4, 4));
        dueFoot.add(lastRun, BorderLayout.NORTH);
        dueFoot.add(ReferralDetailPanel.flow(run, refresh), BorderLayout.CENTER);
        due.add(dueFoot, BorderLayout.SOUTH);

        JPanel rules = new JPanel(new BorderLayout(4, 4));
        JLabel rulesHeading = ReferralDetailPanel.heading("The retention schedule");
        rulesHeading.setLabelFor(scheduleTable);
        rules.add(rulesHeading, BorderLayout.NORTH);
        rules.add(Tables.scroll(scheduleTable, 9), BorderLayout.CENTER);
        FormPanel change = new FormPanel();
        change.field("Keep the chosen kind for (months)", "retentionMonths", months, KeyEvent.VK_M);
        change.field("Why (the policy it follows)", "retentionReason", retentionReason, KeyEvent.VK_W);
        JButton apply = FormPanel.name(new JButton("Change the period…"), "retentionChange", "Change the chosen kind's period");
        apply.setMnemonic(KeyEvent.VK_C);
        apply.addActionListener(e -> changePeriod());
        change.wide(ReferralDetailPanel.flow(apply));
        rules.add(change, BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, due, rules);
        split.setResizeWeight(0.45);
        return split;
    }

    private void loadRetention(String done) {
        call("Loading the retention schedule…", () -> new Object[] {context.api().retentionOutlook(30), context.api().retentionSchedule()},
                (Object[] answer) -> {
                    RetentionOutlook o = (RetentionOutlook) answer[0];
                    @SuppressWarnings("unchecked") List<RetentionRuleView> rules = (List<RetentionRuleView>) answer[1];
                    outlook.setRows(o.kinds());
                    outlookHeading.setText("What falls due: at the next run, and by " + UkDates.date(o.until()) + " (the next 30 days)");
                    // Wrapped: with larger text the run's summary is longer than the window is wide.
                    lastRun.setText("<html><div style='width:600px'>" + escape(lastRunText(o.lastRun())) + "</div></html>");
                    schedule.setRows(rules);
                    said(done);
                });
    }

    /** What was just done, shown once the list it changed has loaded again (a message shown before would be replaced). */
    private void said(String done) {
        if (done != null) {
            ok(done);
        }
    }

    static String lastRunText(RetentionRunView run) {
        if (run == null) {
            return "The schedule has not run yet.";
        }
        String done = run.counts().stream().filter(c -> c.subjects() > 0)
                .map(c -> c.label() + " " + c.subjects()).collect(Collectors.joining(", "));
        return "Last run: " + UkDates.dateTime(run.finishedAt()) + (run.trigger().equals("NIGHTLY") ? " (nightly)" : " (on request)") + ": "
                + (done.isEmpty() ? "nothing was due" : "anonymised " + done) + (run.heldBack() > 0 ? "; " + run.heldBack()
                + (run.heldBack() == 1 ? " person" : " people") + " kept by a legal hold." : ".");
    }

    private void runNow() {
        long due = outlook.rows().stream().mapToLong(RetentionDue::dueNow).sum();
        if (!confirm("<html>Run the retention schedule now?<br>Everything past its date is anonymised at once (" + due
                + " due now). This cannot be undone.</html>", "Run the schedule?", "Run it now", "Not now")) {
            return;
        }
        call("Running the retention schedule…", () -> context.api().runRetention(), run -> loadRetention(lastRunText(run)));
    }

    private void changePeriod() {
        RetentionRuleView rule = Tables.selected(scheduleTable, schedule);
        if (rule == null) {
            problem("Choose the kind of record in the schedule first.");
            return;
        }
        int wanted;
        try {
            wanted = Integer.parseInt(months.getText().trim());
        } catch (NumberFormatException e) {
            problem("Give the period in whole months, e.g. 72 for six years.");
            return;
        }
        if (!confirm("<html>Keep <b>" + escape(rule.label()) + "</b> for " + escape(months(wanted)) + " after " + escape(rule.startsFromLabel())
                + " (now " + escape(months(rule.periodMonths())) + ")?<br>The next run applies it.</html>", "Change the period?", "Change it", "Keep it")) {
            return;
        }
        RetentionChange change = new RetentionChange(wanted, retentionReason.getText().trim());
        call("Changing the period…", () -> context.api().changeRetention(rule.kind(), change), changed -> {
            retentionReason.setText("");
            loadRetention(changed.label() + " are now kept for " + months(changed.periodMonths()) + " after " + changed.startsFromLabel() + ".");
        });
    }

    static String months(int months) {
        if (months == 0) {
            return "0 months";
        }
        if (months % 12 == 0) {
            return months / 12 + (months == 12 ? " year" : " years");
        }
        return months + (months == 1 ? " month" : " months");
    }

    // --- Erasure requests

    private JComponent erasureTab() {
        JPanel tab = new JPanel(new BorderLayout(4, 4));
        tab.add(Tables.scroll(erasureTable, 8), BorderLayout.CENTER);
        FormPanel form = new FormPanel();
        form.field("Reason", "erasureReason", erasureReason, KeyEvent.VK_E);
        JButton ask = FormPanel.name(new JButton("Ask to erase the person chosen…"), "erasureAsk", "Ask to erase the chosen person's records");
        JButton approve = FormPanel.name(new JButton("Approve and erase…"), "erasureApprove", "Approve the chosen request: erase at once");
        JButton refuse = FormPanel.name(new JButton("Refuse…"), "erasureRefuse", "Refuse the chosen request");
        ask.addActionListener(e -> askErasure());
        approve.addActionListener(e -> decideErasure(true));
        refuse.addActionListener(e -> decideErasure(false));
        ask.setVisible(context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD));
        approve.setVisible(context.is(Role.ADMIN, Role.PROGRAMME_LEAD));
        refuse.setVisible(context.is(Role.ADMIN, Role.PROGRAMME_LEAD));
        form.wide(ReferralDetailPanel.flow(ask, approve, refuse));
        form.wide(new JLabel("<html>One worker asks; another (a programme lead or an administrator) approves. Approval erases at once:"
                + " names, contact details and every word written about the person go; the figures stay.</html>"));
        tab.add(form, BorderLayout.SOUTH);
        return tab;
    }

    private void askErasure() {
        OptionalLong id = personId();
        if (id.isEmpty()) {
            return;
        }
        NewErasureRequest request = new NewErasureRequest(id.getAsLong(), erasureReason.getText().trim());
        call("Asking for the erasure…", () -> context.api().requestErasure(request), asked -> {
            erasureReason.setText("");
            loadErasures("Asked to erase " + asked.reference() + ": another worker must approve it.");
        });
    }

    private void decideErasure(boolean approve) {
        ErasureRequestView request = Tables.selected(erasureTable, erasures);
        if (request == null) {
            problem("Choose the request in the table first.");
            return;
        }
        String question = approve
                ? "<html>Erase the records of <b>" + escape(request.reference()) + "</b> now?<br>Their name, date of birth (its year stays), contact"
                        + " details, notes, answers and every word written about them are removed for good, and their children's too."
                        + "<br>This cannot be undone.</html>"
                : "<html>Refuse the request to erase <b>" + escape(request.reference()) + "</b>?</html>";
        if (!confirm(question, approve ? "Erase " + request.reference() + "?" : "Refuse?", approve ? "Erase now" : "Refuse it", "Not now")) {
            return;
        }
        String reason = erasureReason.getText().trim();
        call(approve ? "Erasing…" : "Refusing…", () -> context.api().decideErasure(request.id(), approve, reason), decided -> {
            erasureReason.setText("");
            loadErasures(approve ? "The records of " + decided.reference() + " are erased." : "The request to erase " + decided.reference() + " is refused.");
        });
    }

    private void loadErasures(String done) {
        call("Loading the erasure requests…", () -> context.api().erasureRequests(), rows -> {
            erasures.setRows(rows);
            said(done);
        });
    }

    static String erasureState(ErasureRequestView e) {
        return switch (e.status()) {
            case "PENDING" -> "Waiting for approval";
            case "ERASED" -> "Erased by " + e.decidedBy() + ", " + UkDates.dateTime(e.decidedAt());
            case "REFUSED" -> "Refused by " + e.decidedBy() + ": " + e.decisionReason();
            default -> e.status();
        };
    }

    // --- Legal holds

    private JComponent holdTab() {
        JPanel tab = new JPanel(new BorderLayout(4, 4));
        tab.add(Tables.scroll(holdTable, 8), BorderLayout.CENTER);
        for (HoldGrounds g : HoldGrounds.values()) {
            grounds.addItem(new Choice<>(g, g.label()));
        }
        FormPanel form = new FormPanel();
        form.field("Grounds", "holdGrounds", grounds, KeyEvent.VK_G);
        form.field("Reason (a case number, a review's name)", "holdReason", holdReason, KeyEvent.VK_A);
        JButton place = FormPanel.name(new JButton("Place a hold on the person chosen"), "holdPlace", "Place a legal hold on the chosen person");
        JButton lift = FormPanel.name(new JButton("Lift the chosen hold…"), "holdLift", "Lift the chosen legal hold");
        place.addActionListener(e -> placeHold());
        lift.addActionListener(e -> liftHold());
        form.wide(ReferralDetailPanel.flow(place, lift));
        form.wide(new JLabel("<html>While a hold stands, nothing of the person's records (or their children's) is anonymised or erased.</html>"));
        tab.add(form, BorderLayout.SOUTH);
        return tab;
    }

    @SuppressWarnings("unchecked")
    private void placeHold() {
        OptionalLong id = personId();
        if (id.isEmpty()) {
            return;
        }
        NewLegalHold hold = new NewLegalHold(((Choice<HoldGrounds>) grounds.getSelectedItem()).value(), holdReason.getText().trim());
        call("Placing the hold…", () -> context.api().placeLegalHold(id.getAsLong(), hold), placed -> {
            holdReason.setText("");
            loadHolds("A legal hold stands on " + placed.reference() + " (" + placed.groundsLabel() + ").");
        });
    }

    private void liftHold() {
        LegalHoldView hold = Tables.selected(holdTable, holds);
        if (hold == null) {
            problem("Choose the hold in the table first.");
            return;
        }
        if (!confirm("<html>Lift the legal hold on <b>" + escape(hold.reference()) + "</b> (" + escape(hold.groundsLabel()) + ")?<br>"
                + "Their records then follow the retention schedule again. Give the reason in the Reason field.</html>", "Lift the hold?", "Lift it", "Keep it")) {
            return;
        }
        String reason = holdReason.getText().trim();
        call("Lifting the hold…", () -> context.api().liftLegalHold(hold.id(), reason), lifted -> {
            holdReason.setText("");
            loadHolds("The legal hold on " + lifted.reference() + " is lifted.");
        });
    }

    private void loadHolds(String done) {
        call("Loading the legal holds…", () -> context.api().legalHolds(), rows -> {
            holds.setRows(rows);
            said(done);
        });
    }

    // --- Subject access requests

    private JComponent accessTab() {
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(Tables.scroll(requestTable, 5), BorderLayout.CENTER);
        FormPanel form = new FormPanel();
        form.field("Received on", "accessReceived", received, KeyEvent.VK_V);
        received.setDate(java.time.LocalDate.now(UkDates.UK));
        form.field("How their identity was checked", "accessIdentity", identity, KeyEvent.VK_I);
        form.field("Why it needs longer (to extend)", "accessExtensionReason", extensionReason, KeyEvent.VK_X);
        JButton log = FormPanel.name(new JButton("Log a request for the person chosen"), "accessLog", "Log a subject access request");
        JButton extend = FormPanel.name(new JButton("Extend by two months…"), "accessExtend", "Extend the chosen request");
        JButton review = FormPanel.name(new JButton("Review the pack"), "accessReview", "Review the chosen request's pack");
        log.addActionListener(e -> logRequest());
        extend.addActionListener(e -> extendRequest());
        review.addActionListener(e -> review());
        review.setVisible(context.is(Role.PROGRAMME_LEAD));
        form.wide(ReferralDetailPanel.flow(log, extend, review));
        top.add(form, BorderLayout.SOUTH);
        if (!context.is(Role.PROGRAMME_LEAD)) {
            return top;
        }
        JPanel pack = new JPanel(new BorderLayout(4, 4));
        reviewing.setName("accessReviewing");
        reviewing.setFont(reviewing.getFont().deriveFont(Font.BOLD));
        pack.add(reviewing, BorderLayout.NORTH);
        itemText.setName("accessItemText");
        itemText.setEditable(false);
        itemText.setLineWrap(true);
        itemText.setWrapStyleWord(true);
        itemText.getAccessibleContext().setAccessibleName("The chosen item as the pack prints it");
        JSplitPane itemsAndText = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, Tables.scroll(itemTable, 5), new JScrollPane(itemText));
        itemsAndText.setResizeWeight(0.7);
        pack.add(itemsAndText, BorderLayout.CENTER);
        FormPanel decide = new FormPanel();
        decide.field("Exemption relied on (to withhold)", "accessExemption", exemption, KeyEvent.VK_J);
        FormPanel.name(withhold, "accessWithhold", "Withhold the chosen item");
        FormPanel.name(include, "accessInclude", "Put the chosen item back in the pack");
        FormPanel.name(release, "accessRelease", "Release the pack");
        FormPanel.name(save, "accessSave", "Save the released pack");
        withhold.addActionListener(e -> withhold());
        include.addActionListener(e -> include());
        release.addActionListener(e -> release());
        save.addActionListener(e -> savePack());
        decide.wide(ReferralDetailPanel.flow(withhold, include, release, save));
        pack.add(decide, BorderLayout.SOUTH);
        itemTable.getSelectionModel().addListSelectionListener(e -> showItem());
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, pack);
        split.setResizeWeight(0.45);
        enableReview();
        return split;
    }

    private void logRequest() {
        OptionalLong id = personId();
        if (id.isEmpty()) {
            return;
        }
        validated(() -> {
            NewSubjectAccessRequest request = new NewSubjectAccessRequest(id.getAsLong(), received.date("the day it was received"),
                    identity.getText().trim());
            call("Logging the request…", () -> context.api().logSubjectAccess(request), logged -> {
                identity.setText("");
                loadRequests("Logged: the request of " + logged.reference() + " is due by " + UkDates.date(logged.dueOn()) + ".");
            });
        });
    }

    private void extendRequest() {
        SubjectAccessRequestView request = Tables.selected(requestTable, requests);
        if (request == null) {
            problem("Choose the request in the table first.");
            return;
        }
        String reason = extensionReason.getText().trim();
        call("Extending…", () -> context.api().extendSubjectAccess(request.id(), reason), extended -> {
            extensionReason.setText("");
            loadRequests("The request of " + extended.reference() + " is now due by " + UkDates.date(extended.extendedTo())
                    + ". Tell them within the first month, and why.");
        });
    }

    private void review() {
        SubjectAccessRequestView request = Tables.selected(requestTable, requests);
        if (request == null) {
            problem("Choose the request in the table first.");
            return;
        }
        underReview = request;
        loadItems("Reviewing the pack of " + request.reference() + "…", null);
    }

    private void loadItems(String doing, String done) {
        SubjectAccessRequestView request = underReview;
        call(doing, () -> context.api().subjectAccessItems(request.id()), list -> {
            items.setRows(list);
            long withheld = list.stream().filter(SubjectAccessItemView::withheld).count();
            reviewing.setText("The pack of " + request.reference() + ": " + list.size() + " items, " + withheld + " withheld"
                    + (request.status().equals("RELEASED") ? "; released" : "; read each before release"));
            itemText.setText("");
            enableReview();
            said(done);
        });
    }

    private void showItem() {
        SubjectAccessItemView item = Tables.selected(itemTable, items);
        if (item == null) {
            itemText.setText("");
        } else {
            StringBuilder text = new StringBuilder(item.title()).append(item.date() == null ? "" : ", " + UkDates.date(item.date())).append('\n');
            item.fields().forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
            if (item.withheld()) {
                text.append("\nWithheld: ").append(item.exemption());
            }
            itemText.setText(text.toString());
            itemText.setCaretPosition(0);
        }
        enableReview();
    }

    private void enableReview() {
        boolean open = underReview != null && underReview.status().equals("OPEN");
        SubjectAccessItemView item = Tables.selected(itemTable, items);
        withhold.setEnabled(open && item != null && !item.withheld());
        include.setEnabled(open && item != null && item.withheld());
        release.setEnabled(open);
        save.setEnabled(underReview != null && underReview.status().equals("RELEASED"));
    }

    private void withhold() {
        SubjectAccessItemView item = Tables.selected(itemTable, items);
        if (item == null || underReview == null) {
            return;
        }
        String why = exemption.getText().trim();
        long id = underReview.id();
        call("Withholding…", () -> {
            context.api().withholdItem(id, item.key(), why);
            return item;
        }, done -> {
            exemption.setText("");
            loadItems("Reloading the pack…", "\"" + item.title() + "\" is withheld from the pack.");
        });
    }

    private void include() {
        SubjectAccessItemView item = Tables.selected(itemTable, items);
        if (item == null || underReview == null) {
            return;
        }
        long id = underReview.id();
        call("Putting it back…", () -> {
            context.api().includeItem(id, item.key());
            return item;
        }, done -> loadItems("Reloading the pack…", "\"" + item.title() + "\" is back in the pack."));
    }

    private void release() {
        SubjectAccessRequestView request = underReview;
        long withheld = items.rows().stream().filter(SubjectAccessItemView::withheld).count();
        if (!confirm("<html>Release the pack of <b>" + escape(request.reference()) + "</b>?<br>" + (items.rows().size() - withheld)
                + " items go in, " + withheld + " withheld. It is made now and kept as released; nothing more can change.</html>",
                "Release the pack?", "Release it", "Not yet")) {
            return;
        }
        call("Releasing the pack…", () -> context.api().releaseSubjectAccess(request.id()), released -> {
            underReview = released;
            enableReview();
            loadRequests("The pack of " + released.reference() + " is released: save it and send it securely.");
        });
    }

    private void savePack() {
        SubjectAccessRequestView request = underReview;
        call("Fetching the pack…", () -> context.api().subjectAccessPack(request.id()), pack -> {
            try {
                java.nio.file.Path saved = FileSaver.save(this, pack, "records-" + request.reference() + ".zip", "the subject access pack");
                if (saved != null) {
                    ok("Saved the pack of " + request.reference() + " as " + saved.getFileName() + ".");
                }
            } catch (java.io.IOException e) {
                problem("The pack could not be saved there: " + e.getMessage());
            }
        });
    }

    private void loadRequests(String done) {
        call("Loading the subject access requests…", () -> context.api().subjectAccessRequests(), rows -> {
            requests.setRows(rows);
            said(done);
        });
    }

    static String accessState(SubjectAccessRequestView r) {
        if (r.status().equals("RELEASED")) {
            return "Released by " + r.releasedBy() + ", " + UkDates.dateTime(r.releasedAt());
        }
        return r.warning() != null ? r.warning() : r.daysLeft() + " days left";
    }

    // --- Shared

    private void load() {
        String tab = tabs.getSelectedIndex() < 0 ? "" : tabs.getTitleAt(tabs.getSelectedIndex());
        switch (tab) {
            case "Retention" -> loadRetention(null);
            case "Erasure requests" -> loadErasures(null);
            case "Legal holds" -> loadHolds(null);
            case "Subject access requests" -> loadRequests(null);
            default -> { }
        }
    }

    /** The person chosen at the top: picked by name, or typed as a reference; a message and empty if neither. */
    private OptionalLong personId() {
        String text = person.getText().trim();
        if (chosen != null && (text.equals(chosen.firstName() + " " + chosen.lastName()) || text.equals(chosen.reference()))) {
            return OptionalLong.of(chosen.id());
        }
        OptionalLong reference = ParticipantReferences.parse(text);
        if (reference.isEmpty()) {
            problem(context.is(Role.ADMIN) ? "Type the person's reference at the top, as P-000123." : "Choose the person at the top first: type their name or P-000123.");
        }
        return reference;
    }

    private boolean confirm(String html, String title, String yes, String no) {
        String[] options = {yes, no};
        return JOptionPane.showOptionDialog(this, html, title, JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[1]) == 0;
    }
}
