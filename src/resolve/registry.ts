/**
 * The organisations of a run: every name seen is resolved to a key (aliases applied) and an
 * index. Keeps, per organisation, the spellings with their counts (the label is the most
 * frequent, ties: first seen), the register id if any, and where it was first seen.
 */

import { compareCodeUnits } from '../compare.js';
import { orgKey, spelling } from './org-key.js';

/** Where an organisation was seen: its key and label, and the file and line of the sighting. */
export interface OrgSighting {
  key: string;
  label: string;
  file: string;
  line: number;
}

interface Org {
  key: string;
  /** Name entries (distinct raw names) that resolve here, in first-seen order. */
  names: number[];
  file: string;
  line: number;
  registerId?: string;
}

export class OrgRegistry {
  private readonly byKey = new Map<string, number>();
  readonly orgs: Org[] = [];
  private readonly aliases = new Map<string, string>();
  /** The alias names as written in the aliases file, per target key (for the map's search). */
  private readonly aliasNames = new Map<string, string[]>();
  // One entry per distinct raw name: most mentions repeat a name, so one Map lookup resolves them.
  private readonly byName = new Map<string, number>();
  private readonly nameOrg: number[] = [];
  private readonly nameSpelling: string[] = [];
  private readonly nameCount: number[] = [];
  // Keys of names looked up (keyOf) before they are seen: a quality rule asks for a partner's
  // key just before the builder sees it, and the normalisation is the costly part of both.
  private readonly keyOfName = new Map<string, string>();

  /** Map the key of `alias` onto the key of `organisation`. Aliases come before any sighting. */
  addAlias(alias: string, organisation: string): void {
    if (this.byName.size > 0) throw new Error('OrgRegistry: aliases must be added before organisations are seen');
    this.keyOfName.clear();
    const from = orgKey(alias);
    const to = orgKey(organisation);
    if (from !== to) {
      this.aliases.set(from, to);
      const names = this.aliasNames.get(to) ?? [];
      names.push(spelling(alias));
      this.aliasNames.set(to, names);
    }
  }

  private resolveKey(name: string): string {
    const known = this.keyOfName.get(name);
    if (known !== undefined) return known;
    let key = orgKey(name);
    for (let i = 0; i < 8; i++) {
      const next = this.aliases.get(key);
      if (next === undefined) break;
      key = next;
    }
    return key;
  }

  /** The key a name resolves to, aliases applied (chains are followed, cycles stop). */
  keyOf = (name: string): string => {
    const entry = this.byName.get(name);
    if (entry !== undefined) return this.orgs[this.nameOrg[entry]!]!.key;
    const key = this.resolveKey(name);
    this.keyOfName.set(name, key);
    return key;
  };

  /** Record a sighting of `name`; returns the organisation index. */
  see(name: string, file: string, line: number): number {
    let entry = this.byName.get(name);
    if (entry === undefined) {
      const key = this.resolveKey(name);
      this.keyOfName.delete(name); // byName answers from now on
      let idx = this.byKey.get(key);
      if (idx === undefined) {
        idx = this.orgs.length;
        this.byKey.set(key, idx);
        this.orgs.push({ key, names: [], file, line });
      }
      entry = this.nameOrg.length;
      this.byName.set(name, entry);
      this.nameOrg.push(idx);
      this.nameSpelling.push(spelling(name));
      this.nameCount.push(0);
      this.orgs[idx]!.names.push(entry);
    }
    this.nameCount[entry]!++;
    return this.nameOrg[entry]!;
  }

  indexOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  setRegisterId(idx: number, id: string): void {
    const org = this.orgs[idx]!;
    if (org.registerId === undefined) org.registerId = id;
  }

  /** Most frequent spelling; ties go to the first seen. */
  label(idx: number): string {
    const counts = new Map<string, number>();
    for (const entry of this.orgs[idx]!.names) {
      const sp = this.nameSpelling[entry]!;
      counts.set(sp, (counts.get(sp) ?? 0) + this.nameCount[entry]!);
    }
    let best = '';
    let bestN = 0;
    for (const [sp, n] of counts) {
      if (n > bestN) {
        best = sp;
        bestN = n;
      }
    }
    return best;
  }

  /**
   * Every other name the organisation goes by: the spellings seen in the data and the aliases
   * that map onto it (directly), without the label, distinct, sorted by code unit. Organisation
   * names only (the map's search finds an organisation by any of them).
   */
  otherNames(idx: number): string[] {
    const label = this.label(idx);
    const out = new Set<string>();
    for (const entry of this.orgs[idx]!.names) out.add(this.nameSpelling[entry]!);
    for (const alias of this.aliasNames.get(this.orgs[idx]!.key) ?? []) out.add(alias);
    out.delete(label);
    return [...out].sort(compareCodeUnits);
  }

  /** The output id: the register id where given, else the key. */
  id(idx: number): string {
    const org = this.orgs[idx]!;
    return org.registerId ?? org.key;
  }

  sighting(idx: number): OrgSighting {
    const org = this.orgs[idx]!;
    return { key: org.key, label: this.label(idx), file: org.file, line: org.line };
  }

  get size(): number {
    return this.orgs.length;
  }
}
