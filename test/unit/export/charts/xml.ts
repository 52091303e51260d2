/**
 * A strict little XML reader for the chart tests (no XML library is a dependency of the project):
 * it throws on anything that is not well-formed XML 1.0 as far as SVG output can go wrong
 * (unbalanced or crossed tags, unquoted or repeated attributes, a bare `<` or `&`, an unknown
 * entity, text outside the root) and returns a small element tree to query.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The decoded text directly inside this element. */
  text: string;
  parent: XmlElement | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = '[A-Za-z_:][A-Za-z0-9_:.-]*';

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`bare '<' in ${where}`);
  return raw.replace(/&([^;\s&]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new Error(`bare '&' in ${where}: ${JSON.stringify(m)}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const num = /^#(\d+)$/.exec(ref) ?? null;
    if (num) return String.fromCodePoint(Number(num[1]));
    const hex = /^#x([0-9a-fA-F]+)$/.exec(ref);
    if (hex) return String.fromCodePoint(parseInt(hex[1]!, 16));
    throw new Error(`unknown entity &${ref}; in ${where}`);
  });
}

/** Parses `source` as one XML element (no prolog needed); throws when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  const token = new RegExp(
    `<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>|<|[^<]+`,
    'g',
  );
  const attr = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  let root: XmlElement | null = null;
  let current: XmlElement | null = null;
  let closed = false;
  for (const m of source.matchAll(token)) {
    const [all, close, open, attrText, selfClose] = m;
    if (all.startsWith('<!--') || all.startsWith('<?')) continue;
    if (all === '<') throw new Error(`malformed tag at ${m.index}: ${JSON.stringify(source.slice(m.index, m.index + 40))}`);
    if (close) {
      if (!current || current.name !== close) throw new Error(`</${close}> does not close <${current?.name ?? 'nothing'}>`);
      current = current.parent;
      if (!current) closed = true;
      continue;
    }
    if (open) {
      if (closed) throw new Error('content after the root element');
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(attr)) {
        if (a[1]! in attrs) throw new Error(`attribute ${a[1]} repeated on <${open}>`);
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '', `attribute ${a[1]}`);
      }
      const el: XmlElement = { name: open, attrs, children: [], text: '', parent: current };
      if (current) current.children.push(el);
      else if (root) throw new Error('two root elements');
      else root = el;
      if (!selfClose) current = el;
      else if (!current) closed = true;
      continue;
    }
    // Text.
    if (!current) {
      if (all.trim() !== '') throw new Error(`text outside the root: ${JSON.stringify(all.slice(0, 40))}`);
      continue;
    }
    current.text += decode(all, `<${current.name}>`);
  }
  if (current) throw new Error(`<${current.name}> is never closed`);
  if (!root) throw new Error('no element');
  return root;
}

/** Every element below (and including) `el` named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

/** All text inside `el`, its descendants' included, in document order. */
export function allText(el: XmlElement): string {
  return el.text + el.children.map(allText).join('');
}
