// Splits BIND master-file text (RFC 1035 §5.1) into logical entries: comments dropped, parentheses joining lines,
// quoted strings kept whole (with their quotes) so TXT text with spaces and semicolons survives.

export interface ZoneToken {
  text: string;
  isQuoted: boolean;
}

export interface ZoneEntry {
  /** 1-based line on which the entry starts. */
  line: number;
  /** True when the entry's line starts with whitespace: the owner is the previous entry's owner. */
  hasBlankOwner: boolean;
  tokens: ZoneToken[];
}

export interface TokenizeResult {
  entries: ZoneEntry[];
  errors: { line: number; message: string }[];
}

/** Tokenises a zone file in one linear pass. */
export function tokenizeZoneFile(text: string): TokenizeResult {
  const entries: ZoneEntry[] = [];
  const errors: { line: number; message: string }[] = [];
  let line = 1;
  let depth = 0;
  let current: ZoneEntry | null = null;
  let atLineStart = true;
  let index = 0;

  const finish = () => {
    if (current && current.tokens.length > 0) entries.push(current);
    current = null;
  };
  const entry = (hasBlankOwner: boolean): ZoneEntry => (current ??= { line, hasBlankOwner, tokens: [] });

  while (index < text.length) {
    const char = text[index] ?? "";

    if (char === "\n") {
      if (depth === 0) finish();
      line += 1;
      index += 1;
      atLineStart = true;
      continue;
    }
    if (char === " " || char === "\t" || char === "\r") {
      if (atLineStart && depth === 0 && !current) entry(true);
      atLineStart = false;
      index += 1;
      continue;
    }
    atLineStart = false;
    if (char === ";") {
      while (index < text.length && text[index] !== "\n") index += 1;
      continue;
    }
    if (char === "(") {
      depth += 1;
      entry(false);
      index += 1;
      continue;
    }
    if (char === ")") {
      if (depth === 0) errors.push({ line, message: "A closing parenthesis has no matching opening one." });
      depth = Math.max(0, depth - 1);
      index += 1;
      continue;
    }
    if (char === '"') {
      const startLine = line;
      let end = index + 1;
      while (end < text.length && text[end] !== '"') {
        if (text[end] === "\\") end += 1;
        else if (text[end] === "\n") line += 1;
        end += 1;
      }
      if (end >= text.length) {
        errors.push({ line: startLine, message: "A quoted string is missing its closing double quote." });
        index = text.length;
        break;
      }
      entry(false).tokens.push({ text: text.slice(index, end + 1), isQuoted: true });
      index = end + 1;
      continue;
    }

    let end = index;
    while (end < text.length && !' \t\r\n;()"'.includes(text[end] ?? "")) {
      if (text[end] === "\\") end += 1;
      end += 1;
    }
    entry(false).tokens.push({ text: text.slice(index, end), isQuoted: false });
    index = end;
  }

  if (depth > 0) errors.push({ line, message: "An opening parenthesis is never closed." });
  finish();
  return { entries, errors };
}
