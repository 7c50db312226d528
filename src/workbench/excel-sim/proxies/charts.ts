// Excel.Chart and ChartCollection: the chart's type, source data address, title and position.

import { parseLocal, qualifiedAddress } from '../address';
import { defineClass, SimCollection, SimObject } from '../client';
import { simError } from '../errors';
import type { SimChart, SimSheet } from '../sheet';
import { heightOf, widthOf } from '../range-ops';
import type { SimRange } from './range';
import type { SimWorksheet } from './worksheet';

type ChartTarget = { readonly sheet: SimSheet; readonly chart: SimChart };
let nextChartId = 1;

export class SimChartProxy extends SimObject<ChartTarget> {
  constructor(
    context: SimObject<unknown>['context'],
    path: string,
    private readonly resolver: () => ChartTarget | null,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }
  get typeName(): string {
    return 'Chart';
  }
  protected resolveTarget(): ChartTarget | null {
    const t = this.resolver();
    return t && t.sheet.charts.includes(t.chart) ? t : null;
  }
  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this.sameContext(startCell);
    this.sameContext(endCell);
    const d = (x: SimRange | string | undefined): string | null => (x === undefined ? null : typeof x === 'string' ? x : x.path);
    this.enqueue({ o: this.path, m: 'setPosition', a: [d(startCell), d(endCell)] }, undefined, ({ sheet, chart }) => {
      const rectOf = (x: SimRange | string) => {
        if (typeof x === 'string') {
          const r = parseLocal(x.replace(/^.*!/, ''));
          if (!r) throw simError('InvalidArgument', `Cell ${x}`);
          return r;
        }
        const t = x.target();
        if (!t) throw simError('InvalidArgument', 'Cell');
        return t.rect;
      };
      const start = rectOf(startCell);
      const end = endCell === undefined ? start : rectOf(endCell);
      chart.left = widthOf(sheet, { ...start, col: 0, colCount: start.col });
      chart.top = heightOf(sheet, { ...start, row: 0, rowCount: start.row });
      if (endCell !== undefined) {
        chart.width = widthOf(sheet, { ...start, colCount: end.col + end.colCount - start.col });
        chart.height = heightOf(sheet, { ...start, rowCount: end.row + end.rowCount - start.row });
      }
      chart.startCell = qualifiedAddress(sheet.name, start);
      if (endCell !== undefined) chart.endCell = qualifiedAddress(sheet.name, end);
    });
  }
  delete(): void {
    this.enqueue({ o: this.path, m: 'delete' }, undefined, ({ sheet, chart }) => {
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

function num(key: 'top' | 'left' | 'width' | 'height') {
  return {
    get: (t: ChartTarget) => t.chart[key],
    set: (t: ChartTarget, v: unknown) => {
      t.chart[key] = Number(v);
    },
  };
}

defineClass(SimChartProxy, {
  props: {
    id: { get: (t) => t.chart.id, since: '1.7' },
    name: { get: (t) => t.chart.name, set: (t, v) => void (t.chart.name = String(v)) },
    chartType: { get: (t) => t.chart.type, set: (t, v) => void (t.chart.type = String(v)), since: '1.7' },
    top: num('top'),
    left: num('left'),
    width: num('width'),
    height: num('height'),
  },
  navs: {
    title: (o) => new SimChartTitle(o as SimChartProxy),
  },
});

export class SimChartTitle extends SimObject<ChartTarget> {
  constructor(private readonly owner: SimChartProxy) {
    super(owner.context, `${owner.path}.title`);
  }
  get typeName(): string {
    return 'ChartTitle';
  }
  protected resolveTarget(): ChartTarget | null {
    return this.owner.target();
  }
}
defineClass(SimChartTitle, {
  props: {
    text: { get: (t) => t.chart.title, set: (t, v) => void (t.chart.title = String(v)) },
    visible: { get: (t) => t.chart.title !== '', set: () => undefined },
  },
});

export class SimChartCollection extends SimCollection<SimSheet, ChartTarget> {
  constructor(private readonly ws: SimWorksheet) {
    super(ws.context, `${ws.path}.charts`);
  }
  get typeName(): string {
    return 'ChartCollection';
  }
  protected resolveTarget(): SimSheet | null {
    return this.ws.target();
  }
  protected itemsOf(sheet: SimSheet): SimObject<ChartTarget>[] {
    return sheet.charts.map((chart) => new SimChartProxy(this.context, `${this.path}.getItem(${JSON.stringify(chart.name)})`, () => ({ sheet, chart })).setResolved({ sheet, chart }));
  }
  getItem(name: string): SimChartProxy {
    const p = new SimChartProxy(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.target();
      const chart = sheet?.charts.find((c) => c.name === name);
      return sheet && chart ? { sheet, chart } : null;
    });
    p.instantiateNow();
    return p;
  }
  add(type: string, sourceData: SimRange, seriesBy?: string): SimChartProxy {
    this.sameContext(sourceData);
    let created: ChartTarget | null = null;
    this.context.push({
      desc: { o: this.path, m: 'add', a: [type, sourceData.path, seriesBy ?? 'Auto'] },
      run: () => {
        const sheet = this.ws.target();
        const src = sourceData.target();
        if (!sheet || !src) throw simError('InvalidArgument', 'Chart source');
        const chart: SimChart = {
          id: `{sim-chart-${nextChartId}}`,
          name: `Chart ${nextChartId++}`,
          type,
          source: qualifiedAddress(src.sheet.name, src.rect),
          seriesBy: seriesBy ?? 'Auto',
          title: '',
          top: 0,
          left: 0,
          width: 360,
          height: 216,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
      },
    });
    return new SimChartProxy(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => created);
  }
}
