package se.ukrapport.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and their sub-folders (java.nio WatchService, which watches one folder
 * per key: new sub-folders are registered as they appear) and reports a burst of changes
 * once it is over ({@link Debouncer}). Closing it ends a wait from any thread.
 */
final class FolderWatcher implements AutoCloseable {

    private final WatchService service;

    private final Map<WatchKey, Path> keys = new HashMap<>();

    private final Duration quiet;

    private final Duration max;

    FolderWatcher(List<Path> folders, Duration quiet, Duration max) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.max = max;
        for (Path f : folders) {
            registerTree(f);
        }
    }

    /**
     * Waits for a change and then for the burst it starts to end. False when the watcher
     * was closed.
     */
    boolean awaitChanges() throws InterruptedException {
        Debouncer burst = new Debouncer(quiet, max);
        while (true) {
            WatchKey key;
            try {
                if (!burst.pending()) {
                    key = service.take();
                }
                else {
                    long wait = burst.remaining(System.nanoTime());
                    if (wait <= 0) {
                        return true;
                    }
                    key = service.poll(wait, TimeUnit.NANOSECONDS);
                }
            }
            catch (ClosedWatchServiceException e) {
                return false;
            }
            if (key == null) {
                continue;
            }
            Path dir = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (dir != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && event.context() instanceof Path name) {
                    Path created = dir.resolve(name);
                    if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                        registerQuietly(created);
                    }
                }
            }
            burst.event(System.nanoTime());
            if (!key.reset()) {
                keys.remove(key);
            }
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        }
        catch (IOException | ClosedWatchServiceException e) {
            // Gone again, or the watcher is closing: the snapshot decides what changed.
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path dir : s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                keys.put(key, dir);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        }
        catch (IOException e) {
            // Nothing to do: the watcher is no longer used.
        }
    }

}
