// A small max-flow (Dinic) over typed arrays, for balanced assignment: the graph is per union
// and member, not per initiative, so it stays small at national scale. Deterministic: edges are
// explored in the order they were added.

export class FlowGraph {
  private head: Int32Array;
  private to: Int32Array;
  private next: Int32Array;
  private cap: Float64Array;
  private count = 0;
  private level: Int32Array;
  private iter: Int32Array;

  constructor(
    readonly nodes: number,
    maxEdges: number,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    this.to = new Int32Array(maxEdges * 2);
    this.next = new Int32Array(maxEdges * 2);
    this.cap = new Float64Array(maxEdges * 2);
    this.level = new Int32Array(nodes);
    this.iter = new Int32Array(nodes);
  }

  /** Adds u → v with capacity c; returns the edge index (its reverse is index ^ 1). */
  addEdge(u: number, v: number, c: number): number {
    const e = this.count;
    this.to[e] = v;
    this.cap[e] = c;
    this.next[e] = this.head[u]!;
    this.head[u] = e;
    this.to[e + 1] = u;
    this.cap[e + 1] = 0;
    this.next[e + 1] = this.head[v]!;
    this.head[v] = e + 1;
    this.count += 2;
    return e;
  }

  /** Flow currently through edge e. */
  flowOn(e: number): number {
    return this.cap[e ^ 1]!;
  }

  /** Raises the capacity of edge e (its flow stays). */
  setCapacity(e: number, c: number): void {
    this.cap[e] = c - this.flowOn(e);
  }

  /** A copy with the same flow, to try a capacity without losing the current state. */
  clone(): FlowGraph {
    const g = new FlowGraph(this.nodes, this.to.length / 2);
    g.head.set(this.head);
    g.to.set(this.to);
    g.next.set(this.next);
    g.cap.set(this.cap);
    g.count = this.count;
    return g;
  }

  private bfs(s: number, t: number): boolean {
    this.level.fill(-1);
    const queue = new Int32Array(this.nodes);
    let qh = 0;
    let qt = 0;
    queue[qt++] = s;
    this.level[s] = 0;
    while (qh < qt) {
      const u = queue[qh++]!;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.cap[e]! > 0 && this.level[v]! < 0) {
          this.level[v] = this.level[u]! + 1;
          queue[qt++] = v;
        }
      }
    }
    return this.level[t]! >= 0;
  }

  private dfs(u: number, t: number, f: number): number {
    if (u === t) return f;
    for (; this.iter[u]! !== -1; this.iter[u] = this.next[this.iter[u]!]!) {
      const e = this.iter[u]!;
      const v = this.to[e]!;
      if (this.cap[e]! > 0 && this.level[v] === this.level[u]! + 1) {
        const d = this.dfs(v, t, Math.min(f, this.cap[e]!));
        if (d > 0) {
          this.cap[e] = this.cap[e]! - d;
          this.cap[e ^ 1] = this.cap[e ^ 1]! + d;
          return d;
        }
      }
    }
    return 0;
  }

  /** Augments to a maximum flow from the current one; returns the flow added. */
  maxFlow(s: number, t: number): number {
    let total = 0;
    while (this.bfs(s, t)) {
      this.iter.set(this.head);
      for (let f = this.dfs(s, t, Infinity); f > 0; f = this.dfs(s, t, Infinity)) total += f;
    }
    return total;
  }
}
