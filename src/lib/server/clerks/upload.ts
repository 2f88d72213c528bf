// A document added in the browser: read and checked, previewed as an import that is rolled back
// (importParsed's dry run), kept server-side until the clerk confirms, then imported for real. The
// browser only ever holds a random token; the bytes it uploaded are what is imported.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { DocumentError, parseBytes } from '../../parse';
import type { DocumentKind, ParsedDocument, Registry } from '../../parse/types';
import { DOCUMENT_KINDS } from '../../parse/types';
import {
	importFile,
	importParsed,
	importSource,
	sha256,
	type ImportReport
} from '../import/document';
import { loadRegistry } from '../registry';

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** A pending upload not confirmed within this time is dropped. */
const PENDING_HOURS = 2;

export class UploadError extends Error {}

export interface UploadMeta {
	kind: DocumentKind | null;
	title: string | null;
	date: string | null;
}

let registry: Registry | null = null;
/** The member and cabinet registries, read once per process. */
export function uploadRegistry(): Registry {
	return (registry ??= loadRegistry());
}

/** Why a file cannot be taken, in Dutch, before it is read. */
export function sizeProblem(size: number): string | null {
	if (size === 0) return 'Het bestand is leeg: er is geen document om te lezen.';
	if (size > MAX_UPLOAD_BYTES)
		return `Het bestand is ${(size / 1024 / 1024).toFixed(1)} MB; de grens is 25 MB. Splits het document of lever het als tekst aan.`;
	return null;
}

/** The reader's refusal (English, for the command line) as a Dutch message for the clerk. */
export function refusalMessage(e: DocumentError, fileName: string): string {
	const m = e.message;
	if (/empty|only white space/.test(m))
		return `${fileName}: het bestand is leeg, er is geen document om te lezen.`;
	if (/^scanned PDF/.test(m))
		return `${fileName}: dit is een gescande PDF zonder tekstlaag, er is geen tekst om te lezen. Laat er eerst tekstherkenning (OCR) op los, of lever de tekst aan.`;
	if (/not a format Motiemonitor reads|binary/.test(m))
		return `${fileName}: dit bestandsformaat kan Motiemonitor niet lezen. Het leest platte tekst, PDF met een tekstlaag, VLOS-XML, Handelingen-XML en motiedocumenten (kst-XML).`;
	if (/encrypted PDF/.test(m))
		return `${fileName}: de PDF is versleuteld, de tekst is niet te lezen.`;
	if (/truncated PDF|broken PDF|not a PDF/.test(m))
		return `${fileName}: de PDF is beschadigd of onvolledig en kan niet gelezen worden (${m}).`;
	return `${fileName}: het bestand kan niet gelezen worden (${e.describe()}).`;
}

export function parseMeta(form: FormData): UploadMeta {
	const kind = String(form.get('kind') ?? '').trim();
	const title = String(form.get('title') ?? '').trim();
	const date = String(form.get('date') ?? '').trim();
	if (kind && !DOCUMENT_KINDS.includes(kind as DocumentKind))
		throw new UploadError(`Onbekende soort document: "${kind}".`);
	if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date))
		throw new UploadError('Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2025-09-11.');
	return { kind: (kind as DocumentKind) || null, title: title || null, date: date || null };
}

/** Read the bytes as a document; a refusal becomes an UploadError in Dutch. */
export async function readUpload(
	bytes: Uint8Array,
	fileName: string,
	meta: UploadMeta
): Promise<ParsedDocument> {
	const problem = sizeProblem(bytes.byteLength);
	if (problem) throw new UploadError(`${fileName}: ${problem}`);
	try {
		return await parseBytes(new Uint8Array(bytes), fileName, {
			...meta,
			registry: uploadRegistry()
		});
	} catch (e) {
		if (e instanceof DocumentError) throw new UploadError(refusalMessage(e, fileName));
		throw e;
	}
}

export interface Preview {
	parsed: ParsedDocument;
	/** What importing would do, from an import rolled back (or "unchanged" for a file already stored). */
	report: ImportReport;
}

