// The reader: text of a published document in, typed records out. Pure: no files, no database.
import { splitLines } from './text';
import { MemberIndex, nameKey } from './names';
import { debateTitle, readTranscript } from './transcript';
import { findMotions, flatten, type SignerContext } from './motions';
import { findAppraisals } from './appraisals';
import { findReferences } from './references';
import { detectKind, readQuestions, readSignatories, readTitle } from './letters';
import type { ParsedDocument, ParseOptions, ParseWarning, Registry } from './types';

export * from './types';
export { decodeDocument, DocumentError } from './decode';

const EMPTY_REGISTRY: Registry = { members: [], cabinet: [] };

export function parseDocument(source: string, options: ParseOptions = {}): ParsedDocument {
	const registry = options.registry ?? EMPTY_REGISTRY;
	const lines = splitLines(source);
	const warnings: ParseWarning[] = [];
	const kind = options.kind ?? detectKind(lines);
	const date = options.date ?? null;
	if (!date) {
		warnings.push({
			line: 1,
			message:
				'The document does not carry its date: give it with --date YYYY-MM-DD or in data/documents/manifest.json'
		});
	}
	const members = new MemberIndex(registry.members);
	const result: ParsedDocument = {
		document: { kind, title: options.title ?? null, date },
		speakers: [],
		motions: [],
		appraisals: [],
		references: [],
		unresolvedReferences: [],
		kamerstukken: [],
		signatories: [],
		questions: [],
		warnings
	};

	if (kind === 'debate') {
		const transcript = readTranscript(lines, registry, date);
		result.speakers = transcript.speakers;
		result.document.title = options.title ?? debateTitle(lines);
		const labelParty = new Map<string, string>();
		for (const s of transcript.speakers)
			if (s.kind === 'member' && s.party) labelParty.set(s.name, s.party);
		for (const [name, party] of transcript.namedByChair) {
			if (![...labelParty.keys()].some((k) => nameKey(k) === nameKey(name)))
				labelParty.set(name, party);
		}
		const ctx: SignerContext = { labelParty, members, date, warnings };
		const flat = flatten(transcript.turns);
		result.motions = findMotions(flat, ctx);
		// A motion read twice (same id) is kept once, by findMotions, with a warning.
		result.appraisals = findAppraisals(flat, result.motions, warnings);
	} else {
		result.document.title = options.title ?? readTitle(lines, kind);
		const refs = findReferences(lines, members);
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
	return result;
}
