/** One node of fast-xml-parser's ordered output (`preserveOrder: true`). */
export type XNode = Record<string, unknown>;
