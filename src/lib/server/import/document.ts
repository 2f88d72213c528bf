// One parsed document into the database, in one transaction: it lands whole or not at all.
// The same file again changes nothing; a corrected version updates what changed and says what;
// a document that disagrees with another about a motion keeps both statements and marks the conflict.
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import {
	appraisals,
	conflicts,
	consultationQuestions,
	debates,
	documentSignatories,
	documents,
	importRuns,
	kamerstukReferences,
	motionReferences,
	motionSigners,
	motions
} from '../db/schema';
import { decodeDocument, parseDocument } from '../../parse';
import { cabinetPostOn, fractionOn, MemberIndex, nameKey, sameSurname } from '../../parse/names';
import type {
	DocumentKind,
	Motion,
	ParsedDocument,
	ParseWarning,
	Registry,
	Signer
} from '../../parse/types';
import { cabinetKey, ensureFraction, ensurePerson, memberKey, type DbOrTx } from './registry';

export interface ImportInput {
	fileName: string;
	bytes: Uint8Array;
	date?: string | null;
	title?: string | null;
	kind?: DocumentKind | null;
}

export interface MotionChange {
	motion: string;
	field: string;
	before: string | null;
	after: string | null;
}

export interface ImportReport {
	fileName: string;
	outcome: 'added' | 'corrected' | 'unchanged';
	documentId: number | null;
	kind: DocumentKind;
	title: string | null;
	date: string | null;
	motionsAdded: number;
	motionsUpdated: number;
	motionsUnchanged: number;
	appraisals: number;
	references: number;
	unresolvedReferences: number;
	citedOnlyAdded: number;
	conflicts: number;
	warnings: ParseWarning[];
	changes: MotionChange[];
}

export interface ImportOptions {
	dryRun?: boolean;
	/** The clock, for reproducible tests. */
	now?: () => Date;
}

