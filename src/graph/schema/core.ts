/**
 * Building blocks of the schemas (valibot) every file and stored record is read with, and
 * {@link parseAt}, which turns the first problem into an {@link Invalid} error naming its
 * path ("articles[2].graph.edges[0].attributes.type must be one of …").
 */
import * as v from 'valibot';

/** A field of the wrong shape; the message starts with its path. */
export class Invalid extends Error {}

export type Obj = Record<string, unknown>;

export const typeName = (v: unknown): string =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'an array'
        : typeof v === 'object'
          ? 'an object'
          : `a ${typeof v}`;

/** A short, safe rendering of a found value for messages. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeName(value);
}

/** Message of a type check: "must be a string (found a number)". */
export const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `must be ${what} (found ${typeName(issue.input)})`;

export const string = v.string(expected('a string'));
export const nonEmptyString = v.pipe(string, v.minLength(1, 'must not be empty'));
export const boolean = v.boolean(expected('true or false'));

const WHOLE = 'a whole number >= 0';
/** A character offset or a count: a whole number >= 0. */
export const count = v.pipe(
  v.number(expected(WHOLE)),
  v.integer((i) => `must be ${WHOLE} (found ${shown(i.input)})`),
  v.minValue(0, (i) => `must be ${WHOLE} (found ${shown(i.input)})`),
);

/** An array of `item`, with the usual message. */
export const list = <T extends v.GenericSchema>(item: T) => v.array(item, expected('an array'));

/** One of the given strings. */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, (i) => `must be one of ${options.join(', ')} (found ${shown(i.input)})`);

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * True for an ISO date as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD, a real
 * calendar day (proleptic Gregorian, years 0000 to 9999: no Date.UTC, which maps 0–99 to 19xx).
 */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const max = month === 2 && !leap(Number(m[1])) ? 28 : (DAYS[month - 1] ?? 0);
  return day >= 1 && day <= max;
}

export const isoDate = v.pipe(
  string,
  v.check(isIsoDate, (i) => `must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD (found ${shown(i.input)})`),
);

/** Bounds on values the schemas do not know (extra attributes, the app's view state). */
export const LIMITS = { depth: 32, values: 10_000, chars: 1_000_000 } as const;

function plain(x: object): boolean {
  const proto = Object.getPrototypeOf(x) as unknown;
  return Array.isArray(x) || proto === Object.prototype || proto === null;
}

/**
 * Why `value` is not small plain JSON data (too deep, too big, a function, a class
 * instance), or null when it is. Iterative: a value 100,000 levels deep costs no stack.
 */
export function unboundedProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let values = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [x, depth] = stack.pop()!;
    if (++values > LIMITS.values) return `holds more than ${LIMITS.values} values`;
    if (typeof x === 'string') chars += x.length;
    else if (typeof x === 'object' && x !== null) {
      if (depth >= LIMITS.depth) return `nests deeper than ${LIMITS.depth} levels`;
      if (!plain(x)) return 'must be plain JSON data (found an object of another kind)';
      for (const [k, y] of Object.entries(x)) {
        chars += k.length;
        stack.push([y, depth + 1]);
      }
    } else if (x !== null && typeof x !== 'number' && typeof x !== 'boolean')
      return `must be plain JSON data (found ${typeName(x)})`;
    if (chars > LIMITS.chars) return `holds more than ${LIMITS.chars} characters`;
  }
  return null;
}

/** Any small plain JSON value (see {@link unboundedProblem}). */
export const bounded = v.custom<unknown>(
  (x) => unboundedProblem(x) === null,
  (i) => unboundedProblem(i.input) ?? 'is not valid',
);

/** An object with known `entries`; any other field must be {@link bounded}. */
export const record = <const E extends v.ObjectEntries>(entries: E) =>
  v.objectWithRest(entries, bounded, (issue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    const entry = issue.type === 'object_with_rest' && typeof key === 'string' ? entries[key] : undefined;
    // A missing field: say what it must be, as if it were there and empty.
    const missing = entry ? v.safeParse(entry, undefined) : undefined;
    if (missing && !missing.success) return missing.issues[0].message;
    return `must be an object (found ${typeName(issue.input)})`;
  });

const IDENT = /^[a-z_$][\w$]*$/i;

/** `root` followed by the issue path: root.a[3].b */
export function pathOf(root: string, path: readonly v.IssuePathItem[] | undefined): string {
  let out = root;
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENT.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key) ?? '?'}]`;
  }
  return out;
}

/** Parses `value` with `schema`, or throws {@link Invalid} naming the first bad path under `root`. */
export function parseAt<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  root: string,
): v.InferOutput<S> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return r.output;
  const issue = r.issues[0];
  throw new Invalid(`${pathOf(root, issue.path)} ${issue.message}`);
}
