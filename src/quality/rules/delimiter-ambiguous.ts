/** `delimiter-ambiguous`: two delimiters split the file equally well. */
import type { HeaderRule } from '../rule.js';

const NAME: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

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
    const a = NAME[ctx.sniff.delimiter] ?? ctx.sniff.delimiter;
    const b = NAME[ctx.sniff.alternative ?? ''] ?? ctx.sniff.alternative;
    return [
      {
        line: ctx.line ?? 1,
        message: `both ${a} and ${b} split the header into known columns; read with ${a}`,
        hint: `Pass --delimiter to say which one the file uses`,
      },
    ];
  },
};
