package org.sendplan.web;

/** PostgreSQL could not be reached at start-up. */
class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot reach PostgreSQL at " + url + ": " + cause.getMessage(), cause);
        this.url = url;
    }

    String getUrl() {
        return url;
    }
}
