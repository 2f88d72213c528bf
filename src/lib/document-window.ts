// What names one window of a document's text, on the server and in the browser alike: the page's
// placeholder carries it, and the text put into that placeholder says which window it is.

export function textSlot(
	documentId: number,
	window: { from: number; to: number },
	highlight: { from: number; to: number } | null
): string {
	return `${documentId}:${window.from}-${window.to}:${highlight ? `${highlight.from}-${highlight.to}` : ''}`;
}

/** The fragment of a window's text, for a page reached by client-side navigation. */
export function textFragmentUrl(
	documentId: number,
	window: { from: number; to: number },
	highlight: { from: number; to: number } | null
): string {
	const mark = highlight ? `&markeer=${highlight.from}-${highlight.to}` : '';
	return `/documenten/${documentId}/tekst?van=${window.from}&tot=${window.to}${mark}`;
}

/** The attribute the placeholder carries; hooks.server.ts fills the element that has it. */
export const SLOT_ATTRIBUTE = 'data-text-slot';
