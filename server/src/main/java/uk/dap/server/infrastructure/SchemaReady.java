package uk.dap.server.infrastructure;

/**
 * The database is open and its schema up to date, before any request is served: capabilities observe this to do their
 * own start-up (demo data, the first administrator, the audit chainer, the report's refresher), in the order their
 * observers' {@code @Priority} gives ({@link #DATA} first, then {@link #ACCOUNTS}, then {@link #BACKGROUND}).
 */
public record SchemaReady() {
    /** Data that must exist before anything else starts: demo data. */
    public static final int DATA = 100;
    /** Who can sign in: the first administrator. */
    public static final int ACCOUNTS = 200;
    /** Background work over the data: the audit chainer, the report's refresher. */
    public static final int BACKGROUND = 300;
}
