// Runs mongo-java-server on loopback without a build step:
//   java -cp "$(cat target/classpath.txt)" Launcher.java PORT [H2_FILE]
// With H2_FILE the data survives restarts (H2 backend); without it, memory only.
// Prints "READY <port>" once it accepts connections so callers can wait for it, and exits
// when its stdin closes.
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Launcher PORT [H2_FILE]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        MongoServer server = args.length > 1
                ? new MongoServer(new H2Backend(args[1]))
                : new MongoServer(new MemoryBackend());
        // The shutdown hook lets the H2 backend flush its file on SIGTERM.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        server.bind("127.0.0.1", port);
        System.out.println("READY " + port);
        System.out.flush();
        // Stop when the parent closes our stdin (it exited or died), so no server is left orphaned.
        while (System.in.read() != -1) {
            // ignore input
        }
        System.exit(0);
    }
}