/** What the document says and what importing it would change; nothing is stored. */
export async function previewUpload(
	db: Db,
	bytes: Uint8Array,
	fileName: string,
	meta: UploadMeta
): Promise<Preview> {
	const parsed = await readUpload(bytes, fileName, meta);
	const report = importParsed(
		db,
		parsed,
		importSource(parsed, fileName, sha256(bytes)),
		uploadRegistry(),
		{ dryRun: true }
	);
	return { parsed, report };
}

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** Keep the upload for this session until it is confirmed or cancelled; the token goes to the form. */
export function holdUpload(
	db: Db,
	sessionId: string,
	bytes: Uint8Array,
	fileName: string,
	meta: UploadMeta,
	now: Date = new Date()
): string {
	const token = randomBytes(24).toString('base64url');
	const client = db.$client;
	client.transaction(() => {
		const stale = new Date(now.getTime() - PENDING_HOURS * 3600_000).toISOString();
		client
			.prepare('delete from pending_uploads where created_at < ? or session_id = ?')
			.run(stale, sessionId);
		client
			.prepare(
				`insert into pending_uploads (id, session_id, file_name, bytes, kind, title, date, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				tokenId(token),
				sessionId,
				fileName,
				Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
				meta.kind,
				meta.title,
				meta.date,
				now.toISOString()
			);
	})();
	return token;
}

interface Held {
	fileName: string;
	bytes: Buffer;
	meta: UploadMeta;
}

function heldUpload(db: Db, sessionId: string, token: string): Held {
	const row = db.$client
		.prepare(
			'select file_name, bytes, kind, title, date from pending_uploads where id = ? and session_id = ?'
		)
		.get(tokenId(token), sessionId) as
		| {
				file_name: string;
				bytes: Buffer;
				kind: DocumentKind | null;
				title: string | null;
				date: string | null;
		  }
		| undefined;
	if (!row)
		throw new UploadError(
			'Deze upload is niet (meer) bewaard: hij is al verwerkt, geannuleerd of verlopen. Kies het bestand opnieuw.'
		);
	return {
		fileName: row.file_name,
		bytes: row.bytes,
		meta: { kind: row.kind, title: row.title, date: row.date }
	};
}

/** Import the held upload for real, by this clerk; the held copy goes. */
export async function confirmUpload(
	db: Db,
	user: { id: number; sessionId: string },
	token: string
): Promise<ImportReport> {
	const held = heldUpload(db, user.sessionId, token);
	const report = await importFile(
		db,
		{ fileName: held.fileName, bytes: new Uint8Array(held.bytes), ...held.meta },
		uploadRegistry(),
		{ userId: user.id }
	);
	cancelUpload(db, user.sessionId, token);
	return report;
}

export function cancelUpload(db: Db, sessionId: string, token: string): void {
	db.$client
		.prepare('delete from pending_uploads where id = ? and session_id = ?')
		.run(tokenId(token), sessionId);
}

/** A pasted text, as the bytes of a UTF-8 file. */
export function pastedFile(text: string): { bytes: Uint8Array; fileName: string } {
	const bytes = new TextEncoder().encode(text);
	return { bytes, fileName: `geplakt-${sha256(bytes).slice(0, 12)}.txt` };
}

export interface PreviewMotion {
	id: string;
	signers: { name: string; party: string | null }[];
	verdict: string | null;
	minister: string | null;
	condition: string | null;
	quote: string | null;
	lines: [number, number];
	/** The motion's lines in the source, and the lines of its appraisal. */
	source: { line: number; text: string }[];
	appraisalSource: { line: number; text: string }[];
	/** What is stored about it now: null when the motion is new. */
	stored: { verdict: string | null; corrected: boolean } | null;
}

export interface PreviewSummary {
	fileName: string;
	document: { kind: string; title: string | null; date: string | null; format: string };
	report: Pick<
		ImportReport,
		| 'outcome'
		| 'motionsAdded'
		| 'motionsUpdated'
		| 'motionsUnchanged'
		| 'appraisals'
		| 'references'
		| 'conflicts'
		| 'reviewItems'
		| 'changes'
	>;
	motions: PreviewMotion[];
	references: { motion: string; asWritten: string; line: number }[];
	warnings: { line: number; message: string }[];
	lineCount: number;
}

const MAX_SOURCE_LINES = 14;

/** A plain, serialisable account of a preview for the page. */
export function previewSummary(db: Db, fileName: string, preview: Preview): PreviewSummary {
	const { parsed, report } = preview;
	const lines = parsed.text.split(/\r\n|\r|\n/);
	const excerpt = ([from, to]: [number, number]) =>
		lines
			.slice(from - 1, Math.min(to, from - 1 + MAX_SOURCE_LINES))
			.map((text, i) => ({ line: from + i, text }));
	const stored = db.$client.prepare(
		`select a.verdict, a.correction_id is not null as corrected from motions m
		left join appraisals a on a.motion_id = m.id and a.final = 1 where m.id = ?`
	);
	const appraisalOf = new Map(parsed.appraisals.map((a) => [a.motionId, a]));
	return {
		fileName,
		document: {
			kind: parsed.document.kind,
			title: parsed.document.title,
			date: parsed.document.date,
			format: parsed.document.format
		},
		report: {
			outcome: report.outcome,
			motionsAdded: report.motionsAdded,
			motionsUpdated: report.motionsUpdated,
			motionsUnchanged: report.motionsUnchanged,
			appraisals: report.appraisals,
			references: report.references,
			conflicts: report.conflicts,
			reviewItems: report.reviewItems,
			changes: report.changes
		},
		motions: parsed.motions.map((m) => {
			const a = appraisalOf.get(m.id);
			const row = stored.get(m.id) as { verdict: string | null; corrected: number } | undefined;
			return {
				id: m.id,
				signers: m.signers.map((s) => ({ name: s.name, party: s.party })),
				verdict: a?.verdict ?? null,
				minister: a?.minister ?? null,
				condition: a?.condition ?? null,
				quote: a?.quote ?? null,
				lines: [m.lines[0], m.lines[1]],
				source: excerpt([m.lines[0], m.lines[1]]),
				appraisalSource: a ? excerpt([a.lines[0], a.lines[1]]) : [],
				stored: row ? { verdict: row.verdict, corrected: Boolean(row.corrected) } : null
			};
		}),
		references: parsed.references.map((r) => ({
			motion: r.motion,
			asWritten: r.asWritten,
			line: r.line
		})),
		warnings: report.warnings.map((w) => ({ line: w.line, message: w.message })),
		lineCount: lines.length
	};
}
