// Starts an embedded Neo4j Community server with Bolt on 127.0.0.1 for Cooperation Atlas.
// Usage: java -cp 'lib/*:classes' Neo4jLocal <homeDir> <boltPort> [pageCacheMb] [txTimeoutSeconds]
// With NEO4J_LOCAL_PASSWORD in the environment (never on the command line, where `ps` shows it),
// Bolt requires authentication and the user `neo4j` gets that password at every start.
// Prints "NEO4J_READY <boltUri>" when Bolt accepts connections; shuts down cleanly on SIGTERM/SIGINT
// and also when its standard input closes, so a parent that dies without cleaning up leaves no JVM behind.
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

public final class Neo4jLocal {
  private static volatile DatabaseManagementService service;


  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      // Neo4j's own threads would keep a half-started JVM alive: report, shut down, exit.
      t.printStackTrace();
      shutdown();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Neo4jLocal <homeDir> <boltPort> [pageCacheMb] [txTimeoutSeconds]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 128;
    long txTimeoutSeconds = args.length > 3 ? Long.parseLong(args[3]) : 0;
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // LOAD CSV must never read the machine's files; the console refuses it as well.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // ... nor any other address: every IPv4 and IPv6 address is blocked for LOAD CSV (and any
        // URL-loading procedure), so a bypass of the app's console checks finds nothing to reach.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
        // A runaway query is stopped by memory before it can take the JVM down.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024 * 1024);
    if (txTimeoutSeconds > 0) {
      builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds));
    }

    Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLocal::shutdown, "neo4j-local-shutdown"));
    service = builder.build();
    if (auth) {
      // The system database holds the users; set the password before Bolt is announced. At a later
      // start it is usually the same already, which Neo4j reports as an error: that one is fine.
      try {
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally("ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
      } catch (QueryExecutionException e) {
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      }
    }
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // Parent watchdog: when stdin reaches EOF the parent is gone (or asked us to stop).
    Thread watchdog = new Thread(() -> {
      try {
        InputStream in = System.in;
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) { /* ignore input */ }
      } catch (Exception ignored) {
        // fall through to exit
      }
      System.exit(0);
    }, "neo4j-local-stdin-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Thread.currentThread().join();
  }

  private static synchronized void shutdown() {
    DatabaseManagementService s = service;
    service = null;
    if (s != null) {
      s.shutdown();
      System.out.println("NEO4J_STOPPED");
      System.out.flush();
    }
  }
}
