// The picture of the cut, drawn with @fluentui/react-charts. This module is loaded with import()
// only when the ranking step has results to draw, so the chart library lands in its own chunk and
// never weighs on the pane's first download. The same facts are given as text beside it (CutFacts).
import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { useEffect, useRef, type ReactNode } from 'react';
import { formatHundredths } from '../../../core/ranking';
import { FLAG_COLOR, lineColor, SCORE_COLOR } from './colors';
import type { ChartPoint, CutLine, Target } from './Ranking.types';

export interface CutChartProps {
  readonly points: readonly ChartPoint[];
  readonly lines: readonly CutLine[];
  readonly width: number;
  readonly labels: {
    readonly scores: string;
    readonly flagged: string;
    readonly line: (line: CutLine) => string;
    readonly rank: string;
    readonly score: string;
    readonly point: (p: ChartPoint) => string;
  };
  readonly decimal: ',' | '.';
  readonly onSelect: (target: Target | null) => void;
}

export default function CutChart(props: CutChartProps): ReactNode {
  const { points, lines, labels } = props;
  const last = points.length === 0 ? 1 : points[points.length - 1]!.position;
  const y = (s: number): number => s / 100;
  const data: LineChartPoints[] = [
    {
      legend: labels.scores,
      color: SCORE_COLOR,
      hideNonActiveDots: true,
      data: points.map((p) => ({
        x: p.position,
        y: y(p.score),
        xAxisCalloutData: p.id,
        yAxisCalloutData: formatHundredths(p.score, props.decimal),
        onDataPointClick: () => props.onSelect(p.target),
      })),
    },
  ];
  lines.forEach((line, index) => {
    data.push({
      legend: labels.line(line),
      color: lineColor(lines, index),
      hideNonActiveDots: true,
      lineOptions: { strokeDasharray: line.kind === 'ubnd' ? '2 2' : '5 3', strokeWidth: 1.5 },
      data: [
        { x: 1, y: y(line.score), hideCallout: true },
        { x: last, y: y(line.score), hideCallout: true },
      ],
    });
  });
  // The marks first: react-charts draws the first series on top, so a click reaches them.
  const marked = points.filter((p) => p.flagged);
  // react-charts 9.3 renders a one-point series and the 'markers' mode without React keys (a console
  // error): the marks are a series whose joining line is never drawn, a lone mark drawn twice.
  const flagged = marked.length === 1 ? [marked[0]!, marked[0]!] : marked;
  if (flagged.length > 0) {
    data.unshift({
      legend: labels.flagged,
      color: FLAG_COLOR,
      lineOptions: { strokeDasharray: '0 100000' },
      data: flagged.map((p) => ({
        x: p.position,
        y: y(p.score),
        markerSize: 5,
        xAxisCalloutData: p.id,
        yAxisCalloutData: formatHundredths(p.score, props.decimal),
        callOutAccessibilityData: { ariaLabel: labels.point(p) },
        onDataPointClick: () => props.onSelect(p.target),
      })),
    });
  }
  const lowest = Math.min(...points.map((p) => p.score), ...lines.map((l) => l.score));
  const highest = Math.max(...points.map((p) => p.score), ...lines.map((l) => l.score));
  const floor = Math.max(0, Math.floor(lowest / 500) * 5);
  const ceiling = Math.min(100, Math.ceil(highest / 500) * 5);
  // react-charts makes every point a Tab stop (hundreds on the curve). Only the marks stay in the Tab
  // order; the curve's points are reached with the mouse, and every fact is also in the text beside.
  const frame = useRef<HTMLDivElement | null>(null);
  const flaggedLegend = labels.flagged;
  useEffect(() => {
    const el = frame.current;
    if (!el) return undefined;
    const quiet = (): void => {
      for (const node of el.querySelectorAll<SVGElement>('[role="img"][tabindex="0"]')) {
        if (!node.closest('g[role="region"]')?.getAttribute('aria-label')?.startsWith(`${flaggedLegend},`))
          node.setAttribute('tabindex', '-1');
      }
    };
    quiet();
    const observer = new MutationObserver(quiet);
    observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, [flaggedLegend]);
  return (
    <div ref={frame}>
      <LineChart
        data={{ lineChartData: data }}
        width={props.width}
        height={200}
        yMinValue={floor}
        yMaxValue={ceiling}
        xMinValue={1}
        xMaxValue={last}
        xAxisTitle={labels.rank}
        yAxisTitle={labels.score}
        yAxisTickCount={5}
        xAxisTickCount={4}
        margins={{ left: 44, right: 8, top: 8, bottom: 40 }}
        // The legend is the list of facts beside the chart, with the same colours: it fits a 320 px pane.
        hideLegend
        culture={props.decimal === ',' ? 'vi-VN' : 'en-US'}
      />
    </div>
  );
}
