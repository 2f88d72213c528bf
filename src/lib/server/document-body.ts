// A document's display text, stored in pieces of whole lines (document_chunks): the import writes
// them, a page reads the one or two pieces its window of lines needs, and whoever needs the whole
// text (the search's matching lines) reads the pieces in order.
import type Database from 'better-sqlite3';
import { prepared } from './import/registry';
import { cutText, type CutText } from './body-cut';

/**
 * Store a document's text as its pieces, replacing any it had; returns the text's UTF-8 bytes. The
 * pieces go in as bytes that SQLite takes as text (cast): the text is encoded once, never decoded.
 */
export function writeBody(
	client: Database.Database,
	documentId: number,
	text: string | CutText
): Buffer {
	const { bytes, pieces } = typeof text === 'string' ? cutText(text) : text;
	prepared(client, 'delete from document_chunks where document_id = ?').run(documentId);
	const insert = prepared(
		client,
		'insert into document_chunks (document_id, seq, first_line, line_count, text) values (?, ?, ?, ?, cast(? as text))'
	);
	for (const c of pieces)
		insert.run(documentId, c.seq, c.firstLine, c.lineCount, bytes.subarray(c.start, c.end));
	return bytes;
}

/**
 * The bytes of the pieces holding lines from … to, and the number of their first line; null when
 * the document has no text stored. Two index lookups and the pieces read: never the whole text.
 */
export function bodyBytes(
	client: Database.Database,
	documentId: number,
	from: number,
	to: number
): { firstLine: number; bytes: Buffer } | null {
	const rows = prepared(
		client,
		`select first_line as firstLine, cast(text as blob) as bytes from document_chunks
		where document_id = @id and first_line <= @to and first_line >= coalesce(
			(select max(first_line) from document_chunks where document_id = @id and first_line <= @from), 1)
		order by seq`
	).all({ id: documentId, from: Math.max(1, from), to: Math.max(1, to) }) as {
		firstLine: number;
		bytes: Buffer;
	}[];
	if (!rows.length) return null;
	return {
		firstLine: rows[0]!.firstLine,
		bytes: rows.length === 1 ? rows[0]!.bytes : Buffer.concat(rows.map((r) => r.bytes))
	};
}

/** The pieces of a document's text in order, one read at a time. */
export function* bodyChunks(
	client: Database.Database,
	documentId: number
): Generator<{ firstLine: number; lineCount: number; text: string }> {
	const seqs = (
		prepared(client, 'select seq from document_chunks where document_id = ? order by seq').all(
			documentId
		) as { seq: number }[]
	).map((r) => r.seq);
	const piece = prepared(
		client,
		'select first_line as firstLine, line_count as lineCount, text from document_chunks where document_id = ? and seq = ?'
	);
	for (const seq of seqs)
		yield piece.get(documentId, seq) as { firstLine: number; lineCount: number; text: string };
}

/** A document's whole text (null when none is stored): its pieces joined. */
export function bodyText(client: Database.Database, documentId: number): string | null {
	let text: string | null = null;
	for (const c of bodyChunks(client, documentId)) text = (text ?? '') + c.text;
	return text;
}

/**
 * A document's lines with their numbers, a piece at a time: a reader that stops early (the
 * search's first few matching lines) reads no further pieces.
 */
export function* bodyLines(
	client: Database.Database,
	documentId: number
): Generator<{ line: number; text: string }> {
	for (const c of bodyChunks(client, documentId)) {
		// Every piece but the last ends with its last line's end: the empty string after it is no line.
		const lines = c.text.split(/\r\n|\r|\n/);
		for (let i = 0; i < c.lineCount; i++) yield { line: c.firstLine + i, text: lines[i]! };
	}
}
