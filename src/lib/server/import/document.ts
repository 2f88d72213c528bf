// One parsed document into the database, in one transaction: it lands whole or not at all.
// The same file again changes nothing; a corrected version updates what changed and says what;
// a document that disagrees with another about a motion keeps both statements and marks the conflict.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { documents, type motions } from '../db/schema';
import { firstSignerOf } from '../../parse/readers/zaak';
import { memberIndex, parseBytes } from '../../parse';
import { cabinetPostOn, fractionOn, MemberIndex, nameKey, sameSurname } from '../../parse/names';
import type {
	Appraisal,
	DocumentKind,
	Motion,
	MotionReference,
	ParsedDocument,
	ParseOptions,
	ParseWarning,
	Registry,
	Signer
} from '../../parse/types';
import type Database from 'better-sqlite3';
import { cabinetKey, fastIds, KnownIds, memberKey, prepared, type FastIds } from './registry';
import { statements, type Statements } from './statements';
import { keepCorrectedSigners, reviewCorrectedAppraisal } from './corrections';
import { refreshOutcomes, seatCounter, writeVote } from './votes';
import { tallyVote } from '../../parse/tally';
import { writeBody } from '../document-body';
import { cutText, type CutText } from '../body-cut';
import { SearchBacklog } from '../search-backlog';
import { findSpan, lineReader, type ReferenceSpan } from '../reference-span';

export interface ImportInput {
	fileName: string;
	/** May be a view of a buffer the caller reuses for its next file once this import has settled. */
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
	/** The display text the parsed line numbers refer to (parsed.text), cut into the pieces it is stored in. */
	body: CutText;
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
	/** Statements that differ from a clerk's standing correction: on the review list, not applied. */
	reviewItems: number;
	warnings: ParseWarning[];
	changes: MotionChange[];
}

export interface ImportOptions {
	dryRun?: boolean;
	/** The clock, for reproducible tests. */
	now?: () => Date;
	/** The people and fractions this run has resolved (an import of many documents shares them). */
	known?: KnownIds;
	/** The clerk who imports it in the browser (null: the command line or the start-up). */
	userId?: number | null;
	/**
	 * The search index rows of the transaction this import is nested in (the registry snapshot's):
	 * its rows are added there, and indexed when that transaction ends. Without it they are indexed
	 * at the end of this import's own transaction.
	 */
	searchBacklog?: SearchBacklog;
}

