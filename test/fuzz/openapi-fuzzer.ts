/**
 * A property-based fuzzer over the OpenAPI document (issue 12): every operation of
 * `GET /api/openapi.json` gets requests drawn with fast-check from its own schemas — about 70 %
 * valid, 30 % malformed (a required field gone, a wrong type, NUL bytes and lone surrogates,
 * numbers beyond the columns, overlong text, broken JSON, ids that are not ids) — with ids taken
 * from earlier responses, as an admin. A finding is a 5xx, a crash (an uncaught exception or
 * unhandled rejection in the process), a request that hangs, a status the document does not list
 * for the operation, or a body that breaks the schema documented for its status.
 *
 * Used by test/api/fuzz.test.ts (a bounded budget in `npm test`) and bench/fuzz.ts
 * (`npm run bench -- fuzz`, a longer run with a JSON report). Deterministic for a seed.
 */
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | Schema;
  default?: unknown;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { contentType: string; schema: Schema; required: boolean };
  /** Status (or range, `4XX`) → content types with their schemas. */
  responses: Record<string, Record<string, Schema | undefined>>;
}

export interface Finding {
  kind: 'server_error' | 'undocumented_status' | 'schema_violation' | 'content_type' | 'timeout' | 'crash';
  operation: string;
  status?: number;
  request: { method: string; url: string; body?: string; valid: boolean; seed: number };
  detail: string;
}

export interface FuzzReport {
  seed: number;
  operations: number;
  operationsExercised: number;
  requests: number;
  valid: number;
  malformed: number;
  statuses: Record<string, number>;
  findings: Finding[];
  /** Distinct findings: kind, operation and status. */
  distinctFindings: string[];
  durationMs: number;
  /** The five operations whose slowest answer took longest. */
  slowestOperations: { operation: string; ms: number }[];
  requestsPerSecond: number;
}

export interface FuzzOptions {
  app: FastifyInstance;
  /** Headers that authenticate the admin (cookie and CSRF token). */
  headers: () => Record<string, string>;
  /** Called when the admin's session is gone (the fuzzer signed out or changed the password). */
  renewSession: () => Promise<void>;
  requests: number;
  /** Stop early after this long (the report says how many requests were made). */
  maxDurationMs?: number;
  seed?: number;
  /** Ids never used (the fuzzing admin's own, so it does not deactivate or demote itself). */
  protectedIds?: string[];
  /** Operations left out, as `METHOD /path` (e.g. the live event stream, which never ends). */
  skip?: string[];
  timeoutMs?: number;
  log?: (line: string) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The operations of an OpenAPI 3.1 document. */
export function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const requestBody = op.requestBody as { required?: boolean; content: Record<string, { schema: Schema }> } | undefined;
      const [contentType, media] = requestBody ? Object.entries(requestBody.content)[0]! : [];
      const responses: Operation['responses'] = {};
      for (const [status, r] of Object.entries((op.responses ?? {}) as Record<string, { content?: Record<string, { schema?: Schema }> }>)) {
        responses[status] = Object.fromEntries(Object.entries(r.content ?? {}).map(([ct, m]) => [ct, m.schema]));
      }
      out.push({
        method: method.toUpperCase(),
        path,
        parameters: ((op.parameters ?? []) as Parameter[]).filter((p) => p.in === 'path' || p.in === 'query'),
        body: requestBody && contentType && media ? { contentType, schema: media.schema, required: requestBody.required ?? false } : undefined,
        responses,
      });
    }
  }
  return out;
}

/** What the fuzzer has seen so far: ids (by the field or collection they came from) and versions. */
class Memory {
  all: string[] = [];
  private seen = new Set<string>();
  private named = new Map<string, Set<string>>();
  byName = new Map<string, string[]>();
  versions = new Map<string, number>();
  private budget = 0;
  constructor(private readonly protectedIds: Set<string>) {}

