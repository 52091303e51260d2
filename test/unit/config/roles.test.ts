/**
 * The input-role table (src/config/roles.ts) is the one source of the roles: the source bits
 * the builder writes agree with the map payload's, discovery and the CLI flags follow it.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../../src/config/columns.js';
import { EDGE_SOURCE_BIT, INPUT_ROLES, NODE_SOURCE_BIT, READ_ORDER, ROLES, sourcesOf, NODE_SOURCES } from '../../../src/config/roles.js';
import { EDGE_SOURCE_BITS, NODE_SOURCE_BITS } from '../../../src/export/html/payload-types.js';
import { roleOfName } from '../../../src/ingest/discover.js';

describe('input roles', () => {
  it('give the map payload its source bits', () => {
    expect(NODE_SOURCE_BITS).toEqual(NODE_SOURCE_BIT);
    expect(EDGE_SOURCE_BITS).toEqual(EDGE_SOURCE_BIT);
    expect(sourcesOf(NODE_SOURCE_BIT.register | NODE_SOURCE_BIT.survey, NODE_SOURCES)).toEqual(['register', 'survey']);
  });

  it('read the aliases file first, then the data roles, each with its columns', () => {
    expect(READ_ORDER).toEqual(['aliases', 'contacts', 'interviews', 'survey']);
    expect(Object.keys(SCHEMAS).sort()).toEqual([...ROLES].sort());
  });

  it('give a file in a folder its role by the first word of its name', () => {
    for (const role of INPUT_ROLES) for (const word of role.fileWords) expect(roleOfName(`${word}-2024.csv`)).toBe(role.id);
    expect(roleOfName('Enquête 2021.csv')).toBe('survey');
    expect(roleOfName('export.csv')).toBeUndefined();
    expect(roleOfName('karate.interviews.csv', true)).toBe('interviews');
  });
});
