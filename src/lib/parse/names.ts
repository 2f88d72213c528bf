// Matching people's names across documents: case, diacritics (Yeşilgöz / Yesilgöz), prefixes
// ("van Hijum" / "Van Hijum"), double surnames cited by their first part, line-broken names.
import { ADDRESS_BEFORE_NAME, NAME_PREFIXES } from './vocabulary';
import type { MemberRecord } from './types';

// The cabinet lookup moved to resolve.ts with the rest of resolution; kept here for the modules
// that still import it from names.ts (transcript.ts, server/import/document.ts).
export { cabinetPostOn } from './resolve';

const PREFIXES = new Set<string>(NAME_PREFIXES);

/**
 * Keys already computed: resolution compares the same few hundred names thousands of times per
 * document. Bounded, so that a long import of odd names cannot grow it without end.
 */
const nameKeys = new Map<string, string>();
const NAME_KEYS_KEPT = 20_000;

/** A key for comparing names: no diacritics, no case, hyphens and spaces alike. */
export function nameKey(name: string): string {
	let key = nameKeys.get(name);
	if (key === undefined) {
		if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
		nameKeys.set(name, (key = computeNameKey(name)));
	}
	return key;
}

function computeNameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[‘’`´]/g, "'")
		.replace(/[-\s]+/g, ' ')
		.trim();
}

/** Collapse whitespace (line breaks inside a name) and capitalise the prefix, as at a sentence start. */
export function tidyName(name: string): string {
	const clean = name.replace(/\s+/g, ' ').trim();
	return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/** Drop the forms of address in front of a name: "de heer", "mevrouw", "het lid", "collega". */
export function stripAddress(name: string): string {
	return name.replace(ADDRESS_BEFORE_NAME, '').trim();
}

/** "D.M. van Weel" → "Van Weel"; "Ruben Brekelmans" → "Brekelmans"; "Van Weel" → "Van Weel". */
export function surnameOf(fullName: string): string {
	const words = fullName
		.replace(/\([^)]*\)/g, ' ')
		.trim()
		.split(/\s+/)
		.filter((w) => w && !w.includes('.'));
	if (!words.length) return tidyName(fullName);
	// The surname starts at its first prefix word ("van Weel"), or is the last word.
	const prefixAt = words.findIndex((w, i) => i < words.length - 1 && PREFIXES.has(w.toLowerCase()));
	return tidyName(words.slice(prefixAt >= 0 ? prefixAt : words.length - 1).join(' '));
}

/** Does `cited` name the same person as `full` (both surnames)? Covers "Yeşilgöz" for "Yeşilgöz-Zegerius". */
export function sameSurname(cited: string, full: string): boolean {
	const a = nameKey(cited);
	const b = nameKey(full);
	if (!a || !b) return false;
	if (a === b) return true;
	// A double surname cited by its first part.
	const firstPart = nameKey(full.split('-')[0] ?? '');
	return full.includes('-') && a === firstPart;
}

/** Pick the period of a member's fraction that holds on `date`; else the closest one before it. */
export function fractionOn(
	periods: MemberRecord[],
	date: string | null
): { fraction: string; exact: boolean } | null {
	if (!periods.length) return null;
	const fractions = new Set(periods.map((p) => p.fraction));
	if (fractions.size === 1) return { fraction: periods[0]!.fraction, exact: true };
	if (!date) return null;
	const containing = periods.find((p) => (!p.from || p.from <= date) && (!p.to || date <= p.to));
	if (containing) return { fraction: containing.fraction, exact: true };
	const before = periods
		.filter((p) => p.from && p.from <= date)
		.sort((x, y) => (x.from! < y.from! ? 1 : -1))[0];
	return before ? { fraction: before.fraction, exact: false } : null;
}

/** Index of the member registry by surname, with people (person id or full name) kept apart. */
export class MemberIndex {
	private bySurname = new Map<string, MemberRecord[]>();
	/** Members with a double surname, by the key of its first part ("Yeşilgöz" for "Yeşilgöz-Zegerius"). */
	private byFirstPart = new Map<string, MemberRecord[]>();

	constructor(members: MemberRecord[]) {
		for (const m of members) {
			const key = nameKey(m.name);
			const list = this.bySurname.get(key) ?? [];
			list.push(m);
			this.bySurname.set(key, list);
			// What sameSurname accepts beyond an equal key: the first part of a double surname.
			if (key && m.name.includes('-')) {
				const first = nameKey(m.name.split('-')[0] ?? '');
				const same = this.byFirstPart.get(first) ?? [];
				same.push(m);
				this.byFirstPart.set(first, same);
			}
		}
	}

	/** Answers per cited name: an index lives as long as its registry and meets the same names often. */
	private found = new Map<string, MemberRecord[][]>();
	private canonicals = new Map<string, string | null>();

	/** All periods of the people a cited surname can mean, grouped per person (do not mutate). */
	find(cited: string): MemberRecord[][] {
		let people = this.found.get(cited);
		if (!people) {
			people = group(this.rows(stripAddress(cited)));
			this.found.set(cited, people);
		}
		return people;
	}

	private rows(surname: string): MemberRecord[] {
		const key = nameKey(surname);
		const exact = this.bySurname.get(key);
		if (exact) return exact;
		// No member's key equals this one, so only a double surname's first part can (an empty key
		// matches nothing, as in sameSurname).
		const byFirstPart = key ? this.byFirstPart.get(key) : undefined;
		if (byFirstPart) return byFirstPart;
		return this.byGivenName(surname) ?? [];
	}

	/** Namesakes are told apart by a given name: "Inge van Dijk" is "I. (Inge) van Dijk". */
	private byGivenName(cited: string): MemberRecord[] | null {
		const m = /^(\p{Lu}[\p{L}'-]+)\s+(.+)$/u.exec(cited.trim());
		if (!m || PREFIXES.has(m[1]!.toLowerCase())) return null;
		const given = `(${nameKey(m[1]!)})`;
		const rows = (this.bySurname.get(nameKey(m[2]!)) ?? []).filter((r) =>
			nameKey(r.fullName).includes(given)
		);
		return rows.length ? rows : null;
	}

	/**
	 * The canonical spelling of a surname (full diacritics), or null when unknown or ambiguous.
	 * A namesake keeps the given name the text used ("Inge van Dijk"), which tells them apart.
	 */
	canonical(cited: string): string | null {
		let found = this.canonicals.get(cited);
		if (found === undefined) {
			found = this.readCanonical(cited);
			this.canonicals.set(cited, found);
		}
		return found;
	}

	private readCanonical(cited: string): string | null {
		const people = this.find(cited);
		if (people.length !== 1) return null;
		const name = people[0]![0]!.name;
		const namesakes = group(this.bySurname.get(nameKey(name)) ?? []).length;
		return namesakes > 1 ? tidyName(stripAddress(cited)) : name;
	}
}

function group(rows: MemberRecord[]): MemberRecord[][] {
	const people = new Map<string, MemberRecord[]>();
	for (const r of rows) {
		const person = r.personId || r.fullName || r.name;
		people.set(person, [...(people.get(person) ?? []), r]);
	}
	return [...people.values()];
}
