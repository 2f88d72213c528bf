// "Nieuw sinds" as Atom entries: every change of the page an entry with the same id it has in
// the list feeds (a motion's address and the statement), dated as the page dates it.
import type { AtomEntry } from './atom';
import type { Changes } from './queries/changes';
import { verdictLabel } from '../verdicts';
import { OUTCOME_LABELS, VOTE_KIND_LABELS } from '../outcomes';
import { FIELD_LABELS } from './clerks/corrections';

const KIND_NAMES: Record<string, string> = {
	letter: 'Kamerbrief',
	answers: 'Antwoorden op Kamervragen',
	consultation: 'Schriftelijk overleg'
};

const shown = (field: string, value: string | null) =>
	value === null || value === '' ? '—' : field === 'verdict' ? verdictLabel(value) : value;

/** Every change the page shows (at most 50 of each kind) as entries, newest first. */
export function changesEntries(c: Changes, origin: string): AtomEntry[] {
	const motion = (id: string) => `${origin}/moties/${encodeURIComponent(id)}`;
	const entries: AtomEntry[] = [
		...c.motions.items.map((m) => ({
			id: `${motion(m.id)}#ingediend`,
			title: `${m.id}: nieuwe motie`,
			updated: m.date,
			link: motion(m.id),
			summary: m.subject ?? ''
		})),
		...c.appraisals.items.map((a) => ({
			id: `${motion(a.motionId)}#${a.key}`,
			title: `${a.motionId}: ${verdictLabel(a.verdict)}${
				a.minister ? ` (${a.minister})` : a.source === 'registry' ? ' (register)' : ''
			}`,
			updated: a.date,
			link: motion(a.motionId),
			summary: [a.subject, a.documentTitle && `Uit: ${a.documentTitle}`].filter(Boolean).join('\n')
		})),
		...c.votes.items.map((v) => ({
			id: `${motion(v.motionId)}#${v.key}`,
			title: `${v.motionId}: ${OUTCOME_LABELS[v.declared]}${
				v.kind === 'none'
					? ''
					: ` (${VOTE_KIND_LABELS[v.kind]}${
							v.seatsFor !== null && v.seatsAgainst !== null
								? `, ${v.seatsFor} voor, ${v.seatsAgainst} tegen`
								: ''
						})`
			}`,
			updated: v.date,
			link: `${motion(v.motionId)}#levensloop`,
			summary: [
				v.subject,
				v.complete ? '' : 'De telling is onvolledig: zij bepaalt de uitkomst van de motie niet.'
			]
				.filter(Boolean)
				.join('\n')
		})),
		...c.letters.items.map((l) => ({
			id: `${origin}/documenten/${l.documentId}#noemt-moties`,
			title: `${KIND_NAMES[l.kind] ?? 'Document'}: ${l.title ?? 'zonder titel'}`,
			updated: l.date,
			link: `${origin}/documenten/${l.documentId}`,
			summary: `Noemt ${l.motions.length === 1 ? 'de motie' : 'de moties'} ${l.motions.join(', ')}`
		})),
		...c.corrections.items.map((k) => ({
			id: `${motion(k.motionId)}#correctie-${k.id}`,
			title: `${k.motionId}: correctie van ${FIELD_LABELS[k.field]} door de griffie`,
			updated: k.at,
			link: `${motion(k.motionId)}#correcties`,
			summary: `${k.author}: ${shown(k.field, k.before)} → ${shown(k.field, k.after)}`
		}))
	];
	const time = (e: AtomEntry) =>
		Date.parse(/^\d{4}-\d\d-\d\d$/.test(e.updated) ? `${e.updated}T00:00:00Z` : e.updated);
	return entries.sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
