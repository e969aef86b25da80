package ai.frontierwatch.gateway.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A TCP port that accepts connections (the kernel completes the handshake and buffers the request) but never
 * answers: a downstream service that hangs. Open for the lifetime of the test JVM.
 */
final class SilentServer {

    private static ServerSocket socket;

    private SilentServer() {
    }

    static synchronized int port() {
        if (socket == null) {
            try {
                socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return socket.getLocalPort();
    }
}
