package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.ProgrammeRules;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.NewCohort;
import uk.dap.shared.api.cohort.SessionCancellation;
import uk.dap.shared.api.cohort.SessionChange;
import uk.dap.shared.api.cohort.SessionView;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/** Cohorts of a programme; creating one with its generated weekly schedule; cancelling and moving sessions. */
class CohortsScreen extends StaffScreen {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "10:00 to 12:00": a start time and a length in minutes, as every screen shows them. */
    static String times(LocalTime start, int minutes) {
        return TIME.format(start) + " to " + TIME.format(start.plusMinutes(minutes));
    }

    private final JComboBox<Choice<String>> programmeFilter = new JComboBox<>();
    private final JComboBox<Choice<CohortView>> cohortChoice = new JComboBox<>();
    private final CardLayout cards = new CardLayout();
    private final JPanel right = new JPanel(cards);

    // The new cohort form
    private final JComboBox<Choice<String>> programme = new JComboBox<>();
    private final JComboBox<Choice<Long>> venue = new JComboBox<>();
    private final JTextField room = new JTextField(14);
    private final DateField startDate = new DateField();
    private final JTextField startTime = new JTextField(5);
    private final JTextField duration = new JTextField(4);
    private final JTextField capacity = new JTextField(4);
    private final DefaultListModel<Choice<Long>> facilitatorModel = new DefaultListModel<>();
    private final JList<Choice<Long>> facilitators = new JList<>(facilitatorModel);
    private final JLabel programmeHint = new JLabel(" ");
    private final JButton create = new JButton("Create cohort");

