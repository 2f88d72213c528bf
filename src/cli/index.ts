// The command line: `npm run cli -- <command>`. Thin: each command calls the same modules the app uses.
import { Command, CommanderError } from 'commander';
import { parseCommand } from './parse';
import { importCommand } from './import';
import { exportCommand } from './export';
import { syncCommand } from './sync';
import { userAdd, userDisable, userList, userPasswd } from './user';
import { openDatabase, databaseUrl } from '../lib/server/db';

const program = new Command();
program
	.name('motiemonitor')
	.description('Motiemonitor: read Tweede Kamer documents, import them, export motions')
	.showHelpAfterError()
	.exitOverride();

program
	.command('parse')
	.description('Read one document and print its motions, appraisals and references')
	.argument('<file>', 'a plain-text document (debate transcript, letter, answers, consultation)')
	.option('--date <YYYY-MM-DD>', 'the date of the document (else from the manifest)')
	.option('--title <title>', 'the title of the document (else from the manifest or the text)')
	.option('--kind <kind>', 'debate, letter, answers or consultation (else detected)')
	.option('--json', 'print the JSON contract shape on stdout, nothing else')
	.action(async (file: string, opts) => {
		process.exitCode = await parseCommand(file, opts);
	});

program
	.command('import')
	.description('Import documents (files or folders) into the database, each whole or not at all')
	.argument(
		'<paths...>',
		'document files (text, PDF, VLOS/Handelingen/motion XML) or folders of them'
	)
	.option('--date <YYYY-MM-DD>', 'the date of the document (one file only; else from the manifest)')
	.option('--title <title>', 'the title of the document (one file only; else from the manifest)')
	.option(
		'--kind <kind>',
		'debate, letter, answers, consultation or motion (else from the manifest or detected)'
	)
	.option('--dry-run', 'read and check everything, store nothing')
	.option(
		'--reread',
		'read every file again, also those whose size and time are as when they were last imported'
	)
	.action(async (paths: string[], opts) => {
		process.exitCode = await importCommand(paths, opts);
	});

program
	.command('export')
	.description('Write motions with signers, fractions, verdicts and ministers as CSV or JSON')
	.option('--format <format>', 'csv (UTF-8 with BOM, opens in Excel) or json', 'csv')
	.option('--out <file>', 'write to a file instead of standard output')
	.option('--verdict <verdict>', 'oordeel_kamer, ontraden, overbodig, … or none')
	.option('--fraction <fraction>', "the first signer's fraction (with --signers all: any signer's)")
	.option('--signers <first|all>', 'which signers --fraction looks at')
	.option('--member <personId>', 'motions a member signed')
	.option('--minister <name>', 'the member of the cabinet who gave the verdict, e.g. "Van Weel"')
	.option('--dossier <dossier>', 'a Kamerstuk dossier, e.g. 36045')
	.option('--debate <id>', 'a debate id')
	.option('--from <YYYY-MM-DD>', 'from this date')
	.option('--to <YYYY-MM-DD>', 'up to this date')
	.option('--conditional', 'only conditional verdicts')
	.option('--status <tabled|cited>', 'tabled motions, or motions only cited so far')
	.option('--q <words>', 'full-text search in the motion text')
	.action((opts) => {
		process.exitCode = exportCommand(opts);
	});

program
	.command('sync')
	.description(
		"Bring the Kamer's motion registry up to date from its open-data API (resumes where the last run stopped)"
	)
	.option(
		'--since <DATE>',
		'only records changed since this date (YYYY-MM-DD or a date-time with zone); with a saved position, the later of the two'
	)
	.option(
		'--base-url <url>',
		"the API service root (else $MOTIEMONITOR_ODATA_URL, else the Kamer's OData v4 2.0 root)"
	)
	.option(
		'--publications-url <url>',
		'stands in for https://repository.overheid.nl/, where the motion texts are (else $MOTIEMONITOR_PUBLICATIONS_URL)'
	)
	.option('--reset', 'forget the saved position and start from --since, or from the beginning')
	.option('--votes', 'also the vote decisions on motions (Besluit with its Stemming rows)')
	.action(async (opts) => {
		process.exitCode = await syncCommand(opts);
	});

const user = program
	.command('user')
	.description('Accounts for the clerks who add and correct documents in the browser');
user
	.command('add')
	.description('Make an account; the password is asked for (or read from the first line of stdin)')
	.argument('<name>', 'the name to sign in with')
	.option('--role <role>', 'clerk or admin', 'clerk')
	.action(async (name: string, opts) => {
		process.exitCode = await userAdd(name, opts);
	});
user
	.command('list')
	.description('List the accounts')
	.action(async () => {
		process.exitCode = await userList();
	});
user
	.command('disable')
	.description('Disable an account and end its sessions')
	.argument('<name>')
	.action(async (name: string) => {
		process.exitCode = await userDisable(name);
	});
user
	.command('passwd')
	.description('Set a new password (asked for, or read from stdin); ends the sessions')
	.argument('<name>')
	.action(async (name: string) => {
		process.exitCode = await userPasswd(name);
	});

program
	.command('migrate')
	.description('Create or migrate the database to the latest schema')
	.action(() => {
		const db = openDatabase();
		db.$client.close();
		process.stdout.write(`Database ${databaseUrl()} is at the latest schema\n`);
	});

program
	.command('reindex')
	.description(
		'Rebuild the full-text index of the motions from their subjects and texts (a repair; VACUUM no longer needs it)'
	)
	.action(() => {
		const db = openDatabase();
		db.$client.transaction(() => {
			db.$client.exec("insert into motions_fts(motions_fts) values ('delete-all')");
			db.$client.exec(`insert into motions_fts (rowid, subject, text)
				select t.id, m.subject, t.text from motion_texts t join motions m on m.id = t.motion_id`);
		})();
		db.$client.close();
		process.stdout.write(`Full-text index of ${databaseUrl()} rebuilt\n`);
	});

try {
	await program.parseAsync(process.argv);
} catch (e) {
	if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
	throw e;
}
