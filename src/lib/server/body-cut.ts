// A document's text cut into the pieces it is stored in (document_chunks): pure, so that a parse
// worker cuts the text it parsed without loading the database's modules.

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

/** A text in pieces, as cutText cuts it for storing, each piece as a string. */
export function cutBody(text: string): BodyChunk[] {
	const { bytes, pieces } = cutText(text);
	return pieces.map(({ seq, firstLine, lineCount, start, end }) => ({
		seq,
		firstLine,
		lineCount,
		text: bytes.toString('utf8', start, end)
	}));
}

/** A text cut for storing: its UTF-8 bytes, its pieces, and how many lines it has (theirs summed). */
export interface CutText {
	bytes: Buffer;
	pieces: BodyPiece[];
	lineCount: number;
}

const encoder = new TextEncoder();

export function cutText(text: string): CutText {
	// Into memory of the exact size, its own ArrayBuffer (not Node's shared pool) so that a parse
	// worker can transfer it. On a debate's 240 KB as one flat string: 0.27 ms, against 0.92 for
	// `encoder.encode` (which allocates for the worst case) and 0.49 for `Buffer.from`. A parsed
	// text is still a rope of its lines, and making it flat (here in byteLength) costs more than
	// either, so in an import the difference does not show.
	const encoded = new Uint8Array(Buffer.byteLength(text, 'utf8'));
	encoder.encodeInto(text, encoded);
	// A Buffer over the same memory (no copy), for SQLite to bind.
	const bytes = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
	const pieces = cutBytes(bytes);
	return { bytes, pieces, lineCount: pieces.reduce((n, p) => n + p.lineCount, 0) };
}
