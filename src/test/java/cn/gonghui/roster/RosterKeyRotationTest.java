package cn.gonghui.roster;

import static cn.gonghui.roster.Rosters.job;
import static cn.gonghui.roster.Rosters.newIdNumber;
import static cn.gonghui.roster.Rosters.upload;
import static cn.gonghui.roster.Rosters.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.privacy.KeyRotation;
import cn.gonghui.privacy.OldKeys;
import cn.gonghui.privacy.PrivacyKeys;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import cn.gonghui.testing.TestDatabase;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The uploaded rosters are personal data at rest like any other: after a key rotation the one
 * re-encryption job moves them to the current key, those waiting and those half-imported, sharing
 * the work with {@code SKIP LOCKED}, and the imports then run to the end on the moved files.
 */
@QuarkusTest
class RosterKeyRotationTest {

    private static final String OLD_KEY = "test-1";

    @Inject
    TestAccounts accounts;

    @Inject
    RosterImportWorker worker;

    @Inject
    KeyRotation rotation;

    @Inject
    PrivacyKeys keys;

    @Inject
    FieldCipher cipher;

    @Inject
    TestClock clock;

    String desheng;

    @BeforeEach
    void noJobWaiting() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        drain();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aHalfImportedRosterOfTheOldKeyIsMovedToTheCurrentOneAndItsImportResumesToTheEnd() throws Exception {
        byte[] file = roster(7);
        UUID id = UUID.fromString(upload(desheng, "desheng", file).then().statusCode(202).extract().path("id"));
        assertThat(worker.work(1)).isTrue();
        job(desheng, id.toString()).then().body("status", equalTo("running")).body("rowsProcessed", equalTo(3));
        storeWithOldKey(id, file);

        assertThat(rotation.rotateAll()).isGreaterThanOrEqualTo(1);

        byte[] stored = storedFile(id);
        assertThat(keyOf(stored)).isEqualTo(keys.currentKeyId());
        assertThat(cipher.decryptBytes(RosterImportWorker.FILE_PURPOSE, stored)).isEqualTo(file);
        clock.advance(Duration.ofMinutes(3));
        drain();
        job(desheng, id.toString()).then().body("status", equalTo("completed")).body("rowsProcessed", equalTo(7))
                .body("rowsCreated", equalTo(7)).body("rowsUpdated", equalTo(0)).body("rowsRejected", equalTo(0));
        assertThat(storedFile(id)).as("dropped once imported").isNull();
    }

    @Test
    void aRosterLockedElsewhereIsSkippedNotWaitedForAndMovedOnTheNextRound() throws Exception {
        byte[] first = roster(2);
        byte[] second = roster(2);
        UUID locked = UUID.fromString(upload(desheng, "desheng", first).then().statusCode(202).extract().path("id"));
        UUID free = UUID.fromString(upload(desheng, "desheng", second).then().statusCode(202).extract().path("id"));
        storeWithOldKey(locked, first);
        storeWithOldKey(free, second);

        try (Connection otherInstance = TestDatabase.database().connect()) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement lock = otherInstance.prepareStatement(
                    "SELECT id FROM roster_imports WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, locked);
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            rotation.rotateAll();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("skipped, not waited for")
                    .isLessThan(Duration.ofSeconds(4));
            assertThat(keyOf(storedFile(free))).isEqualTo(keys.currentKeyId());
            assertThat(keyOf(storedFile(locked))).isEqualTo(OLD_KEY);
            otherInstance.rollback();
        }

        assertThat(rotation.rotateAll()).isGreaterThanOrEqualTo(1);
        assertThat(keyOf(storedFile(locked))).isEqualTo(keys.currentKeyId());
        assertThat(rotation.rotateAll()).as("nothing left on the old key").isZero();
        drain();
        job(desheng, locked.toString()).then().body("status", equalTo("completed")).body("rowsCreated", equalTo(2));
        job(desheng, free.toString()).then().body("status", equalTo("completed")).body("rowsCreated", equalTo(2));
    }

    private static byte[] roster(int rows) {
        List<List<String>> people = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            people.add(List.of("褚" + "一二三四五六七八九".charAt(i), newIdNumber()));
        }
        return xlsx(people);
    }

    /** The file as an instance still on the old key would have stored it. */
    private void storeWithOldKey(UUID id, byte[] file) throws Exception {
        byte[] sealed = OldKeys.cipherWriting(keys, OLD_KEY).encryptBytes(RosterImportWorker.FILE_PURPOSE, file);
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE roster_imports SET file_cipher = ? WHERE id = ?")) {
            update.setBytes(1, sealed);
            update.setObject(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(keyOf(storedFile(id))).isEqualTo(OLD_KEY);
    }

    private static byte[] storedFile(UUID id) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement select = connection.prepareStatement("SELECT file_cipher FROM roster_imports WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static String keyOf(byte[] stored) {
        String head = new String(stored, 0, Math.min(stored.length, 20), StandardCharsets.US_ASCII);
        return head.substring(0, head.indexOf(':'));
    }

    private void drain() {
        while (worker.work(Integer.MAX_VALUE)) {
            // every waiting job
        }
    }
}
