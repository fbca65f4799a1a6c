package se.ukrapport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.ReportDocument;

class ModelOfRunTests {

    private final AtomicInteger builds = new AtomicInteger();

    private final Supplier<ChapterBuilder.Built> build = () -> {
        builds.incrementAndGet();
        return new ChapterBuilder.Built(new ReportDocument(new ReportDocument.Meta("T", "", "", null, ""), List.of()),
                Map.of());
    };

    @Test
    void theStepsOfOneExecutionShareOneModel() {
        ModelOfRun models = new ModelOfRun();
        ChapterBuilder.Built first = models.get(7, build);
        assertThat(models.get(7, build)).isSameAs(first);
        assertThat(models.get(7, build)).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void anotherExecutionBuildsItsOwn() {
        ModelOfRun models = new ModelOfRun();
        ChapterBuilder.Built first = models.get(7, build);
        assertThat(models.get(8, build)).isNotSameAs(first);
        assertThat(models.get(7, build)).isNotSameAs(first);
        assertThat(builds).hasValue(3);
    }

    @Test
    void aFailedBuildIsNotKept() {
        ModelOfRun models = new ModelOfRun();
        assertThatThrownBy(() -> models.get(7, () -> {
            throw new IllegalStateException("mallfel");
        })).hasMessage("mallfel");
        models.get(7, build);
        assertThat(builds).hasValue(1);
    }

    @Test
    void twoStepsSideBySideWaitForOneBuild() throws Exception {
        ModelOfRun models = new ModelOfRun();
        CountDownLatch bothAsking = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ChapterBuilder.Built>> got = pool.invokeAll(List.of(() -> {
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
