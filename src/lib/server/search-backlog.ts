// New rows of the full-text indexes (motions_fts, documents_fts), written together just before the
// transaction that made them commits. FTS5 writes its pending terms to disk at every savepoint,
// and every statement with a trigger opens one: rows indexed one by one amid the import's other
// writes made one small segment each (twenty for a debate's motions, one per record of the
// registry snapshot), and those segments were merged again and again. Written together, they are
// one segment per transaction.
import type Database from 'better-sqlite3';
import { prepared } from './import/registry';

export class SearchBacklog {
	/** motion_texts rows inserted (their FTS row is keyed by the motion_texts id). */
	private readonly motionTexts = new Set<number>();
	/** Documents made: their title and the UTF-8 bytes of their text. */
	private readonly documents = new Map<number, { title: string | null; bytes: Buffer }>();

	motionText(id: number): void {
		this.motionTexts.add(id);
	}

	document(id: number, title: string | null, bytes: Buffer): void {
		this.documents.set(id, { title, bytes });
	}

	/** A nested import's rows, once its savepoint is released (one rolled back adds nothing). */
	absorb(other: SearchBacklog): void {
		for (const id of other.motionTexts) this.motionTexts.add(id);
		for (const [id, d] of other.documents) this.documents.set(id, d);
		other.clear();
	}

	/**
	 * Index what was added, inside the transaction that added it. A motion's row is read back (its
	 * subject and text as they stand at the end of the transaction); a document is indexed with the
	 * bytes it was stored from.
	 */
	flush(client: Database.Database): void {
		if (this.motionTexts.size)
			prepared(
				client,
				`insert into motions_fts (rowid, subject, text)
				 select t.id, m.subject, t.text from json_each(?) j
				 join motion_texts t on t.id = j.value join motions m on m.id = t.motion_id`
			).run(JSON.stringify([...this.motionTexts]));
		const insert = prepared(
			client,
			'insert into documents_fts (rowid, title, body) values (?, ?, cast(? as text))'
		);
		for (const [id, { title, bytes }] of this.documents) insert.run(id, title ?? '', bytes);
		this.clear();
	}

	private clear() {
		this.motionTexts.clear();
		this.documents.clear();
	}
}
