// The database: documents and what they state about motions. Every statement keeps its source
// document, so a corrected transcript or a disagreeing letter never overwrites silently.
import { sql } from 'drizzle-orm';
import {
	sqliteTable,
	text,
	integer,
	index,
	uniqueIndex,
	check,
	primaryKey,
	blob,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { NO_VERDICT_KINDS, VERDICTS } from '../../verdicts';
import { DOCUMENT_KINDS, type MotionPart } from '../../parse/types';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../parse/body';
import { CHOICES, DECISIONS, MOTION_OUTCOMES, VOTE_KINDS } from '../../outcomes';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const documents = sqliteTable(
	'documents',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		sha256: text('sha256').notNull(),
		fileName: text('file_name').notNull(),
		kind: text('kind').notNull(),
		/** The form it was read from (text, pdf, vlos, handelingen, motion). */
		format: text('format', { enum: DOCUMENT_FORMATS as [DocumentFormat, ...DocumentFormat[]] })
			.notNull()
			.default('text'),
		/** An interim report ("Tussenpublicatie", "Ongecorrigeerd"): its text may stop early. */
		interim: integer('interim', { mode: 'boolean' }).notNull().default(false),
		title: text('title'),
		date: text('date'),
		importedAt: text('imported_at').notNull(),
		/** Lines of the display text, which document_chunks holds. */
		lineCount: integer('line_count').notNull(),
		/** A corrected version points at the version it replaces. */
		supersedesId: integer('supersedes_id').references((): AnySQLiteColumn => documents.id),
		current: integer('current', { mode: 'boolean' }).notNull().default(true)
	},
	(t) => [
		uniqueIndex('documents_sha256_unique').on(t.sha256),
		index('documents_file_name_idx').on(t.fileName),
		index('documents_kind_date_idx').on(t.kind, t.date),
		check('documents_kind_check', sql`${t.kind} in (${inList(DOCUMENT_KINDS)})`),
		check('documents_format_check', sql`${t.format} in (${inList(DOCUMENT_FORMATS)})`)
	]
);

/**
 * A document's display text (the source for plain text, rendered for XML and PDF), in pieces of
 * whole lines, so a page reads the few pieces its window of lines needs, never a 50 MB value.
 * The pieces in seq order, joined, are the text byte for byte (document-body.ts cuts them).
 */
export const documentChunks = sqliteTable(
	'document_chunks',
	{
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		seq: integer('seq').notNull(),
		firstLine: integer('first_line').notNull(),
		lineCount: integer('line_count').notNull(),
		text: text('text').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.documentId, t.seq] }),
		index('document_chunks_line_idx').on(t.documentId, t.firstLine)
	]
);

export const debates = sqliteTable(
	'debates',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		title: text('title'),
		date: text('date'),
		/** A report of several debates (a VLOS report of a sitting) gives one row per debate, in order. */
		position: integer('position').notNull().default(0)
	},
	(t) => [
		uniqueIndex('debates_document_position_unique').on(t.documentId, t.position),
		index('debates_date_idx').on(t.date)
	]
);

export const fractions = sqliteTable('fractions', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	name: text('name').notNull().unique(),
	abbreviation: text('abbreviation').notNull(),
	colour: text('colour').notNull()
});

export const people = sqliteTable(
	'people',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Stable identity: the Kamer's person id where known, else a name key. */
		key: text('key').notNull().unique(),
		/** Surname as the Handelingen write it: "Van Hijum". */
		name: text('name').notNull(),
		fullName: text('full_name'),
		kamerPersonId: text('kamer_person_id')
	},
	(t) => [index('people_name_idx').on(t.name)]
);

export const memberships = sqliteTable(
	'memberships',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		personId: integer('person_id')
			.notNull()
			.references(() => people.id),
		fractionId: integer('fraction_id')
			.notNull()
			.references(() => fractions.id),
		from: text('from'),
		to: text('to')
	},
	(t) => [
		uniqueIndex('memberships_unique').on(t.personId, t.fractionId, t.from),
		index('memberships_fraction_idx').on(t.fractionId)
	]
);

