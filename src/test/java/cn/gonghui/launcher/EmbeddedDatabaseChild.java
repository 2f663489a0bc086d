package cn.gonghui.launcher;

import java.nio.file.Path;

/** A JVM of its own that starts the database, writes a row and waits to be killed. */
public final class EmbeddedDatabaseChild {

    static final String READY = "CHILD-READY";

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(Path.of(args[0]));
        EmbeddedDatabaseTest.execute(database, "CREATE TABLE notes (text text)",
                "INSERT INTO notes VALUES ('written before the kill')");
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
