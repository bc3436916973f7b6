package uk.dap.server.separation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row the separation rule locks, so that its checks run one at a time (see V5 migration). */
@Entity
@Table(name = "separation_lock")
public class SeparationLock {
    public static final int ID = 1;

    @Id
    private int id;

    protected SeparationLock() {
        // for JPA
    }
}
