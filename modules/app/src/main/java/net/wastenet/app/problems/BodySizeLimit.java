package net.wastenet.app.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over 1 MiB (JSON), 10 MiB (a photo, {@code POST /photos}), 32 MiB (the synchronous CSV import) or 1 GiB (a file for a bulk
 * import, {@code POST /imports}, streamed to disk; {@code wastenet.imports.maxFileBytes}) before anything reads them: by the
 * declared length when there is one, and by counting while reading when the body is chunked.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    static final long JSON_LIMIT = 1L << 20;
    static final long CSV_LIMIT = 32L << 20;
    static final long BULK_LIMIT = 1L << 30;
    /** Where a file is taken: the bulk import (ImportResource) and the synchronous CSV import (TonnageImportResource). */
    static final String BULK_IMPORT_PATH = "imports";
    static final String CSV_IMPORT_PATH = "tonnage-logs/import";
    /** A photo ({@code POST /photos}, JPEG or PNG): 10 MiB, as the quality module's rule says. */
    static final long PHOTO_LIMIT = 10L << 20;
    /** The bulk import's limit: {@code wastenet.imports.maxFileBytes} (1 GiB by default). */
    private final long bulkLimit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("wastenet.imports.maxFileBytes", Long.class).orElse(BULK_LIMIT);

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        // a file's larger limits only where a file is taken: elsewhere any body (a text one included) is held to JSON's
        boolean csv = type != null && ("csv".equals(type.getSubtype()) || "plain".equals(type.getSubtype()))
                && (path.equals(BULK_IMPORT_PATH) || path.equals(CSV_IMPORT_PATH));
        boolean photo = type != null && "image".equals(type.getType()) && path.equals("photos");
        long limit = photo ? PHOTO_LIMIT : !csv ? JSON_LIMIT : path.equals(BULK_IMPORT_PATH) ? bulkLimit : CSV_LIMIT;
        if (request.getLength() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
