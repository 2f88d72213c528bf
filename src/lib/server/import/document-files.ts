// Which paths may be read as documents: regular files only (a named pipe would hang the import, a
// device such as /dev/zero never ends), no link leading out of the folder it stands in, and no file
// over the size limit — all checked before a byte is read.
import {
	closeSync,
	constants,
	fstatSync,
	readFileSync,
	lstatSync,
	openSync,
	readSync,
	realpathSync,
	statSync,
	type Stats
} from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import { DocumentError } from '../../parse/decode';
import { MAX_DOCUMENT_BYTES, megabytes } from '../../parse/limits';

/** What a file system entry is, in words, when it is not a regular file. */
function notAFile(stat: Stats): string | null {
	if (stat.isFile()) return null;
	if (stat.isFIFO()) return 'a named pipe';
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
	if (stat.isSocket()) return 'a socket';
	if (stat.isDirectory()) return 'a folder';
	return 'not a regular file';
}

const inside = (folder: string, path: string) => {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why this path cannot be read as a document, or null when it can. `folder`: the folder it was
 * listed from; a link found there must lead to a file inside it (a link to /etc/passwd or /dev/zero
 * placed among the documents is refused). Limit: the largest document in bytes.
 */
export function refusalOf(
	path: string,
	folder: string = dirname(path),
	limit = MAX_DOCUMENT_BYTES
): string | null {
	let stat: Stats;
	try {
		stat = lstatSync(path);
		if (stat.isSymbolicLink()) {
			const target = realpathSync(path);
			if (!inside(realpathSync(folder), target))
				return `a link leading out of its folder (to ${target}); only files inside the folder are read`;
			stat = statSync(target);
		}
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return code === 'ENOENT' ? 'no such file (or a link to nothing)' : `cannot be read (${code})`;
	}
	const what = notAFile(stat);
	if (what) return `${what}, not a document file; only regular files are read`;
	if (stat.size > limit) return tooLarge(stat.size, limit);
	return null;
}

function tooLarge(size: number, limit: number): string {
	return `the file is ${megabytes(size)}; documents up to ${megabytes(limit)} are read (split it, or leave it out)`;
}

/**
 * Open a document file for reading, checked again on the open file: it may have been swapped for a
 * pipe or grown since it was listed. Non-blocking, so that even a pipe put in its place cannot hang.
 */
export function openDocumentFile(path: string, limit = MAX_DOCUMENT_BYTES): number {
	const listed = refusalOf(path, dirname(path), limit);
	if (listed) throw new DocumentError(listed, path);
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	const stat = fstatSync(fd);
	const what = notAFile(stat);
	const refusal = what
		? `${what}, not a document file; only regular files are read`
		: stat.size > limit
			? tooLarge(stat.size, limit)
			: null;
	if (refusal) {
		closeSync(fd);
		throw new DocumentError(refusal, path);
	}
	return fd;
}

/** A document file's bytes, after the checks above (a single read for `parse`; imports reuse a buffer). */
export function readDocumentFile(path: string, limit = MAX_DOCUMENT_BYTES): Buffer {
	const fd = openDocumentFile(path, limit);
	try {
		const bytes = readFileSync(fd);
		if (bytes.length > limit) throw new DocumentError(tooLarge(bytes.length, limit), path);
		return bytes;
	} finally {
		closeSync(fd);
	}
}

/**
 * Reads each file into one buffer, reused from file to file: a fresh buffer per file cost five
 * times what hashing it does, and a re-import is little more than reading and hashing. What it
 * returns is valid until the next read.
 */
export function fileReader(): (path: string) => Buffer {
	let buffer = Buffer.allocUnsafeSlow(1 << 20);
	return (path: string): Buffer => {
		const fd = openDocumentFile(path);
		try {
			let size = 0;
			for (;;) {
				// A file that grows while it is read stops at the limit, refused.
				if (size > MAX_DOCUMENT_BYTES)
					throw new DocumentError(
						`the file grew past ${megabytes(MAX_DOCUMENT_BYTES)} while it was read`,
						path
					);
				if (size === buffer.length) {
					const larger = Buffer.allocUnsafeSlow(buffer.length * 2);
					buffer.copy(larger, 0, 0, size);
					buffer = larger;
				}
				const n = readSync(fd, buffer, size, buffer.length - size, null);
				if (n === 0) return buffer.subarray(0, size);
				size += n;
			}
		} finally {
			closeSync(fd);
		}
	};
}
