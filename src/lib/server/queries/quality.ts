// The data-quality page: where the registry and the transcripts do not (yet) meet, and what could
// not be resolved. Every list is counted and paged in SQL, so no page ships thousands of rows.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import type { NoVerdictKind, Verdict } from '../../verdicts';

export interface Paged<T> {
	total: number;
	page: number;
	perPage: number;
	rows: T[];
}

export interface PageRequest {
	page: number;
	perPage: number;
}

/** Count, clamp the page to the last one, and fetch it: `from` is the FROM … WHERE of both. */
function paged<T>(db: Db, columns: SQL, from: SQL, order: SQL, req: PageRequest): Paged<T> {
	// Counted over a subquery, so a grouped list counts its groups.
	const total = db.get<{ n: number }>(sql`select count(*) as n from (select 1 ${from})`)?.n ?? 0;
	const last = Math.max(1, Math.ceil(total / req.perPage));
	const page = Math.min(Math.max(1, req.page), last);
	const rows = db.all<T>(
		sql`select ${columns} ${from} order by ${order} limit ${req.perPage} offset ${(page - 1) * req.perPage}`
	);
	return { total, page, perPage: req.perPage, rows };
}

export interface RegistryOnlyMotion {
	motionId: string;
	date: string | null;
	subject: string;
	verdict: Verdict | null;
	noVerdict: NoVerdictKind | null;
	/** Replaced by an amended version: counted nowhere. */
	replaced: boolean;
}

/** Registry motions no transcript we hold appraises: their label is all we know. Newest first. */
export function registryWithoutTranscript(db: Db, req: PageRequest): Paged<RegistryOnlyMotion> {
	const result = paged<Omit<RegistryOnlyMotion, 'replaced'> & { replaced: number }>(
		db,
		sql`rm.motion_id as motionId, m.date, rm.subject, rm.verdict, rm.no_verdict as noVerdict,
			m.replaced_by is not null as replaced`,
		sql`from registry_motions rm join motions m on m.id = rm.motion_id
			where not exists (select 1 from appraisals a where a.motion_id = rm.motion_id)`,
		sql`m.date desc, m.dossier, m.number`,
		req
	);
	return { ...result, rows: result.rows.map((r) => ({ ...r, replaced: Boolean(r.replaced) })) };
}

export interface TranscriptOnlyMotion {
	motionId: string;
	date: string | null;
	debateId: number | null;
	debateTitle: string | null;
	verdict: Verdict | null;
}

/** Motions read in a transcript (tabled or appraised there) that the registry does not hold. */
export function transcriptWithoutRegistry(db: Db, req: PageRequest): Paged<TranscriptOnlyMotion> {
	return paged<TranscriptOnlyMotion>(
		db,
		sql`m.id as motionId, m.date, m.debate_id as debateId, d.title as debateTitle, a.verdict`,
		sql`from motions m
			left join debates d on d.id = m.debate_id
			left join appraisals a on a.motion_id = m.id and a.final = 1
			where (m.debate_id is not null or a.id is not null)
				and not exists (select 1 from registry_motions rm where rm.motion_id = m.id)`,
		sql`m.date desc, m.dossier, m.number`,
		req
	);
}

export interface Slip {
	motionId: string;
	writtenId: string;
	documentId: number;
	documentTitle: string | null;
	reason: string;
}

/** Ids a transcript wrote otherwise than the registry, matched to the registry's motion. */
export function slips(db: Db, req: PageRequest): Paged<Slip> {
	return paged<Slip>(
		db,
		sql`al.motion_id as motionId, al.written_id as writtenId, al.document_id as documentId,
			d.title as documentTitle, al.reason`,
		sql`from motion_aliases al join documents d on d.id = al.document_id`,
		sql`al.motion_id, al.written_id`,
		req
	);
}

export interface VerdictDisagreement {
	motionId: string;
	date: string | null;
	/** The registry's label as held, and in the one vocabulary (null: a kind of "no verdict"). */
	registryLabel: string | null;
	registryVerdict: Verdict | null;
	registryNoVerdict: NoVerdictKind | null;
	transcriptVerdict: Verdict;
	minister: string | null;
	documentId: number;
	lineFrom: number;
	lineTo: number;
}

const APPRAISED = sql`from appraisals a
	join registry_motions rm on rm.motion_id = a.motion_id
	join motions m on m.id = a.motion_id
	where a.final = 1`;

