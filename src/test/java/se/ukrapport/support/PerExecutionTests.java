package se.ukrapport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class PerExecutionTests {

    private final AtomicInteger builds = new AtomicInteger();

    /** Each make gives a new value, as building a report model does. */
    private final Supplier<Object> build = () -> {
        builds.incrementAndGet();
        return new Object();
    };

    @Test
    void theStepsOfOneExecutionShareOneModel() {
        PerExecution<Object> models = new PerExecution<>();
        Object first = models.get(7, build);
        assertThat(models.get(7, build)).isSameAs(first);
        assertThat(models.get(7, build)).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void anotherExecutionBuildsItsOwn() {
        PerExecution<Object> models = new PerExecution<>();
        Object first = models.get(7, build);
        assertThat(models.get(8, build)).isNotSameAs(first);
        assertThat(models.get(7, build)).isNotSameAs(first);
        assertThat(builds).hasValue(3);
    }

    @Test
    void aFailedBuildIsNotKept() {
        PerExecution<Object> models = new PerExecution<>();
        assertThatThrownBy(() -> models.get(7, () -> {
            throw new IllegalStateException("mallfel");
        })).hasMessage("mallfel");
        models.get(7, build);
        assertThat(builds).hasValue(1);
    }

    @Test
    void twoStepsSideBySideWaitForOneBuild() throws Exception {
        PerExecution<Object> models = new PerExecution<>();
        CountDownLatch bothAsking = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> got = pool.invokeAll(List.of(() -> {
                bothAsking.countDown();
                bothAsking.await();
                return models.get(7, build);
            }, () -> {
                bothAsking.countDown();
                bothAsking.await();
                return models.get(7, build);
            }));
            assertThat(got.get(0).get()).isSameAs(got.get(1).get());
            assertThat(builds).hasValue(1);
        }
        finally {
            pool.shutdown();
        }
    }

}
