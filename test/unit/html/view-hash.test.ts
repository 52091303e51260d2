/**
 * The map's view in the URL fragment (src/viewer/view-hash.ts): what is written for a view, that
 * reading it back gives the same view, and that names the map does not know are ignored.
 */

import { describe, expect, it } from 'vitest';
import { buildPayload } from '../../../src/export/html/payload.js';
import { buildModel } from '../../../src/viewer/model.js';
import { emptyFilters } from '../../../src/viewer/state.js';
import { decodeView, encodeView, type ViewState } from '../../../src/viewer/view-hash.js';
import { smallResult } from '../../browser/fixtures.js';

const result = smallResult();
const payload = buildPayload(result, { lang: 'nl', mapMaxNodes: 5000, minGroupSize: 3 });
const model = buildModel(payload);
const base: ViewState = {
  lang: 'nl',
  colour: 'community',
  edgeColour: 'plain',
  size: 'pagerank',
  filters: emptyFilters(),
  products: false,
  labels: true,
  view: 'map',
  selected: -1,
};

describe('view in the URL fragment', () => {
  it('writes nothing for the opening view', () => {
    expect(encodeView(model, base, base)).toBe('');
    expect(decodeView(model, '', base)).toEqual(base);
  });

  it('writes what differs, readably, and reads it back', () => {
    const f = emptyFilters();
    f.types = new Set([0, -1]);
    f.regions = new Set([1]);
    f.communities = new Set([2]);
    f.kinds = new Set([3, -1]);
    f.theme = 1;
    f.survey = false;
    f.minWeight = 2;
    f.twoSources = true;
    f.ego = { node: 4, steps: 2 };
    const view: ViewState = {
      ...base,
      lang: 'en',
      colour: 'num:rating',
      edgeColour: 'kind',
      size: 'degree',
      filters: f,
      products: true,
      labels: false,
      view: 'table',
      selected: 7,
    };
    const frag = encodeView(model, view, base);
    const q = new URLSearchParams(frag);
    expect(q.get('select')).toBe(payload.nodes.id[7]);
    expect(q.get('colour')).toBe('num:rating');
    expect(q.get('edges')).toBe('kind');
    expect(q.get('size')).toBe('degree');
    expect(q.get('view')).toBe('table');
    expect([q.get('ego'), q.get('steps')]).toEqual([payload.nodes.id[4], '2']);
    expect(q.getAll('hide-type')).toEqual(['unknown', payload.dict.types[0]]);
    expect(q.getAll('hide-region')).toEqual([payload.dict.regions[1]]);
    expect(q.getAll('hide-community')).toEqual(['2']);
    expect(q.getAll('hide-relation')).toEqual(['none', 'funding']);
    expect(q.get('theme')).toBe(payload.dict.themes[1]);
    expect([q.get('survey'), q.get('interview'), q.get('min-weight'), q.get('two-sources')]).toEqual(['0', null, '2', '1']);
    expect([q.get('products'), q.get('labels'), q.get('lang')]).toEqual(['1', '0', 'en']);
    expect(decodeView(model, `#${frag}`, base)).toEqual(view);
  });

  it('ignores what names nothing in this map', () => {
    const v = decodeView(
      model,
      '#select=nobody&colour=num:nonsense&edges=change&hide-type=alien&hide-community=999&theme=none&size=huge',
      base,
    );
    expect(v).toEqual(base);
  });
});
