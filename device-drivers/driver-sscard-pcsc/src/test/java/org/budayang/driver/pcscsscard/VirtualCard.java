package org.budayang.driver.pcscsscard;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 社保卡 in the virtual reader of a real pcscd: connects to vsmartcard's vpcd (localhost, port 35963 for
 * reader {@code Virtual PCD 00 00}) and speaks its protocol (2-byte big-endian length + payload; a 1-byte
 * payload is control: 0 power off, 1 power on, 2 reset, 4 get ATR; anything else is a command APDU answered
 * with the response APDU). The APDUs are answered by the {@link SsseApplet} in jcardsim ({@link SimCard}).
 *
 * <p>Scriptable, each fault real at the vpcd socket: {@link #remove()} / {@link #insert()} (disconnect and
 * reconnect: the reader sees the card go and come), {@link #removeAfter(int)} (pulled after n more APDUs, mid
 * read), {@link #slow(Duration)} (each SSSE selection, the first exchange of a read, waits that long),
 * {@link #silent(boolean)} (answers are held back until released), {@link #garbage(byte[])} (the next READ
 * RECORD is answered with these bytes and 9000), {@link #malformed()} (the next answer is one byte, no status
 * word). While inserted it reconnects by itself when vpcd goes away
 * (pcscd restarted).
 */
final class VirtualCard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VirtualCard.class);
    static final int VPCD_PORT = 35963;

    private final SimCard card;
    private final int port;
    private final Thread thread;
    private final Object lock = new Object();
    private volatile boolean running = true;
    private boolean inserted = true;
    private boolean silent;
    private Duration slow = Duration.ZERO;
    private byte[] garbage;
    private boolean malformed;
    private int removeAfter = -1;
    private Socket socket;
    private int connections;

    VirtualCard(SimCard card, int port) {
        this.card = card;
        this.port = port;
        this.thread = new Thread(this::serve, "virtual-sscard:" + port);
        thread.setDaemon(true);
        thread.start();
    }

    static VirtualCard of(CardImage image) {
        return new VirtualCard(SimCard.of(image), VPCD_PORT);
    }

    SimCard card() {
        return card;
    }

    void remove() {
        synchronized (lock) {
            inserted = false;
            removeAfter = -1;
            closeSocket();
            lock.notifyAll();
        }
    }

    void insert() {
        synchronized (lock) {
            inserted = true;
            lock.notifyAll();
        }
    }

    /** Pulls the card out after {@code apdus} more command APDUs have been answered. */
    void removeAfter(int apdus) {
        synchronized (lock) {
            removeAfter = apdus;
        }
    }

    void slow(Duration delay) {
        synchronized (lock) {
            slow = delay;
            lock.notifyAll();
        }
    }

    void silent(boolean on) {
        synchronized (lock) {
            silent = on;
            lock.notifyAll();
        }
    }

    void garbage(byte[] bytes) {
        synchronized (lock) {
            garbage = bytes.clone();
        }
    }

    /** The next command is answered with one byte: no status word, not a response APDU. */
    void malformed() {
        synchronized (lock) {
            malformed = true;
        }
    }

    /** How many times the card has connected to vpcd. */
    int connections() {
        synchronized (lock) {
            return connections;
        }
    }

    private void serve() {
        while (running) {
            Socket connected;
            synchronized (lock) {
                while (running && !inserted) {
                    await(0);
                }
                if (!running) {
                    return;
                }
            }
            try {
                connected = new Socket();
                connected.connect(new InetSocketAddress("127.0.0.1", port), 500);
                connected.setTcpNoDelay(true);
            } catch (IOException vpcdNotListening) {
                sleep(100);
                continue;
            }
            synchronized (lock) {
                socket = connected;
                connections++;
            }
            try {
                talk(connected);
            } catch (IOException gone) {
                LOG.debug("virtual card on port {}: connection ended: {}", port, gone.toString());
            } finally {
                synchronized (lock) {
                    closeSocket();
                }
            }
        }
    }

    private void talk(Socket connected) throws IOException {
        DataInputStream in = new DataInputStream(connected.getInputStream());
        DataOutputStream out = new DataOutputStream(connected.getOutputStream());
        while (running) {
            quickAck(connected);
            int length = in.readUnsignedShort();
            quickAck(connected);
            byte[] payload = new byte[length];
            in.readFully(payload);
            if (length == 1) {
                LOG.debug("virtual card: control {}", payload[0]);
                if (payload[0] == 4) {
                    send(out, card.simulator.getATR());
                } else if (payload[0] == 0 || payload[0] == 2) {
                    card.simulator.reset();
                }
                continue;
            }
            byte[] answer = answer(payload);
            LOG.debug("virtual card: {} -> {}", java.util.HexFormat.of().formatHex(payload),
                    answer == null ? "pulled" : java.util.HexFormat.of().formatHex(answer));
            if (answer == null) {
                return; // pulled out
            }
            send(out, answer);
        }
        throw new EOFException("stopped");
    }

    private byte[] answer(byte[] apdu) {
        CommandAPDU command = new CommandAPDU(apdu);
        byte[] response;
        synchronized (lock) {
            if (command.getINS() == 0xA4 && command.getP1() == 0x04) {
                long end = System.nanoTime() + slow.toNanos();
                while (running && !slow.isZero() && System.nanoTime() < end) {
                    await(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                }
            }
            while (running && silent) {
                await(0);
            }
            if (malformed) {
                response = new byte[] {0x6A};
                malformed = false;
            } else if (command.getINS() == 0xB2 && garbage != null) {
                response = Arrays.copyOf(garbage, garbage.length + 2);
                response[garbage.length] = (byte) 0x90;
                garbage = null;
            } else {
                response = null;
            }
            if (removeAfter == 0) {
                inserted = false;
                removeAfter = -1;
                return null;
            }
            if (removeAfter > 0) {
                removeAfter--;
            }
        }
        if (response != null) {
            return response;
        }
        ResponseAPDU real = card.simulator.transmitCommand(command);
        return real.getBytes();
    }

    /** One write per message (length and payload together), so nothing waits for a delayed ACK. */
    private static void send(DataOutputStream out, byte[] payload) throws IOException {
        byte[] message = new byte[payload.length + 2];
        message[0] = (byte) (payload.length >> 8);
        message[1] = (byte) payload.length;
        System.arraycopy(payload, 0, message, 2, payload.length);
        out.write(message);
        out.flush();
    }

    /**
     * vpcd writes the length and the APDU separately without TCP_NODELAY, so its second write waits for our ACK;
     * a quick ACK (Linux) saves the 40 ms delayed-ACK timer on every exchange.
     */
    private static void quickAck(Socket connected) {
        try {
            if (connected.supportedOptions().contains(jdk.net.ExtendedSocketOptions.TCP_QUICKACK)) {
                connected.setOption(jdk.net.ExtendedSocketOptions.TCP_QUICKACK, true);
            }
        } catch (IOException e) {
            LOG.debug("TCP_QUICKACK not set: {}", e.toString());
        }
    }

    private void await(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("virtual card on port {}: close failed: {}", port, e.toString());
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        running = false;
        synchronized (lock) {
            closeSocket();
            lock.notifyAll();
        }
        thread.interrupt();
    }
}
