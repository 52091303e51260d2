/**
 * The satisfaction section's wording of the rank correlation of rating and PageRank: strength
 * in words by |ρ| (< 0.1 / 0.3 / 0.5), its direction, its n, "uncertain" below 30 organisations,
 * and no reading at all when it is undefined.
 */

import { describe, expect, it } from 'vitest';
import { exportReportMd } from '../../../../src/export/report-md.js';
import { OPTIONS, OPTIONS_EN, fixtureResult } from '../fixture.js';

function withRho(spearman: number | null, n: number) {
  const r = fixtureResult();
  r.insights = { ...r.insights, rating_centrality: { spearman, n } };
  return r;
}

describe('rating and influence in words', () => {
  it('reads ρ by its size and sign, with n, and says when n is small', () => {
    expect(exportReportMd(withRho(0.42, 12), OPTIONS_EN)).toContain(
      "the rank correlation (Spearman) between an organisation's mean rating and its PageRank is **0.42**, over 12 organisations with a published mean: a moderate association (organisations with more influence give somewhat higher ratings on average). With so few organisations this is uncertain. It says nothing about cause and effect.",
    );
    expect(exportReportMd(withRho(-0.55, 240), OPTIONS_EN)).toContain(
      'is **-0.55**, over 240 organisations with a published mean: a strong association (organisations with more influence give somewhat lower ratings on average). It says nothing about cause and effect.',
    );
    expect(exportReportMd(withRho(0.05, 1200), OPTIONS)).toContain(
      'is **0,05**, over 1.200 organisaties met een gepubliceerd gemiddelde: vrijwel geen samenhang. Dit zegt niets over oorzaak en gevolg.',
    );
  });

  it('reads nothing into an undefined correlation', () => {
    expect(exportReportMd(withRho(null, 2), OPTIONS_EN)).toContain(
      'Whether organisations with more influence in the network (PageRank) give higher or lower ratings cannot be said: only 2 organisations have a published mean rating.',
    );
  });
});
