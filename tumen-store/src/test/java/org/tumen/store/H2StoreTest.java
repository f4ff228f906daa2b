package org.tumen.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour on embedded H2 in file mode, as users run it by default. */
class H2StoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected StoreConfig freshDatabase() {
        return StoreConfig.embedded(dir.resolve("tumen-data"));
    }
}
