import { createHash } from 'node:crypto';
import { type LinkType, type NodeTypename } from '../model/index.js';
import { typenameOfKey } from '../model/index.js';
import type { Plain } from '../db/index.js';
import { UnreachableCaseError } from '../errors.js';
import type { DatePrecision } from '../generated/graphql.js';
import { formatFtmDate } from './ftm-dates.js';
import type { FtmEntity } from './ftm-entity.js';
import { PERSON_TYPES } from '../model/index.js';
import { IDENTIFIER_PROPERTIES, MARKED_TYPES, MARKER, type IdentifierHolders } from './vocabulary.js';

/** Rows of the export queries as FtM entities: the inverse of the import's planning. */

type Props = Record<string, Plain>;
type Properties = Record<string, string[]>;

export interface TieRow {
  readonly type: LinkType;
  readonly state: string;
  readonly iso: string;
  readonly sourceKeys: readonly string[];
  readonly synthetic: boolean;
}

export interface EntityRow {
  readonly key: string;
  readonly props: Props;
  readonly sources: readonly string[];
  readonly identifiers: readonly (readonly [string, string])[];
  readonly ties: readonly TieRow[];
}

export interface LinkRow {
  readonly type: LinkType;
  readonly from: string;
  readonly to: string;
  readonly sourceKeys: readonly string[];
  readonly synthetic: boolean;
}

export interface ActionRow {
  readonly key: string;
  readonly props: Props;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly authorities: readonly string[];
}

const text = (value: Plain | undefined): string[] =>
  typeof value === 'string' && value !== '' ? [value] : typeof value === 'number' ? [String(value)] : [];
const texts = (value: Plain | undefined): string[] => (Array.isArray(value) ? value.flatMap((v) => text(v)) : []);

function keywords(synthetic: boolean, ...more: string[]): string[] {
  return [...(synthetic ? [MARKER.synthetic] : []), ...more];
}

function typeMarker(typename: NodeTypename): string[] {
  return (MARKED_TYPES as readonly string[]).includes(typename) ? [`${MARKER.typePrefix}${typename}`] : [];
}

export function documentToFtm(row: { key: string; props: Props }): FtmEntity {
  const { props } = row;
  return {
    id: row.key,
    schema: 'Document',
    properties: {
      title: text(props.title),
      publisher: text(props.publisher),
      sourceUrl: text(props.url),
      publishedAt: text(props.publishedOn),
      keywords: keywords(props.synthetic === true, `${MARKER.kindPrefix}${String(props.kind)}`),
    },
  };
}

/** The FtM property a tie folds into for this type, when FtM has one. */
function tieProperty(typename: NodeTypename, craftKind: Plain | undefined, type: LinkType): string | undefined {
  if ((PERSON_TYPES as readonly string[]).includes(typename)) {
    const person: Partial<Record<LinkType, string>> = {
      NATIONAL_OF: 'nationality',
      CITIZEN_OF: 'citizenship',
      BORN_IN: 'birthCountry',
      LOCATED_IN: 'country',
    };
    return person[type];
  }
  if (typename === 'State') return undefined;
  if (type === 'REGISTERED_IN') return typename === 'Craft' && craftKind === 'VESSEL' ? 'flag' : undefined;
  return type === 'LOCATED_IN' ? 'country' : undefined;
}

const sameSources = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Identifier types we name map back to their FtM property; any other type (OFAC has dozens)
 * goes to the holder's generic number property, which comes back under that property's type.
 */
function identifierProperty(type: string, holders: readonly IdentifierHolders[]): string | undefined {
  const own = IDENTIFIER_PROPERTIES.find((p) => p.type === type && holders.includes(p.holders));
  if (own) return own.property;
  if (holders.includes('person')) return 'idNumber';
  return holders.includes('legalEntityOrVehicle') ? 'registrationNumber' : undefined;
}

function holdersOf(typename: NodeTypename, craftKind: Plain | undefined): IdentifierHolders[] {
  if ((PERSON_TYPES as readonly string[]).includes(typename)) return ['person', 'legalEntity', 'legalEntityOrVehicle'];
  if (typename === 'Craft') return [craftKind === 'VESSEL' ? 'vessel' : 'airplane', 'legalEntityOrVehicle'];
  if (typename === 'Wallet') return [];
  return ['legalEntity', 'legalEntityOrVehicle'];
}

function add(properties: Properties, name: string, value: string): void {
  const list = (properties[name] ??= []);
  if (!list.includes(value)) list.push(value);
}

interface EntityExport {
  readonly entity: FtmEntity;
  /** Ties FtM cannot hold as a property of this entity, or backed by other sources than it. */
  readonly links: readonly LinkRow[];
  /** Identifiers FtM has no property for on this schema (a wallet's). */
  readonly droppedIdentifiers: number;
}

