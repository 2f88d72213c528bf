// The Kamer's motion registry into the database: open-data Zaak records of Soort 'Motie', in the
// API's own shape, each with its published motion document (kst XML). The registry's appraisal
// label is kept beside the transcripts' appraisals, never mixed in; one motion per Kamerstuk id.
import { eq, sql } from 'drizzle-orm';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Db } from '../db';
import { registryMotions } from '../db/schema';
import { DocumentError } from '../../parse/decode';
import { parseText } from '../../parse';
import { nameKey, sameSurname } from '../../parse/names';
import type { ParseWarning, Registry } from '../../parse/types';
import { registryAppraisal } from '../../verdicts';
import {
	dayOf,
	firstSignerOf,
	kamerstukOf,
	replacedIdOf,
	type RegistryEntry
} from '../../parse/readers/zaak';
import { importParsed, importSource, relinkAmendments, sha256 } from './document';
import { KnownIds, type DbOrTx } from './registry';
import { statements } from './statements';
import { SearchBacklog } from '../search-backlog';

export interface ZakenReport {
	zaken: number;
	motionsAdded: number;
	registryAdded: number;
	registryUpdated: number;
	registryUnchanged: number;
	removed: number;
	/** Transcript motions found to be the registry's under another id (a slip of the record). */
	slips: number;
	warnings: { zaak: string; message: string }[];
}

/** A report of nothing done yet, for `zaken` records. */
export function emptyZakenReport(zaken = 0): ZakenReport {
	return {
		zaken,
		motionsAdded: 0,
		registryAdded: 0,
		registryUpdated: 0,
		registryUnchanged: 0,
		removed: 0,
		slips: 0,
		warnings: []
	};
}

/** The registry snapshot bundled with the project: gzipped JSON lines of {zaak, xml}. */
export function readSnapshot(path: string): RegistryEntry[] {
	const text = gunzipSync(readFileSync(path)).toString('utf8');
	const out: RegistryEntry[] = [];
	let lineNo = 0;
	for (const line of text.split('\n')) {
		lineNo++;
		if (!line.trim()) continue;
		try {
			out.push(JSON.parse(line) as RegistryEntry);
		} catch (e) {
			throw new DocumentError(`not a JSON line: ${(e as Error).message}`, path, lineNo);
		}
	}
	return out;
}

export interface ZakenOptions {
	now?: () => Date;
	onProgress?: (done: number, total: number) => void;
	/**
	 * Runs inside the transaction after the records, before the commit: a sync saves its cursor
	 * here, so a page's records and its cursor are written together or not at all.
	 */
	inTransaction?: (tx: DbOrTx) => void;
}

/**
 * Import registry records in one transaction: all of them, or nothing. Each motion document goes
 * through the reader and the document importer (a savepoint each); the registry's own fields land
 * in registry_motions.
 */
export function importZaken(
	db: Db,
	entries: RegistryEntry[],
	registry: Registry,
	options: ZakenOptions = {}
): ZakenReport {
	const report = emptyZakenReport(entries.length);
	const touched = new Set<string>();
	const known = new KnownIds();
	// The records' search index rows, written once, at the end (a savepoint each would write a segment each).
	const backlog = new SearchBacklog();
	db.transaction(
		() => {
			entries.forEach((entry, i) => {
				const kst = kamerstukOf(entry.zaak);
				if (kst) touched.add(kst.dossier);
				// The root connection, inside its open transaction: the document importer nests a savepoint.
				importZaak(db, entry, registry, report, options, known, backlog);
				options.onProgress?.(i + 1, entries.length);
			});
			backlog.flush(db.$client);
			// Amended motions read before the ones they replace, and the registry's "t.v.v.": linked
			// once for every dossier this import touched.
			relinkAmendments(db, touched);
			options.inTransaction?.(db);
		},
		{ behavior: 'immediate' }
	);
	// Fresh statistics, so the planner picks the selective indexes on a table that grew by thousands.
	db.$client.pragma('optimize');
	return report;
}

