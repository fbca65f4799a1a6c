package se.ukrapport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Strategy documents go to the worker threads for a large input only; for a short run
 * each is processed at once on the step's thread.
 */
class DocumentWorkersTests {

    private final DocumentWorkers workers = new DocumentWorkers();

    @Test
    void aShortRunProcessesOnTheStepsThread() throws Exception {
        workers.parallel(false);

        var future = workers.submit(() -> Thread.currentThread().getName());

        assertThat(future.isDone()).isTrue();
        assertThat(future.get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aLargeInputProcessesOnTheWorkers() throws Exception {
        workers.parallel(true);

        assertThat(workers.submit(() -> Thread.currentThread().getName()).get()).startsWith("strategi-");
    }

}
