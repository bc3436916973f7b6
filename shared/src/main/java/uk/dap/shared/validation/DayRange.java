package uk.dap.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a date field may hold, counted from today in the UK (from the validator's clock, so that tests can move it).
 * Every date is within {@link #FIRST_DAY} and {@link #LAST_DAY} wherever it comes from (the server reads no other); these
 * narrow it per field.
 */
public enum DayRange {
    /** A birth date: not before 1900, not in the future. */
    BIRTH(null, 0),
    /** Something that has happened: not in the future. */
    PAST(null, 0),
    /** A group's dates (a cohort's start, a session moved, a closure): within two years back and five ahead. */
    SCHEDULE(-2, 5);

    /** The first and last day any date in this service can be: no person, referral or session lies outside them. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Integer yearsBack;
    private final int yearsAhead;

    DayRange(Integer yearsBack, int yearsAhead) {
        this.yearsBack = yearsBack;
        this.yearsAhead = yearsAhead;
    }

    boolean holds(LocalDate day, ConstraintValidatorContext context) {
        if (day == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock().withZone(UK));
        LocalDate first = yearsBack == null ? FIRST_DAY : today.plusYears(yearsBack);
        return !day.isBefore(first) && !day.isAfter(today.plusYears(yearsAhead));
    }
}
