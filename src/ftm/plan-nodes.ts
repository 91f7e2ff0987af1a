import type { LinkType } from '../model/index.js';
import { identifierKey, isoOfStateKey, stateKey, typenameOfKey, walletKey } from '../model/index.js';
import { chainOfOfacAsset, checkAddress, parseChain } from '../domain/index.js';
import { countryName } from '../domain/index.js';
import { checkPastDay } from '../domain/index.js';
import { checkText } from '../domain/index.js';
import { UnreachableCaseError } from '../errors.js';
import { emptyDraft, type Draft } from './draft.js';
import { parseFtmDate } from './ftm-dates.js';
import { first, isSyntheticEntity, markerValue, values, type FtmEntity } from './ftm-entity.js';
import { canonicalKey, keyForId } from './keys.js';
import { fromTypes, PARTY_TYPES, PERSON_TYPES } from '../model/index.js';
import {
  checkIdPrefix,
  LineRejected,
  proofRefs,
  RANK,
  refsOf,
  required,
  type BuildContext,
  type LinePlan,
  type Resolved,
} from './plan.js';
import {
  FACILITATOR_ROLE_NAMES,
  facilitatorRole,
  IDENTIFIER_PROPERTIES,
  MARKED_TYPES,
  MARKER,
  OPERATIVE_ROLE_NAMES,
  operativeRole,
  organizationKind,
  sourceKind,
} from './vocabulary.js';

/** Planning of the FtM schemas that become nodes: documents, people, organisations, wallets, craft. */

type PartyTypename = (typeof PARTY_TYPES)[number];
type PartySchema = 'Person' | 'Organization' | 'Company' | 'LegalEntity';

const SCHEMA_TYPES: Record<PartySchema, readonly PartyTypename[]> = {
  Person: PERSON_TYPES,
  Organization: ['Organization', 'Employer', 'State'],
  Company: ['Organization', 'Employer', 'State'],
  // FtM's LegalEntity is for parties whose nature the data does not say.
  LegalEntity: PARTY_TYPES,
};

/** A country property and the link to a State it becomes. */
interface Tie {
  readonly property: string;
  readonly type: LinkType;
}
const PERSON_TIES: readonly Tie[] = [
  { property: 'nationality', type: 'NATIONAL_OF' },
  { property: 'citizenship', type: 'CITIZEN_OF' },
  { property: 'birthCountry', type: 'BORN_IN' },
  { property: 'country', type: 'LOCATED_IN' },
];
const ORGANIZATION_TIES: readonly Tie[] = [
  { property: 'country', type: 'LOCATED_IN' },
  { property: 'jurisdiction', type: 'LOCATED_IN' },
  { property: 'mainCountry', type: 'LOCATED_IN' },
];
const LOCATION_TIES: readonly Tie[] = [{ property: 'country', type: 'LOCATED_IN' }];
const VESSEL_TIES: readonly Tie[] = [{ property: 'flag', type: 'REGISTERED_IN' }, ...LOCATION_TIES];

/** Name, aliases and notes; FtM may give several names, and the first is the one we show. */
function thing(entity: FtmEntity, fallbackName?: string) {
  const [name = fallbackName, ...otherNames] = values(entity, 'name');
  if (name === undefined) throw new LineRejected('name', 'required');
  const aliases = [
    ...new Set([...otherNames, ...values(entity, 'alias'), ...values(entity, 'previousName'), ...values(entity, 'weakAlias')]),
  ].filter((alias) => alias !== name);
  // Names follow the API's rule for names (no bidi controls, bounded length).
  for (const [property, text] of [['name', name], ...aliases.map((a) => ['alias', a])] as const) {
    const checked = checkText(text, 'name');
    if (!checked.ok) throw new LineRejected(property, checked.reason);
  }
  return { name, aliases, remarks: values(entity, 'notes') };
}

function tieCodes(entity: FtmEntity, ties: readonly Tie[]): string[] {
  return ties.flatMap((tie) => values(entity, tie.property).map((code) => code.toUpperCase()));
}

