package uk.dap.server.portal.interfaces;

import java.time.LocalDate;
import java.util.Locale;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.progress.AttendanceSummary;
import uk.dap.shared.api.progress.WeekMark;
import uk.dap.shared.api.report.ReferralStage;
import uk.dap.shared.text.UkDates;

/** Small pieces of wording and presentation the pages share. */
public final class PortalText {
    private PortalText() {
    }

    /** "1 referral", "3 referrals". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The tag colour for a stage: the Design System's colours, one meaning each (green done, red stopped, ...). */
    public static String tagColour(ReferralStage stage) {
        return switch (stage) {
            case BEING_ASSESSED -> "govuk-tag--blue";
            case DECLINED, WITHDRAWN -> "govuk-tag--red";
            case WAITING_FOR_PLACE -> "govuk-tag--yellow";
            case PLACED -> "govuk-tag--light-blue";
            case ATTENDING -> "govuk-tag--turquoise";
            case COMPLETED -> "govuk-tag--green";
        };
    }

    /** "Attended 5 of the 6 sessions held (83%), 1 late"; or that none has been held yet. */
    public static String attendance(AttendanceSummary a) {
        if (a.held() == 0) {
            return "No session held yet";
        }
        StringBuilder text = new StringBuilder("Attended " + a.attended() + " of the " + count(a.held(), "session") + " held");
        if (a.ratePercent() != null) {
            text.append(" (").append(a.ratePercent()).append("%)");
        }
        if (a.late() > 0) {
            text.append(", ").append(a.late()).append(" late");
        }
        if (a.excused() > 0) {
            text.append(", ").append(a.excused()).append(" absent with notice");
        }
        if (a.absent() > 0) {
            text.append(", ").append(a.absent()).append(" absent");
        }
        return text.toString();
    }

    /** One week's attendance in words, the weeks to come and the cancelled ones said so. */
    public static String mark(WeekMark week) {
        if (week.sessionStatus() == SessionStatus.CANCELLED) {
            return "Session cancelled";
        }
        if (week.mark() != null) {
            return week.mark().label();
        }
        return week.date().isAfter(LocalDate.now(UkDates.UK)) ? "To come" : "Not marked yet";
    }

    /** A score as the questionnaires give it: whole where it is whole, else one decimal place; a dash where none. */
    public static String score(Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.UK, "%.1f", value);
    }
}
