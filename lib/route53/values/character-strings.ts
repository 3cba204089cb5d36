import { MAX_CHARACTER_STRING_LENGTH } from "../limits";

export interface CharacterStringsResult {
  strings: string[];
  problem: string | null;
}

/**
 * Splits a TXT/SPF value into its quoted strings (DG "Supported DNS record types" › TXT): each string is in
 * double quotes, `\"` and `\\` are escapes, `\ooo` is an octal escape counting as one character.
 */
export function parseCharacterStrings(value: string): CharacterStringsResult {
  const strings: string[] = [];
  let index = 0;
  const text = value.trim();
  if (text === "")
    return { strings, problem: 'Enter at least one quoted string, for example "v=spf1 -all".' };

  while (index < text.length) {
    const char = text[index];
    if (char === " " || char === "\t") {
      index += 1;
      continue;
    }
    if (char !== '"')
      return { strings, problem: 'Put each string in double quotes, for example "hello world".' };

    let current = "";
    let length = 0;
    index += 1;
    let isClosed = false;
    while (index < text.length) {
      const c = text[index] ?? "";
      if (c === "\\") {
        const octal = /^[0-7]{3}/.exec(text.slice(index + 1, index + 4));
        const escaped = octal ? text.slice(index, index + 4) : text.slice(index, index + 2);
        current += escaped;
        length += 1;
        index += escaped.length;
        continue;
      }
      if (c === '"') {
        isClosed = true;
        index += 1;
        break;
      }
      current += c;
      length += 1;
      index += 1;
    }
    if (!isClosed) return { strings, problem: "A quoted string is missing its closing double quote." };
    if (length > MAX_CHARACTER_STRING_LENGTH) {
      return {
        strings,
        problem: `Each quoted string can be at most ${MAX_CHARACTER_STRING_LENGTH} characters; split longer text into several "…" "…" strings.`,
      };
    }
    strings.push(current);
  }
  return { strings, problem: null };
}

/** Quotes plain text into ≤255-character strings, escaping `"` and `\`. */
export function quoteCharacterStrings(text: string): string {
  const chunks: string[] = [];
  for (let start = 0; start < text.length || chunks.length === 0; start += MAX_CHARACTER_STRING_LENGTH) {
    chunks.push(text.slice(start, start + MAX_CHARACTER_STRING_LENGTH));
  }
  return chunks.map((chunk) => `"${chunk.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(" ");
}
