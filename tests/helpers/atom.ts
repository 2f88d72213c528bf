// Reading an Atom feed in tests: its elements by name and the date form RFC 4287 requires.
import { XmlElement } from '@rgrove/parse-xml';

/** RFC 3339 date-time, as Atom's <updated> must be. */
export const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

export const children = (e: XmlElement, name: string) =>
	e.children.filter((c): c is XmlElement => c instanceof XmlElement && c.name === name);

export const text = (e: XmlElement, name: string) => children(e, name)[0]?.text ?? null;
