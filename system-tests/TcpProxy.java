import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy the system tests put between one service and PostgreSQL, to cut that
 * service off its database without touching the database itself (or a running ./dev up).
 * While the control file exists, every open connection is closed and new ones are closed as soon
 * as they arrive; when it is removed, connections pass again.
 * Run: java TcpProxy.java LISTEN_PORT TARGET_PORT CONTROL_FILE
 */
public class TcpProxy {

    static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        int listen = Integer.parseInt(args[0]);
        int target = Integer.parseInt(args[1]);
        Path cut = Path.of(args[2]);
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
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen));
            while (true) {
                Socket client = server.accept();
                if (Files.exists(cut)) {
                    close(client);
                    continue;
                }
                try {
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    OPEN.add(client);
                    OPEN.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
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
