package cn.gonghui.privacy.rights;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** An eraser of the tests that fails for the members a test names, as a store that is down would. */
@ApplicationScoped
public class BrokenEraser implements PersonalDataEraser {

    static final Set<UUID> FAILING_FOR = ConcurrentHashMap.newKeySet();

    @Override
    public void erase(UUID memberId) {
        if (FAILING_FOR.contains(memberId)) {
            throw new IllegalStateException("test: this member's data cannot be reached");
        }
    }
}