export const cabinetPosts = sqliteTable(
	'cabinet_posts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		personId: integer('person_id')
			.notNull()
			.references(() => people.id),
		role: text('role').notNull(),
		ministry: text('ministry').notNull(),
		party: text('party'),
		from: text('from'),
		to: text('to')
	},
	(t) => [uniqueIndex('cabinet_posts_unique').on(t.personId, t.role, t.ministry, t.from)]
);

export const motions = sqliteTable(
	'motions',
	{
		id: text('id').primaryKey(),
		dossier: text('dossier').notNull(),
		number: integer('number').notNull(),
		subject: text('subject'),
		debateId: integer('debate_id').references(() => debates.id),
		documentId: integer('document_id').references(() => documents.id),
		/** Denormalised from the debate for filtering by date without a join. */
		date: text('date'),
		lineFrom: integer('line_from'),
		lineTo: integer('line_to'),
		readerId: integer('reader_id').references(() => people.id),
		/** tabled: read in a debate we hold; cited: only cited by a letter so far. */
		status: text('status').notNull(),
		replaces: integer('replaces'),
		/** An amended motion's new id ("Zij krijgt nr. 241, was nr. 234"): this one no longer counts. */
		replacedBy: text('replaced_by'),
		/**
		 * What the Kamer decided, from the latest decision that stands (votes): open, held, withdrawn,
		 * adopted, rejected, tied. 'replaced' is read from replaced_by, never stored. Checked in code,
		 * not by a CHECK: adding one would make drizzle-kit rebuild this table and drop its triggers.
		 */
		outcome: text('outcome', { enum: MOTION_OUTCOMES }).notNull().default('open')
	},
	(t) => [
		uniqueIndex('motions_dossier_number_unique').on(t.dossier, t.number),
		index('motions_debate_idx').on(t.debateId),
		index('motions_document_idx').on(t.documentId),
		// By day, and within the day by number: the motions a transcript's slip on the dossier may
		// mean (the same number on the same day) are one lookup, however many motions the day has.
		index('motions_date_number_idx').on(t.date, t.number),
		// The motions that count (not replaced by an amended version) in the list's orders: newest
		// first, and by id; a deep page walks one of these and nothing else.
		index('motions_current_order_idx').on(t.replacedBy, t.date, t.dossier, t.number),
		index('motions_current_id_idx').on(t.replacedBy, t.dossier, t.number),
		index('motions_status_idx').on(t.status),
		// The list filtered by status, newest first: one index walk.
		index('motions_current_outcome_idx').on(t.replacedBy, t.outcome, t.date),
		check('motions_status_check', sql`${t.status} in ('tabled', 'cited')`),
		check('motions_id_check', sql`${t.id} = ${t.dossier} || '-' || ${t.number}`)
	]
);

/**
 * A motion's wording, beside its row so that the rows lists and counts scan stay narrow. The
 * integer key is what the full-text index (motions_fts, a custom migration) is keyed on: unlike an
 * implicit rowid, VACUUM never renumbers it.
 */
export const motionTexts = sqliteTable('motion_texts', {
	id: integer('id').primaryKey(),
	motionId: text('motion_id')
		.notNull()
		.unique()
		.references(() => motions.id, { onDelete: 'cascade' }),
	text: text('text'),
	/** The parts, each a considering or operative clause. */
	parts: text('parts', { mode: 'json' }).$type<MotionPart[]>().notNull().default([])
});

export const motionSigners = sqliteTable(
	'motion_signers',
	{
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		position: integer('position').notNull(),
		personId: integer('person_id')
			.notNull()
			.references(() => people.id),
		/** The fraction at signing: from the transcript's label or the registry on the debate's date. */
		fractionId: integer('fraction_id').references(() => fractions.id),
		nameAsWritten: text('name_as_written').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.motionId, t.documentId, t.position] }),
		index('motion_signers_person_idx').on(t.personId),
		index('motion_signers_fraction_idx').on(t.position, t.fractionId, t.motionId),
		index('motion_signers_any_fraction_idx').on(t.fractionId, t.motionId),
		check('motion_signers_position_check', sql`${t.position} >= 0`)
	]
);

