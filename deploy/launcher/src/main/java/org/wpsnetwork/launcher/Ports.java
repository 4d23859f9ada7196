package org.wpsnetwork.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port is free before something is started on it, so the failure names the port. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String what, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new LaunchException("Port " + port + " for " + what + " is already in use. Stop whatever holds it, "
                    + "or choose another with " + option + ".");
        }
    }
}
