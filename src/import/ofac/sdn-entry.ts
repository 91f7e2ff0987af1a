/**
 * One row of the OFAC SDN list (legacy CSV) after parsing, before it is mapped into the graph.
 * Values are kept as OFAC writes them; resolving names and countries is the mapper's job.
 */

export type SdnType = 'individual' | 'entity' | 'vessel' | 'aircraft';

export interface SdnIdentifier {
  /** As written, e.g. 'Passport', 'National ID No.', 'Vessel Registration Identification', 'Email Address'. */
  type: string;
  /** Without the country suffix and the issued/expires dates. */
  value: string;
  /** The name in parentheses, as written, e.g. 'Korea, North'. */
  country?: string;
  issued?: string;
  expires?: string;
}

export interface SdnEntry {
  entNum: number;
  name: string;
  type: SdnType;
  programs: string[];
  title?: string;
  callSign?: string;
  vesselType?: string;
  tonnage?: string;
  grossRegisteredTonnage?: string;
  vesselFlag?: string;
  vesselOwner?: string;
  /** a.k.a., f.k.a. and n.k.a. names, one pair of enclosing quotes stripped. */
  aliases: string[];
  /** 'DOB …' and 'alt. DOB …' values as written ('25 Apr 1965', 'circa 1951', '1960 to 1962'). */
  birthDates: string[];
  /** POB values as written. */
  birthPlaces: string[];
  /** Names as written after 'nationality' (incl. alt.) and after a vessel's 'Nationality of Registration'. */
  nationalities: string[];
  /** Names as written after 'citizen'. */
  citizenships: string[];
  gender?: string;
  /**
   * Every identifying number or handle: documents, registrations, IMO/MMSI, aircraft serials,
   * emails, websites, phones.
   */
  identifiers: SdnIdentifier[];
  /** Names after 'Linked To:', a trailing '.' removed. */
  linkedTo: string[];
  digitalCurrencyAddresses: { asset: string; address: string }[];
  /** Every other fact verbatim (titles, sanctions notes, established dates, …) so nothing is silently dropped. */
  otherRemarks: string[];
}

/**
 * A fact or a whole row that was not imported. For a row whose ent_num is not a number,
 * entNum is NaN and fact holds the raw CSV record.
 */
export interface RejectedFact {
  entNum: number;
  name: string;
  fact: string;
  reason: string;
}

export interface SdnParseResult {
  entries: SdnEntry[];
  rejected: RejectedFact[];
}
