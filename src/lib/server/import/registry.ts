// Bring the registries (data/members.csv, data/cabinet.csv) into the database: fractions, people,
// memberships and cabinet posts. Idempotent: an unchanged registry writes nothing.
import { and, eq } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '../db';
import { cabinetPosts, fractions, memberships, people } from '../db/schema';
import { nameKey } from '../../parse/names';
import { fractionAbbreviation, fractionColour } from '../../fractions';
import type { CabinetRecord, MemberRecord, Registry } from '../../parse/types';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const memberKey = (m: MemberRecord) =>
	m.personId ? `kamer:${m.personId}` : `member:${nameKey(m.name)}:${nameKey(m.fullName)}`;
export const cabinetKey = (c: CabinetRecord) => `cabinet:${nameKey(c.fullName || c.name)}`;

/**
 * People and fractions by key through statements prepared once per connection: an import writes
 * thousands of signers, and building and preparing a query per signer cost more than the write.
 * Use inside the connection's transaction only (the rows it returns are that transaction's).
 */
export interface FastIds {
	person(key: string, name: string, fullName: string | null, kamerPersonId?: string | null): number;
	fraction(name: string): number;
}

const fastIdsOf = new WeakMap<Database.Database, FastIds>();
const statementsOf = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A statement prepared once per connection and reused. */
export function prepared(client: Database.Database, source: string): Database.Statement {
	let statements = statementsOf.get(client);
	if (!statements) statementsOf.set(client, (statements = new Map()));
	let statement = statements.get(source);
	if (!statement) statements.set(source, (statement = client.prepare(source)));
	return statement;
}

export function fastIds(client: Database.Database): FastIds {
	let ids = fastIdsOf.get(client);
	if (ids) return ids;
	const personByKey = client.prepare<
		[string],
		{ id: number; name: string; full_name: string | null }
	>('select id, name, full_name from people where key = ?');
	const updatePerson = client.prepare('update people set name = ?, full_name = ? where id = ?');
	const insertPerson = client.prepare<
		[string, string, string | null, string | null],
		{ id: number }
	>('insert into people (key, name, full_name, kamer_person_id) values (?, ?, ?, ?) returning id');
	const fractionByName = client.prepare<[string], { id: number }>(
		'select id from fractions where name = ?'
	);
	const insertFraction = client.prepare<[string, string, string], { id: number }>(
		'insert into fractions (name, abbreviation, colour) values (?, ?, ?) returning id'
	);
	ids = {
		person(key, name, fullName, kamerPersonId = null) {
			const found = personByKey.get(key);
			if (found) {
				if (found.name !== name || found.full_name !== fullName)
					updatePerson.run(name, fullName, found.id);
				return found.id;
			}
			return insertPerson.get(key, name, fullName, kamerPersonId)!.id;
		},
		fraction(name) {
			return (
				fractionByName.get(name)?.id ??
				insertFraction.get(name, fractionAbbreviation(name), fractionColour(name))!.id
			);
		}
	};
	fastIdsOf.set(client, ids);
	return ids;
}

/**
 * The people and fractions an import run has resolved, so that a signer met in every document is
 * looked up once. A transaction keeps its own layer over the run's and hands it on only when it
 * commits (commit()): an id written by a transaction that rolled back is never reused.
 */
export class KnownIds {
	private readonly people = new Map<
		string,
		{ id: number; name: string; fullName: string | null }
	>();
	private readonly fractions = new Map<string, number>();
	/** Names resolved to a person on a date (a signer, a minister): the registry's answer does not change within a run. */
	private readonly named = new Map<string, number>();

	constructor(private readonly parent: KnownIds | null = null) {}

	/** A layer for one transaction over this run's ids. */
	layer(): KnownIds {
		return new KnownIds(this);
	}

	/** The transaction committed: what it resolved is known to the run. */
	commit(): void {
		if (!this.parent) return;
		for (const [k, v] of this.people) this.parent.people.set(k, v);
		for (const [k, v] of this.fractions) this.parent.fractions.set(k, v);
		for (const [k, v] of this.named) this.parent.named.set(k, v);
		this.people.clear();
		this.fractions.clear();
		this.named.clear();
	}

	/** The person a name means, by a key of everything the answer depends on; resolve() runs once per run. */
	person(key: string, resolve: () => number): number {
		let id = this.knownNamed(key);
		if (id === undefined) this.named.set(key, (id = resolve()));
		return id;
	}

	private knownNamed(key: string): number | undefined {
		return this.named.get(key) ?? this.parent?.knownNamed(key);
	}

	private knownPerson(
		key: string
	): { id: number; name: string; fullName: string | null } | undefined {
		return this.people.get(key) ?? this.parent?.knownPerson(key);
	}

