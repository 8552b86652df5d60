package com.salesmachine.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Directories under {@code ${java.io.tmpdir}/sales-machine/} owned by this JVM, and one JVM shutdown hook that
 * undoes everything registered with {@link #onExit(Runnable)} in reverse order (servers stop before the
 * binaries they run from are deleted).
 */
final class ScratchDirectory {

    private static final Deque<Runnable> EXIT_ACTIONS = new ArrayDeque<>();
    private static final Map<String, Path> SHARED = new HashMap<>();
    private static boolean hookInstalled;

    private ScratchDirectory() {
    }

    /** Runs {@code action} when the JVM exits, before every action registered earlier. */
    static synchronized void onExit(Runnable action) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ScratchDirectory::runExitActions, "local-stack-cleanup"));
            hookInstalled = true;
        }
        EXIT_ACTIONS.push(action);
    }

    private static void runExitActions() {
        Runnable action;
        while ((action = nextExitAction()) != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("local stack cleanup: " + e);
            }
        }
    }

    private static synchronized Runnable nextExitAction() {
        return EXIT_ACTIONS.poll();
    }

    /** One directory per JVM and name (e.g. unpacked server binaries shared by several servers), deleted on exit. */
    static synchronized Path shared(String name) {
        return SHARED.computeIfAbsent(name, key -> {
            Path directory = create(key);
            onExit(() -> delete(directory));
            return directory;
        });
    }

    static Path create(String prefix) {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "sales-machine");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix + "-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch directory for " + prefix, e);
        }
    }

    static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
