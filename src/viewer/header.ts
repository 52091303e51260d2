/**
 * The page header: title, the dataset summary (organisations, relations, communities,
 * modularity), the run's parameters, the language switch, and the banners — thin data
 * coverage, a map that shows only part of the network, the example data, no WebGL.
 */

import { h, setChildren } from './dom.js';
import { formatInt, formatNumber, formatPct } from './format.js';
import type { Lang, Strings } from './i18n.js';
import type { Model } from './model.js';

export class Header {
  readonly root = h('header', { class: 'top' });

  constructor(
    private model: Model,
    private onLang: (lang: Lang) => void,
  ) {}

  render(S: Strings, lang: Lang, notice: string | null): void {
    const { meta } = this.model.p;
    const L = S.locale;
    const f = meta.figures;
    const langSwitch = h(
      'div',
      { class: 'lang', role: 'group', 'aria-label': S.languageLabel },
      ...(['nl', 'en'] as const).map((l) =>
        h('button', {
          type: 'button',
          lang: l,
          'data-lang': l,
          'aria-pressed': String(l === lang),
          onclick: () => this.onLang(l),
          text: l.toUpperCase(),
        }),
      ),
    );
    const figure = (label: string, value: string, key: string) =>
      h('div', { class: 'figure', 'data-figure': key }, h('dt', { text: label }), h('dd', { text: value }));
    const summary = h(
      'dl',
      { class: 'summary', 'aria-label': S.summaryLabel },
      figure(S.organisations, formatInt(L, f.nodes), 'nodes'),
      figure(S.relations, formatInt(L, f.edges), 'edges'),
      figure(S.communities, formatInt(L, f.communities), 'communities'),
      figure(S.modularity, formatNumber(L, Math.round(f.modularity * 1000) / 1000), 'modularity'),
    );
    const p = meta.params;
    const params = h('p', {
      class: 'params',
      'aria-label': S.parametersLabel,
      text: S.params({
        network: S.networkKinds[p.network] ?? p.network,
        seed: p.seed,
        minGroupSize: p.minGroupSize,
        allPairs: p.allPairs === 'sampled' ? S.sampled(p.samples) : S.exact,
        version: meta.version,
        mapMax: formatInt(L, p.mapMaxNodes),
      }),
    });
    const banners: HTMLElement[] = [];
    if (notice) banners.push(h('div', { class: 'banner error', role: 'alert', 'data-banner': 'notice', text: notice }));
    if (meta.warnings.length) {
      banners.push(
        h(
          'div',
          { class: 'banner warn', role: 'status', 'data-banner': 'coverage' },
          h('strong', { text: S.coverageTitle }),
          h('ul', {}, ...meta.warnings.map((w) => h('li', { 'data-code': w.code, text: S.warning(w, (x) => formatPct(L, x)) }))),
        ),
      );
    }
    const tr = meta.truncated;
    if (tr) {
      banners.push(
        h('div', {
          class: 'banner info',
          role: 'status',
          'data-banner': 'truncated',
          text: S.truncated(
            formatInt(L, tr.shownNodes),
            formatInt(L, tr.totalNodes),
            formatInt(L, tr.totalNodes - tr.shownNodes),
            formatInt(L, tr.totalEdges - tr.shownEdges),
            tr.folder,
          ),
        }),
      );
    }
    if (meta.example) banners.push(h('div', { class: 'banner info', 'data-banner': 'example', text: S.example }));
    setChildren(
      this.root,
      h(
        'div',
        { class: 'title-row' },
        h('div', {}, h('h1', { text: S.title }), h('p', { class: 'subtitle', text: S.subtitle })),
        summary,
        langSwitch,
      ),
      params,
      ...banners,
    );
  }
}
