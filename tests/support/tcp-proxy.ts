import { createServer, Socket, type Server } from "node:net";
import { findFreePort } from "./redis-server";

// A PRIVATE TCP proxy in front of the shared PostgreSQL, so a test can take "the database" away from the app's
// client (and cut a connection at a chosen moment) without touching the server other tests use. Point the app's
// DATABASE_URL at `port`; stop() is a server that went away (every connection closed, new ones refused), start()
// brings it back on the same port.

export type TcpProxy = {
  port: number;
  /** Listens on `port` (again) and forwards each connection to the target. */
  start(): Promise<void>;
  /** Stops listening and destroys every open connection, both sides: clients see their socket close. */
  stop(): Promise<void>;
  /**
   * Once: on the first connection whose client sends text containing `afterClientSent` (case-insensitive), the
   * server's next reply containing `reply` is never delivered and both sides of that connection are destroyed:
   * the server did the work, the client never hears of it. Resolves when it happened.
   * @example await proxy.loseReply({ afterClientSent: projectName, reply: "COMMIT\0" })
   */
  loseReply(options: { afterClientSent: string; reply: string }): Promise<void>;
  /**
   * Once: on the first connection whose client sends text containing `afterClientSent` (case-insensitive), after the
   * server's next reply containing `afterReply`, the client's next message never reaches the server and both sides
   * of that connection are destroyed: the client sent it, the server never heard of it. Resolves when it happened.
   * (A statement's text is on the wire only the first time a connection prepares it; its values always are.)
   * @example await proxy.loseRequest({ afterClientSent: projectName, afterReply: "SELECT 1\0" })
   */
  loseRequest(options: { afterClientSent: string; afterReply: string }): Promise<void>;
};

/**
 * What a trap swallows once armed on a connection: the server's reply containing `reply`, or the client's next
 * message once the server replied `afterReply` (`isReplied` records that it did).
 */
type Trap = { afterClientSent: string; sprung: () => void; armedOn?: Socket } & (
  | { lose: "reply"; reply: string }
  | { lose: "request"; afterReply: string; isReplied: boolean }
);

function contains(chunk: Buffer, text: string): boolean {
  return chunk.toString("latin1").toLowerCase().includes(text.toLowerCase());
}

/** A proxy to `target` on a free port of 127.0.0.1, not listening yet. */
export async function createTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const port = await findFreePort();
  const open = new Set<Socket>();
  let server: Server | undefined;
  let trap: Trap | undefined;

  function forward(client: Socket): void {
    const upstream = new Socket();
    open.add(client).add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", closeBoth).on("close", closeBoth);
    upstream.on("error", closeBoth).on("close", closeBoth);
    const spring = (armed: Trap) => {
      trap = undefined;
      closeBoth();
      armed.sprung();
    };
    client.on("data", (chunk: Buffer) => {
      if (trap?.armedOn === client && trap.lose === "request" && trap.isReplied) return spring(trap);
      if (trap && !trap.armedOn && contains(chunk, trap.afterClientSent)) trap.armedOn = client;
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (trap?.armedOn === client && trap.lose === "reply" && contains(chunk, trap.reply)) return spring(trap);
      if (trap?.armedOn === client && trap.lose === "request" && contains(chunk, trap.afterReply)) trap.isReplied = true;
      client.write(chunk);
    });
    upstream.connect(target.port, target.host);
  }

  return {
    port,
    async start() {
      if (server) return;
      const listening = createServer(forward);
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(port, "127.0.0.1", () => resolve());
      });
      server = listening;
    },
    async stop() {
      const listening = server;
      server = undefined;
      for (const socket of open) socket.destroy();
      open.clear();
      if (listening) await new Promise<void>((resolve) => listening.close(() => resolve()));
    },
    loseReply({ afterClientSent, reply }) {
      return new Promise<void>((resolve) => {
        trap = { afterClientSent, lose: "reply", reply, sprung: resolve };
      });
    },
    loseRequest({ afterClientSent, afterReply }) {
      return new Promise<void>((resolve) => {
        trap = { afterClientSent, lose: "request", afterReply, isReplied: false, sprung: resolve };
      });
    },
  };
}