function addTies(entity: FtmEntity, ties: readonly Tie[], own: Resolved, context: BuildContext, draft: Draft): void {
  for (const tie of ties) {
    for (const code of values(entity, tie.property)) {
      const state = context.state(tie.property, code);
      if (!state) continue;
      draft.links.push(context.link(tie.type, { property: 'id', entity: own }, { property: tie.property, entity: state }));
    }
  }
}

function identifiersOf(entity: FtmEntity) {
  return IDENTIFIER_PROPERTIES.flatMap(({ property, type }) =>
    values(entity, property).map((value) => {
      const key = identifierKey(type, value);
      if (key.endsWith(':')) throw new LineRejected(property, `"${value}" holds no letter or digit`);
      return { property, type, value, key };
    }),
  );
}

function addIdentifiers(entity: FtmEntity, own: Resolved, context: BuildContext, draft: Draft): void {
  for (const { property, type, value, key } of identifiersOf(entity)) {
    context.checkFlag(property, key);
    draft.identifiers.push({ key, type, value, synthetic: own.synthetic, sourceKeys: context.sourceKeys });
    const identifier = { key, typename: 'Identifier' as const, synthetic: own.synthetic };
    draft.links.push(context.link('HAS_IDENTIFIER', { property: 'id', entity: own }, { property, entity: identifier }));
  }
}

/** The type a Person, Organization, Company or LegalEntity becomes: its id prefix, else its type marker. */
function partyTypename(entity: FtmEntity, schema: PartySchema): PartyTypename {
  const allowed = SCHEMA_TYPES[schema];
  const marked = markerValue(entity, MARKER.typePrefix);
  if (marked !== undefined && !(MARKED_TYPES as readonly string[]).includes(marked)) {
    throw new LineRejected('keywords', `unknown type marker "${MARKER.typePrefix}${marked}"`);
  }
  checkIdPrefix(entity, allowed);
  const byPrefix = typenameOfKey(entity.id);
  if (byPrefix && marked && byPrefix !== marked) {
    throw new LineRejected('keywords', `type marker ${marked} contradicts the id ${entity.id}`);
  }
  const typename = byPrefix ?? marked ?? (schema === 'Person' ? 'Person' : 'Organization');
  if (!(allowed as readonly string[]).includes(typename)) {
    throw new LineRejected('keywords', `a ${schema} cannot be a ${typename}`);
  }
  return typename as PartyTypename;
}

/** A State is keyed by its ISO code: the one in its id, or its `country`. */
function stateIso(entity: FtmEntity): string {
  const fromId = typenameOfKey(entity.id) === 'State' ? isoOfStateKey(entity.id) : undefined;
  const code = (fromId ?? first(entity, 'country'))?.toUpperCase();
  const property = fromId ? 'id' : 'country';
  if (!code) throw new LineRejected(property, 'a state needs its ISO 3166 code');
  if (!countryName(code)) throw new LineRejected(property, `"${code}" is not an ISO 3166-1 alpha-2 code`);
  return code;
}

function role<T>(entity: FtmEntity, parse: (text: string) => T | undefined, names: string, fallback?: T): T {
  const position = first(entity, 'position');
  if (position === undefined) {
    if (fallback !== undefined) return fallback;
    throw new LineRejected('position', `required: one of ${names}`);
  }
  const value = parse(position);
  if (value === undefined) throw new LineRejected('position', `"${position}" is not one of ${names}`);
  return value;
}

/** The common fields of every plan for a line that writes a node. */
function nodePlan(line: number, entity: FtmEntity, own: Resolved, rank: number, ties: readonly Tie[]) {
  return {
    line,
    entity,
    rank,
    synthetic: own.synthetic,
    refs: proofRefs(entity),
    alsoWrites: identifiersOf(entity).map((i) => i.key),
    countries: tieCodes(entity, ties),
    sourceUrls: values(entity, 'sourceUrl'),
    authorityNames: [],
  };
}

type EntityBase = NonNullable<Draft['employers']>[number];

/**
 * What a party line writes, by type. Its type-specific values (role, kind, ISO code) are read
 * here, when the line is planned, so a bad value is reported before anything is resolved.
 */