export const appraisals = sqliteTable(
	'appraisals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		/** Null for a clerk's correction: the statement is the clerk's, not a document's. */
		documentId: integer('document_id').references(() => documents.id),
		sequence: integer('sequence').notNull(),
		verdict: text('verdict').notNull(),
		cabinetMemberId: integer('cabinet_member_id').references(() => people.id),
		ministerName: text('minister_name'),
		conditional: integer('conditional', { mode: 'boolean' }).notNull().default(false),
		condition: text('condition'),
		quote: text('quote').notNull(),
		lineFrom: integer('line_from').notNull(),
		lineTo: integer('line_to').notNull(),
		spokenBy: text('spoken_by').notNull(),
		/** The verdict that stands for this motion (one per motion). */
		final: integer('final', { mode: 'boolean' }).notNull().default(false),
		/** Disagrees with the standing verdict from another document. */
		conflict: integer('conflict', { mode: 'boolean' }).notNull().default(false),
		/** A clerk's correction (spoken_by 'clerk'): it stands over what the documents say. */
		correctionId: integer('correction_id').references((): AnySQLiteColumn => corrections.id)
	},
	(t) => [
		uniqueIndex('appraisals_sequence_unique').on(t.motionId, t.documentId, t.sequence),
		uniqueIndex('appraisals_final_unique')
			.on(t.motionId)
			.where(sql`${t.final} = 1`),
		index('appraisals_final_verdict_idx').on(t.final, t.verdict, t.motionId),
		index('appraisals_final_minister_idx').on(t.final, t.cabinetMemberId, t.verdict),
		index('appraisals_final_minister_name_idx').on(t.final, t.ministerName, t.verdict),
		index('appraisals_document_idx').on(t.documentId),
		check('appraisals_verdict_check', sql`${t.verdict} in (${inList(VERDICTS)})`),
		check(
			'appraisals_spoken_by_check',
			sql`${t.spokenBy} in ('cabinet', 'chair', 'letter', 'clerk')`
		),
		check(
			'appraisals_source_check',
			sql`(${t.documentId} is null) = (${t.correctionId} is not null)`
		)
	]
);

export const motionReferences = sqliteTable(
	'motion_references',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		/** Null for a motion cited by name only that could not be resolved. */
		motionId: text('motion_id').references(() => motions.id),
		asWritten: text('as_written').notNull(),
		line: integer('line').notNull(),
		sentence: text('sentence').notNull(),
		/** The signers as the text names them, JSON. */
		signers: text('signers').notNull(),
		via: text('via').notNull(),
		/**
		 * Where the words stand in the text, found at import: from (line, character) to (line,
		 * character), UTF-16 offsets within the lines; null when they are not found (a footnote).
		 * `located` false: a row from before these columns, found when shown.
		 */
		located: integer('located', { mode: 'boolean' }).notNull().default(false),
		spanLine: integer('span_line'),
		spanStart: integer('span_start'),
		spanEndLine: integer('span_end_line'),
		spanEnd: integer('span_end')
	},
	(t) => [
		index('motion_references_motion_idx').on(t.motionId),
		index('motion_references_document_idx').on(t.documentId),
		check('motion_references_via_check', sql`${t.via} in ('id', 'footnote', 'unresolved')`)
	]
);

export const kamerstukReferences = sqliteTable(
	'kamerstuk_references',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		kamerstuk: text('kamerstuk').notNull(),
		asWritten: text('as_written').notNull(),
		line: integer('line').notNull()
	},
	(t) => [index('kamerstuk_references_document_idx').on(t.documentId)]
);

export const documentSignatories = sqliteTable(
	'document_signatories',
	{
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		position: integer('position').notNull(),
		personId: integer('person_id').references(() => people.id),
		name: text('name').notNull(),
		asWritten: text('as_written').notNull(),
		role: text('role').notNull(),
		ministry: text('ministry'),
		line: integer('line').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.documentId, t.position] }),
		index('document_signatories_person_idx').on(t.personId)
	]
);

