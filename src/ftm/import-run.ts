import { GraphQLError } from 'graphql';
import type { Executor } from '../db/index.js';
import { NODE_TYPES } from '../model/index.js';
import { isoOfStateKey, stateKey, typenameOfKey } from '../model/index.js';
import { countryName } from '../domain/index.js';
import { ErrorCode } from '../errors.js';
import type { SourceKind } from '../generated/graphql.js';
import { DatasetRejected, writeDataset, type WriteCounts } from '../store/index.js';
import { emptyDraft, mergeDrafts, type Draft } from './draft.js';
import { parseFtmLine } from './ftm-entity.js';
import { canonicalKey, referenceCandidates, urlSourceKey } from './keys.js';
import { allows, describeRule, fromTypes } from '../model/index.js';
import { planLine } from './plan-line.js';
import { LineRejected, type BuildContext, type LinePlan, type Ref, type Resolved } from './plan.js';
import { ISO_3166_SOURCE, lookUp, type StoreView } from './store-view.js';

export interface FtmImportReport {
  linesRead: number;
  batches: number;
  written: Record<string, number>;
  rejected: { line: number; reason: string }[];
}

export interface FtmImportOptions {
  readonly recordedBy: string;
  readonly defaultSource: { key: string; title: string; kind: SourceKind; url?: string };
  readonly batchSize?: number;
  readonly log?: (msg: string) => void;
}

type SourceFact = Draft['sources'][number];

/** A line mapped and waiting to be written, with how to forget what it told later lines. */
interface Accepted {
  readonly plan: LinePlan;
  readonly draft: Draft;
  readonly forget: () => void;
}

const DEFAULT_BATCH_SIZE = 1000;
// Bounds what one transaction holds, whatever a caller asks for.
const MAX_BATCH_SIZE = 10_000;

/**
 * How a batch treats lines it cannot resolve yet: `wait` keeps them for a later round, `settle`
 * also writes sanctions whose authority matches no organisation, `final` rejects the rest.
 */
type Mode = 'wait' | 'settle' | 'final';

/**
 * Errors that belong to one line of a batch (a model rule, a uniqueness clash): the batch is
 * retried line by line so that only the guilty line is rejected. Anything else stops the import.
 */
function lineFault(error: unknown): string | undefined {
  if (error instanceof DatasetRejected) return `${error.field}: ${error.message}`;
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.CONFLICT) {
    return `conflict: ${error.originalError?.message ?? error.message}`;
  }
  return undefined;
}

/**
 * One import: the file's ids resolved so far, the lines waiting for entities that come later,
 * and the report. Each batch is planned, resolved against the file and one snapshot of the store,
 * and written in one transaction.
 */
export class ImportRun {
  /** FtM ids (and our keys) of entities written from the file, and what they became. */
  private readonly ids = new Map<string, Resolved>();
  /** Organisations written from the file, by lower-case name and alias. */
  private readonly organizations = new Map<string, Resolved[]>();
  /** Sources by document address, from the file or found in the store. */
  private readonly urls = new Map<string, Resolved>();
  /** ISO codes of the states known to be stored. */
  private readonly states = new Set<string>();
  private deferred: LinePlan[] = [];
  private readonly report: FtmImportReport = { linesRead: 0, batches: 0, written: {}, rejected: [] };
  private readonly log: (msg: string) => void;

  private constructor(
    private readonly executor: Executor,
    private readonly options: FtmImportOptions,
    readonly batchSize: number,
    /** What lines citing nothing cite, and the fact that writes it (none when the store holds it). */
    private readonly defaultSource: { cite: Resolved; fact?: SourceFact },
  ) {
    this.log = options.log ?? (() => {});
  }

