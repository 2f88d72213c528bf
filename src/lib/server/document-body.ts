// A document's display text, stored in pieces of whole lines (document_chunks): the import writes
// them, a page reads the one or two pieces its window of lines needs, and whoever needs the whole
// text (the search's matching lines) reads the pieces in order.
import type Database from 'better-sqlite3';
import { prepared } from './import/registry';

/** A piece over this many bytes is cut in two. */
export const CHUNK_BYTES = 256 * 1024;

export interface BodyChunk {
	seq: number;
	firstLine: number;
	lineCount: number;
	text: string;
}

/** Line ends in bytes start … end: \r\n, \r and \n count one each, as the import counts lines. */
function lineEnds(bytes: Buffer, start: number, end: number): number {
	let n = 0;
	for (let at = bytes.indexOf(10, start); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) n++;
	const cr = bytes.indexOf(13, start);
	if (cr < 0 || cr >= end) return n;
	for (let at = cr; at >= 0 && at < end; at = bytes.indexOf(13, at + 1)) {
		if (at + 1 >= end || bytes[at + 1] !== 10) n++;
	}
	return n;
}

/** A piece of a text's bytes: start … end, and the lines it holds. */
export interface BodyPiece {
	seq: number;
	firstLine: number;
	lineCount: number;
	start: number;
	end: number;
}

/**
 * A text's bytes in pieces of whole lines, in order; joined they are the text. A piece over
 * CHUNK_BYTES is halved after the first line end from its middle on, and its halves likewise: pieces
 * of 128–256 KB for ordinary text, cut exactly as the migration that made pieces of the earlier
 * bodies cut them (drizzle/0018_document_chunks.sql). A piece with no line end after its middle
 * stays whole.
 */
export function cutBytes(bytes: Buffer): BodyPiece[] {
	const out: BodyPiece[] = [];
	const todo: [number, number][] = [[0, bytes.length]];
	let line = 1;
	while (todo.length) {
		const [start, end] = todo.pop()!;
		const size = end - start;
		if (size > CHUNK_BYTES) {
			const at = bytes.subarray(start, end).indexOf(10, Math.floor(size / 2));
			if (at >= 0 && at + 1 < size) {
				todo.push([start + at + 1, end], [start, start + at + 1]);
				continue;
			}
		}
		const lineCount = lineEnds(bytes, start, end) + (end === bytes.length ? 1 : 0);
		out.push({ seq: out.length, firstLine: line, lineCount, start, end });
		line += lineCount;
	}
	return out;
}

/** A text in pieces, as cutBytes cuts its UTF-8 bytes. */
export function cutBody(text: string): BodyChunk[] {
	const bytes = Buffer.from(text, 'utf8');
	return cutBytes(bytes).map(({ seq, firstLine, lineCount, start, end }) => ({
		seq,
		firstLine,
		lineCount,
		text: bytes.toString('utf8', start, end)
	}));
}

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

/** A text cut for storing: its UTF-8 bytes, its pieces, and how many lines it has (theirs summed). */
export interface CutText {
	bytes: Buffer;
	pieces: BodyPiece[];
	lineCount: number;
}

export function cutText(text: string): CutText {
	const bytes = Buffer.from(text, 'utf8');
	const pieces = cutBytes(bytes);
	return { bytes, pieces, lineCount: pieces.reduce((n, p) => n + p.lineCount, 0) };
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