export const consultationQuestions = sqliteTable(
	'consultation_questions',
	{
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		position: integer('position').notNull(),
		number: integer('number').notNull(),
		fraction: text('fraction').notNull(),
		line: integer('line').notNull()
	},
	(t) => [primaryKey({ columns: [t.documentId, t.position] })]
);

export const conflicts = sqliteTable(
	'conflicts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		field: text('field').notNull(),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		otherDocumentId: integer('other_document_id')
			.notNull()
			.references(() => documents.id),
		value: text('value').notNull(),
		otherValue: text('other_value').notNull()
	},
	(t) => [
		index('conflicts_motion_idx').on(t.motionId),
		check('conflicts_field_check', sql`${t.field} in ('signers', 'verdict')`)
	]
);

export const importRuns = sqliteTable('import_runs', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	startedAt: text('started_at').notNull(),
	documentId: integer('document_id').references(() => documents.id),
	fileName: text('file_name').notNull(),
	/** The clerk who imported it in the browser; null for the command line and the start-up. */
	userId: integer('user_id').references((): AnySQLiteColumn => users.id),
	/** added: a new document; corrected: a new version of one we had. */
	outcome: text('outcome').notNull(),
	motionsAdded: integer('motions_added').notNull(),
	motionsUpdated: integer('motions_updated').notNull(),
	motionsUnchanged: integer('motions_unchanged').notNull(),
	appraisals: integer('appraisals').notNull(),
	references: integer('references').notNull(),
	conflicts: integer('conflicts').notNull(),
	/** JSON: warnings [{line, message}] and changes [{motion, field, before, after}]. */
	warnings: text('warnings').notNull(),
	changes: text('changes').notNull()
});

/**
 * What a file on disk held when an import last read it: its size and modification time then, and
 * the SHA-256 of its bytes. A file imported again with the same size and time is not read again
 * (its hash is taken from here), unless it was modified within two seconds of being read, when a
 * later change could keep both. Not data of the Kamer: no data version, no page shows it.
 */
export const fileStats = sqliteTable('file_stats', {
	/** The file's absolute path. */
	path: text('path').primaryKey(),
	size: integer('size').notNull(),
	/** Modification time in nanoseconds since 1970 (as fs.stat gives it with bigint). */
	mtimeNs: text('mtime_ns').notNull(),
	sha256: text('sha256').notNull(),
	/** When the file was read and hashed, in milliseconds since 1970. */
	readAtMs: integer('read_at_ms').notNull()
});

/**
 * The Kamer's registry record of a motion (open data: Zaak of Soort 'Motie'), kept apart from what
 * the transcripts say: its appraisal label names no minister and keeps no quote or condition.
 */
