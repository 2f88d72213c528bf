// What each file held when an import last read it (file_stats): a folder imported again skips the
// files whose size and modification time are as they were, without reading or hashing them, as
// git and rsync do. A file modified within RACY_MS of being read is read again next time: a change
// in the same instant as the read could keep its size and time. Anything else (another size, another
// time, a path never read) is read and hashed as before.
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepared } from './registry';

/** A file modified this close to when it was read is not trusted by its size and time. */
export const RACY_MS = 2000;

export interface FileStat {
	/** Absolute path. */
	path: string;
	size: number;
	mtimeNs: bigint;
}

/** A file as it was read: its stat taken before the read, its bytes' hash, when it was read. */
export interface FileRead {
	stat: FileStat;
	sha256: string;
	readAtMs: number;
}

interface Row {
	size: number;
	mtime_ns: string;
	sha256: string;
	read_at_ms: number;
}

export class FileStatCache {
	private readonly seen: FileRead[] = [];

	constructor(private readonly client: Database.Database) {}

	/** The file's size and modification time now; null when it cannot be stat'ed (read as before). */
	stat(file: string): FileStat | null {
		try {
			const s = statSync(file, { bigint: true });
			return { path: resolve(file), size: Number(s.size), mtimeNs: s.mtimeNs };
		} catch {
			return null;
		}
	}

	/** The SHA-256 the file's bytes had when last read, if they cannot have changed since. */
	knownHash(stat: FileStat): string | null {
		const row = prepared(
			this.client,
			'select size, mtime_ns, sha256, read_at_ms from file_stats where path = ?'
		).get(stat.path) as Row | undefined;
		if (!row || row.size !== stat.size || BigInt(row.mtime_ns) !== stat.mtimeNs) return null;
		const modifiedMs = Number(stat.mtimeNs / 1_000_000n);
		return modifiedMs + RACY_MS < row.read_at_ms ? row.sha256 : null;
	}

	/** The file was read (at readAtMs, after stat was taken) and its bytes hash to sha256. */
	remember(read: FileRead): void {
		this.seen.push(read);
	}

	/** Store what was read, in one transaction. */
	save(): void {
		if (!this.seen.length) return;
		const upsert = prepared(
			this.client,
			`insert into file_stats (path, size, mtime_ns, sha256, read_at_ms) values (?, ?, ?, ?, ?)
			 on conflict (path) do update set size = excluded.size, mtime_ns = excluded.mtime_ns,
			   sha256 = excluded.sha256, read_at_ms = excluded.read_at_ms`
		);
		this.client.transaction(() => {
			for (const { stat, sha256, readAtMs } of this.seen)
				upsert.run(stat.path, stat.size, String(stat.mtimeNs), sha256, readAtMs);
		})();
		this.seen.length = 0;
	}
}
