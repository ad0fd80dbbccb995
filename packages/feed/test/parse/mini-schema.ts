/**
 * A small JSON Schema (2020-12) checker for the keywords omj-feed.schema.json uses, enough to test that the
 * schema and the corpus agree. It throws on a keyword it does not know, so the schema cannot silently grow
 * past what this checks. Not a general validator (no remote $ref, no unevaluated*, no dynamic refs).
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description', 'default', 'examples', 'format']);

export interface SchemaError {
  readonly path: string;
  readonly keyword: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function validate(root: Record<string, unknown>, value: unknown): SchemaError[] {
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/$defs/')) throw new Error(`unsupported $ref ${ref}`);
    const target = (root.$defs as Record<string, Schema>)[ref.slice('#/$defs/'.length)];
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    return target;
  };

  const check = (schema: Schema, v: unknown, path: string): SchemaError[] => {
    if (schema === true) return [];
    if (schema === false) return [{ path, keyword: 'false' }];
    const errors: SchemaError[] = [];
    const fail = (keyword: string, at = path) => errors.push({ path: at, keyword });
    for (const [keyword, arg] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue;
      switch (keyword) {
        case '$ref':
          errors.push(...check(resolve(arg as string), v, path));
          break;
        case 'type':
          if (!(Array.isArray(arg) ? arg : [arg]).some((t: string) => matchesType(v, t))) fail('type');
          break;
        case 'enum':
          if (!(arg as unknown[]).some((option) => equal(option, v))) fail('enum');
          break;
        case 'const':
          if (!equal(arg, v)) fail('const');
          break;
        case 'pattern':
          if (typeof v === 'string' && !new RegExp(arg as string, 'u').test(v)) fail('pattern');
          break;
        case 'minLength':
          if (typeof v === 'string' && [...v].length < (arg as number)) fail('minLength');
          break;
        case 'maxLength':
          if (typeof v === 'string' && [...v].length > (arg as number)) fail('maxLength');
          break;
        case 'minimum':
          if (typeof v === 'number' && v < (arg as number)) fail('minimum');
          break;
        case 'maximum':
          if (typeof v === 'number' && v > (arg as number)) fail('maximum');
          break;
        case 'minItems':
          if (Array.isArray(v) && v.length < (arg as number)) fail('minItems');
          break;
        case 'maxItems':
          if (Array.isArray(v) && v.length > (arg as number)) fail('maxItems');
          break;
        case 'minProperties':
          if (typeOf(v) === 'object' && Object.keys(v as object).length < (arg as number)) fail('minProperties');
          break;
        case 'required':
          if (typeOf(v) === 'object') for (const key of arg as string[]) if (!(key in (v as object))) fail('required', `${path}.${key}`);
          break;
        case 'properties':
          if (typeOf(v) === 'object') {
            for (const [key, sub] of Object.entries(arg as Record<string, Schema>)) {
              if (key in (v as object)) errors.push(...check(sub, (v as Record<string, unknown>)[key], `${path}.${key}`));
            }
          }
          break;
        case 'additionalProperties':
          if (typeOf(v) === 'object') {
            const known = (schema as Record<string, unknown>).properties as Record<string, unknown> | undefined;
            for (const [key, sub] of Object.entries(v as Record<string, unknown>)) {
              if (known === undefined || !(key in known)) errors.push(...check(arg as Schema, sub, `${path}.${key}`));
            }
          }
          break;
        case 'propertyNames':
          if (typeOf(v) === 'object')
            for (const key of Object.keys(v as object)) errors.push(...check(arg as Schema, key, `${path}.${key}`));
          break;
        case 'items':
          if (Array.isArray(v)) v.forEach((entry, i) => errors.push(...check(arg as Schema, entry, `${path}[${i}]`)));
          break;
        case 'allOf':
          for (const sub of arg as Schema[]) errors.push(...check(sub, v, path));
          break;
        case 'anyOf':
          if (!(arg as Schema[]).some((sub) => check(sub, v, path).length === 0)) fail('anyOf');
          break;
        case 'oneOf':
          if ((arg as Schema[]).filter((sub) => check(sub, v, path).length === 0).length !== 1) fail('oneOf');
          break;
        case 'if': {
          const then = (schema as Record<string, unknown>).then as Schema | undefined;
          if (check(arg as Schema, v, path).length === 0 && then !== undefined) errors.push(...check(then, v, path));
          break;
        }
        case 'then':
          break;
        default:
          throw new Error(`mini-schema: keyword ${keyword} is not supported (at ${path})`);
      }
    }
    return errors;
  };
  return check(root, value, '$');
}