export const registryMotions = sqliteTable(
	'registry_motions',
	{
		/** Zaak.Id, the open data's GUID. */
		zaakId: text('zaak_id').primaryKey(),
		/** Zaak.Nummer: "2023Z19781". */
		zaakNumber: text('zaak_number').notNull(),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id),
		/** Document.DocumentNummer: "2023D48274". */
		documentNumber: text('document_number'),
		/** The publication id on officielebekendmakingen: "kst-21501-32-1603". */
		publication: text('publication'),
		/** Document.Soort: 'Motie' or 'Motie (gewijzigd/nader)'. */
		documentKind: text('document_kind'),
		/** Zaak.Onderwerp: "Motie van het lid Flach c.s. over …". */
		subject: text('subject').notNull(),
		/** Zaak.Titel: the dossier's title. */
		dossierTitle: text('dossier_title'),
		startedOn: text('started_on'),
		/** Zaak.Kabinetsappreciatie exactly as the registry holds it. */
		appraisalLabel: text('appraisal_label'),
		/** The label in the one vocabulary: a verdict, or a kind of "no verdict" — never both. */
		verdict: text('verdict', { enum: VERDICTS }),
		noVerdict: text('no_verdict', { enum: NO_VERDICT_KINDS }),
		/** Zaak.Afgedaan: the Kamer has finished with it. */
		done: integer('done', { mode: 'boolean' }).notNull().default(false),
		/** An amended motion's "(t.v.v. 19637-3370)": the motion it replaces. */
		replacesId: text('replaces_id'),
		/** Zaak.ApiGewijzigdOp, for incremental sync. */
		changedAt: text('changed_at')
	},
	(t) => [
		uniqueIndex('registry_motions_motion_unique').on(t.motionId),
		index('registry_motions_verdict_idx').on(t.verdict),
		index('registry_motions_replaces_idx').on(t.replacesId),
		/** "Nieuw sinds": the registry's verdicts changed since a day, newest first (covering the count). */
		index('registry_motions_changed_idx').on(t.changedAt, t.verdict),
		check(
			'registry_motions_verdict_check',
			sql`${t.verdict} is null or ${t.verdict} in (${inList(VERDICTS)})`
		),
		check(
			'registry_motions_no_verdict_check',
			sql`(${t.verdict} is null) <> (${t.noVerdict} is null) and (${t.noVerdict} is null or ${t.noVerdict} in (${inList(NO_VERDICT_KINDS)}))`
		)
	]
);

/**
 * A transcript that writes a motion's id otherwise than the registry: "Zij krijgt nr. 225 (36046)"
 * for 36045-225. The statement is kept under the registry's id; the slip is shown, not rewritten.
 */
export const motionAliases = sqliteTable(
	'motion_aliases',
	{
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		writtenId: text('written_id').notNull(),
		/** Why the two are one motion: "same number, date and first signer". */
		reason: text('reason').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.documentId, t.writtenId] }),
		index('motion_aliases_motion_idx').on(t.motionId)
	]
);

/**
 * A decision of the Kamer on a motion: a vote (show of hands, roll call, unanimous) or a decision
 * not to vote (held, withdrawn). From the registry (Besluit, keyed by its id) or from a transcript's
 * "Stemmingen" (keyed by document and line). A tally that does not cover every fraction seated on
 * the day, or whose seats contradict the declared outcome, is kept but marked incomplete: it never
 * decides the motion's status.
 */
export const votes = sqliteTable(
	'votes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		source: text('source', { enum: ['registry', 'transcript'] }).notNull(),
		/** Besluit.Id, the open data's GUID, for a registry decision. */
		besluitId: text('besluit_id'),
		/** The transcript that records it, and the line. */
		documentId: integer('document_id').references(() => documents.id),
		line: integer('line'),
		date: text('date'),
		kind: text('kind', { enum: VOTE_KINDS }).notNull(),
		/** What the source declares: 'Stemmen - aangenomen', "zodat zij is verworpen". */
		declared: text('declared', { enum: DECISIONS }).notNull(),
		/** The source's own words: BesluitTekst, or the chair's sentence. */
		asWritten: text('as_written').notNull(),
		/** Who asked to hold or withdraw it ("Op verzoek van de heer Van Hijum"). */
		requestedBy: text('requested_by'),
		seatsFor: integer('seats_for'),
		seatsAgainst: integer('seats_against'),
		/** The tally covers every fraction seated that day and agrees with the declared outcome. */
		complete: integer('complete', { mode: 'boolean' }).notNull(),
		/** Why it is incomplete, in Dutch. */
		warning: text('warning')
	},
	(t) => [
		uniqueIndex('votes_besluit_unique').on(t.besluitId),
		index('votes_motion_idx').on(t.motionId, t.date),
		index('votes_document_idx').on(t.documentId),
		index('votes_complete_date_idx').on(t.complete, t.date),
		check('votes_declared_check', sql`${t.declared} in (${inList(DECISIONS)})`),
		check('votes_kind_check', sql`${t.kind} in (${inList(VOTE_KINDS)})`),
		check('votes_source_check', sql`${t.source} in ('registry', 'transcript')`),
		check(
			'votes_source_key_check',
			sql`(${t.source} = 'registry' and ${t.besluitId} is not null) or (${t.source} = 'transcript' and ${t.documentId} is not null)`
		)
	]
);

