/**
 * Whom to involve (the first rows of engagement.csv, with the score's formula) and what is
 * missing (stakeholder types and provinces with no organisation).
 */

import { PROVINCES, provinceOf } from '../../resolve/provinces.js';
import { ENGAGEMENT_REPORT_CAP, engagementRows } from '../engagement.js';
import { formatCount } from '../report-format.js';
import { type ReportContext, label, list, paragraph, regionCell, typeName } from './context.js';
import type { Inline, ReportSection } from './model.js';

export function engagementSection(ctx: ReportContext): ReportSection {
  const { t, lang } = ctx;
  const section = { id: 'engagement', title: t.engagement };
  if (ctx.nodes.length === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  const rows = engagementRows(ctx.result, lang);
  if (rows.length === 0) return { ...section, blocks: [paragraph(t.noEngagement)] };
  const shown = rows.slice(0, ENGAGEMENT_REPORT_CAP);
  return {
    ...section,
    blocks: [
      paragraph(t.engagementIntro(formatCount(shown.length, lang))),
      {
        kind: 'table',
        caption: t.engagement,
        header: [...t.engagementHeader],
        rows: shown.map((r) => {
          const n = { id: r.id, attributes: r.attributes };
          return [String(r.rank), label(n), typeName(ctx, r.attributes.type), regionCell(n), r.reasons || '–'];
        }),
        align: ['right', 'left', 'left', 'left', 'left'],
      },
    ],
  };
}

export function gapsSection(ctx: ReportContext): ReportSection {
  const { t, lang } = ctx;
  const section = { id: 'gaps', title: t.gaps };
  if (ctx.nodes.length === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  const types = new Set(ctx.nodes.map((n) => n.attributes.type));
  const provinces = new Set<string>();
  for (const n of ctx.nodes) {
    const p = n.attributes.region ? provinceOf(n.attributes.region) : undefined;
    if (p) provinces.add(p);
  }
  // `other` is a catch-all, not a stakeholder group one can miss.
  const missingTypes = Object.keys(t.types).filter((k) => k !== 'other' && k !== 'unknown' && !types.has(k as never));
  const missingProvinces = PROVINCES.filter((p) => !provinces.has(p));
  const untyped = ctx.nodes.filter((n) => !n.attributes.type).length;
  const noRegion = ctx.nodes.filter((n) => !n.attributes.region).length;
  const lines: Array<Inline[] | string> = [
    missingTypes.length > 0 ? t.missingTypes(missingTypes.map((k) => typeName(ctx, k)).join(', ')) : t.allTypes,
    ...(untyped > 0 ? [t.noType(untyped, formatCount(untyped, lang))] : []),
    missingProvinces.length > 0 ? t.missingProvinces(missingProvinces.join(', ')) : t.allProvinces,
    ...(noRegion > 0 ? [t.noRegion(noRegion, formatCount(noRegion, lang))] : []),
  ];
  return { ...section, blocks: [list(lines)] };
}