function partyWriter(entity: FtmEntity, typename: PartyTypename, key: string): (draft: Draft, base: EntityBase) => void {
  switch (typename) {
    case 'Person':
      return (draft, base) =>
        draft.persons.push({
          ...base,
          birthDates: values(entity, 'birthDate'),
          birthPlaces: values(entity, 'birthPlace'),
          gender: first(entity, 'gender'),
          title: first(entity, 'position') ?? first(entity, 'title'),
        });
    case 'Operative': {
      const operative = role(entity, operativeRole, OPERATIVE_ROLE_NAMES);
      return (draft, base) => draft.operatives.push({ ...base, role: operative });
    }
    case 'Facilitator': {
      const facilitator = role(entity, facilitatorRole, FACILITATOR_ROLE_NAMES, 'OTHER' as const);
      return (draft, base) => draft.facilitators.push({ ...base, role: facilitator });
    }
    case 'StolenIdentity':
      return (draft, base) => draft.stolenIdentities.push(base);
    case 'Organization': {
      const kind = values(entity, 'classification').map(organizationKind).find((k) => k !== undefined) ?? 'OTHER';
      return (draft, base) => draft.organizations.push({ ...base, kind });
    }
    case 'Employer':
      return (draft, base) => draft.employers.push(base);
    case 'State': {
      const isoCode = isoOfStateKey(key);
      return (draft, base) => draft.states.push({ ...base, isoCode });
    }
    default:
      throw new UnreachableCaseError(typename);
  }
}

export function planParty(line: number, entity: FtmEntity, schema: PartySchema): LinePlan {
  const typename = partyTypename(entity, schema);
  const synthetic = isSyntheticEntity(entity);
  const isState = typename === 'State';
  const key = isState ? stateKey(stateIso(entity)) : keyForId(entity.id, typename);
  const { name, aliases, remarks } = thing(entity);
  const own = { key, typename, synthetic, names: [name, ...aliases] };
  const ties = (PERSON_TYPES as readonly string[]).includes(typename) ? PERSON_TIES : isState ? [] : ORGANIZATION_TIES;
  const write = partyWriter(entity, typename, key);

  return {
    ...nodePlan(line, entity, own, RANK.entity, ties),
    own,
    build(context) {
      const draft = emptyDraft();
      write(draft, { key, name, aliases, remarks, synthetic, sourceKeys: context.sourceKeys });
      addIdentifiers(entity, own, context, draft);
      addTies(entity, ties, own, context, draft);
      return draft;
    },
  };
}

/** Wallets are identified by chain and address, whatever their FtM id says. */
export function planWallet(line: number, entity: FtmEntity): LinePlan {
  checkIdPrefix(entity, ['Wallet']);
  const publicKey = required(entity, 'publicKey');
  const currency = first(entity, 'currency');
  if (currency === undefined) throw new LineRejected('currency', 'required: it names the chain the address is on');
  const chain = parseChain(currency) ?? chainOfOfacAsset(currency, publicKey);
  if (!chain) throw new LineRejected('currency', `unknown chain "${currency}"`);
  const checked = checkAddress(chain, publicKey);
  if (!checked.ok) throw new LineRejected('publicKey', checked.reason);
  const key = walletKey(checked.chain, checked.address);
  if (typenameOfKey(entity.id) && canonicalKey(entity.id) !== key) {
    throw new LineRejected('id', `${entity.id} is not the key of ${checked.chain} ${checked.display} (${key})`);
  }
  const synthetic = isSyntheticEntity(entity);
  // Our wallets are named by their address when nobody named them.
  const { name, aliases, remarks } = thing(entity, checked.display);
  const own = { key, typename: 'Wallet' as const, synthetic };

  return {
    ...nodePlan(line, entity, own, RANK.holding, LOCATION_TIES),
    own,
    refs: [...proofRefs(entity), ...refsOf(entity, 'holder', fromTypes('CONTROLS', ['Wallet']))],
    build(context) {
      const draft = emptyDraft();
      draft.wallets.push({
        chain: checked.chain,
        address: checked.address,
        name,
        aliases,
        remarks,
        synthetic,
        sourceKeys: context.sourceKeys,
      });
      for (const holder of context.resolved('holder')) {
        draft.links.push(context.link('CONTROLS', { property: 'holder', entity: holder }, { property: 'id', entity: own }));
      }
      addTies(entity, LOCATION_TIES, own, context, draft);
      return draft;
    },
  };
}

