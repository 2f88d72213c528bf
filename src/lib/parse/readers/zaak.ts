// The Kamer's open-data registry records of motions (Zaak of Soort 'Motie', in the API's own
// shape): what identifies the motion, whom it names first, what it replaces. Pure.

export interface ZaakDocument {
	Id: string;
	Soort?: string | null;
	DocumentNummer?: string | null;
	Datum?: string | null;
	Verwijderd?: boolean | null;
	HuidigeDocumentVersie?: { ExterneIdentifier?: string | null } | null;
}

/** A Zaak as the open-data API gives it (the fields Motiemonitor reads). */
export interface ZaakRecord {
	Id: string;
	Nummer: string;
	Soort: string;
	Titel?: string | null;
	Onderwerp: string | null;
	GestartOp?: string | null;
	Afgedaan?: boolean | null;
	Kabinetsappreciatie?: string | null;
	ApiGewijzigdOp?: string | null;
	Verwijderd?: boolean | null;
	Document?: ZaakDocument[] | null;
}

/** A registry record with its published motion document, when there is one. */
export interface RegistryEntry {
	zaak: ZaakRecord;
	xml: string | null;
}

const PUBLICATION = /^kst-(\d{5}(?:-[A-Z0-9]{1,5})?)-(\d+)$/;

/** The Kamerstuk id from the motion document's publication id: "kst-21501-32-1603" → 21501-32, 1603. */
export function kamerstukOf(zaak: ZaakRecord): {
	dossier: string;
	number: number;
	publication: string;
	document: ZaakDocument;
} | null {
	// The motion's own document first: a Zaak can list another (a letter about it) beside it.
	const documents = [...(zaak.Document ?? [])].sort(
		(a, b) => Number(!/^motie/i.test(a.Soort ?? '')) - Number(!/^motie/i.test(b.Soort ?? ''))
	);
	for (const d of documents) {
		if (d.Verwijderd) continue;
		const publication = d.HuidigeDocumentVersie?.ExterneIdentifier ?? '';
		const m = PUBLICATION.exec(publication);
		if (m) return { dossier: m[1]!, number: Number(m[2]), publication, document: d };
	}
	return null;
}

/** "(t.v.v. 19637-3370)": the motion an amended one replaces. */
export function replacedIdOf(subject: string | null): string | null {
	// The closing parenthesis is sometimes missing: "(t.v.v. 31305-489".
	const m = /t\.v\.v\.\s*(\d{5}(?:-[A-Z0-9]{1,5})?-\d+)(?![\d-])/.exec(subject ?? '');
	return m ? m[1]! : null;
}

/** "Motie van het lid Flach c.s. over …" → "Flach"; "… van de leden Slagt-Tichelman en Bevers over" → "Slagt-Tichelman". */
export function firstSignerOf(subject: string | null): string | null {
	const m = /motie van (?:het lid|de leden)\s+(.+?)\s+(?:c\.s\.\s+)?over\b/i.exec(subject ?? '');
	if (!m) return null;
	return (
		m[1]!
			.split(/\s*,\s*|\s+en\s+/)[0]!
			.replace(/\s+c\.s\.$/, '')
			.trim() || null
	);
}

/** The calendar day of an open-data timestamp ("2023-12-07T00:00:00+01:00" → 2023-12-07). */
export const dayOf = (stamp: string | null | undefined) =>
	/^\d{4}-\d{2}-\d{2}/.exec(stamp ?? '')?.[0] ?? null;
