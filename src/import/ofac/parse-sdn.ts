import { parse } from 'csv-parse/sync';
import { parseRemarks } from './remarks.js';
import { type RejectedFact, type SdnEntry, type SdnParseResult, type SdnType } from './sdn-entry.js';

const COLUMNS = 12;

/**
 * Parses OFAC's legacy sdn.csv (no header; ent_num, SDN_Name, SDN_Type, Program, Title,
 * Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks). Pure: no I/O, and a bad
 * row or fact is reported in `rejected`, never thrown, so one odd line cannot stop an import.
 */
export function parseSdn(input: string | Buffer): SdnParseResult {
  const rejected: RejectedFact[] = [];
  // csv-parse's types do not model `raw: true`, which wraps each record as { record, raw }.
  const records = parse(stripEndOfFile(decode(input)), {
    bom: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const text = raw ?? '';
      const reason = `unreadable CSV record: ${error?.message ?? 'unknown error'}`;
      rejected.push(rowRejection(text, reason, text.split(',', 1)[0]));
      return undefined;
    },
  }) as unknown as { record: string[]; raw: string }[];
  const entries: SdnEntry[] = [];
  const seen = new Set<number>();
  for (const { record, raw } of records) {
    const entry = readRow(record, raw, rejected);
    if (!entry) continue;
    if (seen.has(entry.entNum)) {
      const { entNum, name } = entry;
      rejected.push({ entNum, name, fact: raw.trim(), reason: `duplicate ent_num ${entNum}; first row kept` });
      continue;
    }
    seen.add(entry.entNum);
    entries.push(entry);
  }
  return { entries, rejected };
}

/**
 * The 2024-05-03 file is pure ASCII, and nothing promises a legacy CSV is UTF-8: bytes that are
 * not valid UTF-8 are read as Latin-1 rather than turned into replacement characters.
 */
function decode(input: string | Buffer): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return input.toString('latin1');
  }
}

/** The file ends with a DOS end-of-file byte (0x1A) after the last CRLF; it is no record. */
function stripEndOfFile(text: string): string {
  const at = text.lastIndexOf(END_OF_FILE);
  return at !== -1 && text.slice(at + 1).trim() === '' ? text.slice(0, at) : text;
}

const END_OF_FILE = '\u001a';

function readRow(record: string[], raw: string, rejected: RejectedFact[]): SdnEntry | undefined {
  if (record.length !== COLUMNS) {
    rejected.push(rowRejection(raw, `expected ${COLUMNS} columns, found ${record.length}`, record[0]));
    return undefined;
  }
  const [entNumText, name, sdnType, program, title, callSign, vesselType, tonnage, grt, vesselFlag, vesselOwner] =
    record.map(nullable);
  if (!entNumText || !/^\d+$/.test(entNumText)) {
    rejected.push(rowRejection(raw, `ent_num is not a number: ${JSON.stringify(entNumText ?? '')}`));
    return undefined;
  }
  const entNum = Number(entNumText);
  if (!name) {
    rejected.push({ entNum, name: '', fact: raw.trim(), reason: 'SDN_Name is empty' });
    return undefined;
  }
  const type = sdnTypeOf(sdnType);
  if (!type) {
    rejected.push({ entNum, name, fact: raw.trim(), reason: `unknown SDN_Type ${JSON.stringify(sdnType)}` });
    return undefined;
  }
  // Remarks go in untrimmed: the length of a cut cell is the evidence that it was cut.
  const remarks = record[11] ?? '';
  const { facts, rejected: rejectedFacts } = parseRemarks(nullable(remarks) === undefined ? undefined : remarks);
  for (const { fact, reason } of rejectedFacts) rejected.push({ entNum, name, fact, reason });
  return {
    entNum,
    name,
    type,
    programs: program ? program.split('] [').map((p) => p.trim()) : [],
    ...optional({ title, callSign, vesselType, tonnage, grossRegisteredTonnage: grt, vesselFlag, vesselOwner }),
    ...facts,
  };
}

/** '-0-' (in this file always followed by a space) is OFAC's "no value". */
function nullable(cell: string): string | undefined {
  const value = cell.trim();
  return value === '' || value === '-0-' ? undefined : value;
}

function sdnTypeOf(cell: string | undefined): SdnType | undefined {
  // Organisations carry no type at all.
  if (cell === undefined) return 'entity';
  return cell === 'individual' || cell === 'vessel' || cell === 'aircraft' ? cell : undefined;
}

/** Leaves absent columns out of the entry instead of setting them to undefined. */
function optional<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}

function rowRejection(raw: string, reason: string, entNumCell = ''): RejectedFact {
  const digits = entNumCell.replaceAll('"', '').trim();
  return { entNum: /^\d+$/.test(digits) ? Number(digits) : Number.NaN, name: '', fact: raw.trim(), reason };
}
