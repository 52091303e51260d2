/**
 * The details of one organisation: type, region, themes, community (with its name), role, its
 * place on the engagement shortlist with the reasons, its change since the older wave (compare
 * maps), every metric with its one-line explanation (effective size and the brokerage counts
 * included), its relations (clickable, with weight, kind and sources of evidence), its KIS
 * contacts and survey figures — a mean rating under the minimum group size shows "suppressed".
 * Also the details of a knowledge product when the products layer is on, and, on a compare map
 * with nothing selected, what is gone since the older wave.
 */

import { compareCodeUnits } from '../compare.js';
import {
  EDGE_CHANGE_IDS,
  EDGE_SOURCE_BITS,
  NODE_CHANGE_IDS,
  NODE_SOURCE_BITS,
  NUMERIC_METRICS,
  RELATION_KIND_IDS,
  ROLE_IDS,
} from '../export/html/payload-types.js';
import { h, setChildren } from './dom.js';
import { formatInt, formatNumber } from './format.js';
import { metricText, type Lang, type Strings } from './i18n.js';
import { communityLabel, otherEnd, type Model } from './model.js';
import type { Visibility } from './visibility.js';

const RELATIONS_SHOWN = 40;
/** What is gone is listed up to this many per kind (organisations, relations). */
const GONE_SHOWN = 200;

export class SidePanel {
  readonly root = h('aside', { class: 'panel', id: 'panel', tabindex: '-1' });
  private expanded = -1;

  constructor(
    private model: Model,
    private onSelect: (i: number) => void,
    private onClose: () => void,
    private onEgo: (i: number) => void,
  ) {}

