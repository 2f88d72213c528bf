// The last step of reading: names as the text writes them → people, fractions and cabinet posts
// in the registries on the document's date. Extraction finds names; only this module looks them up.
import { fractionOn, MemberIndex, nameKey, sameSurname, stripAddress, tidyName } from './names';
import { NAME_PREFIXES } from './vocabulary';
import type { CabinetRecord, ParseWarning, Signer } from './types';

const PREFIXES = new Set<string>(NAME_PREFIXES);

export interface SignerContext {
	/** Party per speaker name from the transcript's own labels. */
	labelParty: Map<string, string>;
	members: MemberIndex;
	date: string | null;
	warnings: ParseWarning[];
}

/** Resolve a signer's canonical name and fraction: the transcript's label first, else the registry. */
export function resolveSigner(cited: string, ctx: SignerContext, line: number): Signer {
	let labelName: string | null = null;
	let labelParty: string | null = null;
	for (const [name, party] of ctx.labelParty) {
		if (nameKey(name) === nameKey(cited) || sameSurname(cited, name)) {
			labelName = name;
			labelParty = party;
			break;
		}
	}
	const people = ctx.members.find(cited);
	let registryParty: string | null = null;
	let registryName: string | null = null;
	if (people.length === 1) {
		const on = fractionOn(people[0]!, ctx.date);
		registryParty = on?.fraction ?? null;
		registryName = people[0]![0]!.name;
	}
	const name = labelName ?? registryName ?? cited;
	if (labelParty) {
		if (registryParty && registryParty !== labelParty) {
			ctx.warnings.push({
				line,
				message: `${name}: the transcript labels this member ${labelParty}, the member registry says ${registryParty} on ${ctx.date ?? 'an unknown date'}`
			});
		}
		return { name, party: labelParty, partySource: 'label' };
	}
	if (registryParty) return { name, party: registryParty, partySource: 'registry' };
	ctx.warnings.push({
		line,
		message:
			people.length > 1
				? `${cited}: more than one member has this name in data/members.csv; the fraction is left unknown`
				: `${cited}: not a speaker in this transcript and not in data/members.csv${ctx.date ? ` for ${ctx.date}` : ''}; the fraction is left unknown`
	});
	return { name, party: null, partySource: null };
}

/** The rows of a cabinet registry by name key, and those of double surnames by their first part. */
interface CabinetIndex {
	byKey: Map<string, number[]>;
	byFirstPart: Map<string, number[]>;
}

const cabinetIndexes = new WeakMap<CabinetRecord[], CabinetIndex>();

function cabinetIndex(cabinet: CabinetRecord[]): CabinetIndex {
	let index = cabinetIndexes.get(cabinet);
	if (index) return index;
	index = { byKey: new Map(), byFirstPart: new Map() };
	const add = (map: Map<string, number[]>, key: string, i: number) => {
		const list = map.get(key);
		if (list) list.push(i);
		else map.set(key, [i]);
	};
	cabinet.forEach((c, i) => {
		const key = nameKey(c.name);
		add(index.byKey, key, i);
		if (key && c.name.includes('-')) add(index.byFirstPart, nameKey(c.name.split('-')[0] ?? ''), i);
	});
	cabinetIndexes.set(cabinet, index);
	return index;
}

/**
 * The rows that name `name` (an equal key, or a double surname cited by its first part), in
 * registry order: looked up in an index built once per registry instead of comparing every row.
 */
function postsNamed(cabinet: CabinetRecord[], name: string): CabinetRecord[] {
	const { byKey, byFirstPart } = cabinetIndex(cabinet);
	const key = nameKey(name);
	const equal = byKey.get(key) ?? [];
	const firstPart = key ? (byFirstPart.get(key) ?? []) : [];
	const at = firstPart.length
		? [...new Set([...equal, ...firstPart])].sort((a, b) => a - b)
		: equal;
	return at.map((i) => cabinet[i]!);
}

/**
 * The cabinet post a person held on a date (the first listed when several). A post's `to` is the
 * day the successor starts (data/cabinet.csv), so it holds from `from` up to, not on, `to`.
 */
export function cabinetPostOn(
	cabinet: CabinetRecord[],
	name: string,
	date: string | null
): CabinetRecord[] {
	const rows = postsNamed(cabinet, name);
	if (!date) return rows;
	return rows.filter((c) => (!c.from || c.from <= date) && (!c.to || date < c.to));
}

/** The post of a document's signatory: the one held on the date, else any the registry knows. */
export function signatoryPost(
	cabinet: CabinetRecord[],
	surname: string,
	date: string | null
): CabinetRecord | null {
	return (
		cabinetPostOn(cabinet, surname, date)[0] ?? cabinetPostOn(cabinet, surname, null)[0] ?? null
	);
}

/**
 * The canonical spelling of a member cited in running text, or null when the registry does not
 * know them (or knows several): "Yesilgöz" → "Yeşilgöz-Zegerius", "Boswijk in Kamerstuk" → "Boswijk".
 */
export function canonicalMember(cited: string, members: MemberIndex): string | null {
	for (const reading of nameReadings(cited)) {
		const found = members.canonical(reading);
		if (found) return found;
	}
	return null;
}

/**
 * The shorter readings of a name taken from running text, longest first, for when the text ran
 * on past the name: "Agema op Prinsjesdag" → "Agema", "Boswijk in Kamerstuk" → "Boswijk".
 */
export function nameReadings(cited: string): string[] {
	const words = tidyName(cited).split(' ');
	const prefixes = PREFIXES;
	const out = [words.join(' ')];
	for (let end = words.length - 1; end > 0; end--) {
		// Cut only where a prefix starts what follows: a name is not cut inside "Van der Plas".
		if (!prefixes.has(words[end]!.toLowerCase())) continue;
		if (prefixes.has(words[end - 1]!.toLowerCase())) continue;
		out.push(words.slice(0, end).join(' '));
	}
	return out;
}

/** "Inge van Dijk" → { given: "Inge", surname: "Van Dijk" }; "Van Dijk" has no given name. */
function givenAndSurname(name: string): { given: string | null; surname: string } {
	const words = name.trim().split(/\s+/);
	const first = words[0] ?? '';
	if (words.length < 2 || PREFIXES.has(first.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(first))
		return { given: null, surname: name.trim() };
	return { given: first, surname: tidyName(words.slice(1).join(' ')) };
}

/**
 * Does a name as cited ("mevrouw Slagt", "Inge van Dijk", "Yeşilgöz") name the same member as a
 * signer's name ("Slagt-Tichelman", "Van Dijk", "Yeşilgöz-Zegerius")? A double surname may be
 * cited by its first part; a given name may stand before the surname on either side, but two
 * different given names are two people.
 */
export function namesMember(cited: string, signer: string): boolean {
	const same = (a: string, b: string) =>
		nameKey(a) === nameKey(b) || sameSurname(a, b) || sameSurname(b, a);
	for (const reading of nameReadings(stripAddress(cited))) {
		if (same(reading, signer)) return true;
		const c = givenAndSurname(reading);
		const s = givenAndSurname(signer);
		if (c.given && s.given && nameKey(c.given) !== nameKey(s.given)) continue;
		if ((c.given || s.given) && same(c.surname, s.surname)) return true;
	}
	return false;
}
