// The command line: `npm run cli -- <command>`. Thin: each command calls the same modules the app uses.
import { Command, CommanderError } from 'commander';
import { parseCommand } from './parse';

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

try {
	await program.parseAsync(process.argv);
} catch (e) {
	if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
	throw e;
}
