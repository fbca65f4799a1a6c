package se.ukrapport.config;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that read and search strategy documents side by side, one per core; or, for
 * a short run (MunicipalityRegistry.shortRun), none: each document is then processed at
 * once on the step's own thread, as a plain chunk step does.
 */
final class DocumentWorkers implements AsyncTaskExecutor {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    private volatile boolean parallel;

    DocumentWorkers() {
        int cores = Runtime.getRuntime().availableProcessors();
        pool.setCorePoolSize(cores);
        pool.setMaxPoolSize(cores);
        pool.setAllowCoreThreadTimeOut(true);
        pool.setKeepAliveSeconds(5);
        pool.setDaemon(true);
        pool.setThreadNamePrefix("strategi-");
        pool.initialize();
    }

    /**
     * Whether the documents of the step execution about to start are processed side by
     * side.
     */
    void parallel(boolean parallel) {
        this.parallel = parallel;
    }

    @Override
    public void execute(Runnable task) {
        submit(task);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return submit(() -> {
            task.run();
            return null;
        });
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        if (parallel) {
            return pool.submit(task);
        }
        FutureTask<T> now = new FutureTask<>(task);
        now.run();
        return now;
    }

}
