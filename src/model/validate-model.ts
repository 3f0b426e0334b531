import { SCHEMA_VERSION, type ArticleModel } from './types';

/** Thrown for a malformed model; `path` names the offending field ("sections[2].paragraphs[0].text"). */
export class ModelError extends Error {
  constructor(readonly path: string, problem: string) {
    super(`invalid article model: ${path} ${problem}`);
    this.name = 'ModelError';
  }
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: Json, path: string, nullable = false): string | null {
  if (nullable && v === null) return null;
  if (typeof v !== 'string') throw new ModelError(path, nullable ? 'must be a string or null' : 'must be a string');
  return v;
}

function int(v: Json, path: string): number {
  if (!Number.isInteger(v) || (v as number) < 0) throw new ModelError(path, 'must be a whole number ≥ 0');
  return v as number;
}

function arr(v: Json, path: string): Json[] {
  if (!Array.isArray(v)) throw new ModelError(path, 'must be an array');
  return v;
}

function obj(v: Json, path: string): Record<string, Json> {
  if (!isObject(v)) throw new ModelError(path, 'must be an object');
  return v;
}

function span(v: Record<string, Json>, path: string, textLength: number): void {
  const start = int(v.start, `${path}.start`);
  const end = int(v.end, `${path}.end`);
  if (end <= start) throw new ModelError(`${path}.end`, 'must be greater than start');
  if (end > textLength) throw new ModelError(`${path}.end`, `is past the end of its text (${textLength})`);
}

function block(v: Json, path: string, actorIds: Set<string>, blocks: Map<string, string>): void {
  const b = obj(v, path);
  const id = str(b.id, `${path}.id`)!;
  if (blocks.has(id)) throw new ModelError(`${path}.id`, `repeats the id "${id}"`);
  const text = str(b.text, `${path}.text`)!;
  blocks.set(id, text);
  arr(b.mentions, `${path}.mentions`).forEach((m, i) => {
    const mp = `${path}.mentions[${i}]`;
    const mention = obj(m, mp);
    if (!actorIds.has(str(mention.actor, `${mp}.actor`)!)) throw new ModelError(`${mp}.actor`, 'names no actor of the model');
    span(mention, mp, text.length);
  });
}

/**
 * Checks that `value` is a well-formed ArticleModel and returns it typed.
 * Checks shape, schema version, that ids resolve and that every span lies inside its text.
 * @throws ModelError naming the first bad field.
 */
export function validateModel(value: Json): ArticleModel {
  const m = obj(value, 'model');
  if (m.schemaVersion !== SCHEMA_VERSION) {
    throw new ModelError('schemaVersion', `must be ${SCHEMA_VERSION} (got ${JSON.stringify(m.schemaVersion)})`);
  }
  const actorIds = new Set<string>();
  arr(m.actors, 'actors').forEach((a, i) => {
    const p = `actors[${i}]`;
    const actor = obj(a, p);
    const id = str(actor.id, `${p}.id`)!;
    if (!id || actorIds.has(id)) throw new ModelError(`${p}.id`, 'must be a unique non-empty string');
    actorIds.add(id);
    if (!str(actor.fullName, `${p}.fullName`)) throw new ModelError(`${p}.fullName`, 'must not be empty');
    str(actor.surname, `${p}.surname`);
    str(actor.role, `${p}.role`, true);
    arr(actor.aliases, `${p}.aliases`).forEach((x, j) => str(x, `${p}.aliases[${j}]`));
    int(actor.mentionCount, `${p}.mentionCount`);
  });
  str(m.kicker, 'kicker');
  const blocks = new Map<string, string>();
  block(m.title, 'title', actorIds, blocks);
  const sections = arr(m.sections, 'sections');
  if (sections.length === 0) throw new ModelError('sections', 'must not be empty');
  sections.forEach((s, i) => {
    const sec = obj(s, `sections[${i}]`);
    if (sec.heading !== null) block(sec.heading, `sections[${i}].heading`, actorIds, blocks);
    arr(sec.paragraphs, `sections[${i}].paragraphs`).forEach((p, j) =>
      block(p, `sections[${i}].paragraphs[${j}]`, actorIds, blocks),
    );
  });
  arr(m.quotes, 'quotes').forEach((q, i) => {
    const p = `quotes[${i}]`;
    const quote = obj(q, p);
    str(quote.id, `${p}.id`);
    str(quote.text, `${p}.text`);
    const speaker = str(quote.speaker, `${p}.speaker`, true);
    if (speaker !== null && !actorIds.has(speaker)) throw new ModelError(`${p}.speaker`, 'names no actor of the model');
    const text = blocks.get(str(quote.block, `${p}.block`)!);
    if (text === undefined) throw new ModelError(`${p}.block`, 'names no block of the model');
    span(quote, p, text.length);
  });
  arr(m.fingerprint, 'fingerprint').forEach((f, i) => str(f, `fingerprint[${i}]`));
  return value as ArticleModel;
}
