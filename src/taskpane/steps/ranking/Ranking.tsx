// Step "Xếp hạng": the summary and the picture of the cut first, then what the council must decide,
// grouped by what is at stake, a page at a time; the run and next-step buttons stay in a footer.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { formatHundredths } from '../../../core/ranking';
import { ProblemList, StepFooter, TaskProgress } from '../../common';
import { useLocale } from '../../i18n';
import type { StepProps } from '../types';
import { rankingMessages } from './messages';
import type { ChartPoint, CutLine, DecisionView, RankingSummary, Scope, Target } from './Ranking.types';
import { useRankingStyles } from './Ranking.styles';
import { FLAG_COLOR, lineColor } from './colors';
import { groupByScope } from './summary';
import { useRanking } from './useRanking';

// Loaded on demand: the chart library is its own chunk, fetched only when there is a cut to draw.
const CutChart = lazy(() => import('./CutChart'));

/** Decisions shown per group before "show more". */
export const PAGE = 10;

type T = ReturnType<typeof rankingMessages.useT>;

function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(280);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = (): void => setWidth(Math.max(200, Math.floor(el.getBoundingClientRect().width)));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function lineLabel(t: T, line: CutLine, fmt: (h: number) => string): string {
  return line.kind === 'ubnd'
    ? t('line.ubnd', { score: fmt(line.score) })
    : t(line.full ? 'line.tierFull' : 'line.tierMin', { tier: t(`tierName.${line.tier}`), score: fmt(line.score) });
}

function Summary(props: { readonly summary: RankingSummary; readonly fresh: boolean; readonly t: T }): ReactNode {
  const { summary: s, t } = props;
  const styles = useRankingStyles();
  return (
    <section className={styles.section} aria-labelledby="rank-summary">
      <Subtitle2 id="rank-summary" as="h3">
        {t('summary')}
      </Subtitle2>
      {s.computedAt ? (
        <Caption1>
          {props.fresh
            ? `${t('computedAt', { at: s.computedAt })}. ${t('fresh')}`
            : t('computedAt', { at: s.computedAt })}
        </Caption1>
      ) : null}
      <Body1 as="p" className={styles.p}>
        {t('counts', {
          registered: s.counts.registered,
          duplicates: s.counts.duplicates,
          complete: s.counts.complete,
          incomplete: s.counts.incomplete,
          passed: s.counts.passed,
        })}
      </Body1>
      <Body1 as="p" className={styles.p}>
        {t('tiers', {
          nhat: s.counts.perTier['Nhất'],
          nhi: s.counts.perTier['Nhì'],
          ba: s.counts.perTier['Ba'],
          kk: s.counts.perTier['Khuyến khích'],
        })}
      </Body1>
      <Body1 as="p" className={styles.p}>
        {t('lists', s.lists)}
      </Body1>
    </section>
  );
}

function Cut(props: {
  readonly summary: RankingSummary;
  readonly t: T;
  readonly select: (t: Target | null) => void;
}): ReactNode {
  const { summary: s, t } = props;
  const styles = useRankingStyles();
  const locale = useLocale();
  const decimal = locale === 'vi' ? ',' : '.';
  const fmt = (h: number): string => formatHundredths(h, decimal);
  const [ref, width] = useWidth();
  const flagged = s.points.filter((p) => p.flagged).length;
  if (s.points.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="rank-cut">
      <Subtitle2 id="rank-cut" as="h3">
        {t('cut')}
      </Subtitle2>
      <div ref={ref} className={styles.chart}>
        <Suspense fallback={<Spinner size="tiny" label={t('chartLoading')} />}>
          <CutChart
            points={s.points}
            lines={s.lines}
            width={width}
            decimal={decimal}
            onSelect={props.select}
            labels={{
              scores: t('chart.scores'),
              flagged: t('chart.flagged'),
              line: (l) => lineLabel(t, l, fmt),
              rank: t('chart.rank'),
              score: t('chart.score'),
              point: (p: ChartPoint) => t('chart.point', { id: p.id, rank: p.position, score: fmt(p.score) }),
            }}
          />
        </Suspense>
      </div>
      {/* The chart's facts in words, for every reader; each marked initiative is also a link in the decisions below. */}
      <ul className={styles.facts}>
        {s.lines.map((l, i) => (
          <li key={l.kind === 'ubnd' ? 'ubnd' : l.tier}>
            <span className={styles.swatch} style={{ borderTopColor: lineColor(s.lines, i) }} aria-hidden="true" />
            <Caption1>{lineLabel(t, l, fmt)}</Caption1>
          </li>
        ))}
        <li>
          <span className={styles.dot} style={{ backgroundColor: FLAG_COLOR }} aria-hidden="true" />
          <Caption1>
            {t('chart.facts', {
              ranked: s.ranked,
              drawn: s.points.length,
              flagged,
              top: fmt(s.points[0]!.score),
              bottom: fmt(s.points[s.points.length - 1]!.score),
            })}
          </Caption1>
        </li>
      </ul>
    </section>
  );
}