    // The schedule
    private final JLabel scheduleTitle = new JLabel(" ");
    private final JLabel scheduleWhen = new JLabel(" ");
    private final JLabel scheduleFacilitators = new JLabel(" ");
    private final JLabel sessionCount = new JLabel(" ");
    /** Says which weeks have no session and why (a closure day), so that a gap in the dates does not look like a fault. */
    private final JLabel skippedWeeks = new JLabel(" ");
    private java.util.Map<LocalDate, String> closures;
    private final RowTableModel<SessionView> sessions = new RowTableModel<SessionView>()
            .column("No.", SessionView::number)
            .column("Date", s -> UkDates.date(s.date()))
            .column("Day", s -> s.date() == null ? "" : s.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))
            .column("Time", s -> s.startTime() == null ? "" : times(s.startTime(), s.durationMinutes()))
            .column("Venue", SessionView::venueName)
            .column("Status", s -> s.status() == null ? "" : s.status().label())
            .column("Note", SessionView::note);
    private final JTable sessionTable = Tables.table("sessions", "Sessions", sessions, 40, 110, 90, 130, 240, 90, 200);
    private final DateField moveDate = new DateField();
    private final JTextField moveTime = new JTextField(5);
    private final JTextField cancelReason = new JTextField(18);
    private CohortView shown;
    private boolean choicesLoaded;
    private boolean filling;

    CohortsScreen(StaffContext context) {
        super(context, "cohortsScreen", "Cohorts and schedules");
        for (ProgrammeView p : context.programmes()) {
            programmeFilter.addItem(new Choice<>(p.code(), p.name()));
            programme.addItem(new Choice<>(p.code(), p.name()));
        }
        boolean lead = context.is(Role.PROGRAMME_LEAD);

        // Top: the cohorts of one programme.
        JPanel top = new JPanel(new java.awt.GridBagLayout());
        JLabel programmeLabel = new JLabel("Programme");
        programmeLabel.setLabelFor(programmeFilter);
        programmeLabel.setDisplayedMnemonic(KeyEvent.VK_P);
        FormPanel.name(programmeFilter, "cohortProgrammeFilter", "Programme");
        JLabel cohortLabel = new JLabel("Cohort");
        cohortLabel.setLabelFor(cohortChoice);
        cohortLabel.setDisplayedMnemonic(KeyEvent.VK_H);
        FormPanel.name(cohortChoice, "cohortChoice", "Cohort");
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.insets = new java.awt.Insets(2, 4, 2, 4);
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        // The programme (and New cohort) on one row, the cohort on the whole of the next: a cohort's name (its start,
        // venue and room) is long, and was cut short beside the programme at 1024 pixels.
        c.gridy = 0;
        top.add(programmeLabel, c);
        top.add(programmeFilter, c);
        c.weightx = 1;
        top.add(new JLabel(), c);
        c.weightx = 0;
        if (lead) {
            JButton newCohort = FormPanel.name(new JButton("New cohort"), "newCohort", "New cohort");
            newCohort.setMnemonic(KeyEvent.VK_N);
            newCohort.addActionListener(e -> startNew());
            top.add(newCohort, c);
        }
        c.gridy = 1;
        top.add(cohortLabel, c);
        c.gridwidth = java.awt.GridBagConstraints.REMAINDER;
        c.weightx = 1;
        top.add(cohortChoice, c);
        c.gridwidth = 1;
        c.weightx = 0;
        programmeFilter.addActionListener(e -> {
            if (!filling) {
                loadCohorts(-1);
            }
        });
        cohortChoice.addActionListener(e -> {
            @SuppressWarnings("unchecked")
            Choice<CohortView> chosen = (Choice<CohortView>) cohortChoice.getSelectedItem();
            if (!filling && chosen != null) {
                open(chosen.value().id());
            }
        });

        // Right: the form, or a cohort's schedule.
        JLabel hint = new JLabel("Choose a cohort to see its schedule" + (lead ? ", or create a new one." : "."), SwingConstants.CENTER);
        right.add(hint, "empty");
        right.add(ScrollablePanel.vertical(form()), "form");
        right.add(ScrollablePanel.vertical(schedule(lead)), "schedule");

        JPanel body = new JPanel(new BorderLayout(6, 6));
        body.add(top, BorderLayout.NORTH);
        body.add(right, BorderLayout.CENTER);
        content(body);
    }

    private JPanel form() {
        FormPanel form = new FormPanel();
        form.heading("New cohort");
        form.field("Programme", "cohortProgramme", programme, KeyEvent.VK_R);
        programmeHint.setName("cohortProgrammeHint");
        form.wide(programmeHint);
        form.field("Venue", "cohortVenue", venue, KeyEvent.VK_V);
        form.field("Room", "cohortRoom", room);
        form.field("First session on", "cohortStartDate", startDate, KeyEvent.VK_F);
        startTime.putClientProperty("JTextField.placeholderText", "HH:MM");
        form.field("Start time", "cohortStartTime", startTime, KeyEvent.VK_T);
        form.field("Length of a session (minutes)", "cohortDuration", duration);
        form.field("Places", "cohortCapacity", capacity);
        facilitators.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        facilitators.setVisibleRowCount(4);
        JScrollPane facilitatorScroll = new JScrollPane(facilitators);
        form.field("Facilitators", "cohortFacilitators", facilitators, facilitatorScroll, KeyEvent.VK_A);
        form.wide(new JLabel("Choose more than one with Ctrl+click, or Ctrl+Space from the keyboard."));
        FormPanel.name(create, "createCohort", "Create cohort");
        create.setMnemonic(KeyEvent.VK_C);
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        row.add(create);
        form.wide(row);
        form.end();
        programme.addActionListener(e -> programmeDefaults());
        create.addActionListener(e -> create());
        JPanel wrapper = new JPanel(new BorderLayout());
        wrapper.setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        wrapper.add(form, BorderLayout.NORTH);
        return wrapper;
    }

    private JPanel schedule(boolean lead) {
        JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        panel.setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        scheduleTitle.setName("scheduleTitle");
        scheduleTitle.setFont(Theme.scaled(1.25f, Font.BOLD));
        scheduleWhen.setName("scheduleWhen");
        scheduleFacilitators.setName("scheduleFacilitators");
        sessionCount.setName("sessionCount");
        sessionCount.setFont(sessionCount.getFont().deriveFont(Font.BOLD));
        sessionCount.setLabelFor(sessionTable);
        skippedWeeks.setName("scheduleSkippedWeeks");
        for (JLabel l : List.of(scheduleTitle, scheduleWhen, scheduleFacilitators, sessionCount, skippedWeeks)) {
            l.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            panel.add(ReferralDetailPanel.left(l));
        }
        panel.add(ReferralDetailPanel.left(Tables.scroll(sessionTable, 12)));

        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 6));
        JButton roster = FormPanel.name(new JButton("Open roster"), "openRoster", "Open this cohort's roster");
        roster.setMnemonic(KeyEvent.VK_L);
        roster.addActionListener(e -> {
            if (shown != null) {
                context.navigator().openRoster(shown.id());
            }
        });
        actions.add(roster);
        panel.add(ReferralDetailPanel.left(actions));
        if (lead) {
            FormPanel move = new FormPanel();
            move.heading("Move the selected session");
            move.field("New date", "moveDate", moveDate);
            moveTime.putClientProperty("JTextField.placeholderText", "HH:MM");
            move.field("New start time", "moveTime", moveTime);
            JButton moveButton = FormPanel.name(new JButton("Move session"), "moveSession", "Move the selected session");
            moveButton.setMnemonic(KeyEvent.VK_M);
            moveButton.addActionListener(e -> move());
            move.wide(ReferralDetailPanel.flow(moveButton));
            move.end();
            FormPanel cancel = new FormPanel();
            cancel.heading("Cancel the selected session");
            cancel.field("Reason", "cancelReason", cancelReason);
            cancel.wide(new JLabel("<html>A replacement week is added at the end.</html>"));
            JButton cancelButton = FormPanel.name(new JButton("Cancel session"), "cancelSession", "Cancel the selected session");
            cancelButton.addActionListener(e -> cancel());
            cancel.wide(ReferralDetailPanel.flow(cancelButton));
            cancel.end();
            JPanel manage = new JPanel(new GridLayout(1, 2, 16, 0));
            manage.add(move);
            manage.add(cancel);
            panel.add(ReferralDetailPanel.left(manage));
            sessionTable.getSelectionModel().addListSelectionListener(e -> {
                SessionView s = Tables.selected(sessionTable, sessions);
                if (s != null) {
                    moveDate.setDate(s.date());
                    moveTime.setText(s.startTime() == null ? "" : TIME.format(s.startTime()));
                }
            });
        }
        return panel;
    }

    @Override
    void shown() {
        if (cohortChoice.getItemCount() == 0 && !busy()) {
            loadCohorts(-1);
        }
    }

    @SuppressWarnings("unchecked")
    private String filterCode() {
        Choice<String> chosen = (Choice<String>) programmeFilter.getSelectedItem();
        return chosen == null ? null : chosen.value();
    }

    private void loadCohorts(long select) {
        String code = filterCode();
        call("Loading cohorts…", () -> context.api().cohorts(code), (List<CohortView> rows) -> {
            filling = true;
            cohortChoice.removeAllItems();
            for (CohortView c : rows) {
                Choice<CohortView> choice = new Choice<>(c, "Starts " + UkDates.date(c.startDate()) + " at " + c.venueName()
                        + ", " + c.enrolled() + " of " + c.capacity());
                cohortChoice.addItem(choice);
                if (c.id() == select) {
                    cohortChoice.setSelectedItem(choice);
                }
            }
            if (select < 0) {
                cohortChoice.setSelectedIndex(-1);
            }
            filling = false;
        });
    }

    /** Opens one cohort's schedule, from this screen or another. */
    void open(long cohortId) {
        call("Opening the cohort…", () -> {
            loadClosures();
            return context.api().cohort(cohortId);
        }, this::showSchedule);
    }

    /** The closure days, once per screen, to say why a week has no session. Called off the event thread. */
    private void loadClosures() {
        if (closures == null) {
            java.util.Map<LocalDate, String> days = new java.util.HashMap<>();
            context.api().closureDates().forEach(d -> days.put(d.date(), d.description()));
            closures = days;
        }
    }

    /** "No session on 22 Dec 2026 (Christmas closure)": the weeks between the first and the last session without one. */
    private String skipped(CohortView c, List<SessionView> list) {
        // A week counts as held when any session falls in it, so that a session moved to another day is no gap.
        java.util.Set<Long> heldWeeks = new java.util.HashSet<>();
        list.forEach(s -> heldWeeks.add(Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(c.startDate(), s.date()), 7)));
        LocalDate last = list.stream().map(SessionView::date).max(LocalDate::compareTo).orElse(c.startDate());
        List<String> gaps = new java.util.ArrayList<>();
        for (LocalDate week = c.startDate(); week.isBefore(last); week = week.plusWeeks(1)) {
            if (!heldWeeks.contains(java.time.temporal.ChronoUnit.DAYS.between(c.startDate(), week) / 7)) {
                String why = closures == null ? null : closures.get(week);
                gaps.add(UkDates.date(week) + (why == null ? "" : " (" + why + ")"));
            }
        }
        return gaps.isEmpty() ? " " : "No session on " + String.join(", ", gaps) + ": closure days are skipped, and the"
                + " sessions run on a week later.";
    }

    private void showSchedule(CohortView c) {
        shown = c;
        scheduleTitle.setText(c.programmeName() + " at " + c.venueName() + (c.room() == null || c.room().isBlank() ? "" : ", " + c.room()));
        scheduleWhen.setText("Every " + c.weekday() + " at " + (c.startTime() == null ? "" : TIME.format(c.startTime()))
                + " for " + c.durationMinutes() + " minutes, from " + UkDates.date(c.startDate()) + ". "
                + c.enrolled() + " of " + c.capacity() + " places taken" + (c.waiting() > 0 ? ", " + c.waiting() + " waiting." : "."));
        scheduleFacilitators.setText("Facilitators: " + (c.facilitators() == null || c.facilitators().isEmpty() ? "none yet"
                : String.join(", ", c.facilitators().stream().map(StaffRef::displayName).toList())));
        List<SessionView> list = c.sessions() == null ? List.of() : c.sessions();
        long running = list.stream().filter(s -> s.status() == null || s.status().name().equals("SCHEDULED")).count();
        sessionCount.setText(running + " weekly sessions" + (running == list.size() ? "" : " (" + (list.size() - running) + " cancelled)"));
        skippedWeeks.setText(skipped(c, list));
        sessions.setRows(list);
        cards.show(right, "schedule");
    }

    private void startNew() {
        cards.show(right, "form");
        programme.setSelectedIndex(programmeFilter.getSelectedIndex());
        programmeDefaults();
        if (startDate.getText().isBlank()) {
            startTime.setText("10:00");
        }
        if (!choicesLoaded) {
            call("Loading venues and facilitators…", () -> new Object[] {context.api().venues(), context.api().staff("FACILITATOR")},
                    (Object[] answer) -> {
                        choicesLoaded = true;
                        @SuppressWarnings("unchecked") List<VenueView> venues = (List<VenueView>) answer[0];
                        @SuppressWarnings("unchecked") List<StaffRef> staff = (List<StaffRef>) answer[1];
                        venue.removeAllItems();
                        venues.forEach(v -> venue.addItem(new Choice<>(v.id(), v.name())));
                        facilitatorModel.clear();
                        staff.forEach(s -> facilitatorModel.addElement(new Choice<>(s.id(), s.displayName())));
                    });
        }
        programme.requestFocusInWindow();
    }

    @SuppressWarnings("unchecked")
    private void programmeDefaults() {
        Choice<String> chosen = (Choice<String>) programme.getSelectedItem();
        if (chosen == null) {
            return;
        }
        context.programme(chosen.value()).ifPresent(p -> {
            ProgrammeRules rules = p.rules();
            duration.setText(String.valueOf(p.sessionMinutes()));
            StringBuilder hint = new StringBuilder(p.lengthWeeks() + " weekly sessions of " + p.sessionMinutes() + " minutes");
            if (rules != null) {
                if (rules.defaultCapacity() != null) {
                    capacity.setText(String.valueOf(rules.defaultCapacity()));
                }
                if (rules.minCapacity() != null && rules.maxCapacity() != null) {
                    hint.append("; ").append(rules.minCapacity()).append(" to ").append(rules.maxCapacity()).append(" places");
                }
                if (rules.facilitatorsRequired() != null && rules.facilitatorsRequired() > 1) {
                    hint.append("; needs ").append(rules.facilitatorsRequired()).append(" facilitators");
                }
            }
            programmeHint.setText(hint + ".");
        });
    }

    @SuppressWarnings("unchecked")
    private void create() {
        validated(() -> {
            Choice<String> p = (Choice<String>) programme.getSelectedItem();
            Choice<Long> v = (Choice<Long>) venue.getSelectedItem();
            if (v == null) {
                throw new IllegalArgumentException("Choose the venue.");
            }
            java.time.LocalDate start = startDate.date("date of the first session");
            if (start == null) {
                throw new IllegalArgumentException("Enter the date of the first session as DD/MM/YYYY.");
            }
            LocalTime time = DateField.time(startTime, "start time");
            Integer minutes = number(duration, "length of a session in minutes");
            Integer places = number(capacity, "number of places");
            List<Long> chosen = facilitators.getSelectedValuesList().stream().map(Choice::value).toList();
            NewCohort request = new NewCohort(p.value(), v.value(), NewParticipantForm.blankToNull(room.getText()), start, time,
                    minutes, places, chosen);
            create.setEnabled(false);
            call("Creating the cohort and its schedule…", () -> {
                loadClosures();
                return context.api().createCohort(request);
            }, made -> {
                showSchedule(made);
                selectFilter(made.programme());
                loadCohorts(made.id());
                ok("Cohort created with " + (made.sessions() == null ? 0 : made.sessions().size()) + " weekly sessions.");
            }, () -> create.setEnabled(true));
        });
    }

    private void selectFilter(String code) {
        filling = true;
        for (int i = 0; i < programmeFilter.getItemCount(); i++) {
            if (programmeFilter.getItemAt(i).value().equals(code)) {
                programmeFilter.setSelectedIndex(i);
            }
        }
        filling = false;
    }

    private static Integer number(JTextField field, String what) {
        if (field.getText().isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter the " + what + " as a whole number.");
        }
    }

    private void move() {
        SessionView s = Tables.selected(sessionTable, sessions);
        if (shown == null || s == null) {
            problem("Choose the session to move in the table.");
            return;
        }
        validated(() -> {
            java.time.LocalDate date = moveDate.date("new date");
            if (date == null) {
                throw new IllegalArgumentException("Enter the new date as DD/MM/YYYY.");
            }
            LocalTime time = DateField.time(moveTime, "new start time");
            long cohortId = shown.id();
            call("Moving the session…", () -> context.api().moveSession(cohortId, s.id(), new SessionChange(date, time, null, null)),
                    c -> {
                        showSchedule(c);
                        ok("Session " + s.number() + " moved to " + UkDates.date(date) + " at " + TIME.format(time) + ".");
                    });
        });
    }

    private void cancel() {
        SessionView s = Tables.selected(sessionTable, sessions);
        if (shown == null || s == null) {
            problem("Choose the session to cancel in the table.");
            return;
        }
        if (cancelReason.getText().isBlank()) {
            problem("Give the reason for cancelling.");
            return;
        }
        long cohortId = shown.id();
        String reason = cancelReason.getText().trim();
        call("Cancelling the session…", () -> context.api().cancelSession(cohortId, s.id(), new SessionCancellation(reason)), c -> {
            cancelReason.setText("");
            showSchedule(c);
            ok("Session " + s.number() + " on " + UkDates.date(s.date()) + " cancelled; a replacement week was added at the end.");
        });
    }

    /** Selects a cohort's programme in the list and opens its schedule. */
    void show(long cohortId) {
        open(cohortId);
    }
}
