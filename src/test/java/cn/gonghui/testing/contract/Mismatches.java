package cn.gonghui.testing.contract;

import cn.gonghui.testing.contract.Contract.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The survey mode's record: one line per mismatch, in {@code target/contract-mismatches.txt}. */
final class Mismatches {

    static final Path FILE = Path.of("target/contract-mismatches.txt");

    private Mismatches() {
    }

    static synchronized void collect(Operation operation, int status, List<String> mismatches) {
        List<String> lines = new ArrayList<>();
        mismatches.forEach(mismatch -> lines.add(operation.id() + " -> " + status + " | " + mismatch.replace('\n', ' ')));
        try {
            Files.write(FILE, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
