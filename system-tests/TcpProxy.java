import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy for the system tests, in front of one or more local ports.
 * <ul>
 * <li>Between one service and PostgreSQL, it cuts that service off its database without touching the
 * database itself (or a running ./dev up): while the control file exists, every open connection is
 * closed and new ones are closed as soon as they arrive; when it is removed, connections pass again.</li>
 * <li>In front of two replicas of a service, it balances new connections between them, round robin, as
 * a Kubernetes Service does; while {@code CONTROL_FILE.PORT.out} exists, that replica gets no new
 * connection and keeps its open ones (its endpoint removed, as before a pod stops).</li>
 * </ul>
 * Run: java TcpProxy.java LISTEN_PORT CONTROL_FILE TARGET_PORT [TARGET_PORT...]
 */
public class TcpProxy {

    static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        int listen = Integer.parseInt(args[0]);
        Path cut = Path.of(args[1]);
        List<Integer> targets = Arrays.stream(args).skip(2).map(Integer::valueOf).toList();
        AtomicInteger next = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (true) {
                if (Files.exists(cut)) {
                    for (Socket s : OPEN) {
                        close(s);
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen), 200);
            while (true) {
                Socket client = server.accept();
                if (Files.exists(cut)) {
                    close(client);
                    continue;
                }
                List<Integer> in = targets.stream()
                        .filter(t -> !Files.exists(Path.of(cut + "." + t + ".out"))).toList();
                if (in.isEmpty()) {
                    close(client);
                    continue;
                }
                int target = in.get(Math.floorMod(next.getAndIncrement(), in.size()));
                try {
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    OPEN.add(client);
                    OPEN.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    System.err.println("connection to " + target + " refused: " + e.getMessage());
                    close(client);
                }
            }
        }
    }

    static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // a cut or a normal close
            } finally {
                close(from);
                close(to);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    static void close(Socket s) {
        OPEN.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