  private add(name: string, id: string) {
    if (this.protectedIds.has(id)) return;
    const set = this.named.get(name) ?? new Set<string>();
    this.named.set(name, set);
    if (set.size < 400 && !set.has(id)) {
      set.add(id);
      const list = this.byName.get(name) ?? [];
      list.push(id);
      this.byName.set(name, list);
    }
    if (this.all.length < 4000 && !this.seen.has(id)) {
      this.seen.add(id);
      this.all.push(id);
    }
  }

  /** Remember the ids of a response (at most 5,000 values of it): under their field name, and `id`s under the collection. */
  learn(collection: string, value: unknown): void {
    this.budget = 5000;
    this.walk(collection, value, '');
  }

  private walk(collection: string, value: unknown, key: string): void {
    if (--this.budget < 0) return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 60)) this.walk(collection, v, key);
    } else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.version === 'number') this.versions.set(o.id, o.version);
      for (const [k, v] of Object.entries(o)) this.walk(collection, v, k === 'id' ? `${collection}#id` : k);
    } else if (typeof value === 'string' && UUID.test(value)) {
      this.add(key || 'id', value);
    }
  }

  ids(name: string, collection: string): string[] {
    if (name === 'id') return this.byName.get(`${collection}#id`) ?? [];
    return this.byName.get(name) ?? [];
  }
}

/** The collection a path belongs to: `/api/accounts/{id}/overview` → `/api/accounts`. */
const collectionOf = (path: string) => path.split('/{')[0]!;

const nasty = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x'.repeat(5000),
  '',
  ' ',
  "'; drop table users; --",
  '%00',
  '../../etc/passwd',
  '=HYPERLINK("http://x")',
  '😀'.repeat(50),
  'null',
  '-1',
  '1e400',
];
const nastyNumbers = [2 ** 31, 2 ** 53 - 1, -(2 ** 31) - 1, -1, 0, 1e308, -1e308, 0.5, 1e16];

function arbFor(schema: Schema | undefined, memory: Memory, name: string, collection: string, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbFor(s, memory, name, collection, depth + 1)));
  if (schema.allOf) return arbFor(Object.assign({}, ...schema.allOf) as Schema, memory, name, collection, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => arbFor({ ...schema, type: t }, memory, name, collection, depth + 1)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000), -1e6);
      const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1e6), 1e6, Math.max(min, 1e6));
      return max >= min ? fc.integer({ min, max }) : fc.constant(min);
    }
    case 'number': {
      const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -1e6, -1e15);
      const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? 1e6, 1e15);
      const strictMin = schema.exclusiveMinimum !== undefined;
      return fc
        .oneof(fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }))
        .map((n) => (strictMin && n <= min ? min + 1 : n));
    }
    case 'string':
      return stringArb(schema, memory, name, collection);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(arbFor(schema.items, memory, name, collection, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, minLength + 3)),
      });
    }
    case 'object':
    default: {
      if (!schema.properties && type[0] !== 'object') return fc.jsonValue({ maxDepth: 2 });
      const props = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbFor(s, memory, k, collection, depth + 1)]));
      const record = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && Object.keys(props).length === 0) {
        return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), arbFor(schema.additionalProperties, memory, name, collection, depth + 1), {
          maxKeys: 3,
        });
      }
      return record;
    }
  }
}

function stringArb(schema: Schema, memory: Memory, name: string, collection: string): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid': {
      const own = memory.ids(name, collection);
      const known: fc.Arbitrary<string>[] = [];
      if (own.length) known.push(fc.constantFrom(...own));
      if (memory.all.length) known.push(fc.constantFrom(...memory.all));
      return known.length
        ? fc.oneof({ weight: 8, arbitrary: known[0]! }, { weight: 1, arbitrary: known[known.length - 1]! }, { weight: 1, arbitrary: fc.uuid() })
        : fc.uuid();
    }
    case 'email':
      return fc.oneof(
        fc.constantFrom('admin@nordlys.example', 'seller@nordlys.example', 'leader@nordlys.example'),
        fc.stringMatching(/^[a-z]{1,10}\.[a-z]{1,10}@[a-z]{2,8}\.example$/),
      );
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'uri':
      return fc.webUrl();
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, minLength + 40));
  // words that fit the length (filtered here: an arbitrary filtered to nothing would never end)
  const words = ['Nordlys', 'Malmö Kött AB', 'Bjørn', 'ÅÄÖ', 'seller', 'new', 'SE', 'x'].filter((w) => w.length >= minLength && w.length <= maxLength);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) },
    ...(words.length ? [{ weight: 1, arbitrary: fc.constantFrom(...words) }] : []),
  );
}