/** How each fraction voted in a show of hands (or, in a roll call, how its members did on balance). */
export const voteFractions = sqliteTable(
	'vote_fractions',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		fractionId: integer('fraction_id')
			.notNull()
			.references(() => fractions.id),
		choice: text('choice', { enum: CHOICES }).notNull(),
		/** The fraction's seats that day (the registry's FractieGrootte, or the member registry). */
		seats: integer('seats'),
		/** The registry's Vergissing: the fraction said afterwards it voted so by mistake. */
		mistake: integer('mistake', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.voteId, t.fractionId] }),
		index('vote_fractions_fraction_idx').on(t.fractionId, t.choice, t.voteId),
		check('vote_fractions_choice_check', sql`${t.choice} in (${inList(CHOICES)})`)
	]
);

/** A roll call member by member. */
export const voteMembers = sqliteTable(
	'vote_members',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		personId: integer('person_id').references(() => people.id),
		name: text('name').notNull(),
		fractionId: integer('fraction_id').references(() => fractions.id),
		choice: text('choice', { enum: CHOICES }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.voteId, t.position] }),
		index('vote_members_person_idx').on(t.personId),
		check('vote_members_choice_check', sql`${t.choice} in (${inList(CHOICES)})`)
	]
);

/** Where an incremental sync with the Kamer's open data stands, per entity (resumable). */
export const syncCursors = sqliteTable('sync_cursors', {
	entity: text('entity').primaryKey(),
	/** JSON: the cursor the client gave after the last page committed. */
	cursor: text('cursor').notNull(),
	updatedAt: text('updated_at').notNull()
});

/**
 * The version of the data: one row whose number every write to the data moves (triggers on every
 * table the pages read, a custom migration), so whatever is computed from the data can be kept
 * until it moves — across restarts and whichever process wrote.
 */
export const dataVersion = sqliteTable(
	'data_version',
	{
		id: integer('id').primaryKey(),
		version: integer('version').notNull()
	},
	(t) => [check('data_version_one_row', sql`${t.id} = 1`)]
);

/** Aggregates computed for one data version, kept so a restart or another process need not recompute them. */
export const queryCache = sqliteTable('query_cache', {
	key: text('key').primaryKey(),
	version: integer('version').notNull(),
	/** The result as JSON. */
	value: text('value').notNull()
});

// Clerks at work in the browser: accounts, sessions, and every change on record.

export const USER_ROLES = ['clerk', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** An account, made on the command line. The password is kept only as a scrypt hash with its own salt. */
export const users = sqliteTable(
	'users',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull().unique(),
		role: text('role', { enum: USER_ROLES }).notNull().default('clerk'),
		/** "scrypt$N$r$p$salt$hash" (base64): the parameters travel with the hash. */
		passwordHash: text('password_hash').notNull(),
		disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
		createdAt: text('created_at').notNull()
	},
	(t) => [check('users_role_check', sql`${t.role} in (${inList(USER_ROLES)})`)]
);

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is kept here. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: text('created_at').notNull(),
		expiresAt: text('expires_at').notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Failed sign-ins, counted per account name and per address to refuse guessing for a while. */
export const loginAttempts = sqliteTable(
	'login_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at').notNull(),
		name: text('name').notNull(),
		address: text('address').notNull()
	},
	(t) => [
		index('login_attempts_name_idx').on(t.name, t.at),
		index('login_attempts_address_idx').on(t.address, t.at)
	]
);

