// Accounts: made, listed, disabled and given a new password from the command line; checked at sign-in.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { users, sessions, type UserRole } from '../db/schema';
import { hashPassword, passwordProblem } from './password';

export interface User {
	id: number;
	name: string;
	role: UserRole;
}

export class UserError extends Error {}

const NAME = /^[\p{L}\p{N}._@-]{2,64}$/u;

export function addUser(db: Db, name: string, password: string, role: UserRole = 'clerk'): User {
	if (!NAME.test(name))
		throw new UserError(
			`"${name}" is geen geldige naam: 2 tot 64 letters, cijfers of . _ @ - (geen spaties).`
		);
	const problem = passwordProblem(password);
	if (problem) throw new UserError(problem);
	if (db.select({ id: users.id }).from(users).where(eq(users.name, name)).get())
		throw new UserError(`Er is al een account met de naam "${name}".`);
	const row = db
		.insert(users)
		.values({
			name,
			role,
			passwordHash: hashPassword(password),
			createdAt: new Date().toISOString()
		})
		.returning({ id: users.id, name: users.name, role: users.role })
		.get();
	return row;
}

export function listUsers(db: Db) {
	return db
		.select({
			id: users.id,
			name: users.name,
			role: users.role,
			disabled: users.disabled,
			createdAt: users.createdAt
		})
		.from(users)
		.orderBy(users.name)
		.all();
}

function existing(db: Db, name: string) {
	const row = db.select().from(users).where(eq(users.name, name)).get();
	if (!row) throw new UserError(`Er is geen account met de naam "${name}".`);
	return row;
}

/** Disable an account and end its sessions at once. */
export function disableUser(db: Db, name: string): void {
	const row = existing(db, name);
	db.transaction((tx) => {
		tx.update(users).set({ disabled: true }).where(eq(users.id, row.id)).run();
		tx.delete(sessions).where(eq(sessions.userId, row.id)).run();
	});
}

/** A new password; every session of the account ends. */
export function setPassword(db: Db, name: string, password: string): void {
	const row = existing(db, name);
	const problem = passwordProblem(password);
	if (problem) throw new UserError(problem);
	db.transaction((tx) => {
		tx.update(users)
			.set({ passwordHash: hashPassword(password), disabled: false })
			.where(eq(users.id, row.id))
			.run();
		tx.delete(sessions).where(eq(sessions.userId, row.id)).run();
	});
}

export function userCount(db: Db): number {
	return db.get<{ n: number }>(sql`select count(*) as n from users`)?.n ?? 0;
}
