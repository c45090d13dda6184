package org.entente.web;

/**
 * A request the API refuses, with the HTTP status and (for 400s) the parameter at fault. Thrown by handlers and
 * turned into a JSON error body by {@link WebServer}; never carries a stack trace to the client.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    private ApiException(int status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: {@code parameter} is invalid for {@code reason}. */
    public static ApiException badParameter(String parameter, String reason) {
        return new ApiException(400, parameter, "invalid parameter '" + parameter + "': " + reason);
    }

    /** 404: no {@code what} with this id. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, null, "no " + what + " with id '" + Params.clip(id) + "'");
    }

    /** 403: the request named a host this server does not answer for (see {@link HostCheck}). */
    public static ApiException hostNotAllowed(String host) {
        return new ApiException(403, null, "host '" + Params.clip(host) + "' is not served here (allowed: loopback"
                + " names and hosts given with serve --allow-host)");
    }

    public int status() {
        return status;
    }

    /** The query or path parameter that was wrong, or null. */
    public String parameter() {
        return parameter;
    }
}