  render(S: Strings, lang: Lang, selected: number, product: number, vis: Visibility | null): void {
    this.root.setAttribute('aria-label', S.panelLabel);
    if (product >= 0) {
      this.renderProduct(S, product);
      return;
    }
    if (selected < 0) {
      this.root.classList.remove('open');
      setChildren(this.root, h('p', { class: 'muted', text: S.panelEmpty }), this.goneSection(S));
      return;
    }
    this.root.classList.add('open');
    const { nodes, dict, meta } = this.model.p;
    const i = selected;
    const L = S.locale;
    const type = nodes.type[i]! >= 0 ? dict.types[nodes.type[i]!]! : '';
    const role = ROLE_IDS[nodes.role[i]!] ?? 'isolate';
    const c = nodes.community[i]!;
    const sources = (Object.keys(NODE_SOURCE_BITS) as Array<keyof typeof NODE_SOURCE_BITS>)
      .filter((s) => nodes.sources[i]! & NODE_SOURCE_BITS[s])
      .map((s) => S.sources[s]);
    // Relations, strongest first.
    const rel: Array<[number, number]> = [];
    for (let k = this.model.adjStart[i]!; k < this.model.adjStart[i + 1]!; k++) {
      const j = this.model.adjEdges[k]!;
      rel.push([j, otherEnd(this.model, j, i)]);
    }
    const facts = h(
      'dl',
      { class: 'facts' },
      h('dt', { text: S.kind }),
      h('dd', { text: type ? (S.types[type] ?? type) : S.unknown }),
      h('dt', { text: S.region }),
      h('dd', { text: nodes.region[i]! >= 0 ? dict.regions[nodes.region[i]!]! : S.unknown }),
      h('dt', { text: S.themes }),
      h('dd', { text: nodes.themes[i]!.length ? nodes.themes[i]!.map((t) => dict.themes[t]!).join(', ') : '–' }),
      h('dt', { text: metricText('community', lang).label }),
      h('dd', {
        text: `${communityLabel(this.model, S, c)} · ${S.communitySize(this.model.communitySize.get(c) ?? 0, formatInt(L, this.model.communitySize.get(c) ?? 0))}`,
      }),
      h('dt', { text: S.role }),
      h('dd', { text: S.roles[role] ?? role, title: metricText('role', lang).explain }),
      h('dt', { text: S.seenIn }),
      h('dd', { text: sources.join(', ') || '–' }),
      this.model.p.change ? h('dt', { text: S.changeStatus }) : null,
      this.model.p.change
        ? h('dd', { 'data-field': 'change', text: S.nodeChange[NODE_CHANGE_IDS[this.model.p.change.node[i]!] ?? 'stayed'] })
        : null,
    );

    // The engagement shortlist: rank, score and the reasons (engagement.csv).
    const at = this.model.engagementAt[i]!;
    const eng = this.model.p.engagement;
    const engagement =
      at >= 0 && eng
        ? h(
            'section',
            { class: 'engagement', 'data-field': 'engagement' },
            h('h3', { text: S.engagementTitle }),
            h('p', { class: 'eng-rank', text: S.engagementRank(eng.rank[at]!, eng.node.length) }),
            h(
              'dl',
              { class: 'facts' },
              h('dt', { text: S.engagementScore }),
              h('dd', { text: formatNumber(L, eng.score[at]!) }),
              h('dt', { text: S.engagementReasons }),
              h('dd', { class: 'eng-reasons', text: eng.reasons[lang][at] ?? '' }),
            ),
          )
        : null;
    const egoOn = this.model.p.nodes.id.length > 1 && rel.length > 0;
    const egoButton = egoOn
      ? h('button', { type: 'button', class: 'ego-btn', 'data-action': 'ego', text: S.egoShow, onclick: () => this.onEgo(i) })
      : null;

    const metrics = h(
      'table',
      { class: 'metrics' },
      h(
        'tbody',
        {},
        ...NUMERIC_METRICS.flatMap((m) => {
          const t = metricText(m, lang);
          return [
            h(
              'tr',
              { class: 'metric', 'data-metric': m },
              h('th', { scope: 'row', text: t.label }),
              h('td', { class: 'num', text: formatNumber(L, nodes.metrics[m][i] ?? null) }),
            ),
            h('tr', { class: 'explain-row' }, h('td', { class: 'explain', colspan: 2, text: t.explain })),
          ];
        }),
      ),
    );

    const E = this.model.p.edges;
    rel.sort((a, b) => E.weight[b[0]]! - E.weight[a[0]]! || compareCodeUnits(nodes.label[a[1]]!, nodes.label[b[1]]!));
    const shown = this.expanded === i ? rel : rel.slice(0, RELATIONS_SHOWN);
    const relList = rel.length
      ? h(
          'ul',
          { class: 'relations' },
          ...shown.map(([j, o]) => {
            const src = (['interview', 'survey'] as const).filter((s) => E.sources[j]! & EDGE_SOURCE_BITS[s]).map((s) => S.sources[s]);
            const kinds = RELATION_KIND_IDS.filter((_k, b) => ((E.kinds?.[j] ?? 0) >> b) & 1).map((k) => S.relationKinds[k]);
            const change = this.model.p.change ? S.edgeChange[EDGE_CHANGE_IDS[this.model.p.change.edge[j]!] ?? 'same'] : null;
            const hidden = vis && !vis.edges[j];
            return h(
              'li',
              { class: hidden ? 'filtered' : null },
              h('button', { type: 'button', class: 'link', 'data-index': o, onclick: () => this.onSelect(o), text: nodes.label[o]! }),
              h('span', {
                class: 'rel-meta',
                text: ` — ${S.weight} ${formatNumber(L, E.weight[j]!)}${kinds.length ? ` · ${kinds.join(', ')}` : ''}${src.length ? ` · ${src.join(', ')}` : ''}${change ? ` · ${change}` : ''}`,
              }),
            );
          }),
        )
      : h('p', { class: 'muted', text: S.noRelations });
    const more =
      rel.length > shown.length
        ? h('button', {
            type: 'button',
            class: 'link more',
            onclick: () => {
              this.expanded = i;
              this.onSelect(i);
            },
            text: S.showAll(rel.length),
          })
        : null;

    // KIS contacts and survey figures (suppressed under the minimum group size).
    const rating = nodes.rating[i];
    const ratingText =
      rating !== null && rating !== undefined
        ? formatNumber(L, rating)
        : nodes.ratingSuppressed[i]
          ? S.suppressed(meta.params.minGroupSize)
          : S.noRatings;
    const kis = nodes.kisContacts[i];
    const products = this.model.productsOf[i] ?? [];
    const survey = h(
      'dl',
      { class: 'facts' },
      h('dt', { text: S.kisContacts }),
      h('dd', { text: kis === null || kis === undefined ? S.notKnown : formatInt(L, kis) }),
      h('dt', { text: S.respondents }),
      h('dd', { text: formatInt(L, nodes.respondents[i] ?? 0) }),
      h('dt', { text: S.ratingMean }),
      h('dd', { class: nodes.ratingSuppressed[i] ? 'suppressed' : null, 'data-field': 'rating', text: ratingText }),
      nodes.ratings[i] !== null && nodes.ratings[i] !== undefined ? h('dt', { text: S.ratingCount }) : null,
      nodes.ratings[i] !== null && nodes.ratings[i] !== undefined ? h('dd', { text: formatInt(L, nodes.ratings[i]!) }) : null,
      h('dt', { text: S.productsUsed }),
      h('dd', { text: products.length ? products.map(([p]) => this.model.p.dict.products[p]!).join(', ') : '–' }),
    );

    setChildren(
      this.root,
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'panel-title', text: nodes.label[i]! }),
        h('button', { type: 'button', class: 'close', 'aria-label': S.close, title: S.close, onclick: () => this.onClose(), text: '×' }),
      ),
      vis && !vis.nodes[i] ? h('p', { class: 'note', text: S.hiddenByFilters }) : null,
      facts,
      egoButton,
      engagement,
      h('h3', { text: S.metricsTitle }),
      metrics,
      h('h3', { text: S.relationsTitle(rel.length) }),
      relList,
      more,
      h('h3', { text: S.kisSurveyTitle }),
      survey,
    );
  }

  /** On a compare map: the organisations and relations of the older wave that are gone. */
  goneSection(S: Strings): HTMLElement | null {
    const ch = this.model.p.change;
    if (!ch) return null;
    const { organisations, relations } = ch.gone;
    const list = (items: string[]) =>
      h(
        'ul',
        { class: 'gone-list' },
        ...items.slice(0, GONE_SHOWN).map((t) => h('li', { text: t })),
        items.length > GONE_SHOWN ? h('li', { class: 'muted', text: S.andMore(items.length - GONE_SHOWN) }) : null,
      );
    return h(
      'section',
      { class: 'gone', 'data-field': 'gone' },
      h('h3', { text: S.goneTitle(ch.waves.old) }),
      organisations.length + relations.length === 0 ? h('p', { class: 'muted', text: S.noneGone }) : null,
      organisations.length ? h('h4', { text: S.goneOrganisations(organisations.length) }) : null,
      organisations.length ? list(organisations.map((o) => o.label)) : null,
      relations.length ? h('h4', { text: S.goneRelations(relations.length) }) : null,
      relations.length ? list(relations.map((r) => `${r.sourceLabel} – ${r.targetLabel}`)) : null,
    );
  }

  private renderProduct(S: Strings, k: number): void {
    this.root.classList.add('open');
    const users = [...(this.model.usersOf[k] ?? [])].sort((a, b) =>
      compareCodeUnits(this.model.p.nodes.label[a]!, this.model.p.nodes.label[b]!),
    );
    setChildren(
      this.root,
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'panel-title', text: this.model.p.dict.products[k]! }),
        h('button', { type: 'button', class: 'close', 'aria-label': S.close, title: S.close, onclick: () => this.onClose(), text: '×' }),
      ),
      h('p', { class: 'muted', text: `${S.product} · ${S.usedBy(users.length)}` }),
      h(
        'ul',
        { class: 'relations' },
        ...users.map((o) =>
          h(
            'li',
            {},
            h('button', {
              type: 'button',
              class: 'link',
              'data-index': o,
              onclick: () => this.onSelect(o),
              text: this.model.p.nodes.label[o]!,
            }),
          ),
        ),
      ),
    );
  }
}
