// File names and other outside text, made safe to print on a terminal: a name holding escape
// sequences must not move the cursor, recolour or rewrite what the person reads.

/** Control characters (C0, DEL, C1) and the bidi overrides, shown as \xNN / \u{…} escapes. */
export function printable(text: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
		const code = c.charCodeAt(0);
		return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
	});
}
