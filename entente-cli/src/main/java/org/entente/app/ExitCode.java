package org.entente.app;

/** Exit codes of DESIGN.md §3. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int SOME_INPUTS_FAILED = 1;
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
