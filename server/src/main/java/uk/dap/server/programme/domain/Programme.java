package uk.dap.server.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * One programme of the catalogue (Caring Dads, New Beginnings, Freedom, Gateway, DART). The code, name and audience
 * are fixed by the service; length, session duration and the completion rule are defaults a programme lead may change.
 */
@Entity
@Table(name = "programme")
public class Programme {
    @Id
    private String code;
    private String name;
    private String audience;
    @Column(name = "length_weeks")
    private int lengthWeeks;
    @Column(name = "session_minutes")
    private int sessionMinutes;
    @Column(name = "min_attendance_percent")
    private int minAttendancePercent;
    @Column(name = "requires_final_session")
    private boolean requiresFinalSession;
    @Column(name = "requires_post_questionnaire")
    private boolean requiresPostQuestionnaire;
    @Version
    private long version;

    protected Programme() {
        // for JPA
    }

    /**
     * Applies a lead's new settings and says what changed, for the audit trail ("lengthWeeks 12 -> 14"); an empty
     * list means nothing changed.
     */
    public List<String> changeSettings(int lengthWeeks, int sessionMinutes, int minAttendancePercent,
                                       boolean requiresFinalSession, boolean requiresPostQuestionnaire) {
        List<String> changes = new ArrayList<>();
        if (this.lengthWeeks != lengthWeeks) {
            changes.add("lengthWeeks " + this.lengthWeeks + " -> " + lengthWeeks);
            this.lengthWeeks = lengthWeeks;
        }
        if (this.sessionMinutes != sessionMinutes) {
            changes.add("sessionMinutes " + this.sessionMinutes + " -> " + sessionMinutes);
            this.sessionMinutes = sessionMinutes;
        }
        if (this.minAttendancePercent != minAttendancePercent) {
            changes.add("minAttendancePercent " + this.minAttendancePercent + " -> " + minAttendancePercent);
            this.minAttendancePercent = minAttendancePercent;
        }
        if (this.requiresFinalSession != requiresFinalSession) {
            changes.add("requiresFinalSession " + this.requiresFinalSession + " -> " + requiresFinalSession);
            this.requiresFinalSession = requiresFinalSession;
        }
        if (this.requiresPostQuestionnaire != requiresPostQuestionnaire) {
            changes.add("requiresPostQuestionnaire " + this.requiresPostQuestionnaire + " -> " + requiresPostQuestionnaire);
            this.requiresPostQuestionnaire = requiresPostQuestionnaire;
        }
        return changes;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String audience() {
        return audience;
    }

    public int lengthWeeks() {
        return lengthWeeks;
    }

    public int sessionMinutes() {
        return sessionMinutes;
    }

    public int minAttendancePercent() {
        return minAttendancePercent;
    }

    public boolean requiresFinalSession() {
        return requiresFinalSession;
    }

    public boolean requiresPostQuestionnaire() {
        return requiresPostQuestionnaire;
    }

    public long version() {
        return version;
    }
}
