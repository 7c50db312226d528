// A council that scores like people (the developers' brief): each initiative has a true quality,
// each reviewer a bias of about ±5 points, each review noise of about ±5 points (normal, standard
// deviation 5), split over TM/HQ/AD in halves of a point as reviewers write them.

import { createRng, type Rng } from '../../src/sample/random';

export interface Scorer {
  /** TM, HQ, AD in points for a (initiative, member) pair; the same pair always scores the same. */
  score(initiativeId: string, memberId: string): [number, number, number];
}

function normal(rng: Rng): number {
  // Box–Muller: one standard normal from two uniforms.
  const u = Math.max(1e-12, rng.next());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761) >>> 0;
  return h;
}

export function simulatedScorer(seed = 1, bias = 5, noise = 5): Scorer {
  const quality = new Map<string, number>();
  const lean = new Map<string, number>();
  const q = (id: string): number => {
    let v = quality.get(id);
    if (v === undefined) {
      // True quality: most initiatives 50–80, a few excellent ones.
      v = Math.min(97, Math.max(25, 65 + 11 * normal(createRng(hash(id, seed)))));
      quality.set(id, v);
    }
    return v;
  };
  const b = (id: string): number => {
    let v = lean.get(id);
    if (v === undefined) {
      v = bias * normal(createRng(hash(id, seed + 1)));
      lean.set(id, v);
    }
    return v;
  };
  const maxima = [30, 40, 30];
  return {
    score(initiativeId, memberId) {
      const rng = createRng(hash(`${initiativeId}|${memberId}`, seed + 2));
      const total = Math.min(100, Math.max(0, q(initiativeId) + b(memberId) + noise * normal(rng)));
      return maxima.map((max) => Math.min(max, Math.max(0, Math.round((total / 100) * max * 2) / 2))) as [
        number,
        number,
        number,
      ];
    },
  };
}
