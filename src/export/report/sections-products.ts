/**
 * Knowledge products: the products used (organisations and respondents), their reach per
 * stakeholder type (products.csv's counts, as a table and a heatmap) and the groups — types,
 * regions, communities — that no product reaches, each as a list (names may contain commas).
 */

import { compareCodeUnits } from '../../compare.js';
import { productsUnreached } from '../../graph/summaries.js';
import type { HeatmapChart } from '../charts/types.js';
import { formatCount } from '../report-format.js';
import { TYPE_KEYS, typeCount } from '../type-keys.js';
import { type ReportContext, cappedList, groupName, paragraph, typeName } from './context.js';
import type { Block, ReportSection } from './model.js';

const PRODUCT_CAP = 10;

function unreachedBlocks(ctx: ReportContext): Block[] {
  const { t, result } = ctx;
  const unreached = productsUnreached(result.graph, result.productUsage);
  if (unreached === null) return [];
  const blocks: Block[] = [];
  for (const dimension of ['type', 'region', 'community'] as const) {
    const groups = unreached[dimension].map(String);
    if (groups.length === 0) continue;
    blocks.push(paragraph(t.unreachedIntro[dimension]));
    blocks.push(
      ...cappedList(
        ctx,
        groups.map((g) => groupName(ctx, dimension, g)),
        'products.csv',
      ),
    );
  }
  return blocks.length > 0 ? blocks : [paragraph(t.allReached)];
}

export function productsSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const section = { id: 'products', title: t.productsSection };
  if (result.products.length === 0) return { ...section, blocks: [paragraph(t.noProducts)] };
  const products = [...result.products].sort(
    (a, b) => b.organisations - a.organisations || b.respondents - a.respondents || compareCodeUnits(a.product, b.product),
  );
  const shown = products.slice(0, PRODUCT_CAP);
  const present = new Set<string>(ctx.nodes.map((n) => n.attributes.type || 'unknown'));
  const types = TYPE_KEYS.filter((k) => present.has(k));
  const typeNames = types.map((k) => typeName(ctx, k === 'unknown' ? '' : k));
  const reach = shown.map((p) => types.map((k) => typeCount(p.by_type, k)));
  const chart: HeatmapChart = {
    kind: 'heatmap',
    id: 'product-reach',
    title: t.productReachTitle,
    desc: t.productReachDesc,
    rows: shown.map((p) => p.product),
    columns: typeNames,
    values: reach,
    rowLabel: t.productWord,
    columnLabel: t.typeWord,
  };
  const blocks: Block[] = [
    paragraph(t.productsIntro),
    {
      kind: 'table',
      caption: t.products,
      header: [...t.productsHeader],
      rows: shown.map((p) => [p.product, formatCount(p.organisations, lang), formatCount(p.respondents, lang)]),
      align: ['left', 'right', 'right'],
    },
  ];
  if (products.length > PRODUCT_CAP) blocks.push(paragraph(t.andMore(formatCount(products.length - PRODUCT_CAP, lang), 'products.csv')));
  blocks.push({
    kind: 'subsection',
    id: 'product-reach',
    title: t.productReachTitle,
    blocks: [
      paragraph(t.productReachDesc),
      { kind: 'chart', chart },
      {
        kind: 'table',
        caption: t.productReachTitle,
        header: [t.productWord, ...typeNames],
        rows: shown.map((p, i) => [p.product, ...reach[i]!.map((v) => formatCount(v, lang))]),
        align: ['left', ...types.map((): 'right' => 'right')],
      },
    ],
  });
  blocks.push(...unreachedBlocks(ctx));
  return { ...section, blocks };
}
