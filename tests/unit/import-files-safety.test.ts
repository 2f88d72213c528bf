// Files as a hostile or unlucky user lays them out: a named pipe, a link to /dev/zero or to a file
// outside the folder, a file over the size limit, a manifest with nulls, wrong types or a BOM, a
// name holding terminal escapes. Each is refused (or read) with a message naming what is wrong.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDb, count, type TempDb } from '../helpers/db';
import { DOCUMENTS, SEEDS, seed } from '../helpers/paths';
import { expandPaths, importFiles } from '../../src/lib/server/import/files';
import { refusalOf, readDocumentFile } from '../../src/lib/server/import/document-files';
import { readManifest } from '../../src/lib/server/manifest';
import { loadRegistry } from '../../src/lib/server/registry';
import { DocumentError } from '../../src/lib/parse/decode';
import { printable } from '../../src/lib/printable';

const registry = loadRegistry();
let t: TempDb;
let folder: string;
let outside: string;

beforeEach(() => {
	t = tempDb();
	folder = mkdtempSync(join(tmpdir(), 'motiemonitor-files-'));
	outside = mkdtempSync(join(tmpdir(), 'motiemonitor-outside-'));
});
afterEach(() => {
	t.close();
	rmSync(folder, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

describe('only regular files inside the folder are read', () => {
	it('refuses a named pipe, a link to /dev/zero and a link out of the folder; imports the rest', async () => {
		copyFileSync(seed(SEEDS.letter), join(folder, SEEDS.letter));
		execFileSync('mkfifo', [join(folder, 'pijp.txt')]);
		symlinkSync('/dev/zero', join(folder, 'nul.txt'));
		writeFileSync(join(outside, 'geheim.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
		symlinkSync(join(outside, 'geheim.txt'), join(folder, 'passwd.txt'));
		// A link that stays inside the folder is read as the file it points to.
		symlinkSync(join(folder, SEEDS.letter), join(folder, 'ook-de-brief.txt'));

		const { files, refused } = expandPaths([folder]);
		expect(files.map((f) => f.slice(folder.length + 1))).toEqual([
			SEEDS.letter,
			'ook-de-brief.txt'
		]);
		const why = Object.fromEntries(
			refused.map((r) => [r.file.slice(folder.length + 1), r.message])
		);
		expect(why['pijp.txt']).toBe('a named pipe, not a document file; only regular files are read');
		expect(why['nul.txt']).toBe(
			'a link leading out of its folder (to /dev/zero); only files inside the folder are read'
		);
		expect(why['passwd.txt']).toBe(
			`a link leading out of its folder (to ${join(outside, 'geheim.txt')}); only files inside the folder are read`
		);

		const summary = await importFiles(t.db, files, registry);
		expect(summary.refused).toEqual([]);
		// The same bytes twice: stored once, the second is "unchanged".
		expect(summary.reports.map((r) => r.outcome)).toEqual(['added', 'unchanged']);
		expect(count(t.db, 'select count(*) from documents')).toBe(1);
	});

	it('refuses a device named directly, and a pipe named directly, without hanging on it', () => {
		expect(refusalOf('/dev/zero')).toBe(
			'a device, not a document file; only regular files are read'
		);
		execFileSync('mkfifo', [join(folder, 'pijp.txt')]);
		const { files, refused } = expandPaths([join(folder, 'pijp.txt'), '/dev/zero']);
		expect(files).toEqual([]);
		expect(refused.map((r) => r.message)).toEqual([
			'a named pipe, not a document file; only regular files are read',
			'a device, not a document file; only regular files are read'
		]);
		expect(() => readDocumentFile(join(folder, 'pijp.txt'))).toThrow(/a named pipe/);
	});

	it('refuses a file over 25 MB before reading it', async () => {
		const big = join(folder, 'groot.txt');
		writeFileSync(big, 'De Kamer,\n');
		truncateSync(big, 26 * 1024 * 1024);
		const { files, refused } = expandPaths([folder]);
		expect(files).toEqual([]);
		expect(refused).toEqual([
			{
				file: big,
				message: 'the file is 26.0 MB; documents up to 25.0 MB are read (split it, or leave it out)'
			}
		]);
		// Read anyway (it grew after it was listed): refused at the open file, nothing stored.
		const summary = await importFiles(t.db, [big], registry);
		expect(summary.refused[0]!.message).toMatch(/^the file is 26\.0 MB/);
		expect(count(t.db, 'select count(*) from documents')).toBe(0);
	});
});

describe('manifests are checked entry by entry and field by field', () => {
	const manifest = (json: string) => {
		const path = join(folder, 'manifest.json');
		writeFileSync(path, json);
		return path;
	};
	const refusal = (path: string): DocumentError => {
		try {
			readManifest(path);
		} catch (e) {
			if (e instanceof DocumentError) return e;
			throw e;
		}
		throw new Error('the manifest was accepted');
	};

	it('accepts a UTF-8 BOM', () => {
		const path = manifest(
			'\uFEFF{"documents": [{"file": "a.txt", "kind": "letter", "date": "2025-09-10"}]}'
		);
		expect(readManifest(path)).toEqual([
			{ file: 'a.txt', kind: 'letter', title: null, date: '2025-09-10' }
		]);
	});

	it('names the manifest, the entry and the field', () => {
		const nullEntry = manifest('{"documents": [{"file": "a.txt"}, null]}');
		const e = refusal(nullEntry);
		expect(e.file).toBe(nullEntry);
		expect(e.message).toBe(
			'documents[1] must be an object {"file": …, "kind": …, "title": …, "date": …}, not null'
		);
		expect(e.describe()).toBe(`${nullEntry}: ${e.message}`);

		expect(refusal(manifest('{"documents": [{"file": "a.txt", "title": 5}]}')).message).toBe(
			'documents[0] ("a.txt"): "title" must be a string (or null), not number'
		);
		expect(refusal(manifest('{"documents": [{"file": 7}]}')).message).toBe(
			'documents[0]: "file" must be the document\'s file name, not number'
		);
		expect(
			refusal(manifest('{"documents": [{"file": "b.txt", "date": "10-09-2025"}]}')).message
		).toBe('documents[0] ("b.txt"): "date" "10-09-2025" is not a date YYYY-MM-DD');
		expect(refusal(manifest('{"documents": {"file": "a.txt"}}')).message).toBe(
			'"documents" must be an array, not object'
		);
		expect(refusal(manifest('[]')).message).toBe(
			'expected an object {"documents": [ … ]}, not an array'
		);
		expect(refusal(manifest('{"docs": []}')).message).toBe(
			'has no "documents": expected {"documents": [ … ]}'
		);
		expect(refusal(manifest('{"documents": [{"file": "a.txt"}, {"file": "a.txt"}]}')).message).toBe(
			'documents[1] ("a.txt"): the file is listed twice (also documents[0]); keep one entry'
		);
	});

	it('a folder with a broken manifest: each refusal names the document and the manifest once', async () => {
		copyFileSync(join(DOCUMENTS, SEEDS.letter), join(folder, SEEDS.letter));
		const path = manifest('{"documents": [{"file": "x.txt", "kind": "brief"}]}');
		const { files } = expandPaths([folder]);
		const summary = await importFiles(t.db, files, registry);
		expect(summary.refused).toEqual([
			{
				file: join(folder, SEEDS.letter),
				message: `${path}: documents[0] ("x.txt"): "kind" "brief" is not one of debate, letter, answers, consultation, motion`
			}
		]);
	});
});

describe('names are printed safely', () => {
	it('escapes control characters and bidi overrides, keeps accents', () => {
		expect(printable('motie\u001b[2J\u001b]0;pwned\u0007.txt')).toBe(
			'motie\\x1b[2J\\x1b]0;pwned\\x07.txt'
		);
		expect(printable('Yeşilgöz\u202e.txt\r\n')).toBe('Yeşilgöz\\u{202e}.txt\\x0d\\x0a');
		expect(new DocumentError('the file is empty', 'a\u001b[31m.txt').describe()).toBe(
			'a\\x1b[31m.txt: the file is empty'
		);
	});

	it('the import names a refused file with its escapes shown, once', async () => {
		const name = join(folder, 'leeg\u001b[31m.txt');
		writeFileSync(name, '');
		mkdirSync(join(folder, 'sub'));
		const summary = await importFiles(t.db, [name], registry);
		expect(summary.refused).toEqual([
			{ file: name, message: 'the file is empty: there is no document to read' }
		]);
	});
});
