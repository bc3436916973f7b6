package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.referral.ConsentView;
import uk.dap.shared.api.referral.NewConsent;
import uk.dap.shared.api.referral.NewReferral;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.text.UkDates;

/** The caller's referrals; the referral form with risk; a referral's detail with its consent records. */
class ReferralsScreen extends StaffScreen {
    private final RowTableModel<ReferralSummary> list = new RowTableModel<ReferralSummary>()
            .column("Reference", ReferralSummary::participantReference)
            .column("Name", ReferralSummary::participantName)
            .column("Programme", r -> context.programmeName(r.programme()))
            .column("Referred on", r -> UkDates.date(r.referredOn()))
            .column("Where it has got to", r -> r.state() == null ? "" : r.state().label());
    private final JTable table = Tables.table("referralList", "Referrals", list, 90, 220, 200, 110, 160);
    private final CardLayout cards = new CardLayout();
    private final JPanel right = new JPanel(cards);
    private final ReferralForm form;
    private final ReferralDetailPanel detail;
    private boolean selecting;

    ReferralsScreen(StaffContext context) {
        super(context, "referralsScreen", "Referrals");
        form = new ReferralForm(context, this::findParticipant, this::send, () -> cards.show(right, "empty"));
        detail = new ReferralDetailPanel(context);
        form.participant.addActionListener(e -> loadChildren());
        detail.addConsent.addActionListener(e -> addConsent());
        detail.withdraw.addActionListener(e -> withdrawConsent());
        JLabel hint = new JLabel("Choose a referral, or make a new one.", SwingConstants.CENTER);
        right.add(hint, "empty");
        JPanel formCard = new JPanel(new BorderLayout());
        formCard.add(ScrollablePanel.vertical(form), BorderLayout.CENTER);
        formCard.add(form.buttons, BorderLayout.SOUTH);
        right.add(formCard, "form");
        right.add(ScrollablePanel.vertical(detail), "detail");

        JButton create = FormPanel.name(new JButton("New referral"), "newReferral", "New referral");
        create.setMnemonic(KeyEvent.VK_N);
        create.addActionListener(e -> startNew(null));
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshReferrals", "Refresh the list of referrals");
        refresh.addActionListener(e -> load());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(create);
        buttons.add(refresh);
        JPanel left = new JPanel(new BorderLayout(4, 4));
        JLabel listLabel = new JLabel("Your referrals");
        listLabel.setLabelFor(table);
        left.add(listLabel, BorderLayout.NORTH);
        left.add(new JScrollPane(table), BorderLayout.CENTER);
        left.add(buttons, BorderLayout.SOUTH);
        table.getSelectionModel().addListSelectionListener(e -> {
            ReferralSummary chosen = Tables.selected(table, list);
            if (!e.getValueIsAdjusting() && !selecting && chosen != null) {
                open(chosen.id());
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, left, right);
        split.setDividerLocation(190);
        split.setResizeWeight(0.2);
        content(split);
    }

    @Override
    void shown() {
        load();
    }

    private void load() {
        call("Loading referrals…", () -> context.api().referrals(), (List<ReferralSummary> rows) -> {
            selecting = true;
            long open = detail.shown() == null ? -1 : detail.shown().id();
            list.setRows(rows);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == open) {
                    int view = table.convertRowIndexToView(i);
                    table.setRowSelectionInterval(view, view);
                }
            }
            selecting = false;
        });
    }

    void open(long referralId) {
        call("Opening the referral…", () -> context.api().referral(referralId), this::showDetail);
    }

    private void showDetail(ReferralView view) {
        boolean another = detail.shown() == null || !detail.shown().id().equals(view.id());
        detail.show(view, context.programmeName(view.programme()));
        detail.clearConsentForm();
        cards.show(right, "detail");
        if (another) {
            ScrollablePanel.toTop(detail);
        }
    }

    /** Starts a referral, for a participant chosen elsewhere when given. */
    void startNew(ParticipantSummary participant) {
        form.reset();
        if (participant != null) {
            form.participants(List.of(participant));
        }
        cards.show(right, "form");
        form.participantQuery.requestFocusInWindow();
    }

    private void loadChildren() {
        ParticipantSummary who = form.chosenParticipant();
        form.children(List.of());
        if (who == null) {
            return;
        }
        call("Reading " + who.firstName() + "'s children…", () -> context.api().participant(who.id()), view -> {
            if (who.equals(form.chosenParticipant())) {
                form.children(view.children() == null ? List.of() : view.children());
            }
        });
    }

    private void findParticipant() {
        String query = form.participantQuery.getText().trim();
        if (query.isEmpty()) {
            problem("Type a name or a reference (such as P-000012) to find the participant.");
            return;
        }
        boolean isReference = query.toUpperCase(java.util.Locale.UK).matches("P-?\\d+");
        call("Finding the participant…", () -> isReference
                ? context.api().searchParticipants(null, null, query.toUpperCase(java.util.Locale.UK))
                : context.api().searchParticipants(query, null, null), found -> {
                    form.participants(found);
                    if (found.isEmpty()) {
                        problem("Nobody you may see matches \"" + query + "\".");
                    }
                });
    }

    private void send() {
        validated(() -> {
            NewReferral request = form.read();
            form.submit.setEnabled(false);
            call("Sending the referral…", () -> context.api().createReferral(request), created -> {
                showDetail(created);
                load();
                ok("Referral saved: " + created.participant().firstName() + " " + created.participant().lastName()
                        + " to " + context.programmeName(created.programme()) + ".");
            }, () -> form.submit.setEnabled(true));
        });
    }

    private void addConsent() {
        ReferralView referral = detail.shown();
        validated(() -> {
            NewConsent consent = detail.readConsent();
            call("Adding the consent record…", () -> context.api().addConsent(referral.id(), consent), added -> {
                reload(referral.id(), "Consent record added: " + added.purpose().label() + ".");
            });
        });
    }

    private void withdrawConsent() {
        ReferralView referral = detail.shown();
        ConsentView chosen = Tables.selected(detail.consentTable, detail.consents);
        if (chosen == null) {
            problem("Choose the consent record to withdraw in the table.");
            return;
        }
        if (!chosen.active()) {
            problem("That consent has already been withdrawn.");
            return;
        }
        call("Withdrawing consent…", () -> context.api().withdrawConsent(referral.id(), chosen.id(), detail.readWithdrawal()),
                withdrawn -> reload(referral.id(), "Consent withdrawn: " + withdrawn.purpose().label() + ". The record is kept."));
    }

    private void reload(long referralId, String message) {
        call("Refreshing…", () -> context.api().referral(referralId), view -> {
            showDetail(view);
            ok(message);
        });
    }
}
