/**
 * Splits a Remarks cell into facts on ';', except where the ';' is inside something that
 * cannot end there:
 * - parentheses: one entry (ROBOW, Mukhtar, 11313) carries a parenthesised note
 *   "(Following data derived from an Eritrean passport …: Alt. DOB: …; Alt. POB: …; …)" that is
 *   one fact, not five half-facts;
 * - an a.k.a./f.k.a./n.k.a. name whose opening quote is not yet closed. No name in the
 *   2024-05-03 list contains ';', but names are free text and a split name would become one
 *   wrong alias plus one junk fact. Apostrophes inside names ('ABD-AL-'IZ') make a real quote
 *   scanner unreliable, so a name is only joined with the pieces up to the first that ends in a
 *   quote, and never across the start of another name.
 * A group that never closes is left split, so one typo cannot swallow the rest of the cell.
 * The caller removes the closing '.' first; pieces are trimmed, empty ones kept (a cell cut
 * right after a ';' ends in one).
 */
export function splitFacts(text: string): string[] {
  const pieces = text.split(';');
  const facts: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const end = groupEnd(pieces, i);
    facts.push(pieces.slice(i, end + 1).join(';').trim());
    i = end;
  }
  return facts;
}

const OPENS_NAME = /^\s*(alt\.\s+)?[afn]\.k\.a\.\s+'/i;

/** Index of the last piece belonging to the fact that starts at pieces[start]. */
function groupEnd(pieces: string[], start: number): number {
  const first = pieces[start] ?? '';
  if (parenDepth(first) > 0) {
    let depth = 0;
    for (let k = start; k < pieces.length; k++) {
      depth += parenDepth(pieces[k] ?? '');
      if (depth <= 0) return k;
    }
    return start;
  }
  if (OPENS_NAME.test(first) && !first.trim().endsWith("'")) {
    for (let k = start + 1; k < pieces.length; k++) {
      const piece = pieces[k] ?? '';
      if (OPENS_NAME.test(piece)) break;
      if (piece.trim().endsWith("'")) return k;
    }
  }
  return start;
}

function parenDepth(piece: string): number {
  let depth = 0;
  for (const ch of piece) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
  }
  return depth;
}
