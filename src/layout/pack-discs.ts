/**
 * Front-chain circle packing (Wang, Wang, Dai & Wang 2006, "Visualization of large hierarchical
 * data by circle packing", CHI '06), in the incremental form d3-hierarchy's `packSiblings`
 * popularised: each disc is placed tangent to two discs of the front chain, next to the pair
 * closest to the centre, so discs given largest first end up with the largest in the middle.
 * O(n²) in the worst case, near-linear in practice; no randomness.
 */

export interface Disc {
  r: number;
  x: number;
  y: number;
}

interface ChainNode {
  d: Disc;
  next: ChainNode;
  prev: ChainNode;
}

/** Puts `c` tangent to both `a` and `b` (on the left of a→b). */
function place(b: Disc, a: Disc, c: Disc): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d2 = dx * dx + dy * dy;
  if (d2 > 0) {
    let a2 = a.r + c.r;
    a2 *= a2;
    let b2 = b.r + c.r;
    b2 *= b2;
    if (a2 > b2) {
      const x = (d2 + b2 - a2) / (2 * d2);
      const y = Math.sqrt(Math.max(0, b2 / d2 - x * x));
      c.x = b.x - x * dx - y * dy;
      c.y = b.y - x * dy + y * dx;
    } else {
      const x = (d2 + a2 - b2) / (2 * d2);
      const y = Math.sqrt(Math.max(0, a2 / d2 - x * x));
      c.x = a.x + x * dx - y * dy;
      c.y = a.y + x * dy + y * dx;
    }
  } else {
    c.x = a.x + c.r;
    c.y = a.y;
  }
}

function intersects(a: Disc, b: Disc): boolean {
  const dr = a.r + b.r - 1e-6;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return dr > 0 && dr * dr > dx * dx + dy * dy;
}

/** Squared distance of the weighted midpoint of a chain pair to the origin. */
function score(n: ChainNode): number {
  const a = n.d;
  const b = n.next.d;
  const ab = a.r + b.r;
  const x = (a.x * b.r + b.x * a.r) / ab;
  const y = (a.y * b.r + b.y * a.r) / ab;
  return x * x + y * y;
}

/** Sets x, y of every disc so that none overlap, packed around the origin, in the given order. */
export function packDiscs(discs: Disc[]): void {
  const n = discs.length;
  if (n === 0) return;
  const d0 = discs[0]!;
  d0.x = 0;
  d0.y = 0;
  if (n === 1) return;
  const d1 = discs[1]!;
  d0.x = -d1.r;
  d1.x = d0.r;
  d1.y = 0;
  if (n === 2) return;
  const d2 = discs[2]!;
  place(d1, d0, d2);

  const mk = (d: Disc): ChainNode => {
    const node = { d } as ChainNode;
    node.next = node;
    node.prev = node;
    return node;
  };
  let a = mk(d0);
  let b = mk(d1);
  let c = mk(d2);
  a.next = c.prev = b;
  b.next = a.prev = c;
  c.next = b.prev = a;

  pack: for (let i = 3; i < n; ++i) {
    const disc = discs[i]!;
    place(a.d, b.d, disc);
    c = mk(disc);
    // Find the closest intersecting disc on the front chain, if any.
    let j = b.next;
    let k = a.prev;
    let sj = b.d.r;
    let sk = a.d.r;
    do {
      if (sj <= sk) {
        if (intersects(j.d, c.d)) {
          b = j;
          a.next = b;
          b.prev = a;
          --i;
          continue pack;
        }
        sj += j.d.r;
        j = j.next;
      } else {
        if (intersects(k.d, c.d)) {
          a = k;
          a.next = b;
          b.prev = a;
          --i;
          continue pack;
        }
        sk += k.d.r;
        k = k.prev;
      }
    } while (j !== k.next);
    // Insert c between a and b.
    c.prev = a;
    c.next = b;
    a.next = b.prev = b = c;
    // The new pair closest to the centre.
    let best = score(a);
    while ((c = c.next) !== b) {
      const s = score(c);
      if (s < best) {
        a = c;
        best = s;
      }
    }
    b = a.next;
  }
}
