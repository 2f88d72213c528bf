// A parse worker: reads documents' bytes into parsed documents off the importing thread, so that
// reading (80–90 % of an import's time) runs on every core while the importer writes.
// Started by ParsePool (parse-pool.ts) with the registry as its workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentError, parseBytes, type ParseOptions, type Registry } from '../../parse';
import type { ParseReply, ParseRequest } from './parse-pool';

const registry = (workerData as { registry: Registry }).registry;

parentPort!.on('message', async (request: ParseRequest) => {
	const options: ParseOptions = { ...request.options, registry };
	let reply: ParseReply;
	try {
		const parsed = await parseBytes(new Uint8Array(request.bytes), request.fileName, options);
		reply = { id: request.id, parsed };
	} catch (e) {
		reply =
			e instanceof DocumentError
				? {
						id: request.id,
						error: { document: true, message: e.message, file: e.file, line: e.line }
					}
				: {
						id: request.id,
						error: {
							document: false,
							message: (e as Error)?.message ?? String(e),
							file: null,
							line: null
						}
					};
	}
	parentPort!.postMessage(reply);
});