/** Schema and type-specific properties of an entity; undefined for types that are not entities. */
function shapeOf(typename: NodeTypename, props: Props): { schema: string; properties: Properties } | undefined {
  switch (typename) {
    case 'Person':
      return {
        schema: 'Person',
        properties: {
          birthDate: texts(props.birthDates),
          birthPlace: texts(props.birthPlaces),
          gender: text(props.gender),
          position: text(props.title),
        },
      };
    case 'Operative':
    case 'Facilitator':
      return { schema: 'Person', properties: { position: text(props.role) } };
    case 'StolenIdentity':
      return { schema: 'Person', properties: {} };
    case 'Organization':
      return { schema: 'Organization', properties: { classification: text(props.kind) } };
    case 'Employer':
      return { schema: 'Company', properties: {} };
    case 'State':
      return { schema: 'LegalEntity', properties: { country: text(props.isoCode).map((iso) => iso.toLowerCase()) } };
    case 'Wallet':
      return { schema: 'CryptoWallet', properties: { currency: text(props.chain), publicKey: text(props.address) } };
    case 'Craft': {
      const vessel = props.kind === 'VESSEL';
      return {
        schema: vessel ? 'Vessel' : 'Airplane',
        properties: {
          callSign: text(props.callSign),
          [vessel ? 'type' : 'model']: text(props.model),
          tonnage: text(props.tonnage),
          grossRegisteredTonnage: text(props.grossRegisteredTonnage),
        },
      };
    }
    case 'Source':
    case 'Identifier':
    case 'EnforcementAction':
      return undefined;
    default:
      throw new UnreachableCaseError(typename);
  }
}

export function entityToFtm(row: EntityRow): EntityExport | undefined {
  const typename = typenameOfKey(row.key) as NodeTypename | undefined;
  const shape = typename && shapeOf(typename, row.props);
  if (!typename || !shape) return undefined;
  const { props } = row;
  const synthetic = props.synthetic === true;
  const properties: Properties = {
    name: text(props.name),
    alias: texts(props.aliases),
    notes: texts(props.remarks),
    ...shape.properties,
    keywords: keywords(synthetic, ...typeMarker(typename)),
    proof: [...row.sources],
  };
  let droppedIdentifiers = 0;
  const holders = holdersOf(typename, props.kind);
  const numbers = new Map<string, string[]>();
  for (const [type, value] of row.identifiers) {
    const property = identifierProperty(type, holders);
    if (property) numbers.set(property, [...(numbers.get(property) ?? []), value]);
    else droppedIdentifiers += 1;
  }
  // In the order of their values, not of their types: the many types that share a property (OFAC's
  // aircraft numbers all become registrationNumber) come back as that property's one type, and the
  // export of the import must give the same line.
  for (const property of [...numbers.keys()].sort()) {
    for (const value of numbers.get(property)!.sort()) add(properties, property, value);
  }
  // A tie becomes a property only when that loses nothing: the entity's own sources back it.
  const links: LinkRow[] = [];
  for (const tie of row.ties) {
    const property = tieProperty(typename, props.kind, tie.type);
    if (property && sameSources(tie.sourceKeys, row.sources)) add(properties, property, tie.iso.toLowerCase());
    else links.push({ type: tie.type, from: row.key, to: tie.state, sourceKeys: tie.sourceKeys, synthetic: tie.synthetic });
  }
  return { entity: { id: row.key, schema: shape.schema, properties }, links, droppedIdentifiers };
}

/** A deterministic id for a link, which has no key of its own. */
function linkId(link: LinkRow): string {
  return `link-${createHash('sha256').update(`${link.type} ${link.from} ${link.to}`).digest('hex').slice(0, 32)}`;
}

export function linkToFtm(link: LinkRow): FtmEntity {
  const common = { proof: [...link.sourceKeys], keywords: keywords(link.synthetic) };
  const id = linkId(link);
  if (link.type === 'CONTROLS' || link.type === 'OWNS') {
    return { id, schema: 'Ownership', properties: { owner: [link.from], asset: [link.to], ...common } };
  }
  if (link.type === 'MEMBER_OF') {
    return { id, schema: 'Directorship', properties: { director: [link.from], organization: [link.to], ...common } };
  }
  return { id, schema: 'UnknownLink', properties: { subject: [link.from], object: [link.to], role: [link.type], ...common } };
}

/** Employments, salaries and transfers; references outside the export are left out. */
export function edgeToFtm(
  type: string,
  row: { from: string; to: string; props: Props },
  inScope: (key: string) => boolean,
): FtmEntity {
  const { props } = row;
  const common = { proof: texts(props.sourceKeys), keywords: keywords(props.synthetic === true) };
  const id = String(props.key);
  if (type === 'EMPLOYED') {
    return {
      id,
      schema: 'Employment',
      properties: {
        employer: [row.from],
        employee: [row.to],
        role: text(props.jobTitle),
        startDate: text(props.startedOn),
        endDate: text(props.endedOn),
        ...common,
      },
    };
  }
  const identity = text(props.identityKey).filter(inScope);
  return {
    id,
    schema: 'Payment',
    properties: {
      payer: [row.from],
      beneficiary: [row.to, ...identity],
      amount: text(props.amount),
      currency: text(props.asset),
      date: text(type === 'PAID_SALARY' ? props.paidAt : props.at),
      transactionNumber: text(props.txHash),
      sequenceNumber: text(props.index),
      ...common,
    },
  };
}

/** A sanction designation as an FtM Sanction; other actions have no FtM schema here. */
export function actionToFtm(row: ActionRow, inScope: (key: string) => boolean): FtmEntity | undefined {
  const { props } = row;
  const targets = row.targets.filter(inScope);
  if (props.kind !== 'SANCTION_DESIGNATION' || targets.length === 0) return undefined;
  const date = text(props.date);
  return {
    id: row.key,
    schema: 'Sanction',
    properties: {
      entity: targets,
      authority: [...row.authorities],
      program: texts(props.programs),
      startDate: date.map((d) => formatFtmDate(d, props.datePrecision as DatePrecision | undefined)),
      summary: text(props.title),
      description: text(props.summary),
      status: text(props.status),
      authorityId: text(props.reference),
      proof: [...row.sources],
      keywords: keywords(props.synthetic === true),
    },
  };
}
