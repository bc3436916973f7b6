package uk.dap.server.security.application;

/**
 * Whether a programme code names a programme, for accounts that lead programmes. Declared here and implemented by the
 * programme catalogue: the catalogue asks security who may change it, so security must not depend on it.
 */
public interface ProgrammeCodes {
    boolean exists(String code);
}