export function planCraft(line: number, entity: FtmEntity, schema: 'Vessel' | 'Airplane'): LinePlan {
  checkIdPrefix(entity, ['Craft']);
  const synthetic = isSyntheticEntity(entity);
  const key = keyForId(entity.id, 'Craft');
  const { name, aliases, remarks } = thing(entity);
  const own = { key, typename: 'Craft' as const, synthetic };
  const isVessel = schema === 'Vessel';
  const ties = isVessel ? VESSEL_TIES : LOCATION_TIES;

  return {
    ...nodePlan(line, entity, own, RANK.holding, ties),
    own,
    refs: [...proofRefs(entity), ...refsOf(entity, 'owner', fromTypes('OWNS', ['Craft']))],
    build(context) {
      const draft = emptyDraft();
      draft.crafts.push({
        key,
        name,
        aliases,
        remarks,
        synthetic,
        sourceKeys: context.sourceKeys,
        kind: isVessel ? 'VESSEL' : 'AIRCRAFT',
        callSign: first(entity, 'callSign'),
        // A vessel's FtM `type` ("Crude Oil Tanker") is what we call its model.
        model: isVessel ? first(entity, 'type') : (first(entity, 'model') ?? first(entity, 'type')),
        tonnage: isVessel ? first(entity, 'tonnage') : undefined,
        grossRegisteredTonnage: isVessel ? first(entity, 'grossRegisteredTonnage') : undefined,
      });
      for (const owner of context.resolved('owner')) {
        draft.links.push(context.link('OWNS', { property: 'owner', entity: owner }, { property: 'id', entity: own }));
      }
      addIdentifiers(entity, own, context, draft);
      addTies(entity, ties, own, context, draft);
      return draft;
    },
  };
}

/** A Document is one of our Sources: what the facts of other lines cite through `proof`. */
export function planDocument(line: number, entity: FtmEntity): LinePlan {
  checkIdPrefix(entity, ['Source']);
  const synthetic = isSyntheticEntity(entity);
  const key = keyForId(entity.id, 'Source');
  const title = first(entity, 'title') ?? first(entity, 'name') ?? first(entity, 'fileName');
  if (title === undefined) throw new LineRejected('title', 'required (or name)');
  const marked = markerValue(entity, MARKER.kindPrefix);
  const kind = marked === undefined ? (synthetic ? 'SYNTHETIC_DATASET' : 'OTHER') : sourceKind(marked);
  if (kind === undefined) throw new LineRejected('keywords', `unknown source kind marker "${MARKER.kindPrefix}${marked}"`);
  const dateProperty = first(entity, 'publishedAt') !== undefined ? 'publishedAt' : 'date';
  const dateText = first(entity, dateProperty);
  const published = dateText === undefined ? undefined : parseFtmDate(dateText);
  if (dateText !== undefined && !published) throw new LineRejected(dateProperty, `"${dateText}" is not a date`);
  const publishedWhen = published ? checkPastDay(published.iso) : undefined;
  if (publishedWhen && !publishedWhen.ok) throw new LineRejected(dateProperty, `"${dateText}" ${publishedWhen.reason}`);
  const url = first(entity, 'sourceUrl');
  const own = { key, typename: 'Source' as const, synthetic, url };

  return {
    line,
    entity,
    rank: RANK.document,
    synthetic,
    own,
    refs: [],
    alsoWrites: [],
    countries: [],
    sourceUrls: [],
    authorityNames: [],
    build() {
      const draft = emptyDraft();
      draft.sources.push({
        key,
        kind,
        title,
        publisher: first(entity, 'publisher'),
        url,
        publishedOn: published?.iso,
        synthetic,
      });
      return draft;
    },
  };
}
