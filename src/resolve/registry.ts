/**
 * The organisations of a run: every name seen is resolved to a key (aliases applied) and an
 * index. Keeps, per organisation, the spellings with their counts (the label is the most
 * frequent, ties: first seen), the register id if any, and where it was first seen.
 */

import type { OrgSighting } from '../quality/rule.js';
import { orgKey, spelling } from './org-key.js';

interface Org {
  key: string;
  spellings: Map<string, number>;
  file: string;
  line: number;
  registerId?: string;
}

export class OrgRegistry {
  private readonly byKey = new Map<string, number>();
  readonly orgs: Org[] = [];
  private readonly aliases = new Map<string, string>();

  /** Map the key of `alias` onto the key of `organisation`. */
  addAlias(alias: string, organisation: string): void {
    const from = orgKey(alias);
    const to = orgKey(organisation);
    if (from !== to) this.aliases.set(from, to);
  }

  /** The key a name resolves to, aliases applied (one step; chains are followed, cycles stop). */
  keyOf = (name: string): string => {
    let key = orgKey(name);
    for (let i = 0; i < 8; i++) {
      const next = this.aliases.get(key);
      if (next === undefined) break;
      key = next;
    }
    return key;
  };

  /** Record a sighting of `name`; returns the organisation index. */
  see(name: string, file: string, line: number): number {
    const key = this.keyOf(name);
    let idx = this.byKey.get(key);
    if (idx === undefined) {
      idx = this.orgs.length;
      this.byKey.set(key, idx);
      this.orgs.push({ key, spellings: new Map(), file, line });
    }
    const s = spelling(name);
    const sp = this.orgs[idx]!.spellings;
    sp.set(s, (sp.get(s) ?? 0) + 1);
    return idx;
  }

  indexOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  setRegisterId(idx: number, id: string): void {
    const org = this.orgs[idx]!;
    if (org.registerId === undefined) org.registerId = id;
  }

  /** Most frequent spelling; ties go to the first seen (Map keeps insertion order). */
  label(idx: number): string {
    let best = '';
    let bestN = 0;
    for (const [s, n] of this.orgs[idx]!.spellings) {
      if (n > bestN) {
        best = s;
        bestN = n;
      }
    }
    return best;
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