const DISAGREEMENT_COLUMNS = sql`a.motion_id as motionId, m.date, rm.appraisal_label as registryLabel,
	rm.verdict as registryVerdict, rm.no_verdict as registryNoVerdict, a.verdict as transcriptVerdict,
	a.minister_name as minister, a.document_id as documentId, a.line_from as lineFrom, a.line_to as lineTo`;

/** Motions where the registry's verdict and the transcript's standing verdict differ. */
export function verdictDisagreements(db: Db, req: PageRequest): Paged<VerdictDisagreement> {
	return paged<VerdictDisagreement>(
		db,
		DISAGREEMENT_COLUMNS,
		sql`${APPRAISED} and rm.verdict is not null and rm.verdict <> a.verdict`,
		sql`m.date desc, a.motion_id`,
		req
	);
}

/** Motions a transcript appraises while the registry holds no verdict (yet): not a disagreement. */
export function registryLacksVerdict(db: Db, req: PageRequest): Paged<VerdictDisagreement> {
	return paged<VerdictDisagreement>(
		db,
		DISAGREEMENT_COLUMNS,
		sql`${APPRAISED} and rm.verdict is null`,
		sql`m.date desc, a.motion_id`,
		req
	);
}

/** How many transcript appraisals agree with the registry's label. */
export function verdictAgreement(db: Db): { compared: number; agree: number } {
	return (
		db.get<{ compared: number; agree: number }>(sql`
			select count(*) as compared, coalesce(sum(rm.verdict = a.verdict), 0) as agree
			${APPRAISED} and rm.verdict is not null`) ?? { compared: 0, agree: 0 }
	);
}

export interface SignerWithoutFraction {
	motionId: string;
	documentId: number;
	documentKind: string;
	position: number;
	nameAsWritten: string;
	personId: number;
	personName: string;
	/** Found in the Kamer's member register (only the fraction on that date is missing). */
	registered: boolean;
	date: string | null;
}

/** Signatures whose fraction could not be told: an unknown name, or a member without a seat that day. */
export function signersWithoutFraction(db: Db, req: PageRequest): Paged<SignerWithoutFraction> {
	const result = paged<Omit<SignerWithoutFraction, 'registered'> & { registered: number }>(
		db,
		sql`s.motion_id as motionId, s.document_id as documentId, d.kind as documentKind, s.position,
			s.name_as_written as nameAsWritten, s.person_id as personId, p.name as personName,
			p.key not like 'name:%' as registered, coalesce(d.date, m.date) as date`,
		sql`from motion_signers s
			join people p on p.id = s.person_id
			join documents d on d.id = s.document_id
			join motions m on m.id = s.motion_id
			where s.fraction_id is null`,
		sql`s.motion_id, s.document_id, s.position`,
		req
	);
	return { ...result, rows: result.rows.map((r) => ({ ...r, registered: Boolean(r.registered) })) };
}

export interface UnknownSigner {
	personId: number;
	name: string;
	signatures: number;
	/** One motion they signed, to look at. */
	motionId: string;
}

/** Names on motions that match no member in the Kamer's register (often a name cut short in the source). */
export function unknownSigners(db: Db, req: PageRequest): Paged<UnknownSigner> {
	return paged<UnknownSigner>(
		db,
		sql`p.id as personId, p.name, count(*) as signatures, min(s.motion_id) as motionId`,
		sql`from people p join motion_signers s on s.person_id = p.id
			where p.key like 'name:%' group by p.id`,
		sql`signatures desc, p.name`,
		req
	);
}

export interface RegistryExtent {
	/** Registry records stored (each a motion). */
	records: number;
	/** …whose motion document was imported as a document of its own. */
	withDocument: number;
	from: string | null;
	to: string | null;
}

/** What the stored registry covers; records left out at import are not stored anywhere. */
export function registryExtent(db: Db): RegistryExtent {
	return (
		db.get<RegistryExtent>(sql`
			select count(*) as records,
				coalesce(sum(exists (select 1 from documents d where d.file_name = rm.publication || '.xml'
					and d.kind = 'motion')), 0) as withDocument,
				min(rm.started_on) as "from", max(rm.started_on) as "to"
			from registry_motions rm`) ?? { records: 0, withDocument: 0, from: null, to: null }
	);
}
