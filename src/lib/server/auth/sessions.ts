// Sign-in and sessions. The cookie carries a random token; the database keeps only its SHA-256, with
// an expiry. Failed attempts are counted per account and per address: past the limit, sign-in is
// refused for a while, even with the right password.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { loginAttempts, sessions, users } from '../db/schema';
import { verifyPassword } from './password';
import type { User } from './users';

export const SESSION_COOKIE = 'motiemonitor_sessie';
export const SESSION_HOURS = 12;
/** Failed attempts allowed per account and per address within the window. */
export const MAX_FAILED = { account: 5, address: 20 } as const;
export const LOCKOUT_MINUTES = 15;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export type SignInResult =
	{ ok: true; token: string; user: User; expiresAt: Date } | { ok: false; message: string };

const WRONG = 'Naam of wachtwoord klopt niet.';
const LOCKED = `Te veel mislukte pogingen. Probeer het over ${LOCKOUT_MINUTES} minuten opnieuw.`;

function failedSince(db: Db, column: 'name' | 'address', value: string, since: string): number {
	const col = column === 'name' ? loginAttempts.name : loginAttempts.address;
	return (
		db.get<{ n: number }>(
			sql`select count(*) as n from ${loginAttempts} where ${col} = ${value} and ${loginAttempts.at} > ${since}`
		)?.n ?? 0
	);
}

export function signIn(
	db: Db,
	name: string,
	password: string,
	address: string,
	now: Date = new Date()
): SignInResult {
	const since = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000).toISOString();
	if (
		failedSince(db, 'name', name, since) >= MAX_FAILED.account ||
		failedSince(db, 'address', address, since) >= MAX_FAILED.address
	)
		return { ok: false, message: LOCKED };
	const row = db.select().from(users).where(eq(users.name, name)).get();
	// A missing account costs the same scrypt work, so timing does not tell which names exist.
	const valid = verifyPassword(password, row?.passwordHash ?? DUMMY_HASH) && !!row && !row.disabled;
	if (!valid || !row) {
		db.insert(loginAttempts).values({ at: now.toISOString(), name, address }).run();
		return { ok: false, message: WRONG };
	}
	// Old attempts and expired sessions are of no more use.
	db.delete(loginAttempts).where(lt(loginAttempts.at, since)).run();
	db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
	db.insert(sessions)
		.values({
			id: tokenHash(token),
			userId: row.id,
			createdAt: now.toISOString(),
			expiresAt: expiresAt.toISOString()
		})
		.run();
	return { ok: true, token, user: { id: row.id, name: row.name, role: row.role }, expiresAt };
}

// scrypt of a password nobody has, for accounts that do not exist.
const DUMMY_HASH =
	'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** The user a session token belongs to, if the session has not expired and the account is enabled. */
export function sessionUser(
	db: Db,
	token: string,
	now: Date = new Date()
): (User & { sessionId: string }) | null {
	const id = tokenHash(token);
	const row = db
		.select({ id: users.id, name: users.name, role: users.role, sessionId: sessions.id })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(
			and(eq(sessions.id, id), gt(sessions.expiresAt, now.toISOString()), eq(users.disabled, false))
		)
		.get();
	return row ?? null;
}

export function signOut(db: Db, token: string): void {
	db.delete(sessions)
		.where(eq(sessions.id, tokenHash(token)))
		.run();
}
