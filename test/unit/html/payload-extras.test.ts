/**
 * What the map payload carries for the second round of the map: every other name an
 * organisation was written as (spellings, aliases — organisation names only), the relation kinds
 * per relation, the engagement shortlist in both languages, and one region name per province.
 * Runs the real pipeline on small inputs written here.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/cli/options.js';
import { buildPayload } from '../../../src/export/html/payload.js';
import { RELATION_KIND_IDS } from '../../../src/export/html/payload-types.js';
import { runAnalysis } from '../../../src/pipeline.js';

async function analyse(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-payload-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return runAnalysis(resolveOptions([dir], { quiet: true }, {}, dir, false));
}

const CONTACTS = `organisation,type,region,kis_contacts,contact_person,email
Gemeente 's-Gravenhage,gemeente,Zuid-Holland,0,Jan Jansen,jan@example.org
Stichting Brug,maatschappelijke organisatie,Friesland,1,,
Kenniscentrum Noord,kennisinstelling,Fryslân,0,,
Vereniging West,sectororganisatie,Noord Holland,0,,
Adviesbureau Oost,professional,N-Holland,4,,
`;
const INTERVIEWS = `interview_id,source,target,relation,strength
I1,Gem. Den Haag,Stichting Brug,samenwerking,3
I1,GEMEENTE 'S-GRAVENHAGE,Kenniscentrum Noord,advies,1
I2,Stichting Brug,Kenniscentrum Noord,financiering,2
I2,Stichting Brug,Kenniscentrum Noord,advies,1
I3,Vereniging West,Gemeente 's-Gravenhage,,1
I3,Adviesbureau Oost,Vereniging West,kennisuitwisseling,2
I4,Adviesbureau Oost,Stichting Brug,samenwerking,1
`;
const ALIASES = `alias,organisation
Gemeente Den Haag,Gemeente 's-Gravenhage
Gem. Den Haag,Gemeente 's-Gravenhage
`;

describe('map payload: other names, relation kinds, engagement, regions', async () => {
  const result = await analyse({ 'contacts.csv': CONTACTS, 'interviews.csv': INTERVIEWS, 'aliases.csv': ALIASES });
  const p = buildPayload(result, { lang: 'nl', mapMaxNodes: 100, minGroupSize: 3 });
  const at = (label: string) => p.nodes.label.indexOf(label);

  it('carries the aliases and spellings seen, without the label, and no personal columns', () => {
    const den = at("Gemeente 's-Gravenhage");
    expect(den).toBeGreaterThanOrEqual(0);
    const aka = new Map(p.nodes.aka ?? []);
    // Seen in the interviews: "Gem. Den Haag" (an alias) and the upper-case spelling; the aliases file adds "Gemeente Den Haag".
    expect(aka.get(den)).toEqual(["GEMEENTE 'S-GRAVENHAGE", 'Gem. Den Haag', 'Gemeente Den Haag']);
    // Organisations written one way only carry nothing.
    expect(aka.has(at('Stichting Brug'))).toBe(false);
    const json = JSON.stringify(p);
    expect(json).not.toContain('Jan Jansen');
    expect(json).not.toContain('jan@example.org');
  });

  it('carries the relation kinds coded in interviews as bits, 0 where none', () => {
    const bit = (k: (typeof RELATION_KIND_IDS)[number]) => 1 << RELATION_KIND_IDS.indexOf(k);
    const kindsOf = (a: string, b: string) => {
      const i = at(a);
      const j = at(b);
      const e = p.edges.source.findIndex((s, k) => (s === i && p.edges.target[k] === j) || (s === j && p.edges.target[k] === i));
      return p.edges.kinds![e];
    };
    expect(kindsOf('Stichting Brug', 'Kenniscentrum Noord')).toBe(bit('funding') | bit('advice'));
    expect(kindsOf("Gemeente 's-Gravenhage", 'Stichting Brug')).toBe(bit('collaboration'));
    // An empty relation cell is not coded; graph/relation-kinds.ts files it as `other`.
    expect(kindsOf('Vereniging West', "Gemeente 's-Gravenhage")).toBe(bit('other'));
    expect(p.edges.kinds).toHaveLength(p.edges.source.length);
  });

  it('has one name per province in the region list', () => {
    expect(p.dict.regions).toEqual(['Fryslân', 'Noord-Holland', 'Zuid-Holland']);
    expect(p.nodes.region[at('Stichting Brug')]).toBe(p.nodes.region[at('Kenniscentrum Noord')]);
  });

  it('carries the engagement shortlist with ranks in order and reasons in both languages', () => {
    const e = p.engagement!;
    expect(e.node.length).toBeGreaterThan(0);
    expect(e.rank).toEqual(e.rank.map((_r, k) => k + 1));
    expect(e.reasons.nl).toHaveLength(e.node.length);
    expect(e.reasons.en).toHaveLength(e.node.length);
    for (const r of e.reasons.en) expect(r).toMatch(/[a-z]/);
    expect(e.reasons.nl.join(' ')).not.toBe(e.reasons.en.join(' '));
    for (let k = 1; k < e.score.length; k++) expect(e.score[k]!).toBeLessThanOrEqual(e.score[k - 1]!);
  });
});
