package se.ukrapport.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An OS file lock beside the output folder, taken before Spring starts: a second run on
 * the same output waits for nobody and interleaves with nothing — it is refused (exit
 * code 3). The OS releases the lock when the process dies, even after kill -9.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;

    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Optional<RunLock> tryAcquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        }
        catch (java.nio.channels.OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            return Optional.empty();
        }
        return Optional.of(new RunLock(ch, l));
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

}
