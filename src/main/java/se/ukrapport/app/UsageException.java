package se.ukrapport.app;

/**
 * Wrong use of the command line: exit code 2. The message is Swedish and shown as it is.
 */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

}
