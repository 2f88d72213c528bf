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
	motionAliases,
	motionSigners,
	motions,
	motionTexts,
	registryMotions
} from '../db/schema';
import { firstSignerOf } from '../../parse/readers/zaak';
import { memberIndex, parseBytes } from '../../parse';
import { cabinetPostOn, fractionOn, MemberIndex, nameKey, sameSurname } from '../../parse/names';
import type {
	Appraisal,
	DocumentKind,
	Motion,
	MotionReference,
	ParsedDocument,
	ParseWarning,
	Registry,
	Signer
} from '../../parse/types';
import type Database from 'better-sqlite3';
import { cabinetKey, fastIds, memberKey, prepared, type DbOrTx, type FastIds } from './registry';

export interface ImportInput {
	fileName: string;
	bytes: Uint8Array;
	date?: string | null;
	title?: string | null;
	kind?: DocumentKind | null;
}

/** Where a parsed document came from: what its documents row keeps besides the parsed records. */
export interface ImportSource {
	fileName: string;
	/** SHA-256 of the file's bytes: the same file imported again is known by it. */
	sha256: string;
	/** The display text the parsed line numbers refer to, stored as the document's body. */
	text: string;
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

/**
 * Import one file: the one place that reads bytes into a parsed document, then importParsed.
 * Throws DocumentError for input that cannot be a document; writes nothing then.
 */
export async function importFile(
	db: Db,
	input: ImportInput,
	registry: Registry,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const hash = sha256(input.bytes);
	// A file already imported is not read again; importParsed checks once more under its lock.
	const stored = storedVersion(db, hash);
	if (stored?.current) return unchangedReport(input.fileName, stored);
	const parsed = await parseBytes(input.bytes, input.fileName, {
		date: input.date ?? null,
		title: input.title ?? null,
		kind: input.kind ?? null,
		registry
	});
	return importParsed(
		db,
		parsed,
		{ fileName: input.fileName, sha256: hash, text: parsed.text },
		registry,
		options
	);
}

/**
 * Import a parsed document in one transaction, in named steps. The transaction begins IMMEDIATE:
 * a second importer waits for the write lock (busy_timeout) rather than failing to upgrade a read,
 * and the "same file" check inside it sees whatever the first one committed.
 */
export function importParsed(
	db: Db,
	parsed: ParsedDocument,
	source: ImportSource,
	registry: Registry,
	options: ImportOptions = {}
): ImportReport {
	try {
		return db.transaction(
			(tx) => {
				const stored = storedVersion(tx, source.sha256);
				if (stored?.current) return unchangedReport(source.fileName, stored);
				// An earlier version of this file, imported again, becomes the current version once more.
				const ctx = ensureDocument(
					tx,
					db.$client,
					parsed,
					source,
					registry,
					options,
					stored?.id ?? null
				);
				supersedePrevious(ctx);
				ensureDebate(ctx);
				matchRegistryIds(ctx);
				writeMotions(ctx);
				retireDroppedMotions(ctx);
				linkAmendments(ctx);
				writeReferences(ctx);
				writeSignatories(ctx);
				writeQuestions(ctx);
				if (ctx.previous) tidyAfterCorrection(ctx);
				if (options.dryRun) throw new DryRunRollback(ctx.report);
				recordRun(ctx);
				return ctx.report;
			},
			{ behavior: 'immediate' }
		);
	} catch (e) {
		if (e instanceof DryRunRollback) return e.report;
		throw e;
	}
}

type Tx = DbOrTx;
type DocumentRow = typeof documents.$inferSelect;

type StoredVersion = Pick<DocumentRow, 'id' | 'kind' | 'title' | 'date' | 'current'>;

/** The version with these bytes, if any: its id and what a report names — never its body. */
function storedVersion(tx: Tx, hash: string): StoredVersion | undefined {
	return tx
		.select({
			id: documents.id,
			kind: documents.kind,
			title: documents.title,
			date: documents.date,
			current: documents.current
		})
		.from(documents)
		.where(eq(documents.sha256, hash))
		.get();
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

function unchangedReport(fileName: string, stored: StoredVersion): ImportReport {
	return {
		...emptyReport(fileName, stored.kind as DocumentKind, stored.title, stored.date),
		outcome: 'unchanged',
		documentId: stored.id
	};
}

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
	const wording = tx
		.select({ text: motionTexts.text })
		.from(motionTexts)
		.where(eq(motionTexts.motionId, motionId))
		.get();
	const signers = tx.all<{ name: string; fraction: string | null }>(sql`
		select p.name as name, f.name as fraction from motion_signers s
		join people p on p.id = s.person_id left join fractions f on f.id = s.fraction_id
		where s.motion_id = ${motionId} and s.document_id = ${documentId} order by s.position`);
	const final = tx.all<{ verdict: string; minister: string | null; conditional: number }>(sql`
		select verdict, minister_name as minister, conditional from appraisals
		where motion_id = ${motionId} and document_id = ${documentId} order by sequence desc limit 1`)[0];
	return {
		subject: m.subject,
		text: wording?.text ?? null,
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

/** What the steps of one import share; each step reads it and adds to the report. */
interface ImportContext {
	tx: Tx;
	/** The connection under the transaction, for the statements prepared once (fastIds). */
	client: Database.Database;
	ids: FastIds;
	parsed: ParsedDocument;
	source: ImportSource;
	registry: Registry;
	members: MemberIndex;
	/** The document's date: whom a name means depends on it. */
	date: string | null;
	now: string;
	report: ImportReport;
	documentId: number;
	/** The version this one corrects: what it stated is dropped and stated again by this one. */
	previous: DocumentRow | undefined;
	/** The previous version's motions as it stated them; those left after writeMotions were dropped. */
	before: Map<string, Snapshot | null>;
	/** The document's first (or only) debate. */
	debateId: number | null;
	/** Every debate of the document, by position (a report of several debates). */
	debateIds: number[];
	appraisalOf: Map<string, Appraisal>;
	/** Cabinet members by name as spoken, resolved once per document. */
	ministerIds: Map<string, number>;
}

/** The documents row: a new one, or a revived earlier version; and the version it corrects, if any. */
function ensureDocument(
	tx: Tx,
	client: Database.Database,
	parsed: ParsedDocument,
	source: ImportSource,
	registry: Registry,
	options: ImportOptions,
	revived: number | null
): ImportContext {
	const doc = parsed.document;
	const now = (options.now ?? (() => new Date()))().toISOString();

	// A corrected version: the current document with the same file name, kind, date and title
	// (and, for a debate, at least one motion in common). Anything else is another document.
	const candidate = tx
		.select()
		.from(documents)
		.where(
			and(
				eq(documents.fileName, source.fileName),
				eq(documents.kind, doc.kind),
				eq(documents.current, true)
			)
		)
		.get();
	const previous =
		candidate && (revived !== null || sameDocument(tx, candidate, parsed)) ? candidate : undefined;

	const row = {
		sha256: source.sha256,
		fileName: source.fileName,
		kind: doc.kind,
		format: doc.format,
		interim: doc.interim,
		title: doc.title,
		date: doc.date,
		importedAt: now,
		body: source.text,
		lineCount: source.text.split(/\r\n|\r|\n/).length,
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

	const report = emptyReport(source.fileName, doc.kind, doc.title, doc.date);
	report.warnings = parsed.warnings;
	report.documentId = documentId;
	report.outcome = previous ? 'corrected' : 'added';
	return {
		tx,
		client,
		ids: fastIds(client),
		parsed,
		source,
		registry,
		members: memberIndex(registry),
		date: doc.date,
		now,
		report,
		documentId,
		previous,
		before: new Map(),
		debateId: null,
		debateIds: [],
		appraisalOf: new Map(parsed.appraisals.map((a) => [a.motionId, a])),
		ministerIds: new Map()
	};
}

/** The corrected version stops being current; its motions are remembered as it stated them, then its statements go. */
function supersedePrevious(ctx: ImportContext) {
	const { tx, previous } = ctx;
	if (!previous) return;
	tx.update(documents).set({ current: false }).where(eq(documents.id, previous.id)).run();
	const tabled = tx
		.select({ id: motions.id })
		.from(motions)
		.where(eq(motions.documentId, previous.id))
		.all();
	for (const { id } of tabled) ctx.before.set(id, snapshot(tx, id, previous.id));
	dropStatements(tx, previous.id);
}

/** A debate's row: the corrected version keeps its predecessor's. */
function ensureDebate(ctx: ImportContext) {
	const { tx, previous, documentId } = ctx;
	const doc = ctx.parsed.document;
	if (doc.kind !== 'debate') return;
	// One row per debate the report holds (a sitting's VLOS report holds several), in order; a
	// corrected version keeps its predecessor's rows, position by position.
	const titles = doc.debates.length > 1 ? doc.debates : [doc.title];
	const before = previous
		? tx
				.select()
				.from(debates)
				.where(eq(debates.documentId, previous.id))
				.orderBy(debates.position)
				.all()
		: [];
	ctx.debateIds = titles.map((title, position) => {
		const kept = before.find((d) => d.position === position);
		if (kept) {
			tx.update(debates)
				.set({ documentId, title, date: doc.date })
				.where(eq(debates.id, kept.id))
				.run();
			return kept.id;
		}
		return tx
			.insert(debates)
			.values({ documentId, title, date: doc.date, position })
			.returning({ id: debates.id })
			.get().id;
	});
	for (const gone of before.filter((d) => d.position >= titles.length)) {
		tx.update(motions).set({ debateId: null }).where(eq(motions.debateId, gone.id)).run();
		tx.delete(debates).where(eq(debates.id, gone.id)).run();
	}
	ctx.debateId = ctx.debateIds[0] ?? null;
}

/** Each tabled motion in reading order: its row, signers, appraisal, disagreements and changes. */
function writeMotions(ctx: ImportContext) {
	const written = new Map<string, Motion>();
	for (const m of ctx.parsed.motions) {
		// Two motions tabled under one number (a slip of the chair): the reader keeps both and warns;
		// one id holds one row, so the first is stored and the second stays in the text and the warning.
		const first = written.get(m.id);
		if (first) {
			ctx.report.warnings = [
				...ctx.report.warnings,
				{
					line: m.lines[0],
					message: `Motion ${m.id} is tabled twice (lines ${first.lines[0]} and ${m.lines[0]}); the first is stored under the id, the second is in the text at line ${m.lines[0]}`
				}
			];
			continue;
		}
		written.set(m.id, m);
		const existing = ctx.tx.select().from(motions).where(eq(motions.id, m.id)).get();
		ensureMotion(ctx, m, existing);
		writeSigners(ctx, m);
		writeAppraisals(ctx, m);
		// Another document tabled it too (a debate and the motion's own document): both statements
		// stay, and where they disagree on the signers that is a conflict.
		const other = existing?.documentId ?? null;
		if (existing && other !== null && other !== ctx.documentId && other !== ctx.previous?.id)
			recordSignerConflict(ctx, m, other);
		if (ctx.before.has(m.id)) recordChanges(ctx, m.id);
	}
}

/**
 * A transcript that writes a motion's id otherwise than the registry ("Zij krijgt nr. 225 (36046)",
 * the registry's 36045-225): same number, same day, same first signer, and the id it writes is
 * unknown. Its statements go under the registry's id; the slip is recorded beside them.
 */
function matchRegistryIds(ctx: ImportContext): { writtenId: string; motionId: string }[] {
	const { tx, parsed } = ctx;
	if (parsed.document.kind !== 'debate' || !ctx.date) return [];
	const slips: { writtenId: string; motionId: string }[] = [];
	const rename = new Map<string, string>();
	for (const m of parsed.motions) {
		if (tx.select({ id: motions.id }).from(motions).where(eq(motions.id, m.id)).get()) continue;
		const first = m.signers[0]?.name;
		if (!first) continue;
		const candidates = tx
			.select({ id: motions.id, dossier: motions.dossier, subject: registryMotions.subject })
			.from(registryMotions)
			.innerJoin(motions, eq(motions.id, registryMotions.motionId))
			.where(and(eq(motions.number, m.number), eq(motions.date, ctx.date)))
			.all()
			.filter((c) => {
				const named = firstSignerOf(c.subject);
				return (
					c.dossier !== m.dossier &&
					!!named &&
					(nameKey(named) === nameKey(first) || sameSurname(named, first))
				);
			});
		if (candidates.length !== 1 || parsed.motions.some((o) => o.id === candidates[0]!.id)) continue;
		rename.set(m.id, candidates[0]!.id);
		slips.push({ writtenId: m.id, motionId: candidates[0]!.id });
	}
	if (!rename.size) return [];
	const to = (id: string) => rename.get(id) ?? id;
	ctx.parsed = {
		...parsed,
		motions: parsed.motions.map((m) => {
			const id = to(m.id);
			return id === m.id ? m : { ...m, id, dossier: id.slice(0, id.lastIndexOf('-')) };
		}),
		appraisals: parsed.appraisals.map((a) => ({ ...a, motionId: to(a.motionId) }))
	};
	ctx.appraisalOf = new Map(ctx.parsed.appraisals.map((a) => [a.motionId, a]));
	for (const s of slips) {
		ctx.tx
			.insert(motionAliases)
			.values({
				motionId: s.motionId,
				documentId: ctx.documentId,
				writtenId: s.writtenId,
				reason: 'zelfde nummer, datum en eerste indiener als in het register'
			})
			.run();
		ctx.report.warnings = [
			...ctx.report.warnings,
			{
				line: parsed.motions.find((m) => m.id === s.writtenId)?.lines[0] ?? 1,
				message: `Motion ${s.writtenId} is ${s.motionId} in the Kamer's registry (same number, date and first signer): stored as ${s.motionId}, the slip is kept`
			}
		];
	}
	return slips;
}

/**
 * The motion row. This document owns it when the motion is new, only cited so far, or tabled by
 * the version this one corrects; a motion another document tabled keeps that document's row.
 */
function ensureMotion(
	ctx: ImportContext,
	m: Motion,
	existing: typeof motions.$inferSelect | undefined
): boolean {
	const { tx, report } = ctx;
	const fields = {
		dossier: m.dossier,
		number: m.number,
		subject: m.subject,
		debateId: (m.debate != null ? ctx.debateIds[m.debate] : undefined) ?? ctx.debateId,
		documentId: ctx.documentId,
		date: ctx.date,
		lineFrom: m.lines[0],
		lineTo: m.lines[1],
		readerId: readerOf(ctx, m),
		status: 'tabled' as const,
		replaces: m.replaces
	};
	// A debate takes the row over from the motion's own published document: the debate knows where
	// it was tabled, by whom it was read and on what lines; the document never takes it back.
	const ownerKind =
		existing?.documentId != null
			? tx
					.select({ kind: documents.kind })
					.from(documents)
					.where(eq(documents.id, existing.documentId))
					.get()?.kind
			: undefined;
	const owns =
		!existing ||
		existing.status === 'cited' ||
		existing.documentId === null ||
		(ctx.previous !== undefined && existing.documentId === ctx.previous.id) ||
		(ctx.parsed.document.kind === 'debate' && ownerKind === 'motion');
	if (!existing) {
		tx.insert(motions)
			.values({ id: m.id, ...fields })
			.run();
		report.motionsAdded++;
	} else if (owns) {
		tx.update(motions).set(fields).where(eq(motions.id, m.id)).run();
		if (existing.status === 'cited') report.motionsAdded++;
	}
	if (owns) {
		const wording = { text: m.text, parts: m.parts };
		tx.insert(motionTexts)
			.values({ motionId: m.id, ...wording })
			.onConflictDoUpdate({ target: motionTexts.motionId, set: wording })
			.run();
	}
	return owns;
}

function writeSigners(ctx: ImportContext, m: Motion) {
	const insert = prepared(
		ctx.client,
		'insert into motion_signers (motion_id, document_id, position, person_id, fraction_id, name_as_written) values (?, ?, ?, ?, ?, ?)'
	);
	m.signers.forEach((s, position) => {
		const personId = personForSigner(ctx, s);
		const fractionId = s.party ? ctx.ids.fraction(s.party) : null;
		insert.run(m.id, ctx.documentId, position, personId, fractionId, s.name);
	});
}

/**
 * Every statement of the motion's appraisal, each with its own cabinet member. The last one stands,
 * unless another document's verdict already stands: then a different verdict is a conflict.
 */
function writeAppraisals(ctx: ImportContext, m: Motion) {
	const a = ctx.appraisalOf.get(m.id);
	if (!a) return;
	const { tx, report, documentId } = ctx;
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
				cabinetMemberId: h.minister ? ministerId(ctx, h.minister) : null,
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

/** Another document tabled this motion: compare what the two say about its signers. */
function recordSignerConflict(ctx: ImportContext, m: Motion, otherDocumentId: number) {
	const mine = snapshot(ctx.tx, m.id, ctx.documentId)!;
	const theirs = snapshot(ctx.tx, m.id, otherDocumentId)!;
	if (mine.signers !== theirs.signers) {
		ctx.tx
			.insert(conflicts)
			.values({
				motionId: m.id,
				field: 'signers',
				documentId: ctx.documentId,
				otherDocumentId,
				value: mine.signers,
				otherValue: theirs.signers
			})
			.run();
		ctx.report.conflicts++;
	} else {
		ctx.report.motionsUnchanged++;
	}
}

/** What this version says differently about a motion the previous version also tabled. */
function recordChanges(ctx: ImportContext, motionId: string) {
	const changes = diff(
		motionId,
		ctx.before.get(motionId)!,
		snapshot(ctx.tx, motionId, ctx.documentId)
	);
	ctx.before.delete(motionId);
	if (changes.length) {
		ctx.report.changes.push(...changes);
		ctx.report.motionsUpdated++;
	} else ctx.report.motionsUnchanged++;
}

/** Motions the previous version tabled and this one does not: cited-only if still cited or signed elsewhere, else gone. */
function retireDroppedMotions(ctx: ImportContext) {
	const { tx, report } = ctx;
	for (const [id] of ctx.before) {
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
					subject: null,
					lineFrom: null,
					lineTo: null
				})
				.where(eq(motions.id, id))
				.run();
			tx.delete(motionTexts).where(eq(motionTexts.motionId, id)).run();
		} else {
			tx.delete(motions).where(eq(motions.id, id)).run();
		}
		report.motionsUpdated++;
	}
}

/**
 * An amended motion ("Zij krijgt nr. 241, was nr. 234") replaces the old one, whichever of the two
 * was imported first; the link goes when the amended version goes. Relinked: this version's
 * dossiers, and those of the motions it dropped.
 */
function linkAmendments(ctx: ImportContext) {
	// Nothing in this version says "was nr. …" and nothing was dropped: no link can change here.
	// (An amended motion imported before the one it replaces links when the registry import ends.)
	if (!ctx.parsed.motions.some((m) => m.replaces !== null) && !ctx.before.size) return;
	relinkAmendments(
		ctx.tx,
		new Set([
			...ctx.parsed.motions.map((m) => m.dossier),
			...[...ctx.before.keys()].map((id) => id.replace(/-\d+$/, ''))
		])
	);
}

/**
 * Recompute "replaced by" in these dossiers: from the motions that say "was nr. …" and the registry's
 * "t.v.v.". Only the rows that are or become linked are touched: an update of every motion in a
 * large dossier, each with a subquery over that dossier, grows with the square of the dossier.
 */
export function relinkAmendments(tx: DbOrTx, dossiers: Set<string>) {
	if (!dossiers.size) return;
	const list = sql.join(
		[...dossiers].map((d) => sql`${d}`),
		sql`, `
	);
	const replacing = tx.all<{ id: string; dossier: string; replaces: number }>(
		sql`select id, dossier, replaces from motions
			where dossier in (${list}) and replaces is not null and status = 'tabled'
			order by number`
	);
	const byRegistry = tx.all<{ id: string; motion_id: string }>(
		sql`select r.replaces_id as id, r.motion_id from registry_motions r
			join motions m on m.id = r.replaces_id where m.dossier in (${list}) order by r.motion_id desc`
	);
	const target = new Map<string, string | null>();
	for (const r of tx.all<{ id: string }>(
		sql`select id from motions where dossier in (${list}) and replaced_by is not null`
	))
		target.set(r.id, null);
	for (const r of byRegistry) target.set(r.id, r.motion_id);
	// The highest number that says "was nr. …" wins, as it is the latest amendment.
	for (const r of replacing) target.set(`${r.dossier}-${r.replaces}`, r.id);
	for (const [id, replacedBy] of target)
		tx.run(
			sql`update motions set replaced_by = ${replacedBy} where id = ${id} and replaced_by is not ${replacedBy}`
		);
}

/** Citations of motions (resolved or not) and of other kamerstukken. */
function writeReferences(ctx: ImportContext) {
	const { tx, report, documentId, parsed } = ctx;
	for (const r of parsed.references) {
		ensureCitedMotion(ctx, r);
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
}

/** A motion cited but not imported exists as cited-only until its debate arrives. */
function ensureCitedMotion(ctx: ImportContext, r: MotionReference) {
	const exists = ctx.tx
		.select({ id: motions.id })
		.from(motions)
		.where(eq(motions.id, r.motion))
		.get();
	if (exists) return;
	ctx.tx
		.insert(motions)
		.values({ id: r.motion, dossier: r.dossier, number: r.number, status: 'cited' })
		.run();
	ctx.report.citedOnlyAdded++;
}

/** The cabinet members who signed a letter. */
function writeSignatories(ctx: ImportContext) {
	ctx.parsed.signatories.forEach((s, position) => {
		ctx.tx
			.insert(documentSignatories)
			.values({
				documentId: ctx.documentId,
				position,
				personId: ministerId(ctx, s.name),
				name: s.name,
				asWritten: s.asWritten,
				role: s.role,
				ministry: s.ministry,
				line: s.line
			})
			.run();
	});
}

function writeQuestions(ctx: ImportContext) {
	ctx.parsed.questions.forEach((q, position) => {
		ctx.tx
			.insert(consultationQuestions)
			.values({
				documentId: ctx.documentId,
				position,
				number: q.number,
				fraction: q.fraction,
				line: q.line
			})
			.run();
	});
}

/**
 * After a correction: a motion whose standing verdict was in the superseded version takes the
 * latest statement left, and a cited-only motion no document cites any more goes.
 */
function tidyAfterCorrection(ctx: ImportContext) {
	electFinal(ctx.tx);
	removeOrphanCitedMotions(ctx.tx);
}

function recordRun(ctx: ImportContext) {
	const { report } = ctx;
	ctx.tx
		.insert(importRuns)
		.values({
			startedAt: ctx.now,
			documentId: ctx.documentId,
			fileName: ctx.source.fileName,
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

/** The person a signer is: the registry's member with that surname (and fraction, if several). */
function personForSigner(ctx: ImportContext, s: Signer): number {
	const people = ctx.members.find(s.name);
	let chosen = people.length === 1 ? people[0] : undefined;
	if (!chosen && people.length > 1 && s.party) {
		const matching = people.filter((p) => fractionOn(p, ctx.date)?.fraction === s.party);
		if (matching.length === 1) chosen = matching[0];
	}
	if (chosen) {
		const rec = chosen[0]!;
		return ctx.ids.person(memberKey(rec), rec.name, rec.fullName, rec.personId);
	}
	return ctx.ids.person(`name:${nameKey(s.name)}`, s.name, null);
}

/** The cabinet member a name means on the document's date (else whoever ever held a post by that name). */
function ministerId(ctx: ImportContext, name: string): number {
	const known = ctx.ministerIds.get(name);
	if (known !== undefined) return known;
	const cabinet = ctx.registry.cabinet;
	const post = cabinetPostOn(cabinet, name, ctx.date)[0] ?? cabinetPostOn(cabinet, name, null)[0];
	const id = post
		? ctx.ids.person(cabinetKey(post), post.name, post.fullName)
		: ctx.ids.person(`cabinet:${nameKey(name)}`, name, null);
	ctx.ministerIds.set(name, id);
	return id;
}

/** The member who read the motion out: the first signer when the names agree (with their fraction). */
function readerOf(ctx: ImportContext, m: Motion): number | null {
	if (!m.reader) return null;
	const first = m.signers[0];
	if (first && (nameKey(first.name) === nameKey(m.reader) || sameSurname(m.reader, first.name))) {
		return personForSigner(ctx, first);
	}
	return personForSigner(ctx, { name: m.reader, party: null, partySource: null });
}

/** Is a parsed document a new version of a stored one, rather than another document with the same file name? */
function sameDocument(tx: Tx, stored: DocumentRow, parsed: ParsedDocument): boolean {
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
