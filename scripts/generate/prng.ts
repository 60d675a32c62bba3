// A small seeded pseudo-random number generator, so that the same seed always gives the same data.
// mulberry32: 32 bits of state, fast, and good enough for test data (not for anything secret).

export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the keys, in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    return this.chooser(weights)();
  }

  /** A function that picks one of the keys in proportion to its weight (set up once, for hot loops). */
  chooser<K extends string>(weights: Readonly<Record<K, number>>): () => K {
    const keys = Object.keys(weights) as K[];
    const cumulative: number[] = [];
    let total = 0;
    for (const key of keys) cumulative.push((total += weights[key]));
    return () => {
      const r = this.next() * total;
      for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return keys[i]!;
      return keys[keys.length - 1]!;
    };
  }

  /** k distinct items (k is capped at the list's length), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /** A new generator for one part of the data, so that parts do not shift each other when one changes. */
  fork(label: string): Prng {
    let h = this.state ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Prng(h >>> 0);
  }
}
