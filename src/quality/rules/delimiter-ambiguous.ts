/** `delimiter-ambiguous`: two delimiters split the file equally well. */
import { t } from '../../lang.js';
import type { HeaderRule } from '../rule.js';

const NAME: Record<string, { nl: string; en: string }> = {
  ',': t('komma', 'comma'),
  ';': t('puntkomma', 'semicolon'),
  '\t': t('tab', 'tab'),
};

export const delimiterAmbiguous: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'delimiter-ambiguous',
    defaultSeverity: 'error',
    description: 'The delimiter could not be told from the header and first rows.',
    example: 'contacts.csv:1: both comma and semicolon split the header into known columns; pass --delimiter ";"',
  },
  check(ctx) {
    if (ctx.explicitDelimiter || !ctx.sniff.ambiguous) return [];
    const a = NAME[ctx.sniff.delimiter] ?? t(ctx.sniff.delimiter, ctx.sniff.delimiter);
    const alt = ctx.sniff.alternative ?? '';
    const b = NAME[alt] ?? t(alt, alt);
    return [
      {
        line: ctx.line ?? 1,
        message: t(
          `zowel ${a.nl} als ${b.nl} splitst de kopregel in bekende kolommen; gelezen met ${a.nl}`,
          `both ${a.en} and ${b.en} split the header into known columns; read with ${a.en}`,
        ),
        hint: t('Geef met --delimiter aan welke het bestand gebruikt', 'Pass --delimiter to say which one the file uses'),
      },
    ];
  },
};