class DryRunRollback extends Error {
	constructor(readonly report: ImportReport) {
		super('dry run');
	}
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** A file made ready to import: already stored (its report), or parsed with its source. */
export type PreparedFile =
	{ report: ImportReport } | { parsed: ParsedDocument; source: ImportSource };

/** What importing a file needs to know before it is parsed, and how to parse it then. */
export interface HeldFile {
	sha256: string;
	parse(options: FileParseOptions): Promise<ParsedDocument>;
	/** The parsed text cut for storing, when whoever parsed it (a worker) cut it too. */
	body?(parsed: ParsedDocument): CutText | undefined;
}

export type FileParseOptions = Omit<ParseOptions, 'registry'>;

/** Bytes in this thread, parsed here. ParsePool (parse-pool.ts) reads and parses on workers. */
export function holdBytes(bytes: Uint8Array, fileName: string, registry: Registry): HeldFile {
	return {
		sha256: sha256(bytes),
		// A copy (a Buffer's slice would be a view): a reader may hold on to the bytes (pdf.js takes
		// its buffer over) while the caller's buffer is reused for the next file.
		parse: (options) => parseBytes(new Uint8Array(bytes), fileName, { ...options, registry })
	};
}

/**
 * The one place that turns a file into a parsed document: parsed unless a current version with
 * these bytes is stored. Throws DocumentError for input that cannot be a document. Writes nothing:
 * importParsed does, in file order, while the next files are parsed.
 */
export async function prepareFile(
	db: Db,
	file: HeldFile,
	input: Omit<ImportInput, 'bytes'>
): Promise<PreparedFile> {
	// A file already imported is not read again; importParsed checks once more under its lock.
	const unchanged = unchangedImport(db, file.sha256, input.fileName);
	if (unchanged) return { report: unchanged };
	const parsed = await file.parse({
		date: input.date ?? null,
		title: input.title ?? null,
		kind: input.kind ?? null
	});
	return { parsed, source: importSource(parsed, input.fileName, file.sha256, file.body?.(parsed)) };
}

/** Where a parsed document came from; its text cut here unless whoever parsed it (a worker) did. */
export function importSource(
	parsed: ParsedDocument,
	fileName: string,
	sha256: string,
	body?: CutText
): ImportSource {
	return { fileName, sha256, body: body ?? cutText(parsed.text) };
}

/** The report of a file whose bytes (by their hash) are the current version of a stored document. */
export function unchangedImport(db: Db, sha256: string, fileName: string): ImportReport | null {
	const stored = storedVersion(statements(db), sha256);
	return stored?.current ? unchangedReport(fileName, stored) : null;
}

/** Import one file: prepareFile, then importParsed. */
export async function importFile(
	db: Db,
	input: ImportInput,
	registry: Registry,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const held = holdBytes(input.bytes, input.fileName, registry);
	const prepared = await prepareFile(db, held, input);
	if ('report' in prepared) return prepared.report;
	return importParsed(db, prepared.parsed, prepared.source, registry, options);
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
	const q = statements(db);
	// This document's people and fractions; the run learns them only once it has committed.
	const known = (options.known ?? new KnownIds()).layer();
	const backlog = new SearchBacklog();
	try {
		const report = db.transaction(
			() => {
				const stored = storedVersion(q, source.sha256);
				if (stored?.current) return unchangedReport(source.fileName, stored);
				// An earlier version of this file, imported again, becomes the current version once more.
				const ctx = ensureDocument(
					db,
					q,
					db.$client,
					known,
					parsed,
					source,
					registry,
					options,
					stored?.id ?? null,
					backlog
				);
				supersedePrevious(ctx);
				ensureDebate(ctx);
				matchRegistryIds(ctx);
				writeMotions(ctx);
				retireDroppedMotions(ctx);
				writeVotes(ctx);
				linkAmendments(ctx);
				writeReferences(ctx);
				writeSignatories(ctx);
				writeQuestions(ctx);
				if (ctx.previous) tidyAfterCorrection(ctx);
				keepCorrectedSigners(ctx);
				if (!options.searchBacklog) backlog.flush(db.$client);
				if (options.dryRun) throw new DryRunRollback(ctx.report);
				recordRun(ctx);
				return ctx.report;
			},
			{ behavior: 'immediate' }
		);
		known.commit();
		options.searchBacklog?.absorb(backlog);
		return report;
	} catch (e) {
		if (e instanceof DryRunRollback) return e.report;
		throw e;
	}
}

type DocumentRow = typeof documents.$inferSelect;

type StoredVersion = Pick<DocumentRow, 'id' | 'kind' | 'title' | 'date' | 'current'>;
/** A version a new one may correct: what the comparison needs, never its body. */
type PreviousVersion = Pick<DocumentRow, 'id' | 'title' | 'date'>;

/** The version with these bytes, if any: its id and what a report names — never its body. */
function storedVersion(q: Statements, hash: string): StoredVersion | undefined {
	return q.versionByHash.get({ sha256: hash });
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
		reviewItems: 0,
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

function snapshot(q: Statements, motionId: string, documentId: number): Snapshot | null {
	const m = q.motion.get({ id: motionId });
	if (!m) return null;
	const wording = q.motionText.get({ motionId });
	const signers = q.signersAsStated.all({ motionId, documentId });
	const final = q.lastAppraisal.get({ motionId, documentId });
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
	/** The connection, inside the document's transaction. */
	db: Db;
	/** The statements prepared once per connection; they run in the open transaction. */
	q: Statements;
	/** The connection under the transaction, for the statements prepared once (fastIds). */
	client: Database.Database;
	ids: FastIds;
	/** This document's layer of the run's people, fractions and resolved names. */
	known: KnownIds;
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
	previous: PreviousVersion | undefined;
	/** The previous version's motions as it stated them; those left after writeMotions were dropped. */
	before: Map<string, Snapshot | null>;
	/** The document's first (or only) debate. */
	debateId: number | null;
	/** Every debate of the document, by position (a report of several debates). */
	debateIds: number[];
	appraisalOf: Map<string, Appraisal>;
	userId: number | null;
	/** The search index rows this import adds, written before it commits. */
	backlog: SearchBacklog;
}

/** The documents row: a new one, or a revived earlier version; and the version it corrects, if any. */
function ensureDocument(
	db: Db,
	q: Statements,
	client: Database.Database,
	known: KnownIds,
	parsed: ParsedDocument,
	source: ImportSource,
	registry: Registry,
	options: ImportOptions,
	revived: number | null,
	backlog: SearchBacklog
): ImportContext {
	const doc = parsed.document;
	const now = (options.now ?? (() => new Date()))().toISOString();

	// A corrected version: the current document with the same file name, kind, date and title
	// (and, for a debate, at least one motion in common). Anything else is another document.
	const candidate = q.currentByFileName.get({ fileName: source.fileName, kind: doc.kind });
	const previous =
		candidate && (revived !== null || sameDocument(q, candidate, parsed)) ? candidate : undefined;

	// The pieces are stored below, and their lines are the document's line count.
	const { body } = source;
	const row = {
		sha256: source.sha256,
		fileName: source.fileName,
		kind: doc.kind,
		format: doc.format,
		interim: doc.interim,
		title: doc.title,
		date: doc.date,
		importedAt: now,
		lineCount: body.lineCount,
		supersedesId: previous?.id ?? null
	};
	let documentId: number;
	if (revived !== null) {
		// The text first: the update below indexes the revived version from it (documents_fts_update).
		writeBody(client, revived, body);
		db.update(documents)
			.set({ ...row, current: true })
			.where(eq(documents.id, revived))
			.run();
		documentId = revived;
	} else {
		documentId = q.insertDocument.get(row)!.id;
		// The text's bytes, encoded once for its pieces and its row in the search index.
		backlog.document(documentId, doc.title, writeBody(client, documentId, body));
	}

	const report = emptyReport(source.fileName, doc.kind, doc.title, doc.date);
	report.warnings = parsed.warnings;
	report.documentId = documentId;
	report.outcome = previous ? 'corrected' : 'added';
	return {
		db,
		q,
		client,
		ids: known.over(fastIds(client)),
		known,
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
		userId: options.userId ?? null,
		backlog
	};
}

/** The corrected version stops being current; its motions are remembered as it stated them, then its statements go. */
function supersedePrevious(ctx: ImportContext) {
	const { q, previous } = ctx;
	if (!previous) return;
	q.supersedeDocument.run({ id: previous.id });
	const tabled = q.motionsOfDocument.all({ documentId: previous.id });
	for (const { id } of tabled) ctx.before.set(id, snapshot(q, id, previous.id));
	dropStatements(q, previous.id);
}

/** A debate's row: the corrected version keeps its predecessor's. */
function ensureDebate(ctx: ImportContext) {
	const { q, previous, documentId } = ctx;
	const doc = ctx.parsed.document;
	if (doc.kind !== 'debate') return;
	// One row per debate the report holds (a sitting's VLOS report holds several), in order; a
	// corrected version keeps its predecessor's rows, position by position.
	const titles = doc.debates.length > 1 ? doc.debates : [doc.title];
	const before = previous ? q.debatesOf.all({ documentId: previous.id }) : [];
	ctx.debateIds = titles.map((title, position) => {
		const kept = before.find((d) => d.position === position);
		if (kept) {
			q.updateDebate.run({ documentId, title, date: doc.date, id: kept.id });
			return kept.id;
		}
		return q.insertDebate.get({ documentId, title, date: doc.date, position })!.id;
	});
	for (const gone of before.filter((d) => d.position >= titles.length)) {
		q.detachDebate.run({ debateId: gone.id });
		q.deleteDebate.run({ id: gone.id });
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
		const existing = ctx.q.motion.get({ id: m.id });
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
	const { q, parsed } = ctx;
	if (parsed.document.kind !== 'debate' || !ctx.date) return [];
	const slips: { writtenId: string; motionId: string }[] = [];
	const rename = new Map<string, string>();
	for (const m of parsed.motions) {
		if (q.motionExists.get({ id: m.id })) continue;
		const first = m.signers[0]?.name;
		if (!first) continue;
		const candidates = q.registryCandidates
			.all({ number: m.number, date: ctx.date })
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
		ctx.q.insertAlias.run({
			motionId: s.motionId,
			documentId: ctx.documentId,
			writtenId: s.writtenId,
			reason: 'zelfde nummer, datum en eerste indiener als in het register'
		});
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
	const { q, report } = ctx;
	const fields = {
		id: m.id,
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
			? q.documentKind.get({ id: existing.documentId })?.kind
			: undefined;
	const owns =
		!existing ||
		existing.status === 'cited' ||
		existing.documentId === null ||
		(ctx.previous !== undefined && existing.documentId === ctx.previous.id) ||
		(ctx.parsed.document.kind === 'debate' && ownerKind === 'motion');
	if (!existing) {
		q.insertMotion.run(fields);
		report.motionsAdded++;
	} else if (owns) {
		q.updateMotion.run(fields);
		if (existing.status === 'cited') report.motionsAdded++;
	}
	if (owns) {
		const added = q.insertMotionText.get({ motionId: m.id, text: m.text, parts: m.parts });
		if (added) ctx.backlog.motionText(added.id);
		else
			q.updateMotionText.run({
				motionId: m.id,
				text: m.text,
				partsJson: JSON.stringify(m.parts)
			});
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
	const { q, report, documentId } = ctx;
	const standing = q.standingAppraisal.get({ motionId: m.id });
	// A clerk's correction stands: a document that says otherwise goes on the review list.
	const conflict =
		standing !== undefined && standing.correctionId === null && standing.verdict !== a.verdict;
	a.history.forEach((h, i) => {
		const isLast = i === a.history.length - 1;
		q.insertAppraisal.run({
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
		});
	});
	report.appraisals++;
	if (standing?.correctionId != null) {
		report.reviewItems += reviewCorrectedAppraisal(ctx.client, {
			motionId: m.id,
			correctionId: standing.correctionId,
			documentId,
			now: ctx.now,
			corrected: standing,
			imported: { verdict: a.verdict, ministerName: a.minister, condition: a.condition }
		});
	} else if (conflict && standing.documentId !== null) {
		q.insertConflict.run({
			motionId: m.id,
			field: 'verdict',
			documentId,
			otherDocumentId: standing.documentId,
			value: a.verdict,
			otherValue: standing.verdict
		});
		report.conflicts++;
	}
}

/** Another document tabled this motion: compare what the two say about its signers. */
function recordSignerConflict(ctx: ImportContext, m: Motion, otherDocumentId: number) {
	const mine = snapshot(ctx.q, m.id, ctx.documentId)!;
	const theirs = snapshot(ctx.q, m.id, otherDocumentId)!;
	if (mine.signers !== theirs.signers) {
		ctx.q.insertConflict.run({
			motionId: m.id,
			field: 'signers',
			documentId: ctx.documentId,
			otherDocumentId,
			value: mine.signers,
			otherValue: theirs.signers
		});
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
		snapshot(ctx.q, motionId, ctx.documentId)
	);
	ctx.before.delete(motionId);
	if (changes.length) {
		ctx.report.changes.push(...changes);
		ctx.report.motionsUpdated++;
	} else ctx.report.motionsUnchanged++;
}

/** Motions the previous version tabled and this one does not: cited-only if still cited or signed elsewhere, else gone. */
function retireDroppedMotions(ctx: ImportContext) {
	const { q, report } = ctx;
	for (const [id] of ctx.before) {
		report.changes.push({ motion: id, field: 'removed', before: 'tabled', after: null });
		const stillCited = q.anyReference.get({ motionId: id });
		const otherSigners = q.anySigner.get({ motionId: id });
		if (stillCited || otherSigners) {
			q.demoteMotion.run({ id });
			q.deleteMotionText.run({ motionId: id });
		} else {
			q.deleteMotion.run({ id });
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
		ctx.db,
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
export function relinkAmendments(db: Db, dossiers: Set<string>) {
	if (!dossiers.size) return;
	const q = statements(db);
	const list = JSON.stringify([...dossiers]);
	const replacing = q.replacingIn.all(list);
	const byRegistry = q.replacedByRegistryIn.all(list);
	const target = new Map<string, string | null>();
	for (const r of q.linkedIn.all(list)) target.set(r.id, null);
	for (const r of byRegistry) target.set(r.id, r.motion_id);
	// The highest number that says "was nr. …" wins, as it is the latest amendment.
	for (const r of replacing) target.set(`${r.dossier}-${r.replaces}`, r.id);
	for (const [id, replacedBy] of target) q.setReplacedBy.run({ id, replacedBy });
}

/**
 * The decisions the report's "Stemmingen" record, each weighed against the fractions seated on the
 * report's date. A motion voted on that no document tabled yet (and the one an amended motion
 * replaces) is kept as cited, so the vote and the link have a motion to stand on.
 */
function writeVotes(ctx: ImportContext) {
	const { q, parsed } = ctx;
	const touched = new Set<string>();
	if (ctx.previous) {
		// What the previous version decided was dropped with its statements: its motions' status
		// is recomputed from what remains.
		ctx.db.run(sql`update motions set outcome = 'open' where outcome <> 'open'
			and not exists (select 1 from votes v where v.motion_id = motions.id and v.complete = 1)`);
	}
	if (!parsed.votes.length) return;
	const seats = seatCounter(ctx.registry);
	for (const s of parsed.votes) {
		for (const [id, number] of [
			[s.motion, s.number],
			...(s.replaces !== null ? [[`${s.dossier}-${s.replaces}`, s.replaces] as const] : [])
		] as const) {
			if (!q.motionExists.get({ id })) {
				q.insertCitedMotion.run({ id, dossier: s.dossier, number });
				ctx.report.citedOnlyAdded++;
			}
		}
		const vote = { ...s.vote, date: s.vote.date ?? ctx.date };
		const tally = tallyVote(vote, seats(vote.date));
		writeVote(ctx.db, s.motion, { source: 'transcript', documentId: ctx.documentId }, vote, tally);
		if (tally.warning)
			ctx.report.warnings = [
				...ctx.report.warnings,
				{ line: vote.line ?? 1, message: `Vote on motion ${s.motion}: ${tally.warning}` }
			];
		touched.add(s.motion);
	}
	refreshOutcomes(ctx.db, touched);
}

/** Citations of motions (resolved or not) and of other kamerstukken. */
function writeReferences(ctx: ImportContext) {
	const { q, report, documentId, parsed } = ctx;
	// Where each reference's words stand, found now so that a page never looks for them.
	const lineAt =
		parsed.references.length || parsed.unresolvedReferences.length
			? lineReader(parsed.text)
			: () => undefined;
	const span = (ref: { line: number; asWritten: string; motionId: string | null }) => {
		const s: ReferenceSpan | null = findSpan(lineAt, ref);
		return {
			spanLine: s?.line ?? null,
			spanStart: s?.start ?? null,
			spanEndLine: s?.endLine ?? null,
			spanEnd: s?.end ?? null
		};
	};
	for (const r of parsed.references) {
		ensureCitedMotion(ctx, r);
		q.insertReference.run({
			documentId,
			motionId: r.motion,
			asWritten: r.asWritten,
			line: r.line,
			sentence: r.sentence,
			signers: JSON.stringify(r.signers),
			via: r.via,
			...span({ line: r.line, asWritten: r.asWritten, motionId: r.motion })
		});
		report.references++;
	}
	for (const u of parsed.unresolvedReferences) {
		q.insertReference.run({
			documentId,
			motionId: null,
			asWritten: u.asWritten,
			line: u.line,
			sentence: u.sentence,
			signers: JSON.stringify(u.signers),
			via: 'unresolved',
			...span({ line: u.line, asWritten: u.asWritten, motionId: null })
		});
		report.unresolvedReferences++;
	}
	for (const k of parsed.kamerstukken) {
		q.insertKamerstukReference.run({
			documentId,
			kamerstuk: k.id,
			asWritten: k.asWritten,
			line: k.line
		});
	}
}

/** A motion cited but not imported exists as cited-only until its debate arrives. */
function ensureCitedMotion(ctx: ImportContext, r: MotionReference) {
	if (ctx.q.motionExists.get({ id: r.motion })) return;
	ctx.q.insertCitedMotion.run({ id: r.motion, dossier: r.dossier, number: r.number });
	ctx.report.citedOnlyAdded++;
}

/** The cabinet members who signed a letter. */
function writeSignatories(ctx: ImportContext) {
	ctx.parsed.signatories.forEach((s, position) => {
		ctx.q.insertSignatory.run({
			documentId: ctx.documentId,
			position,
			personId: ministerId(ctx, s.name),
			name: s.name,
			asWritten: s.asWritten,
			role: s.role,
			ministry: s.ministry,
			line: s.line
		});
	});
}

function writeQuestions(ctx: ImportContext) {
	ctx.parsed.questions.forEach((question, position) => {
		ctx.q.insertQuestion.run({
			documentId: ctx.documentId,
			position,
			number: question.number,
			fraction: question.fraction,
			line: question.line
		});
	});
}

/**
 * After a correction: a motion whose standing verdict was in the superseded version takes the
 * latest statement left, and a cited-only motion no document cites any more goes.
 */
function tidyAfterCorrection(ctx: ImportContext) {
	ctx.q.electFinal.run();
	ctx.q.removeOrphanCitedMotions.run();
}

function recordRun(ctx: ImportContext) {
	const { report } = ctx;
	ctx.q.insertRun.run({
		startedAt: ctx.now,
		documentId: ctx.documentId,
		fileName: ctx.source.fileName,
		userId: ctx.userId,
		outcome: report.outcome,
		motionsAdded: report.motionsAdded,
		motionsUpdated: report.motionsUpdated,
		motionsUnchanged: report.motionsUnchanged,
		appraisals: report.appraisals,
		references: report.references,
		conflicts: report.conflicts,
		warnings: JSON.stringify(report.warnings),
		changes: JSON.stringify(report.changes)
	});
}

/** Remove what a superseded version stated; the new version states it again. */
function dropStatements(q: Statements, documentId: number) {
	for (const statement of q.dropStatements) statement.run({ documentId });
}

/** The person a signer is: the registry's member with that surname (and fraction, if several). */
function personForSigner(ctx: ImportContext, s: Signer): number {
	return ctx.known.person(`signer\u0000${ctx.date}\u0000${s.name}\u0000${s.party ?? ''}`, () =>
		resolveSigner(ctx, s)
	);
}

function resolveSigner(ctx: ImportContext, s: Signer): number {
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
	return ctx.known.person(`minister\u0000${ctx.date}\u0000${name}`, () => {
		const cabinet = ctx.registry.cabinet;
		const post = cabinetPostOn(cabinet, name, ctx.date)[0] ?? cabinetPostOn(cabinet, name, null)[0];
		return post
			? ctx.ids.person(cabinetKey(post), post.name, post.fullName)
			: ctx.ids.person(`cabinet:${nameKey(name)}`, name, null);
	});
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
function sameDocument(q: Statements, stored: PreviousVersion, parsed: ParsedDocument): boolean {
	const doc = parsed.document;
	if ((stored.date ?? null) !== (doc.date ?? null)) return false;
	if (stored.title && doc.title && stored.title !== doc.title) return false;
	if (doc.kind !== 'debate') return true;
	const storedIds = new Set(q.motionsOfDocument.all({ documentId: stored.id }).map((r) => r.id));
	if (!storedIds.size || !parsed.motions.length) return true;
	return parsed.motions.some((m) => storedIds.has(m.id));
}
