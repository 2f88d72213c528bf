// `parse FILE [--date] [--json]`: one document through the reader, printed for people or as JSON.
import { readDocumentFile } from '../lib/server/import/document-files';
import { DocumentError, parseBytes, type ParsedDocument } from '../lib/parse';
import { toContractJson } from '../lib/parse/contract';
import { DOCUMENT_KINDS, type DocumentKind } from '../lib/parse/types';
import { loadRegistry } from '../lib/server/registry';
import { manifestEntryFor } from '../lib/server/manifest';
import { verdictLabel } from '../lib/verdicts';
import { isIsoDate } from '../lib/dates';

export interface ParseOptions {
	date?: string;
	title?: string;
	kind?: string;
	json?: boolean;
}

export async function parseCommand(file: string, opts: ParseOptions): Promise<number> {
	try {
		if (opts.date && !isIsoDate(opts.date)) {
			throw new DocumentError(`--date "${opts.date}" is not a date in the form YYYY-MM-DD`);
		}
		if (opts.kind && !(DOCUMENT_KINDS as readonly string[]).includes(opts.kind)) {
			throw new DocumentError(`--kind "${opts.kind}" is not one of ${DOCUMENT_KINDS.join(', ')}`);
		}
		let bytes: Buffer;
		try {
			// Regular files only, size checked before reading: a pipe or a device is refused, not read.
			bytes = readDocumentFile(file);
		} catch (e) {
			if (e instanceof DocumentError) throw e;
			throw new DocumentError(
				`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
				file
			);
		}
		const entry = manifestEntryFor(file);
		const parsed = await parseBytes(bytes, file, {
			date: opts.date ?? entry?.date ?? null,
			title: opts.title ?? entry?.title ?? null,
			kind: (opts.kind as DocumentKind | undefined) ?? entry?.kind ?? null,
			registry: loadRegistry()
		});
		if (opts.json) {
			process.stdout.write(JSON.stringify(toContractJson(parsed), null, 2) + '\n');
			return 0;
		}
		printHuman(file, parsed);
		return 0;
	} catch (e) {
		if (e instanceof DocumentError) {
			process.stderr.write(`motiemonitor parse: ${e.describe()}\n`);
			return 2;
		}
		throw e;
	}
}

function printHuman(file: string, doc: ParsedDocument) {
	const out: string[] = [];
	const d = doc.document;
	out.push(`${file}`);
	out.push(
		`  ${d.kind} (${d.format}${d.interim ? ', interim report' : ''}): ${d.title ?? '(no title)'} — ${d.date ?? 'date unknown'}`
	);
	if (d.debates.length > 1) out.push(`  debates: ${d.debates.join(' · ')}`);
	const appraisal = new Map(doc.appraisals.map((a) => [a.motionId, a]));
	if (doc.motions.length) out.push('', `Motions (${doc.motions.length}):`);
	for (const m of doc.motions) {
		const a = appraisal.get(m.id);
		const signers = m.signers.map((s) => `${s.name} (${s.party ?? '?'})`).join(', ');
		const verdict = a
			? `${verdictLabel(a.verdict)}${a.conditional ? ' (voorwaardelijk)' : ''} — ${a.minister ?? '?'}`
			: 'geen appreciatie';
		out.push(`  ${m.id.padEnd(12)} ${verdict}`);
		out.push(`  ${''.padEnd(12)} ${signers}  [lines ${m.lines[0]}–${m.lines[1]}]`);
		if (a && a.history.length > 1) {
			out.push(
				`  ${''.padEnd(12)} history: ${a.history.map((h) => verdictLabel(h.verdict)).join(' → ')}`
			);
		}
	}
	if (doc.signatories.length) {
		out.push(
			'',
			'Signed by: ' +
				doc.signatories
					.map((s) => `${s.name} (${s.role}${s.ministry ? ' ' + s.ministry : ''})`)
					.join(', ')
		);
	}
	if (doc.references.length) out.push('', `Motion references (${doc.references.length}):`);
	for (const r of doc.references) out.push(`  line ${r.line}: ${r.motion}  “${r.asWritten}”`);
	if (doc.unresolvedReferences.length) out.push('', 'Unresolved motion references:');
	for (const u of doc.unresolvedReferences) out.push(`  line ${u.line}: “${u.asWritten}”`);
	if (doc.kamerstukken.length) {
		out.push(
			'',
			`Other Kamerstukken: ${doc.kamerstukken.map((k) => `${k.id} (line ${k.line})`).join(', ')}`
		);
	}
	if (doc.warnings.length) out.push('', `Warnings (${doc.warnings.length}):`);
	for (const w of doc.warnings) out.push(`  line ${w.line}: ${w.message}`);
	process.stdout.write(out.join('\n') + '\n');
}
