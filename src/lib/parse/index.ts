// The reader: a published document in, typed records out. Pure: no files, no database.
// bytes ─► reader per format (readers/) ─► DocumentBody ─► extraction ─► resolution ─► ParsedDocument
import { MemberIndex, nameKey } from './names';
import { debateTitle, readTurns, resolveSpeakers } from './transcript';
import { findMotions, flatten, type SignerContext } from './motions';
import { findAppraisals } from './appraisals';
import { findReferences } from './references';
import { findVotes } from './votes';
import { detectKind, readQuestions, readSignatories, readTitle } from './letters';
import { readBytes, readText, readTextDocument } from './readers';
import { joinLines } from './text';
import { resolveMotionSigners } from './readers/motion-document';
import type { DocumentBody } from './body';
import type { ParsedDocument, ParseOptions, ParseWarning, Registry } from './types';
import { MAX_WARNINGS, PARSE_TIME_LIMIT_MS } from './limits';
import { overdue, withTimeLimit } from './watchdog';

export * from './types';
export type { DocumentBody, DocumentFormat } from './body';
export { DOCUMENT_FORMATS } from './body';
export { decodeDocument, DocumentError } from './decode';
export { readBytes, readText, readTextDocument, READ_FORMATS } from './readers';

const EMPTY_REGISTRY: Registry = { members: [], cabinet: [] };

/** One name index per registry: building it costs more than reading a motion document. */
const memberIndexes = new WeakMap<Registry, MemberIndex>();
export function memberIndex(registry: Registry): MemberIndex {
	let index = memberIndexes.get(registry);
	if (!index) memberIndexes.set(registry, (index = new MemberIndex(registry.members)));
	return index;
}

/** Plain text (as extracted from a PDF) through the reader. */
export function parseDocument(source: string, options: ParseOptions = {}): ParsedDocument {
	return withTimeLimit(options.timeLimitMs ?? PARSE_TIME_LIMIT_MS, null, () =>
		parseBody(readText(source), options)
	);
}

/** Any form the Kamer publishes in (detected from the content) through the reader. */
export async function parseBytes(
	bytes: Uint8Array,
	file: string | null,
	options: ParseOptions = {}
): Promise<ParsedDocument> {
	const limit = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS;
	const start = performance.now();
	const body = await readBytes(bytes, file, limit);
	const left = Math.max(0, limit - (performance.now() - start));
	return withTimeLimit(left, file, () => {
		overdue('reading the format');
		return parseBody(body, options);
	});
}

/** A decoded text of any form but PDF (plain text or XML) through the reader. */
export function parseText(
	text: string,
	file: string | null,
	options: ParseOptions = {}
): ParsedDocument {
	return withTimeLimit(options.timeLimitMs ?? PARSE_TIME_LIMIT_MS, file, () =>
		parseBody(readTextDocument(text, file), options)
	);
}

/** The index of the section (debate) a line falls in, or null when the body has none. */
function sectionAt(sections: DocumentBody['sections'], line: number): number | null {
	let at: number | null = null;
	sections.forEach((s, i) => {
		if (s.line <= line) at = i;
	});
	return at;
}

/** Extraction and resolution over the neutral body: knows no format. */
export function parseBody(body: DocumentBody, options: ParseOptions = {}): ParsedDocument {
	const registry = options.registry ?? EMPTY_REGISTRY;
	const lines = body.lines;
	const warnings: ParseWarning[] = [...body.warnings];
	const kind = options.kind ?? body.meta.kind ?? detectKind(lines);
	const date = options.date ?? body.meta.date ?? null;
	if (!date) {
		warnings.push({
			line: 1,
			message:
				'The document does not carry its date: give it with --date YYYY-MM-DD or in data/documents/manifest.json'
		});
	}
	const members = memberIndex(registry);
	overdue('reading the lines');
	const result: ParsedDocument = {
		document: {
			kind,
			title: options.title ?? body.meta.title,
			date,
			format: body.meta.format,
			interim: body.meta.interim,
			debates: body.sections.map((s) => s.title)
		},
		speakers: [],
		motions: [],
		appraisals: [],
		references: [],
		unresolvedReferences: [],
		kamerstukken: [],
		signatories: [],
		questions: [],
		votes: [],
		warnings,
		text: joinLines(lines)
	};

	if (kind === 'motion' && body.motion) {
		// A motion as its own published document: the motion is in the markup; its signers'
		// surnames are resolved to members and fractions on the date it was proposed.
		const m = body.motion;
		const resolved = resolveMotionSigners(m, members, date ?? m.date);
		for (const w of resolved.warnings) warnings.push(w);
		result.document.date = date ?? m.date;
		result.motions = [
			{
				id: `${m.dossier}-${m.number}`,
				dossier: m.dossier,
				number: m.number,
				replaces: m.replaces,
				signers: resolved.signers,
				reader: null,
				subject: m.title,
				parts: m.parts,
				text: m.text,
				lines: m.lines
			}
		];
	} else if (kind === 'debate') {
		const transcript = resolveSpeakers(body.turns ?? readTurns(lines), registry, date, members);
		result.speakers = transcript.speakers;
		result.document.title = options.title ?? body.meta.title ?? debateTitle(lines);
		const labelParty = new Map<string, string>();
		for (const s of transcript.speakers)
			if (s.kind === 'member' && s.party) labelParty.set(s.name, s.party);
		for (const [name, party] of transcript.namedByChair) {
			if (![...labelParty.keys()].some((k) => nameKey(k) === nameKey(name)))
				labelParty.set(name, party);
		}
		const ctx: SignerContext = { labelParty, members, date, warnings };
		overdue('reading the speakers');
		const flat = flatten(transcript.turns);
		// In a report of several debates, each motion belongs to the debate whose section holds it.
		result.motions = findMotions(flat, ctx).map((m) => ({
			...m,
			debate: sectionAt(body.sections, m.lines[0])
		}));
		overdue('finding the motions');
		// A motion read twice (same id) is kept once, by findMotions, with a warning.
		result.appraisals = findAppraisals(flat, result.motions, warnings);
		result.votes = findVotes(lines, { date, members, warnings });
	} else {
		result.document.title = options.title ?? body.meta.title ?? readTitle(lines, kind);
		const refs = findReferences(lines, members);
		overdue('finding the references');
		result.references = refs.references;
		result.unresolvedReferences = refs.unresolved;
		result.kamerstukken = refs.kamerstukken;
		result.signatories = readSignatories(lines, registry.cabinet, date);
		if (kind === 'consultation') result.questions = readQuestions(lines);
		for (const u of refs.unresolved) {
			warnings.push({
				line: u.line,
				message: `A motion cited by name only ("${u.asWritten}") could not be resolved to an id; kept as unresolved`
			});
		}
	}
	warnings.sort((a, b) => a.line - b.line);
	// Bounded: a list of 2,000 unresolved names is 100 warnings and a count, not 2,000 lines.
	if (warnings.length > MAX_WARNINGS) {
		const rest = warnings.length - MAX_WARNINGS;
		warnings.length = MAX_WARNINGS;
		warnings.push({
			line: warnings[MAX_WARNINGS - 1]!.line,
			message: `… and ${rest} more ${rest === 1 ? 'warning' : 'warnings'} after line ${warnings[MAX_WARNINGS - 1]!.line}, not listed (the first ${MAX_WARNINGS} are)`
		});
	}
	overdue('sorting the warnings');
	return result;
}