export const CORRECTION_FIELDS = [
	'verdict',
	'cabinet_member',
	'condition',
	'signer',
	'signer_fraction',
	'reading'
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/**
 * A clerk's correction of what was read about a motion: a statement of its own (who, when, before,
 * after, why). The reader's statement stays beside it; a correction of the verdict, cabinet member or
 * condition stands as the motion's appraisal (an appraisals row with spoken_by 'clerk').
 */
export const corrections = sqliteTable(
	'corrections',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		field: text('field', { enum: CORRECTION_FIELDS }).notNull(),
		/** Which signer (0 = first), for signer and signer_fraction. */
		position: integer('position'),
		before: text('before'),
		after: text('after'),
		/** The person (signer) or fraction (signer_fraction, cabinet_member: the person) the correction names. */
		afterId: integer('after_id'),
		reason: text('reason').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		createdAt: text('created_at').notNull()
	},
	(t) => [
		index('corrections_motion_idx').on(t.motionId),
		index('corrections_user_idx').on(t.userId),
		/** "Nieuw sinds": the corrections made since a day, newest first. */
		index('corrections_created_idx').on(t.createdAt),
		check('corrections_field_check', sql`${t.field} in (${inList(CORRECTION_FIELDS)})`)
	]
);

/**
 * What waits for a clerk: an import that says otherwise than a standing correction. Accepting
 * takes the document's word, rejecting keeps the correction; either way with a reason, on record.
 */
export const reviewItems = sqliteTable(
	'review_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		correctionId: integer('correction_id')
			.notNull()
			.references(() => corrections.id),
		/** The document whose statement differs (kept even when a later version supersedes it). */
		documentId: integer('document_id').references(() => documents.id),
		field: text('field', { enum: CORRECTION_FIELDS }).notNull(),
		/** What the correction says, and what the document says. */
		corrected: text('corrected'),
		imported: text('imported'),
		createdAt: text('created_at').notNull(),
		status: text('status', { enum: ['open', 'accepted', 'rejected'] })
			.notNull()
			.default('open'),
		decidedBy: integer('decided_by').references(() => users.id),
		decidedAt: text('decided_at'),
		reason: text('reason')
	},
	(t) => [
		index('review_items_status_idx').on(t.status, t.motionId),
		check('review_items_status_check', sql`${t.status} in ('open', 'accepted', 'rejected')`)
	]
);

/**
 * A clerk's choice between two documents that disagree (a row of conflicts): kept by value, since a
 * corrected version of either document replaces the conflict row itself.
 */
export const conflictSettlements = sqliteTable(
	'conflict_settlements',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		motionId: text('motion_id')
			.notNull()
			.references(() => motions.id, { onDelete: 'cascade' }),
		field: text('field').notNull(),
		documentId: integer('document_id')
			.notNull()
			.references(() => documents.id),
		otherDocumentId: integer('other_document_id')
			.notNull()
			.references(() => documents.id),
		chosenDocumentId: integer('chosen_document_id')
			.notNull()
			.references(() => documents.id),
		chosenValue: text('chosen_value').notNull(),
		reason: text('reason').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		decidedAt: text('decided_at').notNull()
	},
	(t) => [index('conflict_settlements_motion_idx').on(t.motionId, t.field)]
);

/**
 * A file uploaded for a preview, kept here until the clerk confirms or cancels: the confirmation
 * imports these bytes, never anything the browser sends again. Bound to the session that uploaded it.
 */
export const pendingUploads = sqliteTable(
	'pending_uploads',
	{
		/** SHA-256 of the random token the form carries. */
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => sessions.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		bytes: blob('bytes', { mode: 'buffer' }).notNull(),
		kind: text('kind'),
		title: text('title'),
		date: text('date'),
		createdAt: text('created_at').notNull()
	},
	(t) => [index('pending_uploads_session_idx').on(t.sessionId)]
);

/** Every change a clerk made in the browser (imports are in import_runs, with their user). */
export const auditEvents = sqliteTable(
	'audit_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at').notNull(),
		userId: integer('user_id').references(() => users.id),
		action: text('action', {
			enum: ['correction', 'review', 'settlement']
		}).notNull(),
		motionId: text('motion_id'),
		documentId: integer('document_id'),
		summary: text('summary').notNull()
	},
	(t) => [
		index('audit_events_at_idx').on(t.at),
		index('audit_events_user_idx').on(t.userId),
		index('audit_events_motion_idx').on(t.motionId),
		index('audit_events_document_idx').on(t.documentId)
	]
);