function importZaak(
	tx: Db,
	{ zaak, xml }: RegistryEntry,
	registry: Registry,
	report: ZakenReport,
	options: ZakenOptions,
	known: KnownIds,
	searchBacklog: SearchBacklog
) {
	const q = statements(tx);
	const warn = (message: string) => report.warnings.push({ zaak: zaak.Nummer, message });
	if (zaak.Soort !== 'Motie') return warn(`Soort is '${zaak.Soort}', not 'Motie'; left out`);
	const stored = q.registryByZaak.get({ zaakId: zaak.Id });
	if (zaak.Verwijderd) {
		if (stored) {
			q.deleteRegistry.run({ zaakId: zaak.Id });
			report.removed++;
		}
		return;
	}
	const kst = kamerstukOf(zaak);
	if (!kst) return warn('no published motion document (kst-…) names its Kamerstuk id; left out');
	const id = `${kst.dossier}-${kst.number}`;
	const date = dayOf(kst.document.Datum) ?? dayOf(zaak.GestartOp);
	const appraisal = registryAppraisal(zaak.Kabinetsappreciatie);
	if (!appraisal)
		warn(
			`Kabinetsappreciatie '${zaak.Kabinetsappreciatie}' is not a value the registry is known to use; kept as no verdict`
		);

	claimSlippedMotion(tx, id, kst.dossier, kst.number, date, firstSignerOf(zaak.Onderwerp), report);

	const existed = !!q.motionExists.get({ id });
	if (xml) {
		try {
			const parsed = parseText(xml, `${kst.publication}.xml`, { registry, date });
			const read = parsed.motions[0];
			if (parsed.document.kind !== 'motion' || !read) {
				warn(
					`${kst.publication}.xml holds no motion; the registry record is kept without its text`
				);
			} else if (read.id !== id) {
				warn(
					`${kst.publication}.xml is motion ${read.id}, not ${id}; the registry record is kept without its text`
				);
			} else {
				importParsed(
					tx,
					parsed,
					importSource(parsed, `${kst.publication}.xml`, sha256(Buffer.from(xml))),
					registry,
					{ now: options.now, known, searchBacklog }
				);
			}
		} catch (e) {
			if (!(e instanceof DocumentError)) throw e;
			warn(
				`${kst.publication}.xml cannot be read (${e.message}); the registry record is kept without its text`
			);
		}
	}
	if (!q.motionExists.get({ id })) {
		q.insertMotion.run({
			id,
			dossier: kst.dossier,
			number: kst.number,
			subject: zaak.Onderwerp,
			debateId: null,
			documentId: null,
			date,
			lineFrom: null,
			lineTo: null,
			readerId: null,
			status: 'tabled',
			replaces: null
		});
	}
	if (!existed) report.motionsAdded++;

	const row = {
		zaakId: zaak.Id,
		zaakNumber: zaak.Nummer,
		motionId: id,
		documentNumber: kst.document.DocumentNummer ?? null,
		publication: kst.publication,
		documentKind: kst.document.Soort ?? null,
		subject: (zaak.Onderwerp ?? '').trim(),
		dossierTitle: zaak.Titel ?? null,
		startedOn: dayOf(zaak.GestartOp),
		appraisalLabel: zaak.Kabinetsappreciatie ?? null,
		verdict: appraisal?.verdict ?? null,
		noVerdict: appraisal ? appraisal.none : ('leeg' as const),
		done: zaak.Afgedaan ?? false,
		replacesId: replacedIdOf(zaak.Onderwerp),
		changedAt: zaak.ApiGewijzigdOp ?? null
	};
	if (!appraisal && row.appraisalLabel) row.noVerdict = 'leeg';
	if (!stored) {
		q.insertRegistry.run(row);
		report.registryAdded++;
	} else if (JSON.stringify({ ...stored }) !== JSON.stringify({ ...stored, ...row })) {
		tx.update(registryMotions).set(row).where(eq(registryMotions.zaakId, zaak.Id)).run();
		report.registryUpdated++;
	} else report.registryUnchanged++;
}

/**
 * A transcript that slipped on the dossier ("Zij krijgt nr. 225 (36046)" for 36045-225) tabled the
 * registry's motion under another id: same number, same day, same first signer, and unknown to the
 * registry. Its statements move to the registry's id and the slip is recorded, not forgotten.
 */
export function claimSlippedMotion(
	tx: Db,
	id: string,
	dossier: string,
	number: number,
	date: string | null,
	firstSigner: string | null,
	report?: ZakenReport
): void {
	if (!date || !firstSigner) return;
	const q = statements(tx);
	if (q.motionExists.get({ id })) return;
	// By date first (an index), then the rest: the planner must not walk every tabled motion.
	const candidates = q.motionsOnDay
		.all({ date, number })
		.filter((c) => c.dossier !== dossier && c.status === 'tabled')
		.filter((c) => !q.registryOfMotion.get({ motionId: c.id }));
	const matching = candidates.filter((c) => {
		const first = q.firstSignerName.get({ motionId: c.id });
		return (
			!!first &&
			(nameKey(first.name) === nameKey(firstSigner) || sameSurname(firstSigner, first.name))
		);
	});
	if (matching.length !== 1) return;
	const slipped = matching[0]!;
	rekeyMotion(tx, slipped.id, id, dossier);
	if (slipped.documentId !== null) {
		q.insertAliasUnlessKnown.run({
			motionId: id,
			documentId: slipped.documentId,
			writtenId: slipped.id,
			reason: 'zelfde nummer, datum en eerste indiener als in het register'
		});
	}
	if (report) report.slips++;
}

/** Give a motion another id: the row and every statement about it move together. */
function rekeyMotion(tx: DbOrTx, from: string, to: string, dossier: string) {
	tx.run(sql`insert into motions (id, dossier, number, subject, debate_id, document_id, date, line_from, line_to, reader_id, status, replaces, replaced_by, outcome)
		select ${to}, ${dossier}, number, subject, debate_id, document_id, date, line_from, line_to, reader_id, status, replaces, replaced_by, outcome from motions where id = ${from}`);
	for (const table of [
		'motion_texts',
		'motion_signers',
		'appraisals',
		'motion_references',
		'conflicts',
		'motion_aliases',
		'votes'
	])
		tx.run(sql`update ${sql.identifier(table)} set motion_id = ${to} where motion_id = ${from}`);
	tx.run(sql`update motions set replaced_by = ${to} where replaced_by = ${from}`);
	tx.run(sql`delete from motions where id = ${from}`);
}

export type { ParseWarning, RegistryEntry };
