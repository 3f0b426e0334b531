import data from './nicknames.json';

/**
 * Given names and their nicknames ("Joshua" and "Josh", "Robert" and "Bob"), from an openly licensed
 * list (nicknames.json; source and licence in data/README.md). Built on first use: the list rides in
 * the article part, and most pages never ask.
 */
let owners: Map<string, string[]> | null = null;

/** Each nickname with the names it is short for ("chris": christina, christopher, …). */
function nicknameOwners(): Map<string, string[]> {
  if (owners) return owners;
  owners = new Map();
  for (const line of (data as { names: string[] }).names) {
    const [name, ...nicknames] = line.split(' ');
    for (const n of nicknames) owners.set(n, [...(owners.get(n) ?? []), name!]);
  }
  return owners;
}

/**
 * True when two given names are one ("Josh" and "Joshua"): the same, or one a nickname of the other and
 * of no other name. "Chris" is short for Christina and Christopher alike, and relatives who share a
 * surname often bear such a pair: an ambiguous nickname joins no one.
 */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const short = (nick: string, name: string): boolean => {
    const of = nicknameOwners().get(nick);
    return of?.length === 1 && of[0] === name;
  };
  return short(x, y) || short(y, x);
}
