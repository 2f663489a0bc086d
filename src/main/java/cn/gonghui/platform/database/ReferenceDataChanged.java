package cn.gonghui.platform.database;

/**
 * A CDI event: reference data of this kind (e.g. {@code catalogue}) changed in a committed
 * transaction, on this instance or another one. {@link #EVERYTHING} is sent after the instance may
 * have missed changes (its listening connection was lost), so every cache drops what it holds.
 */
public record ReferenceDataChanged(String kind) {

    public static final String EVERYTHING = "*";

    public boolean concerns(String cacheKind) {
        return EVERYTHING.equals(kind) || cacheKind.equals(kind);
    }
}
