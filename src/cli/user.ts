// `user add|list|disable|passwd`: accounts for the clerks. A password is asked for on a terminal (not
// shown, asked twice) or read from the first line of stdin; it is never taken as an argument, so it
// stays out of the shell's history and the process list.
import { createInterface } from 'node:readline';
import { openDatabase } from '../lib/server/db';
import { USER_ROLES, type UserRole } from '../lib/server/db/schema';
import { addUser, disableUser, listUsers, setPassword, UserError } from '../lib/server/auth/users';

async function readStdinLine(): Promise<string> {
	let data = '';
	for await (const chunk of process.stdin) data += String(chunk);
	return data.split(/\r?\n/)[0] ?? '';
}

function askHidden(question: string): Promise<string> {
	return new Promise((resolve) => {
		const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
		const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
		let asked = false;
		(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
			// The question itself is shown; what is typed is not.
			if (!asked) {
				asked = true;
				write.call(rl, s);
			}
		};
		rl.question(question, (answer) => {
			rl.close();
			process.stderr.write('\n');
			resolve(answer);
		});
	});
}

async function readPassword(): Promise<string> {
	if (!process.stdin.isTTY) return readStdinLine();
	const first = await askHidden('Wachtwoord: ');
	const second = await askHidden('Nog eens: ');
	if (first !== second) throw new UserError('De twee wachtwoorden zijn niet gelijk.');
	return first;
}

function run(action: () => void | Promise<void>): Promise<number> {
	return Promise.resolve()
		.then(action)
		.then(
			() => 0,
			(e: unknown) => {
				if (e instanceof UserError) {
					process.stderr.write(`${e.message}\n`);
					return 1;
				}
				throw e;
			}
		);
}

export function userAdd(name: string, opts: { role?: string }): Promise<number> {
	return run(async () => {
		const role = (opts.role ?? 'clerk') as UserRole;
		if (!USER_ROLES.includes(role))
			throw new UserError(`Onbekende rol "${opts.role}": kies ${USER_ROLES.join(' of ')}.`);
		const password = await readPassword();
		const db = openDatabase();
		try {
			const user = addUser(db, name, password, role);
			process.stdout.write(`Account ${user.name} (${user.role}) gemaakt.\n`);
		} finally {
			db.$client.close();
		}
	});
}

export function userList(): Promise<number> {
	return run(() => {
		const db = openDatabase();
		try {
			const rows = listUsers(db);
			if (!rows.length) process.stdout.write('Nog geen accounts.\n');
			for (const u of rows)
				process.stdout.write(
					`${u.name}\t${u.role}\t${u.disabled ? 'uitgeschakeld' : 'actief'}\t${u.createdAt}\n`
				);
		} finally {
			db.$client.close();
		}
	});
}

export function userDisable(name: string): Promise<number> {
	return run(() => {
		const db = openDatabase();
		try {
			disableUser(db, name);
			process.stdout.write(`Account ${name} uitgeschakeld; zijn sessies zijn beëindigd.\n`);
		} finally {
			db.$client.close();
		}
	});
}

export function userPasswd(name: string): Promise<number> {
	return run(async () => {
		const password = await readPassword();
		const db = openDatabase();
		try {
			setPassword(db, name, password);
			process.stdout.write(`Nieuw wachtwoord voor ${name} ingesteld.\n`);
		} finally {
			db.$client.close();
		}
	});
}
