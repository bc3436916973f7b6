package uk.dap.server.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day no group meets (a bank holiday, a building closure). */
@Entity
@Table(name = "closure_date")
public class ClosureDay {
    @Id
    @Column(name = "closed_on")
    private LocalDate date;
    private String description;

    protected ClosureDay() {
        // for JPA
    }

    public ClosureDay(LocalDate date, String description) {
        this.date = date;
        this.description = description;
    }

    public LocalDate date() {
        return date;
    }

    public String description() {
        return description;
    }
}
