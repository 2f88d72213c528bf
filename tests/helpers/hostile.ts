// The fixture the hostile-input and scaling tests share: one member, one minister, and a debate in
// which the member tables one motion and the minister answers with the text under test.
import type { Registry } from '../../src/lib/parse';

export const HOSTILE_REGISTRY: Registry = {
	members: [
		{
			name: 'Timmermans',
			fullName: 'F.C.G.M. Timmermans',
			fraction: 'GroenLinks-PvdA',
			from: '2023-12-06',
			to: null,
			personId: null
		}
	],
	cabinet: [
		{
			name: 'Van Weel',
			fullName: 'D.M. van Weel',
			role: 'minister',
			ministry: 'Buitenlandse Zaken',
			party: 'VVD',
			from: '2025-09-05',
			to: null
		}
	]
};

/** One motion tabled by Timmermans (36045, nr. 216), then the minister's answer. */
export const debateAnswering = (answer: string) =>
	[
		'De heer Timmermans (GroenLinks-PvdA):',
		'Ik heb één motie.',
		'',
		'De Kamer,',
		'',
		'gehoord de beraadslaging,',
		'',
		'verzoekt de regering maatregelen te nemen,',
		'',
		'en gaat over tot de orde van de dag.',
		'',
		'De voorzitter:',
		'Deze motie is voorgesteld door het lid Timmermans.',
		'',
		'Zij krijgt nr. 216 (36045).',
		'',
		'Minister Van Weel:',
		answer,
		''
	].join('\n');
