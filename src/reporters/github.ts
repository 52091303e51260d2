/** `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`). */
import { count, t } from '../lang.js';
import type { Reporter } from './types.js';

const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Reporter = (report, _chalk, lang) => {
  const lines: string[] = [];
  for (const f of report.files) {
    for (const i of f.issues) {
      const props = [`file=${escProp(i.file)}`, ...(i.line !== undefined ? [`line=${i.line}`] : []), `title=${escProp(i.type)}`];
      lines.push(`::${i.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${esc(i.message + (i.hint ? `. ${i.hint}` : ''))}`);
    }
  }
  const errors = count(report.errors, t('fout', 'error'), t('fouten', 'errors'))[lang];
  const warnings = count(report.warnings, t('waarschuwing', 'warning'), t('waarschuwingen', 'warnings'))[lang];
  lines.push(`${errors}, ${warnings}`);
  return `${lines.join('\n')}\n`;
};