class DryRunRollback extends Error {
	constructor(readonly report: ImportReport) {
		super('dry run');
	}
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Import one document. Throws DocumentError for input that cannot be a document; writes nothing then. */
export function importDocument(
	db: Db,
	input: ImportInput,
	registry: Registry,
	options: ImportOptions = {}
): ImportReport {
	const text = decodeDocument(input.bytes, input.fileName);
	const hash = sha256(input.bytes);
	const same = db.select().from(documents).where(eq(documents.sha256, hash)).get();
	if (same?.current) {
		return {
			...emptyReport(input.fileName, same.kind as DocumentKind, same.title, same.date),
			outcome: 'unchanged',
			documentId: same.id
		};
	}
	const parsed = parseDocument(text, {
		date: input.date ?? null,
		title: input.title ?? null,
		kind: input.kind ?? null,
		registry
	});
	try {
		return db.transaction((tx) => {
			const report = write(tx, input, hash, text, parsed, registry, options, same?.id ?? null);
			if (options.dryRun) throw new DryRunRollback(report);
			return report;
		});
	} catch (e) {
		if (e instanceof DryRunRollback) return e.report;
		throw e;
	}
}

function emptyReport(
	fileName: string,
	kind: DocumentKind,
	title: string | null,
	date: string | null
): ImportReport {
	return {
		fileName,
		outcome: 'added',
		documentId: null,
		kind,
		title,
		date,
		motionsAdded: 0,
		motionsUpdated: 0,
		motionsUnchanged: 0,
		appraisals: 0,
		references: 0,
		unresolvedReferences: 0,
		citedOnlyAdded: 0,
		conflicts: 0,
		warnings: [],
		changes: []
	};
}

type Tx = DbOrTx;

/** A motion as one document states it, for comparing versions and documents. */
interface Snapshot {
	subject: string | null;
	text: string | null;
	lines: string | null;
	signers: string;
	verdict: string | null;
	minister: string | null;
	conditional: string | null;
}

function snapshot(tx: Tx, motionId: string, documentId: number): Snapshot | null {
	const m = tx.select().from(motions).where(eq(motions.id, motionId)).get();
	if (!m) return null;
	const signers = tx.all<{ name: string; fraction: string | null }>(sql`
		select p.name as name, f.name as fraction from motion_signers s
		join people p on p.id = s.person_id left join fractions f on f.id = s.fraction_id
		where s.motion_id = ${motionId} and s.document_id = ${documentId} order by s.position`);
	const final = tx.all<{ verdict: string; minister: string | null; conditional: number }>(sql`
		select verdict, minister_name as minister, conditional from appraisals
		where motion_id = ${motionId} and document_id = ${documentId} order by sequence desc limit 1`)[0];
	return {
		subject: m.subject,
		text: m.text,
		lines: m.lineFrom !== null ? `${m.lineFrom}-${m.lineTo}` : null,
		signers: signers.map((s) => `${s.name} (${s.fraction ?? '?'})`).join(', '),
		verdict: final?.verdict ?? null,
		minister: final?.minister ?? null,
		conditional: final ? String(Boolean(final.conditional)) : null
	};
}

function diff(motion: string, before: Snapshot | null, after: Snapshot | null): MotionChange[] {
	if (!before || !after) return [];
	const out: MotionChange[] = [];
	for (const field of Object.keys(after) as (keyof Snapshot)[]) {
		if (before[field] !== after[field])
			out.push({ motion, field, before: before[field], after: after[field] });
	}
	return out;
}

function write(
	tx: Tx,
	input: ImportInput,
	hash: string,
	text: string,
	parsed: ParsedDocument,
	registry: Registry,
	options: ImportOptions,
	/** An earlier version of this file, imported again: it becomes the current version once more. */
	revived: number | null
): ImportReport {
	const doc = parsed.document;
	const report = emptyReport(input.fileName, doc.kind, doc.title, doc.date);
	report.warnings = parsed.warnings;
	const now = (options.now ?? (() => new Date()))().toISOString();
	const members = new MemberIndex(registry.members);

	// A corrected version: the current document with the same file name, kind, date and title
	// (and, for a debate, at least one motion in common). Anything else is another document.
	const candidate = tx
		.select()
		.from(documents)
		.where(
			and(
				eq(documents.fileName, input.fileName),
				eq(documents.kind, doc.kind),
				eq(documents.current, true)
			)
		)
		.get();
	const previous =
		candidate && (revived !== null || sameDocument(tx, candidate, parsed)) ? candidate : undefined;

	const row = {
		sha256: hash,
		fileName: input.fileName,
		kind: doc.kind,
		title: doc.title,
		date: doc.date,
		importedAt: now,
		body: text,
		lineCount: text.split(/\r\n|\r|\n/).length,
		supersedesId: previous?.id ?? null,
		current: true
	};
	let documentId: number;
	if (revived !== null) {
		tx.update(documents).set(row).where(eq(documents.id, revived)).run();
		documentId = revived;
	} else {
		documentId = tx.insert(documents).values(row).returning({ id: documents.id }).get().id;
	}
	report.documentId = documentId;
	report.outcome = previous ? 'corrected' : 'added';

	const before = new Map<string, Snapshot | null>();
	if (previous) {
		tx.update(documents).set({ current: false }).where(eq(documents.id, previous.id)).run();
		const prevMotions = tx
			.select({ id: motions.id })
			.from(motions)
			.where(eq(motions.documentId, previous.id))
			.all();
		for (const { id } of prevMotions) before.set(id, snapshot(tx, id, previous.id));
	}

	let debateId: number | null = null;
	if (doc.kind === 'debate') {
		const prevDebate = previous
			? tx.select().from(debates).where(eq(debates.documentId, previous.id)).get()
			: undefined;
		if (prevDebate) {
			tx.update(debates)
				.set({ documentId, title: doc.title, date: doc.date })
				.where(eq(debates.id, prevDebate.id))
				.run();
			debateId = prevDebate.id;
		} else {
			debateId = tx
				.insert(debates)
				.values({ documentId, title: doc.title, date: doc.date })
				.returning({ id: debates.id })
				.get().id;
		}
	}

	if (previous) dropStatements(tx, previous.id);

	const appraisalOf = new Map(parsed.appraisals.map((a) => [a.motionId, a]));
	for (const m of parsed.motions) {
		const existing = tx.select().from(motions).where(eq(motions.id, m.id)).get();
		const fields = {
			dossier: m.dossier,
			number: m.number,
			subject: m.subject,
			text: m.text,
			parts: JSON.stringify(m.parts),
			debateId,
			documentId,
			date: doc.date,
			lineFrom: m.lines[0],
			lineTo: m.lines[1],
			readerId: readerOf(tx, m, members, doc.date),
			status: 'tabled' as const,
			replaces: m.replaces
		};
		const ownsMotion =
			!existing || existing.status === 'cited' || (previous && existing.documentId === previous.id);
		if (!existing) {
			tx.insert(motions)
				.values({ id: m.id, ...fields })
				.run();
			report.motionsAdded++;
		} else if (ownsMotion) {
			tx.update(motions).set(fields).where(eq(motions.id, m.id)).run();
			if (existing.status === 'cited') report.motionsAdded++;
		}
		insertSigners(tx, m, documentId, members, doc.date);
		const a = appraisalOf.get(m.id);
		if (a) {
			const standing = tx
				.select()
				.from(appraisals)
				.where(and(eq(appraisals.motionId, m.id), eq(appraisals.final, true)))
				.get();
			const conflict = standing !== undefined && standing.verdict !== a.verdict;
			a.history.forEach((h, i) => {
				const isLast = i === a.history.length - 1;
				tx.insert(appraisals)
					.values({
						motionId: m.id,
						documentId,
						sequence: i + 1,
						verdict: h.verdict,
						// Each statement's own speaker: a verdict revised by another minister is theirs.
						cabinetMemberId: h.minister
							? personForMinister(tx, h.minister, registry, doc.date)
							: null,
						ministerName: h.minister,
						conditional: h.conditional,
						condition: h.condition,
						quote: h.quote,
						lineFrom: h.lines[0],
						lineTo: h.lines[1],
						spokenBy: h.by,
						final: isLast && !standing,
						conflict: isLast && conflict
					})
					.run();
			});
			report.appraisals++;
			if (conflict) {
				tx.insert(conflicts)
					.values({
						motionId: m.id,
						field: 'verdict',
						documentId,
						otherDocumentId: standing.documentId,
						value: a.verdict,
						otherValue: standing.verdict
					})
					.run();
				report.conflicts++;
			}
		}
		if (existing && !ownsMotion && existing.documentId !== null) {
			// Another document tabled this motion: compare what the two say about its signers.
			const mine = snapshot(tx, m.id, documentId)!;
			const theirs = snapshot(tx, m.id, existing.documentId)!;
			if (mine.signers !== theirs.signers) {
				tx.insert(conflicts)
					.values({
						motionId: m.id,
						field: 'signers',
						documentId,
						otherDocumentId: existing.documentId,
						value: mine.signers,
						otherValue: theirs.signers
					})
					.run();
				report.conflicts++;
			} else {
				report.motionsUnchanged++;
			}
		}
		if (previous && before.has(m.id)) {
			const changes = diff(m.id, before.get(m.id)!, snapshot(tx, m.id, documentId));
			before.delete(m.id);
			if (changes.length) {
				report.changes.push(...changes);
				report.motionsUpdated++;
			} else report.motionsUnchanged++;
		}
	}

	// Motions the previous version tabled and this one does not.
	for (const [id] of before) {
		report.changes.push({ motion: id, field: 'removed', before: 'tabled', after: null });
		const stillCited = tx
			.select({ id: motionReferences.id })
			.from(motionReferences)
			.where(eq(motionReferences.motionId, id))
			.get();
		const otherSigners = tx
			.select({ d: motionSigners.documentId })
			.from(motionSigners)
			.where(eq(motionSigners.motionId, id))
			.get();
		if (stillCited || otherSigners) {
			tx.update(motions)
				.set({
					status: 'cited',
					documentId: null,
					debateId: null,
					text: null,
					parts: null,
					subject: null,
					lineFrom: null,
					lineTo: null
				})
				.where(eq(motions.id, id))
				.run();
		} else {
			tx.delete(motions).where(eq(motions.id, id)).run();
		}
		report.motionsUpdated++;
	}

	// Dossiers whose amendments may have changed: this version's, and those of motions it dropped.
	linkAmendments(tx, [
		...new Set([
			...parsed.motions.map((m) => m.dossier),
			...[...before.keys()].map((id) => id.replace(/-\d+$/, ''))
		])
	]);

	// References: a motion cited but not imported exists as cited-only until its debate arrives.
	for (const r of parsed.references) {
		const exists = tx
			.select({ id: motions.id })
			.from(motions)
			.where(eq(motions.id, r.motion))
			.get();
		if (!exists) {
			tx.insert(motions)
				.values({ id: r.motion, dossier: r.dossier, number: r.number, status: 'cited' })
				.run();
			report.citedOnlyAdded++;
		}
		tx.insert(motionReferences)
			.values({
				documentId,
				motionId: r.motion,
				asWritten: r.asWritten,
				line: r.line,
				sentence: r.sentence,
				signers: JSON.stringify(r.signers),
				via: r.via
			})
			.run();
		report.references++;
	}
	for (const u of parsed.unresolvedReferences) {
		tx.insert(motionReferences)
			.values({
				documentId,
				motionId: null,
				asWritten: u.asWritten,
				line: u.line,
				sentence: u.sentence,
				signers: JSON.stringify(u.signers),
				via: 'unresolved'
			})
			.run();
		report.unresolvedReferences++;
	}
	for (const k of parsed.kamerstukken) {
		tx.insert(kamerstukReferences)
			.values({ documentId, kamerstuk: k.id, asWritten: k.asWritten, line: k.line })
			.run();
	}
	parsed.signatories.forEach((s, position) => {
		const personId = personForMinister(tx, s.name, registry, doc.date);
		tx.insert(documentSignatories)
			.values({
				documentId,
				position,
				personId,
				name: s.name,
				asWritten: s.asWritten,
				role: s.role,
				ministry: s.ministry,
				line: s.line
			})
			.run();
	});
	parsed.questions.forEach((q, position) => {
		tx.insert(consultationQuestions)
			.values({ documentId, position, number: q.number, fraction: q.fraction, line: q.line })
			.run();
	});

	// A motion cited-only whose citing documents are all gone (a corrected letter dropped it).
	if (previous) {
		electFinal(tx);
		removeOrphanCitedMotions(tx);
	}

	if (!options.dryRun) {
		tx.insert(importRuns)
			.values({
				startedAt: now,
				documentId,
				fileName: input.fileName,
				outcome: report.outcome,
				motionsAdded: report.motionsAdded,
				motionsUpdated: report.motionsUpdated,
				motionsUnchanged: report.motionsUnchanged,
				appraisals: report.appraisals,
				references: report.references,
				conflicts: report.conflicts,
				warnings: JSON.stringify(report.warnings),
				changes: JSON.stringify(report.changes)
			})
			.run();
	}
	return report;
}

/**
 * An amended motion ("Zij krijgt nr. 241, was nr. 234") replaces the old one, whichever of the two
 * was imported first; the link goes when the amended version goes.
 */
function linkAmendments(tx: Tx, dossiers: string[]) {
	if (!dossiers.length) return;
	const list = sql.join(
		dossiers.map((d) => sql`${d}`),
		sql`, `
	);
	tx.run(sql`update motions set replaced_by = (
			select n.id from motions n
			where n.dossier = motions.dossier and n.replaces = motions.number and n.status = 'tabled'
			order by n.number desc limit 1)
		where motions.dossier in (${list})`);
}

/** Remove what a superseded version stated; the new version states it again. */
function dropStatements(tx: Tx, documentId: number) {
	tx.delete(motionSigners).where(eq(motionSigners.documentId, documentId)).run();
	tx.delete(appraisals).where(eq(appraisals.documentId, documentId)).run();
	tx.delete(conflicts).where(eq(conflicts.documentId, documentId)).run();
	tx.delete(conflicts).where(eq(conflicts.otherDocumentId, documentId)).run();
	tx.delete(motionReferences).where(eq(motionReferences.documentId, documentId)).run();
	tx.delete(kamerstukReferences).where(eq(kamerstukReferences.documentId, documentId)).run();
	tx.delete(documentSignatories).where(eq(documentSignatories.documentId, documentId)).run();
	tx.delete(consultationQuestions).where(eq(consultationQuestions.documentId, documentId)).run();
}

/** A motion whose standing verdict was in a superseded version takes the latest statement left. */
function electFinal(tx: Tx) {
	tx.run(sql`update appraisals set final = 1, conflict = 0 where id in (
		select max(a.id) from appraisals a
		where not exists (select 1 from appraisals f where f.motion_id = a.motion_id and f.final = 1)
		group by a.motion_id)`);
}

function removeOrphanCitedMotions(tx: Tx) {
	const orphans = tx
		.select({ id: motions.id })
		.from(motions)
		.where(
			and(
				eq(motions.status, 'cited'),
				sql`not exists (select 1 from motion_references r where r.motion_id = ${motions.id})`,
				sql`not exists (select 1 from motion_signers s where s.motion_id = ${motions.id})`
			)
		)
		.all();
	if (orphans.length)
		tx.delete(motions)
			.where(
				inArray(
					motions.id,
					orphans.map((o) => o.id)
				)
			)
			.run();
}

function insertSigners(
	tx: Tx,
	m: Motion,
	documentId: number,
	members: MemberIndex,
	date: string | null
) {
	m.signers.forEach((s, position) => {
		const personId = personForSigner(tx, s, members, date);
		const fractionId = s.party ? ensureFraction(tx, s.party) : null;
		tx.insert(motionSigners)
			.values({ motionId: m.id, documentId, position, personId, fractionId, nameAsWritten: s.name })
			.run();
	});
}

/** The person a signer is: the registry's member with that surname (and fraction, if several). */
function personForSigner(tx: Tx, s: Signer, members: MemberIndex, date: string | null): number {
	const people = members.find(s.name);
	let chosen = people.length === 1 ? people[0] : undefined;
	if (!chosen && people.length > 1 && s.party) {
		const matching = people.filter((p) => fractionOn(p, date)?.fraction === s.party);
		if (matching.length === 1) chosen = matching[0];
	}
	if (chosen) {
		const rec = chosen[0]!;
		return ensurePerson(tx, memberKey(rec), rec.name, rec.fullName, rec.personId);
	}
	return ensurePerson(tx, `name:${nameKey(s.name)}`, s.name, null);
}

function personForMinister(tx: Tx, name: string, registry: Registry, date: string | null): number {
	const post =
		cabinetPostOn(registry.cabinet, name, date)[0] ??
		cabinetPostOn(registry.cabinet, name, null)[0];
	if (post) return ensurePerson(tx, cabinetKey(post), post.name, post.fullName);
	return ensurePerson(tx, `cabinet:${nameKey(name)}`, name, null);
}

/** The member who read the motion out: the first signer when the names agree (with their fraction). */
function readerOf(tx: Tx, m: Motion, members: MemberIndex, date: string | null): number | null {
	if (!m.reader) return null;
	const first = m.signers[0];
	if (first && (nameKey(first.name) === nameKey(m.reader) || sameSurname(m.reader, first.name))) {
		return personForSigner(tx, first, members, date);
	}
	return personForSigner(tx, { name: m.reader, party: null, partySource: null }, members, date);
}

/** Is a parsed document a new version of a stored one, rather than another document with the same file name? */
function sameDocument(
	tx: Tx,
	stored: typeof documents.$inferSelect,
	parsed: ParsedDocument
): boolean {
	const doc = parsed.document;
	if ((stored.date ?? null) !== (doc.date ?? null)) return false;
	if (stored.title && doc.title && stored.title !== doc.title) return false;
	if (doc.kind !== 'debate') return true;
	const storedIds = new Set(
		tx
			.select({ id: motions.id })
			.from(motions)
			.where(eq(motions.documentId, stored.id))
			.all()
			.map((r) => r.id)
	);
	if (!storedIds.size || !parsed.motions.length) return true;
	return parsed.motions.some((m) => storedIds.has(m.id));
}