	private knownFraction(name: string): number | undefined {
		return this.fractions.get(name) ?? this.parent?.knownFraction(name);
	}

	/** Ids through this cache, else through the connection's statements (which write what is new). */
	over(ids: FastIds): FastIds {
		return {
			person: (key, name, fullName, kamerPersonId = null) => {
				const known = this.knownPerson(key);
				if (known && known.name === name && known.fullName === fullName) return known.id;
				const id = ids.person(key, name, fullName, kamerPersonId);
				this.people.set(key, { id, name, fullName });
				return id;
			},
			fraction: (name) => {
				let id = this.knownFraction(name);
				if (id === undefined) this.fractions.set(name, (id = ids.fraction(name)));
				return id;
			}
		};
	}
}

export function ensureFraction(db: DbOrTx, name: string): number {
	const found = db
		.select({ id: fractions.id })
		.from(fractions)
		.where(eq(fractions.name, name))
		.get();
	if (found) return found.id;
	return db
		.insert(fractions)
		.values({ name, abbreviation: fractionAbbreviation(name), colour: fractionColour(name) })
		.returning({ id: fractions.id })
		.get().id;
}

export function ensurePerson(
	db: DbOrTx,
	key: string,
	name: string,
	fullName: string | null,
	kamerPersonId: string | null = null
): number {
	const found = db.select().from(people).where(eq(people.key, key)).get();
	if (found) {
		if (found.name !== name || found.fullName !== fullName) {
			db.update(people).set({ name, fullName }).where(eq(people.id, found.id)).run();
		}
		return found.id;
	}
	return db
		.insert(people)
		.values({ key, name, fullName, kamerPersonId })
		.returning({ id: people.id })
		.get().id;
}

/**
 * Write the registry into the database; returns how many rows it added or changed. IMMEDIATE, as
 * every import transaction: two importers starting together queue rather than fail.
 */
export function syncRegistry(db: Db, registry: Registry): number {
	return db.transaction(
		(tx) => {
			let changes = 0;
			const before = () => db.$client.prepare('select total_changes() as n').get() as { n: number };
			const start = before().n;

			const wanted = new Set<string>();
			for (const m of registry.members) {
				const personId = ensurePerson(tx, memberKey(m), m.name, m.fullName, m.personId);
				const fractionId = ensureFraction(tx, m.fraction);
				const key = `${personId}:${fractionId}:${m.from ?? ''}`;
				wanted.add(key);
				const existing = tx
					.select()
					.from(memberships)
					.where(
						and(
							eq(memberships.personId, personId),
							eq(memberships.fractionId, fractionId),
							m.from ? eq(memberships.from, m.from) : undefined
						)
					)
					.get();
				if (!existing)
					tx.insert(memberships).values({ personId, fractionId, from: m.from, to: m.to }).run();
				else if (existing.to !== m.to)
					tx.update(memberships).set({ to: m.to }).where(eq(memberships.id, existing.id)).run();
			}
			// Rows a clerk removed from members.csv go.
			for (const row of tx.select().from(memberships).all()) {
				if (!wanted.has(`${row.personId}:${row.fractionId}:${row.from ?? ''}`)) {
					tx.delete(memberships).where(eq(memberships.id, row.id)).run();
				}
			}

			const wantedPosts = new Set<string>();
			for (const c of registry.cabinet) {
				const personId = ensurePerson(tx, cabinetKey(c), c.name, c.fullName);
				wantedPosts.add(`${personId}:${c.role}:${c.ministry}:${c.from ?? ''}`);
				const existing = tx
					.select()
					.from(cabinetPosts)
					.where(
						and(
							eq(cabinetPosts.personId, personId),
							eq(cabinetPosts.role, c.role),
							eq(cabinetPosts.ministry, c.ministry),
							c.from ? eq(cabinetPosts.from, c.from) : undefined
						)
					)
					.get();
				if (!existing) {
					tx.insert(cabinetPosts)
						.values({
							personId,
							role: c.role,
							ministry: c.ministry,
							party: c.party,
							from: c.from,
							to: c.to
						})
						.run();
				} else if (existing.to !== c.to || existing.party !== c.party) {
					tx.update(cabinetPosts)
						.set({ to: c.to, party: c.party })
						.where(eq(cabinetPosts.id, existing.id))
						.run();
				}
			}
			for (const row of tx.select().from(cabinetPosts).all()) {
				if (!wantedPosts.has(`${row.personId}:${row.role}:${row.ministry}:${row.from ?? ''}`)) {
					tx.delete(cabinetPosts).where(eq(cabinetPosts.id, row.id)).run();
				}
			}
			changes = before().n - start;
			return changes;
		},
		{ behavior: 'immediate' }
	);
}
