import { LRUCache } from "lru-cache";
import { listenToDatabase, type Db, type DbOrTx } from "@/db";
import { getUserWithMemberships, notifyIdentityChange, type UserWithMemberships } from "@/db/queries/auth";
import { listLiveSessions } from "@/db/queries/sessions";
import { processSingleton } from "@/lib/process/singleton";

// Every API request needs the caller's account status, memberships and live sessions. Reading them from PostgreSQL on each
// request halved the throughput of a cached dashboard on two cores, so they are remembered in the process and
// forgotten the moment they change:
//  - every write to an account, a membership or a session (lib/users through lib/writes, lib/auth/sessions) sends NOTIFY on IDENTITY_CHANNEL
//    inside its transaction; PostgreSQL delivers it at commit to every app instance, which forgets that user;
//  - the writing instance also forgets at once, after the commit;
//  - nothing is remembered until this process listens, and everything is forgotten whenever the subscription is
//    re-established (notifications sent while it was down are lost);
//  - a read that raced with a change is not remembered (the `forgets` counter), and entries live at most
//    IDENTITY_TTL_MS in any case.
// What remains: for the few milliseconds between a commit and its notification, another instance may still
// answer with the previous role or status.

export const IDENTITY_CHANNEL = "calminer_identity";
const IDENTITY_TTL_MS = 30_000;
const MAX_REMEMBERED_USERS = 10_000;

/** A live session as remembered: times in ms since the epoch. */
export type RememberedSession = { lastSeenAtMs: number; expiresAtMs: number };

/** The account, its memberships and its live sessions (not revoked, not past their absolute end), by id. */
export type Identity = UserWithMemberships & { sessions: Map<string, RememberedSession> };

type MemoState = {
  /** The database the subscription is on (a test's next file opens another one). */
  db?: Db;
  isListening: boolean;
  forgets: number;
  users: LRUCache<string, Identity>;
};

// One per process: the routes that write (users.ts) and those that read may be in different bundles of one process.
const state = processSingleton<MemoState>("identity-memo", () => ({
  isListening: false,
  forgets: 0,
  users: new LRUCache({ max: MAX_REMEMBERED_USERS, ttl: IDENTITY_TTL_MS }),
}));

function forgetEverything(): void {
  state.forgets += 1;
  state.users.clear();
}

/** Forgets one user's account and memberships in this process (the others hear it through NOTIFY). */
export function forgetIdentity(userId: string): void {
  state.forgets += 1;
  state.users.delete(userId);
}

let listening: Promise<void> = Promise.resolve();

function listenOn(db: Db): void {
  state.db = db;
  state.isListening = false;
  forgetEverything();
  let resolveFirstListen = () => {};
  listening = new Promise((resolve) => (resolveFirstListen = resolve));
  const onListen = () => {
    if (state.db !== db) return;
    forgetEverything();
    state.isListening = true;
    resolveFirstListen();
  };
  listenToDatabase(IDENTITY_CHANNEL, forgetIdentity, onListen).catch((error: unknown) => {
    // Without a subscription nothing is remembered: every request reads the database, as before.
    console.warn(`identity notifications unavailable, reading memberships on every request: ${String(error)}`);
    resolveFirstListen();
  });
}

/** Subscribes this process to identity changes on `db` (once); resolves when it listens (or gave up). */
export async function startIdentityNotifications(db: Db): Promise<void> {
  if (state.db !== db) listenOn(db);
  await listening;
}

async function loadIdentity(db: Db, userId: string): Promise<Identity | null> {
  const user = await getUserWithMemberships(db, { userId });
  if (!user) return null;
  const live = await listLiveSessions(db, { userId, now: new Date() });
  const sessions = new Map(live.map((s) => [s.id, { lastSeenAtMs: s.lastSeenAt.getTime(), expiresAtMs: s.expiresAt.getTime() }]));
  return { ...user, sessions };
}

/**
 * The user, their memberships and live sessions: remembered when this process listens for changes, else read from
 * `db`. `fresh` reads the database whatever is remembered (and remembers the answer).
 */
export async function readIdentity(db: Db, userId: string, { fresh = false }: { fresh?: boolean } = {}): Promise<Identity | null> {
  if (state.db !== db) void startIdentityNotifications(db);
  const remembered = state.isListening && !fresh ? state.users.get(userId) : undefined;
  if (remembered) return remembered;
  const forgetsBefore = state.forgets;
  const user = await loadIdentity(db, userId);
  if (user && state.isListening && state.db === db && state.forgets === forgetsBefore) state.users.set(userId, user);
  return user;
}

/** Call inside the transaction that changes a user's account or memberships: delivered to every instance at commit. */
export async function notifyIdentityChanged(tx: DbOrTx, userId: string): Promise<void> {
  await notifyIdentityChange(tx, { channel: IDENTITY_CHANNEL, userId });
}
