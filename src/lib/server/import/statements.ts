// The importer's queries, built and prepared once per connection: building a drizzle query and
// preparing its SQL cost more than running it, and an import runs each of them thousands of times.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '../db';
import {
	appraisals,
	conflicts,
	consultationQuestions,
	debates,
	documentSignatories,
	documents,
	fractions,
	importRuns,
	kamerstukReferences,
	motionAliases,
	motionReferences,
	motionSigners,
	motions,
	motionTexts,
	people,
	votes,
	registryMotions
} from '../db/schema';

const p = sql.placeholder;
/** A placeholder in an update's set (drizzle types those as SQL): for text and integer columns only, as no encoder maps its value. */
const v = (name: string) => sql`${sql.placeholder(name)}`;

function build(db: Db) {
	return {
		// documents
		versionByHash: db
			.select({
				id: documents.id,
				kind: documents.kind,
				title: documents.title,
				date: documents.date,
				current: documents.current
			})
			.from(documents)
			.where(eq(documents.sha256, p('sha256')))
			.prepare(),
		/** The current document of a file name and kind: what a corrected version replaces (never its body). */
		currentByFileName: db
			.select({ id: documents.id, title: documents.title, date: documents.date })
			.from(documents)
			.where(
				and(
					eq(documents.fileName, p('fileName')),
					eq(documents.kind, p('kind')),
					eq(documents.current, true)
				)
			)
			.limit(1)
			.prepare(),
		documentKind: db
			.select({ kind: documents.kind })
			.from(documents)
			.where(eq(documents.id, p('id')))
			.prepare(),
		insertDocument: db
			.insert(documents)
			.values({
				sha256: p('sha256'),
				fileName: p('fileName'),
				kind: p('kind'),
				format: p('format'),
				interim: p('interim'),
				title: p('title'),
				date: p('date'),
				importedAt: p('importedAt'),
				lineCount: p('lineCount'),
				supersedesId: p('supersedesId'),
				current: true
			})
			.returning({ id: documents.id })
			.prepare(),
		supersedeDocument: db
			.update(documents)
			.set({ current: false })
			.where(eq(documents.id, p('id')))
			.prepare(),

		// debates
		debatesOf: db
			.select()
			.from(debates)
			.where(eq(debates.documentId, p('documentId')))
			.orderBy(asc(debates.position))
			.prepare(),
		insertDebate: db
			.insert(debates)
			.values({
				documentId: p('documentId'),
				title: p('title'),
				date: p('date'),
				position: p('position')
			})
			.returning({ id: debates.id })
			.prepare(),
		updateDebate: db
			.update(debates)
			.set({ documentId: v('documentId'), title: v('title'), date: v('date') })
			.where(eq(debates.id, p('id')))
			.prepare(),
		detachDebate: db
			.update(motions)
			.set({ debateId: null })
			.where(eq(motions.debateId, p('debateId')))
			.prepare(),
		deleteDebate: db
			.delete(debates)
			.where(eq(debates.id, p('id')))
			.prepare(),

		// motions
		motion: db
			.select()
			.from(motions)
			.where(eq(motions.id, p('id')))
			.prepare(),
		motionExists: db
			.select({ id: motions.id })
			.from(motions)
			.where(eq(motions.id, p('id')))
			.prepare(),
		motionsOfDocument: db
			.select({ id: motions.id })
			.from(motions)
			.where(eq(motions.documentId, p('documentId')))
			.prepare(),
		insertMotion: db
			.insert(motions)
			.values({
				id: p('id'),
				dossier: p('dossier'),
				number: p('number'),
				subject: p('subject'),
				debateId: p('debateId'),
				documentId: p('documentId'),
				date: p('date'),
				lineFrom: p('lineFrom'),
				lineTo: p('lineTo'),
				readerId: p('readerId'),
				status: p('status'),
				replaces: p('replaces')
			})
			.prepare(),
		updateMotion: db
			.update(motions)
			.set({
				dossier: v('dossier'),
				number: v('number'),
				subject: v('subject'),
				debateId: v('debateId'),
				documentId: v('documentId'),
				date: v('date'),
				lineFrom: v('lineFrom'),
				lineTo: v('lineTo'),
				readerId: v('readerId'),
				status: v('status'),
				replaces: v('replaces')
			})
			.where(eq(motions.id, p('id')))
			.prepare(),
		/** A motion no document tables any more, still cited or signed elsewhere. */
		demoteMotion: db
			.update(motions)
			.set({
				status: 'cited',
				documentId: null,
				debateId: null,
				subject: null,
				lineFrom: null,
				lineTo: null
			})
			.where(eq(motions.id, p('id')))
			.prepare(),
		deleteMotion: db
			.delete(motions)
			.where(eq(motions.id, p('id')))
			.prepare(),
		insertCitedMotion: db
			.insert(motions)
			.values({ id: p('id'), dossier: p('dossier'), number: p('number'), status: 'cited' })
			.prepare(),
		motionText: db
			.select({ text: motionTexts.text })
			.from(motionTexts)
			.where(eq(motionTexts.motionId, p('motionId')))
			.prepare(),
		/** A motion's first text: its id when inserted, nothing when the motion has one already. */
		insertMotionText: db
			.insert(motionTexts)
			.values({ motionId: p('motionId'), text: p('text'), parts: p('parts') })
			.onConflictDoNothing({ target: motionTexts.motionId })
			.returning({ id: motionTexts.id })
			.prepare(),
		/**
		 * Another text for a motion that has one (partsJson: its parts as the column stores them, JSON);
		 * an unchanged text is not written, nor indexed again.
		 */
		updateMotionText: db
			.update(motionTexts)
			.set({ text: v('text'), parts: v('partsJson') })
			.where(
				and(
					eq(motionTexts.motionId, p('motionId')),
					sql`(${motionTexts.text} is not ${v('text')} or ${motionTexts.parts} is not ${v('partsJson')})`
				)
			)
			.prepare(),
		deleteMotionText: db
			.delete(motionTexts)
			.where(eq(motionTexts.motionId, p('motionId')))
			.prepare(),
		/** Registry motions of a number on a day: whom a transcript's slip on the dossier may mean. */
		registryCandidates: db
			.select({ id: motions.id, dossier: motions.dossier, subject: registryMotions.subject })
			.from(registryMotions)
			.innerJoin(motions, eq(motions.id, registryMotions.motionId))
			.where(and(eq(motions.number, p('number')), eq(motions.date, p('date'))))
			.prepare(),
		insertAlias: db
			.insert(motionAliases)
			.values({
				motionId: p('motionId'),
				documentId: p('documentId'),
				writtenId: p('writtenId'),
				reason: p('reason')
			})
			.prepare(),
		insertAliasUnlessKnown: db
			.insert(motionAliases)
			.values({
				motionId: p('motionId'),
				documentId: p('documentId'),
				writtenId: p('writtenId'),
				reason: p('reason')
			})
			.onConflictDoNothing()
			.prepare(),

		// statements about motions
		signersAsStated: db
			.select({ name: people.name, fraction: fractions.name })
			.from(motionSigners)
			.innerJoin(people, eq(people.id, motionSigners.personId))
			.leftJoin(fractions, eq(fractions.id, motionSigners.fractionId))
			.where(
				and(
					eq(motionSigners.motionId, p('motionId')),
					eq(motionSigners.documentId, p('documentId'))
				)
			)
			.orderBy(asc(motionSigners.position))
			.prepare(),
		firstSignerName: db
			.select({ name: people.name })
			.from(motionSigners)
			.innerJoin(people, eq(people.id, motionSigners.personId))
			.where(and(eq(motionSigners.motionId, p('motionId')), eq(motionSigners.position, 0)))
			.limit(1)
			.prepare(),
		anySigner: db
			.select({ documentId: motionSigners.documentId })
			.from(motionSigners)
			.where(eq(motionSigners.motionId, p('motionId')))
			.limit(1)
			.prepare(),
		lastAppraisal: db
			.select({
				verdict: appraisals.verdict,
				minister: appraisals.ministerName,
				conditional: appraisals.conditional
			})
			.from(appraisals)
			.where(
				and(eq(appraisals.motionId, p('motionId')), eq(appraisals.documentId, p('documentId')))
			)
			.orderBy(desc(appraisals.sequence))
			.limit(1)
			.prepare(),
		// final = 1 written out, not bound: only then is the partial index on final statements used.
		standingAppraisal: db
			.select({
				verdict: appraisals.verdict,
				documentId: appraisals.documentId,
				correctionId: appraisals.correctionId,
				ministerName: appraisals.ministerName,
				condition: appraisals.condition
			})
			.from(appraisals)
			.where(and(eq(appraisals.motionId, p('motionId')), sql`${appraisals.final} = 1`))
			.prepare(),
		insertAppraisal: db
			.insert(appraisals)
			.values({
				motionId: p('motionId'),
				documentId: p('documentId'),
				sequence: p('sequence'),
				verdict: p('verdict'),
				cabinetMemberId: p('cabinetMemberId'),
				ministerName: p('ministerName'),
				conditional: p('conditional'),
				condition: p('condition'),
				quote: p('quote'),
				lineFrom: p('lineFrom'),
				lineTo: p('lineTo'),
				spokenBy: p('spokenBy'),
				final: p('final'),
				conflict: p('conflict')
			})
			.prepare(),
		insertConflict: db
			.insert(conflicts)
			.values({
				motionId: p('motionId'),
				field: p('field'),
				documentId: p('documentId'),
				otherDocumentId: p('otherDocumentId'),
				value: p('value'),
				otherValue: p('otherValue')
			})
			.prepare(),
		anyReference: db
			.select({ id: motionReferences.id })
			.from(motionReferences)
			.where(eq(motionReferences.motionId, p('motionId')))
			.limit(1)
			.prepare(),
		insertReference: db
			.insert(motionReferences)
			.values({
				documentId: p('documentId'),
				motionId: p('motionId'),
				asWritten: p('asWritten'),
				line: p('line'),
				sentence: p('sentence'),
				signers: p('signers'),
				via: p('via'),
				located: true,
				spanLine: p('spanLine'),
				spanStart: p('spanStart'),
				spanEndLine: p('spanEndLine'),
				spanEnd: p('spanEnd')
			})
			.prepare(),
		insertKamerstukReference: db
			.insert(kamerstukReferences)
			.values({
				documentId: p('documentId'),
				kamerstuk: p('kamerstuk'),
				asWritten: p('asWritten'),
				line: p('line')
			})
			.prepare(),
		insertSignatory: db
			.insert(documentSignatories)
			.values({
				documentId: p('documentId'),
				position: p('position'),
				personId: p('personId'),
				name: p('name'),
				asWritten: p('asWritten'),
				role: p('role'),
				ministry: p('ministry'),
				line: p('line')
			})
			.prepare(),
		insertQuestion: db
			.insert(consultationQuestions)
			.values({
				documentId: p('documentId'),
				position: p('position'),
				number: p('number'),
				fraction: p('fraction'),
				line: p('line')
			})
			.prepare(),
		insertRun: db
			.insert(importRuns)
			.values({
				startedAt: p('startedAt'),
				documentId: p('documentId'),
				fileName: p('fileName'),
				userId: p('userId'),
				outcome: p('outcome'),
				motionsAdded: p('motionsAdded'),
				motionsUpdated: p('motionsUpdated'),
				motionsUnchanged: p('motionsUnchanged'),
				appraisals: p('appraisals'),
				references: p('references'),
				conflicts: p('conflicts'),
				warnings: p('warnings'),
				changes: p('changes')
			})
			.prepare(),
		/** What a superseded version stated, table by table; the new version states it again. */
		dropStatements: (
			[
				[motionSigners, motionSigners.documentId],
				[appraisals, appraisals.documentId],
				[conflicts, conflicts.documentId],
				[conflicts, conflicts.otherDocumentId],
				[motionReferences, motionReferences.documentId],
				[kamerstukReferences, kamerstukReferences.documentId],
				[documentSignatories, documentSignatories.documentId],
				[consultationQuestions, consultationQuestions.documentId],
				[votes, votes.documentId]
			] as const
		).map(([table, column]) =>
			db
				.delete(table)
				.where(eq(column, p('documentId')))
				.prepare()
		),

		// the registry's records
		registryByZaak: db
			.select()
			.from(registryMotions)
			.where(eq(registryMotions.zaakId, p('zaakId')))
			.prepare(),
		registryOfMotion: db
			.select({ id: registryMotions.zaakId })
			.from(registryMotions)
			.where(eq(registryMotions.motionId, p('motionId')))
			.prepare(),
		insertRegistry: db
			.insert(registryMotions)
			.values({
				zaakId: p('zaakId'),
				zaakNumber: p('zaakNumber'),
				motionId: p('motionId'),
				documentNumber: p('documentNumber'),
				publication: p('publication'),
				documentKind: p('documentKind'),
				subject: p('subject'),
				dossierTitle: p('dossierTitle'),
				startedOn: p('startedOn'),
				appraisalLabel: p('appraisalLabel'),
				verdict: p('verdict'),
				noVerdict: p('noVerdict'),
				done: p('done'),
				replacesId: p('replacesId'),
				changedAt: p('changedAt')
			})
			.prepare(),
		deleteRegistry: db
			.delete(registryMotions)
			.where(eq(registryMotions.zaakId, p('zaakId')))
			.prepare(),
		/** Tabled motions of a number on a day; by date first (an index), not every tabled motion. */
		motionsOnDay: db
			.select({
				id: motions.id,
				documentId: motions.documentId,
				number: motions.number,
				dossier: motions.dossier,
				status: motions.status
			})
			.from(motions)
			.where(and(eq(motions.date, p('date')), eq(motions.number, p('number'))))
			.prepare(),

		// whole-table tidying and relinking, in plain SQL
		/** A motion whose standing verdict was in a superseded version takes the latest statement left. */
		electFinal: db.$client.prepare(`update appraisals set final = 1, conflict = 0 where id in (
			select max(a.id) from appraisals a
			where not exists (select 1 from appraisals f where f.motion_id = a.motion_id and f.final = 1)
			group by a.motion_id)`),
		/** Cited-only motions that no document cites or signs any more. */
		// A motion known only from a vote (or as the one an amended motion replaced) stays.
		removeOrphanCitedMotions: db.$client.prepare(`delete from motions where status = 'cited'
			and replaced_by is null
			and not exists (select 1 from motion_references r where r.motion_id = motions.id)
			and not exists (select 1 from motion_signers s where s.motion_id = motions.id)
			and not exists (select 1 from votes v where v.motion_id = motions.id)`),
		// The dossiers come as a JSON array: one statement for any number of them. The cross joins keep
		// the order (dossiers first, then their motions by the dossier index), never a walk of every
		// tabled motion.
		replacingIn: db.$client.prepare<[string], { id: string; dossier: string; replaces: number }>(
			`select m.id, m.dossier, m.replaces from json_each(?) d cross join motions m on m.dossier = d.value
			where m.replaces is not null and +m.status = 'tabled' order by m.number`
		),
		replacedByRegistryIn: db.$client.prepare<[string], { id: string; motion_id: string }>(
			`select r.replaces_id as id, r.motion_id from json_each(?) d
			cross join motions m on m.dossier = d.value cross join registry_motions r on r.replaces_id = m.id
			order by r.motion_id desc`
		),
		linkedIn: db.$client.prepare<[string], { id: string }>(
			`select m.id from json_each(?) d cross join motions m on m.dossier = d.value
			where m.replaced_by is not null`
		),
		setReplacedBy: db.$client.prepare<[{ id: string; replacedBy: string | null }]>(
			`update motions set replaced_by = @replacedBy where id = @id and replaced_by is not @replacedBy`
		)
	};
}

export type Statements = ReturnType<typeof build>;

const statementsOf = new WeakMap<Database.Database, Statements>();

/** The importer's statements for this connection; they run inside whatever transaction is open on it. */
export function statements(db: Db): Statements {
	let s = statementsOf.get(db.$client);
	if (!s) statementsOf.set(db.$client, (s = build(db)));
	return s;
}
