// Debian's chromium, driven by playwright-core, for tests and the benchmark that need a browser
// outside Playwright's runner (printing a transcript to PDF). Never downloads a browser.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the networking flags its start-up connections are refused on these closed machines;
 * containers often give /dev/shm only 64 MB, too little for full-page screenshots and printing.
 */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Print a plain text as an A4 PDF, line for line (11 px monospace fits 101 characters a line). */
export async function printTextToPdf(browser: Browser, text: string): Promise<Uint8Array> {
	const page = await browser.newPage();
	await page.setContent(
		'<!doctype html><meta charset="utf-8"><style>body{margin:0}' +
			'pre{font:11px/1.3 "DejaVu Sans Mono",monospace;white-space:pre;margin:0}</style>' +
			`<pre>${escape(text)}</pre>`
	);
	const margin = { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' };
	const pdf = new Uint8Array(await page.pdf({ format: 'A4', margin }));
	await page.close();
	return pdf;
}