function Decision(props: {
  readonly d: DecisionView;
  readonly t: T;
  readonly select: (t: Target | null) => void;
}): ReactNode {
  const { d, t } = props;
  const styles = useRankingStyles();
  const locale = useLocale();
  const fmt = (h: number): string => formatHundredths(h, locale === 'vi' ? ',' : '.');
  const head = d.ids.length > 0 ? `${d.ids.join(', ')} — ${d.title}` : d.text;
  const facts = [
    d.rank === null ? null : t('rank', { rank: d.rank }),
    d.score === null ? null : t('score', { score: fmt(d.score) }),
    d.tier ? t('tier', { tier: t(`tierName.${d.tier}`) }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <li className={styles.item}>
      {d.target ? (
        <Link as="button" onClick={() => props.select(d.target)} className={styles.itemHead}>
          {head}
        </Link>
      ) : (
        <Body1 className={styles.itemHead}>{head}</Body1>
      )}
      {facts.length > 0 ? <Caption1>{facts.join(' · ')}</Caption1> : null}
      {d.ids.length > 0 ? <Caption1>{d.text}</Caption1> : null}
      {d.lines.length > 0 ? (
        <Caption1>{t('pivotLines', { lines: d.lines.map((l) => lineLabel(t, l, fmt)).join('; ') })}</Caption1>
      ) : null}
      {d.reviews.length > 0 ? (
        <Caption1>
          {t('reviews')}{' '}
          {d.reviews.map((r, i) => (
            <span key={`${r.member}-${i}`} className={r.crosses ? styles.crosses : undefined}>
              {i > 0 ? ' · ' : ''}
              {r.without === null
                ? t('review', { member: r.member, total: fmt(r.total) })
                : t('reviewWithout', { member: r.member, total: fmt(r.total), without: fmt(r.without) })}
            </span>
          ))}
        </Caption1>
      ) : null}
    </li>
  );
}

function Group(props: {
  readonly scope: Scope;
  readonly items: readonly DecisionView[];
  readonly t: T;
  readonly select: (t: Target | null) => void;
}): ReactNode {
  const { scope, items, t } = props;
  const styles = useRankingStyles();
  const [shown, setShown] = useState(PAGE);
  const id = `rank-group-${scope}`;
  const visible = items.slice(0, shown);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Body1 as="h4" id={id} className={styles.groupHead}>
        {t(`scope.${scope}`, { count: items.length })}
      </Body1>
      <ul className={styles.list} aria-labelledby={id}>
        {visible.map((d) => (
          <Decision key={d.key} d={d} t={t} select={props.select} />
        ))}
      </ul>
      {items.length > shown ? (
        <div className={styles.actions}>
          <Caption1>{t('shown', { shown: visible.length, total: items.length })}</Caption1>
          <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
            {t('more', { count: Math.min(PAGE, items.length - shown) })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

export function Ranking(props: StepProps): ReactNode {
  const t = rankingMessages.useT();
  const styles = useRankingStyles();
  const { status, stage, view, task, run, select } = useRanking();
  const running = task.status === 'running';
  const summary = view?.summary ?? null;
  const stale = status?.stale === true && status.hasResults;

  return (
    <div className={styles.root}>
      {stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Badge color="warning" appearance="filled">
              !
            </Badge>{' '}
            {t('stale')} {view?.source === 'preview' ? t('previewNote') : summary ? t('lastShown') : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status && !status.hasRegister ? (
        <>
          <Body1 as="p" className={styles.p}>
            {t('noRegister')}
          </Body1>
          <div className={styles.actions}>
            <Button onClick={() => props.goTo('intake')}>{t('goIntake')}</Button>
          </div>
        </>
      ) : null}
      {status && status.hasRegister && !status.hasResults && !summary ? (
        <Body1 as="p" className={styles.p}>
          {t('never')}
        </Body1>
      ) : null}
      {summary ? (
        <>
          <Summary summary={summary} fresh={status?.stale === false} t={t} />
          {summary.kept.map((k) => (
            <MessageBar key={k.keptAs} intent="info" layout="multiline">
              <MessageBarBody>{t('kept', k)}</MessageBarBody>
            </MessageBar>
          ))}
          <Cut summary={summary} t={t} select={select} />
          <section className={styles.section} aria-labelledby="rank-decisions">
            <Subtitle2 id="rank-decisions" as="h3">
              {t('decisions', { count: summary.decisions.length })}
            </Subtitle2>
            {summary.decisions.length === 0 ? (
              <Body1 as="p" className={styles.p}>
                {t('noDecisions')}
              </Body1>
            ) : (
              <>
                <Caption1>
                  {t('decisionsShare', { initiatives: summary.decisionInitiatives, ranked: summary.ranked })}
                </Caption1>
                <Caption1>{t('decisionsHint')}</Caption1>
                {groupByScope(summary.decisions).map((g) => (
                  <Group key={g.scope} scope={g.scope} items={g.items} t={t} select={select} />
                ))}
              </>
            )}
            {summary.marks > 0 ? <Caption1>{t('marks', { count: summary.marks })}</Caption1> : null}
          </section>
          {summary.problems.length > 0 ? (
            <section className={styles.section} aria-labelledby="rank-problems">
              <Subtitle2 id="rank-problems" as="h3">
                {t('problems', { count: summary.problems.length })}
              </Subtitle2>
              <ProblemList problems={summary.problems} />
            </section>
          ) : null}
        </>
      ) : null}
      <StepFooter>
        <TaskProgress task={task} label={stage ? t(`stage.${stage}`) : t('running')} />
        <div className={styles.actions}>
          <Button appearance="primary" size="small" onClick={run} disabled={running}>
            {running ? t('running') : t('run')}
          </Button>
          {summary ? (
            <>
              <Button size="small" onClick={() => props.goTo('ballot')}>
                {t('goBallot')}
              </Button>
              <Button size="small" onClick={() => props.goTo('reports')}>
                {t('goReports')}
              </Button>
            </>
          ) : null}
        </div>
      </StepFooter>
    </div>
  );
}
