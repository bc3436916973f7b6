package uk.dap.shared.client;

/** No answer from the server at all: it is down, or the network is. Screens say so plainly and retry. */
public class ServerUnreachableException extends RuntimeException {
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
