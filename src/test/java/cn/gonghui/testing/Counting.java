package cn.gonghui.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the calls of one method of an interface, passing every call on to the real object. */
public final class Counting {

    private Counting() {
    }

    public static <T> T calls(Class<T> type, T real, String method, AtomicInteger counter) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, called, arguments) -> {
                    if (called.getName().equals(method)) {
                        counter.incrementAndGet();
                    }
                    try {
                        return called.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
