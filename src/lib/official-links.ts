// Links to the official record, built only from the ids the Kamer itself uses: the publication id
// on officielebekendmakingen.nl (kst-36045-216), the Zaak and document numbers of the registry
// (2025Z16123, 2025D38456) and the dossier number. An id not in its known form gives no link.

export interface OfficialLink {
	label: string;
	href: string;
}

const PUBLICATION = /^(kst|h-tk|stb|stcrt|ah-tk)-[0-9A-Za-z-]+$/;
const ZAAK = /^\d{4}Z\d{5}$/;
const DOCUMENT = /^\d{4}D\d{5}$/;
const DOSSIER = /^\d{5}(-[0-9A-Z]+)?$/;

/** The publication's page on officielebekendmakingen.nl. */
export function publicationLink(publication: string | null | undefined): OfficialLink | null {
	if (!publication || !PUBLICATION.test(publication)) return null;
	return {
		label: 'officielebekendmakingen.nl',
		href: `https://zoek.officielebekendmakingen.nl/${publication}.html`
	};
}

/** The motion's page on tweedekamer.nl, from its Zaak and document numbers. */
export function kamerMotionLink(
	zaakNumber: string | null | undefined,
	documentNumber: string | null | undefined
): OfficialLink | null {
	if (!zaakNumber || !ZAAK.test(zaakNumber)) return null;
	const did = documentNumber && DOCUMENT.test(documentNumber) ? `&did=${documentNumber}` : '';
	return {
		label: 'tweedekamer.nl',
		href: `https://www.tweedekamer.nl/kamerstukken/moties/detail?id=${zaakNumber}${did}`
	};
}

/** Every publication of a dossier on officielebekendmakingen.nl. */
export function dossierLink(dossier: string | null | undefined): OfficialLink | null {
	if (!dossier || !DOSSIER.test(dossier)) return null;
	return {
		label: `dossier ${dossier} op officielebekendmakingen.nl`,
		href: `https://zoek.officielebekendmakingen.nl/dossier/${dossier}`
	};
}
