package cn.gonghui.attachment;

import java.io.IOException;

/**
 * Where attachment bytes live. The local file system by default; an S3-compatible store can
 * implement the same three operations. It only ever sees encrypted bytes.
 */
public interface AttachmentStore {

    void put(String key, byte[] content) throws IOException;

    byte[] get(String key) throws IOException;

    void delete(String key) throws IOException;
}
