// The reviewer's list: progress, filters by status, search, and one button per initiative.
import { Badge, Button, Field, ProgressBar, Radio, RadioGroup, SearchBox, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { QueueFilter, QueueItem, ScoringQueue } from '../../../core/council';
import { scoringMessages } from './messages';
import { useScoringStyles } from './Scoring.styles';
import { QUEUE_PAGE } from './useScoring';

export interface QueueListProps {
  readonly queue: ScoringQueue;
  readonly filter: QueueFilter;
  readonly onFilter: (f: QueueFilter) => void;
  readonly search: string;
  readonly onSearch: (s: string) => void;
  readonly visible: readonly QueueItem[];
  /** Null in the clerk's table, which shows every row itself. */
  readonly currentId: string | null;
  readonly onOpen: ((id: string) => void) | null;
}

const FILTERS: readonly QueueFilter[] = ['all', 'todo', 'done', 'review'];
const BADGE = { todo: 'informative', done: 'success', review: 'warning' } as const;

export function QueueList(props: QueueListProps): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const { queue } = props;
  const count = (f: QueueFilter): number => (f === 'all' ? queue.total : queue.counts[f]);
  const shown = props.visible.slice(0, QUEUE_PAGE);
  const onOpen = props.onOpen;
  return (
    <div className={styles.section}>
      <Field label={t('progress', { progress: queue.progress })}>
        <ProgressBar value={queue.total === 0 ? 0 : queue.done / queue.total} thickness="large" />
      </Field>
      <Field label={t('filter')}>
        <RadioGroup layout="horizontal" className={styles.wrapRow} value={props.filter} onChange={(_, d) => props.onFilter(d.value as QueueFilter)}>
          {FILTERS.map((f) => (
            <Radio key={f} value={f} className={styles.noShrink} label={t(`filter.${f}`, { count: count(f) })} />
          ))}
        </RadioGroup>
      </Field>
      <SearchBox aria-label={t('search')} placeholder={t('search')} value={props.search} onChange={(_, d) => props.onSearch(d.value)} />
      {onOpen ? (
        shown.length === 0 ? (
          <p className={styles.p}>{t('queueEmpty')}</p>
        ) : (
          <ul className={styles.list} aria-label={t('queue')}>
            {shown.map((it) => (
              <li key={it.initiativeId}>
                <Button
                  appearance="subtle"
                  className={mergeClasses(styles.listButton, it.initiativeId === props.currentId ? styles.current : undefined)}
                  aria-current={it.initiativeId === props.currentId ? 'true' : undefined}
                  onClick={() => onOpen(it.initiativeId)}
                >
                  <span className={styles.listText}>
                    {it.initiativeId} — {it.title}
                  </span>
                  <Badge appearance="tint" color={BADGE[it.status]} className={styles.badge}>
                    {t(`status.${it.status}`)}
                  </Badge>
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {props.visible.length > shown.length ? <p className={styles.p}>{t('queueMore', { shown: shown.length, total: props.visible.length })}</p> : null}
    </div>
  );
}
