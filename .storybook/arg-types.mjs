// How the manifest becomes Storybook controls and Docs tables (used by preview.ts; tested by
// test/storybook-arg-types.node.test.mjs). Plain JavaScript so the Node test imports it as is.

/**
 * Storybook keys controls by name and lets CSS parts overwrite attributes of the same name (the grid's
 * `search` part hid its `search` attribute). Parts are shown as `::part(name)`, as a partner writes them.
 */
export function withPartsApart(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return copy;
}

/**
 * The Storybook type for a TypeScript type text: `string | undefined` is a string (a text control, not a
 * JSON editor), a union of string literals an enum (radio buttons). Undefined for anything else.
 */
export function storybookType(text) {
  if (typeof text !== 'string') return undefined;
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null' && part !== '');
  if (parts.length === 0) return undefined;
  if (parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return { name: 'enum', value: parts.map((part) => part.slice(1, -1)) };
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0])) return { name: parts[0] };
  return undefined;
}

/** An argTypes enhancer: runs after the framework's manifest reader, before controls are inferred. */
export function controlsFromTypes({ argTypes }) {
  for (const argType of Object.values(argTypes)) {
    const category = argType.table?.category;
    if (category !== 'attributes' && category !== 'properties') continue;
    const type = storybookType(argType.table?.type?.summary);
    if (type !== undefined) argType.type = { ...argType.type, ...type };
  }
  return argTypes;
}