interface Planned {
  path: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
  valid: boolean;
}

/** A request for the operation: valid from its schemas, or one of the malformations. */
function requestArb(op: Operation, memory: Memory): fc.Arbitrary<Planned> {
  const collection = collectionOf(op.path);
  const paramArb = (p: Parameter) => arbFor(p.schema, memory, p.name, collection).map(asText);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathArb = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, paramArb(p)])));
  const queryArb = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, paramArb(p)])), {
    requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
  });
  const bodyArb = op.body
    ? op.body.contentType === 'application/json'
      ? arbFor(op.body.schema, memory, 'body', collection)
      : fc.oneof(fc.constant('name\nNordlys Test AB\n'), fc.string({ maxLength: 200 }), fc.constant('"unclosed,quote\n1,2\n'))
    : fc.constant(undefined);
  const valid: fc.Arbitrary<Planned> = fc.record({ path: pathArb, query: queryArb, body: bodyArb }).map((r) => ({ ...r, valid: true }));

  const mutations: fc.Arbitrary<Planned>[] = [];
  const nastyString = fc.constantFrom(...nasty);
  const nastyValue = fc.oneof(nastyString, fc.constantFrom<unknown>(...nastyNumbers, null, true, [], {}, [1, 2], { a: 1 }));
  if (pathParams.length) {
    mutations.push(
      fc
        .tuple(valid, fc.constantFrom(...pathParams.map((p) => p.name)), fc.oneof(nastyString, fc.constantFrom('1', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'x'.repeat(120))))
        .map(([r, name, v]) => ({ ...r, path: { ...r.path, [name]: v }, valid: false })),
    );
  }
  if (queryParams.length) {
    mutations.push(
      fc
        .tuple(valid, fc.constantFrom(...queryParams.map((p) => p.name)), fc.oneof(nastyString, fc.constantFrom('2147483648', '9007199254740993', '-5', '1.5', 'true', '[]')))
        .map(([r, name, v]) => ({ ...r, query: { ...r.query, [name]: v }, valid: false })),
    );
  }
  if (op.body?.contentType === 'application/json') {
    const props = Object.keys(op.body.schema.properties ?? {});
    const required = op.body.schema.required ?? [];
    if (props.length) {
      mutations.push(
        fc
          .tuple(valid, fc.constantFrom(...props), nastyValue)
          .map(([r, k, v]) => ({ ...r, body: { ...(r.body as object), [k]: v }, valid: false })),
      );
    }
    if (required.length) {
      mutations.push(
        fc.tuple(valid, fc.constantFrom(...required)).map(([r, k]) => {
          const body = { ...(r.body as Record<string, unknown>) };
          delete body[k];
          return { ...r, body, valid: false };
        }),
      );
    }
    mutations.push(
      fc.tuple(valid, fc.oneof(nastyValue, fc.constant('{"unclosed": '), fc.constant('[]'))).map(([r, v]) =>
        typeof v === 'string' && v.startsWith('{') ? { ...r, body: undefined, rawBody: v, valid: false } : { ...r, body: v, valid: false },
      ),
      valid.map((r) => ({ ...r, body: { ...(typeof r.body === 'object' && r.body ? r.body : {}), unexpectedField: 'x' }, valid: false })),
      valid.map((r) => ({ ...r, rawBody: 'name=x', contentType: 'application/x-www-form-urlencoded', valid: false })),
    );
  }
  if (!mutations.length) mutations.push(valid.map((r) => ({ ...r, query: { ...r.query, unexpected: '\u0000' }, valid: false })));
  return fc.oneof({ weight: 7, arbitrary: valid }, { weight: 3, arbitrary: fc.oneof(...mutations) });
}

