// The stable JSON shape of `cli parse --json`, which checks outside the project read.
// Add fields freely; never rename or remove one.
import type { ParsedDocument } from './types';

export function toContractJson(doc: ParsedDocument) {
	const appraisalOf = new Map(doc.appraisals.map((a) => [a.motionId, a]));
	return {
		document: doc.document,
		motions: doc.motions.map((m) => {
			const a = appraisalOf.get(m.id);
			return {
				id: m.id,
				dossier: m.dossier,
				number: m.number,
				signers: m.signers.map((s) => ({
					name: s.name,
					party: s.party,
					partySource: s.partySource
				})),
				reader: m.reader,
				verdict: a?.verdict ?? null,
				minister: a?.minister ?? null,
				conditional: a?.conditional ?? false,
				condition: a?.condition ?? null,
				lines: m.lines,
				replaces: m.replaces,
				subject: m.subject,
				parts: m.parts,
				text: m.text,
				appraisal: a
					? {
							quote: a.quote,
							lines: a.lines,
							history: a.history.map((h) => ({
								verdict: h.verdict,
								minister: h.minister,
								conditional: h.conditional,
								condition: h.condition,
								by: h.by,
								quote: h.quote,
								lines: h.lines
							}))
						}
					: null
			};
		}),
		references: doc.references.map((r) => ({
			motion: r.motion,
			asWritten: r.asWritten,
			line: r.line,
			signers: r.signers,
			via: r.via,
			sentence: r.sentence
		})),
		unresolvedReferences: doc.unresolvedReferences,
		kamerstukken: doc.kamerstukken,
		speakers: doc.speakers.map((s) => ({
			kind: s.kind,
			name: s.name,
			party: s.party,
			post: s.post
		})),
		signatories: doc.signatories,
		questions: doc.questions,
		warnings: doc.warnings
	};
}

export type ContractJson = ReturnType<typeof toContractJson>;
