package se.ukrapport.support;

import java.util.function.Supplier;

/**
 * One value of the running job execution, made once and shared by the steps that need it
 * (Word and PDF side by side, then the comparison). A step of another execution (a
 * restart, in this process or a new one) finds no value of its own and makes it. One
 * value is kept at a time, so two executions never hold two report models in memory.
 */
public class PerExecution<T> {

    private long execution = -1;

    private T value;

    /**
     * The value of {@code executionId}: the one already made, or {@code make}'s (a second
     * caller waits). A failed make keeps nothing.
     */
    public synchronized T get(long executionId, Supplier<T> make) {
        if (value == null || execution != executionId) {
            value = null;
            value = make.get();
            execution = executionId;
        }
        return value;
    }

}