/** A path parameter, percent-encoded (never empty); a lone surrogate (not encodable) as the invalid UTF-8 it would be. */
function encodePathPart(v: string): string {
  // an empty segment would be another route (`/api/accounts/` is the list): a blank one stays this operation's
  if (v === '') return '%20';
  try {
    return encodeURIComponent(v);
  } catch {
    return encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\u0001')).replace(/%01/g, '%ED%A0%80');
  }
}

function urlOf(op: Operation, planned: Planned): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodePathPart(planned.path[name] ?? ''));
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(planned.query)) query.append(k, v);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The documented responses for a status: exact, else its range (`4XX`), else `default`. */
function documented(op: Operation, status: number) {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses[`${String(status)[0]}xx`] ?? op.responses.default;
}

export async function fuzzOpenApi(options: FuzzOptions): Promise<FuzzReport> {
  const { app, requests } = options;
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const started = Date.now();
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const skip = new Set(options.skip ?? []);
  const operations = operationsOf(doc).filter((op) => !skip.has(`${op.method} ${op.path}`));
  const memory = new Memory(new Set(options.protectedIds ?? []));
  const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  const validators = new Map<Schema, ReturnType<typeof ajv.compile>>();
  const validatorFor = (schema: Schema) => {
    let v = validators.get(schema);
    if (!v) {
      v = ajv.compile(schema);
      validators.set(schema, v);
    }
    return v;
  };

  const findings: Finding[] = [];
  const statuses: Record<string, number> = {};
  const exercised = new Set<string>();
  let valid = 0;
  let malformed = 0;
  let made = 0;
  const slowest = new Map<string, number>();
  let current: Finding['request'] | undefined;
  let currentOp = '';
  const onCrash = (err: unknown) => {
    findings.push({
      kind: 'crash',
      operation: currentOp,
      request: current ?? { method: '', url: '', valid: false, seed },
      detail: err instanceof Error ? `${err.message}\n${err.stack ?? ''}`.slice(0, 2000) : String(err),
    });
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  const send = async (method: string, url: string, planned?: Planned): Promise<LightMyRequestResponse | 'timeout'> => {
    const headers: Record<string, string> = { ...options.headers() };
    let payload: string | undefined;
    if (planned?.rawBody !== undefined) {
      payload = planned.rawBody;
      headers['content-type'] = planned.contentType ?? 'application/json';
    } else if (planned?.body !== undefined) {
      const ct = planned.contentType ?? 'application/json';
      payload = ct === 'application/json' ? JSON.stringify(planned.body) : asText(planned.body);
      headers['content-type'] = ct;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    try {
      return await Promise.race([app.inject({ method: method as 'GET', url, headers, payload, remoteAddress: '10.9.9.9' }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  try {
    // Warm up: every GET without path parameters once, so there are real ids to use.
    for (const op of operations) {
      if (op.method !== 'GET' || op.parameters.some((p) => p.in === 'path' || p.required)) continue;
      const res = await send('GET', op.path);
      if (res !== 'timeout' && res.headers['content-type']?.toString().includes('json')) memory.learn(collectionOf(op.path), safeJson(res));
    }

    for (let i = 0; i < requests; i++) {
      if (options.maxDurationMs && Date.now() - started > options.maxDurationMs) break;
      made++;
      if (i > 0 && i % 100 === 0) log(`fuzz: ${i}/${requests} requests in ${Math.round((Date.now() - started) / 1000)} s, ${findings.length} findings`);
      const op = operations[i % operations.length]!;
      const arb = requestArb(op, memory);
      const planned = fc.sample(arb, { seed: seed * 1_000_003 + i, numRuns: 1 })[0]!;
      if (op.body && op.body.contentType !== 'application/json' && planned.rawBody === undefined && typeof planned.body === 'string') {
        planned.contentType = op.body.contentType;
      }
      // A valid write carries the version the fuzzer last saw of that record (or it is only a conflict).
      const id = planned.path.id;
      if (planned.valid && id && memory.versions.has(id) && planned.body && typeof planned.body === 'object' && 'version' in planned.body) {
        (planned.body as Record<string, unknown>).version = memory.versions.get(id);
      }
      const url = urlOf(op, planned);
      const operation = `${op.method} ${op.path}`;
      currentOp = operation;
      current = {
        method: op.method,
        url: url.length > 300 ? `${url.slice(0, 300)}…` : url,
        body: planned.rawBody ?? (planned.body === undefined ? undefined : JSON.stringify(planned.body)?.slice(0, 500)),
        valid: planned.valid,
        seed: seed * 1_000_003 + i,
      };
      if (planned.valid) valid++;
      else malformed++;
      exercised.add(operation);
      if (process.env.FUZZ_TRACE) log(`fuzz → ${i} ${operation} ${current.url}`);
      const sentAt = Date.now();
      let res = await send(op.method, url, planned);
      const took = Date.now() - sentAt;
      if (took > (slowest.get(operation) ?? 0)) slowest.set(operation, took);
      if (took > 5000) log(`fuzz slow: ${operation} took ${took} ms (${current.url})`);
      if (res !== 'timeout' && res.statusCode === 401) {
        // The fuzzer signed itself out or changed its own password: a new session, the same request.
        await options.renewSession();
        res = await send(op.method, url, planned);
      }
      if (res === 'timeout') {
        findings.push({ kind: 'timeout', operation, request: current, detail: `no answer within ${timeoutMs} ms` });
        statuses.timeout = (statuses.timeout ?? 0) + 1;
        continue;
      }
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      const finding = (kind: Finding['kind'], detail: string) => {
        findings.push({ kind, operation, status: res.statusCode, request: current!, detail: detail.slice(0, 1500) });
        log(`fuzz finding: ${kind} ${operation} ${res.statusCode} ${current!.url} ${current!.body ?? ''} → ${detail.slice(0, 300)}`);
      };
      if (res.statusCode >= 500) {
        finding('server_error', res.body);
        continue;
      }
      const doc = documented(op, res.statusCode);
      if (!doc) {
        finding('undocumented_status', `documented: ${Object.keys(op.responses).join(', ')}; body: ${res.body.slice(0, 300)}`);
        continue;
      }
      const contentType = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
      const declared = Object.keys(doc);
      if (declared.length && res.statusCode !== 204 && !declared.includes(contentType)) {
        finding('content_type', `answered ${contentType || 'nothing'}, documented ${declared.join(', ')}`);
        continue;
      }
      const schema = doc[contentType];
      if (contentType === 'application/json') {
        const body = safeJson(res);
        if (schema) {
          const validate = validatorFor(schema);
          if (!validate(body)) finding('schema_violation', `${ajv.errorsText(validate.errors)}; body: ${res.body.slice(0, 300)}`);
        }
        if (res.statusCode < 300) memory.learn(collectionOf(op.path), body);
      }
    }
    // The process still answers.
    const health = await send('GET', '/api/health');
    if (health === 'timeout' || health.statusCode !== 200) {
      findings.push({ kind: 'crash', operation: 'GET /api/health', request: { method: 'GET', url: '/api/health', valid: true, seed }, detail: 'the server no longer answers' });
    }
  } finally {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  const durationMs = Date.now() - started;
  return {
    seed,
    operations: operations.length,
    operationsExercised: exercised.size,
    requests: made,
    valid,
    malformed,
    statuses,
    findings,
    distinctFindings: [...new Set(findings.map((f) => `${f.kind} ${f.operation}${f.status ? ` ${f.status}` : ''}`))].sort(),
    durationMs,
    slowestOperations: [...slowest.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([operation, ms]) => ({ operation, ms })),
    requestsPerSecond: Math.round((made / durationMs) * 1000),
  };
}

/** A generated value as a query or path parameter, or a non-JSON body. */
function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function safeJson(res: LightMyRequestResponse): unknown {
  try {
    return res.json();
  } catch {
    return undefined;
  }
}