  /** Checks the options; a default source whose address the store already holds is that source. */
  static async open(executor: Executor, options: FtmImportOptions): Promise<ImportRun> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new DatasetRejected('batchSize', `must be a whole number from 1 to ${MAX_BATCH_SIZE}`);
    }
    const { key, title, kind, url } = options.defaultSource;
    if (typenameOfKey(key) !== 'Source') {
      throw new DatasetRejected('defaultSource.key', `${key} is not a source key (${NODE_TYPES.Source.prefix}:...)`);
    }
    const synthetic = kind === 'SYNTHETIC_DATASET';
    const held = url
      ? (await lookUp(executor, { keys: new Set(), urls: new Set([url]), names: new Set() })).urls.get(url)
      : undefined;
    if (held && held.key !== key) {
      options.log?.(`default source: ${url} is already held as ${held.key}; citing that`);
      return new ImportRun(executor, options, batchSize, { cite: held });
    }
    return new ImportRun(executor, options, batchSize, {
      cite: { key, typename: 'Source', synthetic },
      fact: { key, kind, title, url, synthetic },
    });
  }

  /** Reads one line: its plan, or nothing when it is blank or rejected. */
  plan(line: number, raw: string): LinePlan | undefined {
    this.report.linesRead += 1;
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text === '') return undefined;
    const parsed = parseFtmLine(text);
    if (!parsed.ok) {
      this.reject(line, parsed.reason);
      return undefined;
    }
    try {
      return planLine(line, parsed.entity);
    } catch (error) {
      if (!(error instanceof LineRejected)) throw error;
      this.reject(line, error.reason);
      return undefined;
    }
  }

  /**
   * Lines waiting for something are retried, round after round, as long as a round writes or
   * rejects a line. When one does not, the next settles sanctions whose authority no organisation
   * answers to (it stays in words); when that does not help either, what the remaining lines
   * refer to is in neither the file nor the store, and they are rejected.
   */
  async finish(): Promise<FtmImportReport> {
    let mode: Mode = 'wait';
    while (this.deferred.length > 0) {
      const round = this.deferred;
      this.deferred = [];
      this.log(`retrying ${round.length} line(s) that wait for entities read later${mode === 'wait' ? '' : ` (${mode})`}`);
      for (let i = 0; i < round.length; i += this.batchSize) await this.process(round.slice(i, i + this.batchSize), mode);
      mode = this.deferred.length < round.length ? 'wait' : mode === 'wait' ? 'settle' : 'final';
    }
    this.report.rejected.sort((a, b) => a.line - b.line);
    return this.report;
  }

  /** Maps and writes one batch; lines whose references are not yet known wait for a later round. */
  async process(plans: readonly LinePlan[], mode: Mode): Promise<void> {
    // Documents, then entities, then what refers to them, so a batch resolves within itself.
    const ordered = [...plans].sort((a, b) => a.rank - b.rank);
    const view = await lookUp(this.executor, this.questions(ordered));
    for (const resolved of view.nodes.values()) {
      if (resolved.typename === 'State') this.states.add(isoOfStateKey(resolved.key));
    }
    for (const [url, source] of view.urls) this.urls.set(url, source);

    const accepted: Accepted[] = [];
    const rejected = this.report.rejected.length;
    const waiting = this.deferred.length;
    for (const plan of ordered) {
      try {
        const refs = this.resolveRefs(plan, view);
        if (!(refs instanceof Map)) {
          if (mode === 'final') {
            throw new LineRejected(refs.property, `unknown entity "${refs.id}": in neither the file nor the store`);
          }
          this.deferred.push(plan);
        } else if (mode === 'wait' && plan.authorityNames.some((name) => !this.organizationNamed(name, plan.synthetic, view))) {
          // The organisation may come later in the file; the line must not depend on line order.
          this.deferred.push(plan);
        } else {
          accepted.push(this.accept(plan, refs, view));
        }
      } catch (error) {
        if (!(error instanceof LineRejected)) throw error;
        this.reject(plan.line, error.reason);
      }
    }
    await this.write(accepted);
    const deferred = this.deferred.length - waiting;
    const numbers = ordered.map((p) => p.line);
    const waitingNote = deferred > 0 ? `, ${deferred} waiting for entities read later` : '';
    this.log(
      `lines ${Math.min(...numbers)}-${Math.max(...numbers)}: ${accepted.length} written, ` +
        `${this.report.rejected.length - rejected} rejected${waitingNote}`,
    );
  }

  private reject(line: number, reason: string): void {
    this.report.rejected.push({ line, reason });
  }

  /** The keys, addresses and names of a batch that the file has not told us about. */
  private questions(plans: readonly LinePlan[]) {
    const keys = new Set<string>();
    const urls = new Set<string>();
    const names = new Set<string>();
    for (const plan of plans) {
      for (const ref of plan.refs) {
        if (!this.known(ref.id)) referenceCandidates(ref.id, ref.accepts).forEach((k) => keys.add(k));
      }
      if (plan.own) keys.add(plan.own.key);
      plan.alsoWrites.forEach((k) => keys.add(k));
      for (const iso of plan.countries) {
        if (!this.states.has(iso)) keys.add(stateKey(iso));
      }
      for (const url of [...plan.sourceUrls, plan.own?.url]) {
        if (url !== undefined && !this.urls.has(url)) urls.add(url);
      }
      plan.authorityNames.forEach((name) => names.add(name.toLowerCase()));
    }
    return { keys, urls, names };
  }

  /** The only organisation with this name or alias and this synthetic flag, in the file or the store. */
  private organizationNamed(name: string, synthetic: boolean, view: StoreView): Resolved | undefined {
    const lower = name.toLowerCase();
    const candidates = new Map(
      [...(this.organizations.get(lower) ?? []), ...(view.organizations.get(lower) ?? [])]
        .filter((o) => o.synthetic === synthetic)
        .map((o) => [o.key, o]),
    );
    return candidates.size === 1 ? [...candidates.values()][0] : undefined;
  }

  private known(id: string): Resolved | undefined {
    return this.ids.get(id) ?? (typenameOfKey(id) ? this.ids.get(canonicalKey(id)) : undefined);
  }

  /** Every reference of the line resolved, by property; or the first one nothing answers to yet. */
  private resolveRefs(plan: LinePlan, view: StoreView): Map<string, Resolved[]> | Ref {
    const resolved = new Map<string, Resolved[]>();
    for (const ref of plan.refs) {
      let found = this.known(ref.id);
      if (!found) {
        const matches = referenceCandidates(ref.id, ref.accepts).flatMap((k) => view.nodes.get(k) ?? []);
        if (matches.length > 1) {
          throw new LineRejected(ref.property, `"${ref.id}" could be ${matches.map((m) => m.key).join(' or ')}`);
        }
        found = matches[0];
      }
      if (!found) return ref;
      if (!ref.accepts.includes(found.typename)) {
        throw new LineRejected(
          ref.property,
          `${found.key} is a ${found.typename}; ${plan.entity.schema}.${ref.property} takes ${ref.accepts.join(', ')}`,
        );
      }
      resolved.set(ref.property, [...(resolved.get(ref.property) ?? []), found]);
    }
    return resolved;
  }

  /** Builds the line's facts and tells later lines what its id stands for. */
  private accept(plan: LinePlan, refs: ReadonlyMap<string, readonly Resolved[]>, view: StoreView): Accepted {
    const side = emptyDraft();
    const urlSources: [string, Resolved][] = [];
    const held = this.heldDocument(plan, view);
    if (held) return { plan, draft: side, forget: this.remember(plan, held, []) };

    const sourceKeys = plan.own?.typename === 'Source' ? [] : this.sourcesFor(plan, refs, view, side, urlSources);
    const context = this.context(plan, refs, view, side, sourceKeys);
    if (plan.own) context.checkFlag('keywords', plan.own.key);
    const draft = mergeDrafts([side, plan.build(context)]);
    return { plan, draft, forget: this.remember(plan, plan.own, urlSources) };
  }

  /** A Document whose address the store or the file already holds under another key is that source. */
  private heldDocument(plan: LinePlan, view: StoreView): Resolved | undefined {
    const url = plan.own?.url;
    const held = url === undefined ? undefined : (this.urls.get(url) ?? view.urls.get(url));
    if (!held || held.key === plan.own?.key) return undefined;
    if (held.synthetic !== plan.synthetic) {
      throw new LineRejected('sourceUrl', `${url} is the ${held.synthetic ? 'synthetic' : 'real'} source ${held.key}`);
    }
    return held;
  }

  /**
   * What the line's facts cite: its proof and source links, else the default source. A source is
   * as synthetic as the facts it supports, so a synthetic line under a real default source cites
   * the default's synthetic twin, and a real line under a synthetic default is rejected.
   */
  private sourcesFor(
    plan: LinePlan,
    refs: ReadonlyMap<string, readonly Resolved[]>,
    view: StoreView,
    side: Draft,
    urlSources: [string, Resolved][],
  ): string[] {
    const cited: { property: string; source: Resolved }[] = (refs.get('proof') ?? []).map((source) => ({
      property: 'proof',
      source,
    }));
    for (const url of plan.sourceUrls) {
      let source = this.urls.get(url) ?? view.urls.get(url);
      if (!source) {
        source = { key: urlSourceKey(url), typename: 'Source', synthetic: plan.synthetic };
        const kind = plan.synthetic ? 'SYNTHETIC_DATASET' : plan.entity.schema === 'Sanction' ? 'SANCTIONS_LIST' : 'OTHER';
        side.sources.push({ key: source.key, kind, title: url, url, synthetic: plan.synthetic });
        urlSources.push([url, source]);
      }
      cited.push({ property: 'sourceUrl', source });
    }
    if (cited.length === 0) cited.push({ property: 'proof', source: this.defaultFor(plan, side) });
    for (const { property, source } of cited) {
      if (source.synthetic !== plan.synthetic) {
        const [fact, other] = plan.synthetic ? ['synthetic', 'real'] : ['real', 'synthetic'];
        throw new LineRejected(property, `${source.key} is a ${other} source; a ${fact} fact cites ${fact} sources only`);
      }
    }
    return [...new Set(cited.map((c) => c.source.key))];
  }

  private defaultFor(plan: LinePlan, side: Draft): Resolved {
    const { cite, fact } = this.defaultSource;
    if (cite.synthetic === plan.synthetic) {
      if (fact) side.sources.push(fact);
      return cite;
    }
    if (!plan.synthetic) {
      throw new LineRejected(
        'proof',
        `required: the default source ${cite.key} is synthetic, and a real fact needs a real source`,
      );
    }
    const twin = { key: `${cite.key}-synthetic`, typename: 'Source' as const, synthetic: true };
    side.sources.push({
      key: twin.key,
      kind: 'SYNTHETIC_DATASET',
      title: `${this.options.defaultSource.title} (synthetic entries)`,
      synthetic: true,
    });
    return twin;
  }

  private context(
    plan: LinePlan,
    refs: ReadonlyMap<string, readonly Resolved[]>,
    view: StoreView,
    side: Draft,
    sourceKeys: readonly string[],
  ): BuildContext {
    const touch = (property: string, entity: Resolved) => {
      if (plan.synthetic ? entity.synthetic || entity.typename === 'State' : !entity.synthetic) return;
      throw new LineRejected(
        property,
        plan.synthetic
          ? `${entity.key} is real; a synthetic fact may touch a real entity only when it is a state`
          : `${entity.key} is synthetic; a real fact cannot touch it`,
      );
    };
    return {
      sourceKeys,
      resolved: (property) => refs.get(property) ?? [],
      touch,
      link: (type, from, to) => {
        const fromTyped = (fromTypes(type) as readonly string[]).includes(from.entity.typename);
        if (!fromTyped || !allows(from.entity.typename, type, to.entity.typename)) {
          const end = fromTyped ? to : from;
          throw new LineRejected(end.property, `${end.entity.key} is a ${end.entity.typename}; ${describeRule(type)}`);
        }
        touch(from.property, from.entity);
        touch(to.property, to.entity);
        return { type, from: from.entity.key, to: to.entity.key, synthetic: plan.synthetic, sourceKeys };
      },
      state: (property, code) => {
        const iso = code.toUpperCase();
        const name = /^[A-Z]{2}$/.test(iso) ? countryName(iso) : undefined;
        if (!name) {
          this.log(`line ${plan.line}: ${property}: "${code}" is not an ISO 3166-1 alpha-2 code; tie not recorded`);
          return undefined;
        }
        const key = stateKey(iso);
        if (!this.states.has(iso) && !view.nodes.has(key)) {
          side.states.push({ key, name, isoCode: iso, synthetic: false, sourceKeys: [ISO_3166_SOURCE.key] });
          side.sources.push(ISO_3166_SOURCE);
        }
        return { key, typename: 'State', synthetic: false };
      },
      organizationNamed: (name) => this.organizationNamed(name, plan.synthetic, view),
      checkFlag: (property, key) => {
        const stored = this.ids.get(key) ?? view.nodes.get(key);
        if (stored && stored.synthetic !== plan.synthetic) {
          throw new LineRejected(property, `${key} is stored as ${stored.synthetic ? 'synthetic' : 'real'}`);
        }
      },
    };
  }

  /** Tells later lines what the line's id and source links stand for; returns how to take it back. */
  private remember(plan: LinePlan, own: Resolved | undefined, urlSources: readonly [string, Resolved][]): () => void {
    const undo: (() => void)[] = [];
    const set = <K>(map: Map<K, Resolved>, key: K, value: Resolved) => {
      map.set(key, value);
      undo.push(() => {
        if (map.get(key) === value) map.delete(key);
      });
    };
    if (own) {
      set(this.ids, plan.entity.id, own);
      set(this.ids, own.key, own);
      if (plan.own?.url !== undefined) set(this.urls, plan.own.url, own);
      if (own.typename === 'Organization') {
        for (const name of new Set((plan.own?.names ?? []).map((n) => n.toLowerCase()))) {
          this.organizations.set(name, [...(this.organizations.get(name) ?? []), own]);
          undo.push(() => this.organizations.set(name, (this.organizations.get(name) ?? []).filter((o) => o !== own)));
        }
      }
    }
    for (const [url, source] of urlSources) set(this.urls, url, source);
    return () => undo.forEach((u) => u());
  }

  /** One transaction for the batch; if a line breaks a model rule, each line on its own. */
  private async write(accepted: readonly Accepted[]): Promise<void> {
    if (accepted.length === 0) return;
    this.report.batches += 1;
    const recordedBy = this.options.recordedBy;
    try {
      const draft = mergeDrafts(accepted.map((a) => a.draft));
      this.count(await this.executor.writeTx((tx) => writeDataset(tx, draft, recordedBy)), draft);
    } catch (error) {
      const fault = lineFault(error);
      if (fault === undefined) throw error;
      this.log(`batch ${this.report.batches}: ${fault}; writing its lines one by one`);
      for (const { plan, draft, forget } of accepted) {
        try {
          this.count(await this.executor.writeTx((tx) => writeDataset(tx, draft, recordedBy)), draft);
        } catch (lineError) {
          const reason = lineFault(lineError);
          if (reason === undefined) throw lineError;
          forget();
          this.reject(plan.line, reason);
        }
      }
    }
  }

  private count(counts: WriteCounts, draft: Draft): void {
    for (const [kind, n] of Object.entries(counts)) this.report.written[kind] = (this.report.written[kind] ?? 0) + n;
    for (const state of draft.states) this.states.add(state.isoCode);
  }
}
