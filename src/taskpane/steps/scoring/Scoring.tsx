// Step "Chấm điểm": pick a reviewer, score their initiatives card by card (or, for the clerk, type
// a paper sheet into a compact table), and send or take back score packets.
import { Body1, Button, Caption1, Dropdown, Field, MessageBar, MessageBarActions, MessageBarBody, Option, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { useCallback, useState, type ReactNode } from 'react';
import { ProblemList, TaskProgress } from '../../common';
import type { StepProps } from '../types';
import { ClerkTable } from './ClerkTable';
import { scoringMessages } from './messages';
import { Packets } from './Packets';
import { PaperForms } from './PaperForms';
import { QueueList } from './QueueList';
import { ScoreCard } from './ScoreCard';
import type { EntryMode } from './Scoring.types';
import { useScoringStyles } from './Scoring.styles';
import { useScoring } from './useScoring';

export function Scoring(props: StepProps): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const s = useScoring();
  // The card takes the cursor only after Enter moved to it, never on first show.
  const [focusCard, setFocusCard] = useState(false);
  const [allDone, setAllDone] = useState(false);
  const { next, current } = s;
  const savedNext = useCallback(() => {
    if (!current) return;
    const moved = next(current.initiativeId);
    setFocusCard(moved);
    setAllDone(!moved);
  }, [current, next]);

  const load = s.load;
  const loaded = s.loaded;
  if (load.status === 'failed' && loaded === null) {
    return (
      <div className={styles.root}>
        <TaskProgress task={load} />
        <div className={styles.actions}>
          <Button onClick={s.reload}>{t('reload')}</Button>
        </div>
      </div>
    );
  }
  if (loaded === null) {
    return <Spinner size="small" label={t('loading')} />;
  }
  if (!loaded.ok) {
    const reason = loaded.reason;
    return (
      <div className={styles.root}>
        <MessageBar intent={reason === 'noLayout' ? 'error' : 'info'} layout="multiline">
          <MessageBarBody>{t(reason)}</MessageBarBody>
          {reason === 'noLayout' ? null : (
            <MessageBarActions>
              <Button onClick={() => props.goTo(reason === 'noRegister' ? 'intake' : 'assignment')}>{reason === 'noRegister' ? t('goImport') : t('goAssignment')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
        {reason === 'noLayout' ? <ProblemList problems={loaded.problems} /> : null}
        <div className={styles.actions}>
          <Button onClick={s.reload}>{t('reload')}</Button>
        </div>
      </div>
    );
  }
  const book = loaded.book;
  // Register problems belong to the import step; here only the score sheet's own.
  const problems = book.problems.filter((p) => p.sheet === book.sheet);
  const member = book.reviewers.find((r) => r.member.id === s.memberId)?.member ?? null;
  const memberText = member ? `${member.id} — ${member.name}` : '';

  return (
    <div className={styles.root}>
      {book.layout === null ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('noLayout')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={t('reviewer')} hint={t('reviewerHint')}>
        <Dropdown
          placeholder={t('reviewerPlaceholder')}
          value={memberText}
          selectedOptions={s.memberId === null ? [] : [s.memberId]}
          onOptionSelect={(_, d) => {
            setAllDone(false);
            setFocusCard(false);
            s.pickMember(d.optionValue ?? null);
          }}
        >
          {book.reviewers.map((r) => (
            <Option key={r.member.id} value={r.member.id} text={`${r.member.id} — ${r.member.name}`}>
              {`${r.member.id} — ${r.member.name} (${r.assigned})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('mode')}>
        <RadioGroup layout="horizontal" className={styles.wrapRow} value={s.mode} onChange={(_, d) => s.setMode(d.value as EntryMode)}>
          <Radio value="reviewer" label={t('mode.reviewer')} />
          <Radio value="clerk" label={t('mode.clerk')} />
        </RadioGroup>
      </Field>
      {s.queue === null || member === null ? (
        <Body1 as="p" className={styles.p}>
          {t('pickFirst')}
        </Body1>
      ) : (
        <>
          <QueueList
            queue={s.queue}
            filter={s.filter}
            onFilter={s.setFilter}
            search={s.search}
            onSearch={s.setSearch}
            visible={s.visible}
            currentId={s.mode === 'reviewer' ? (current?.initiativeId ?? null) : null}
            onOpen={
              s.mode === 'reviewer'
                ? (id) => {
                    setAllDone(false);
                    setFocusCard(false);
                    s.open(id);
                  }
                : null
            }
          />
          {allDone ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('allDone')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {s.mode === 'reviewer' ? (
            current && book.layout ? (
              <ScoreCard
                key={`${s.version}/${s.memberId ?? ''}/${current.initiativeId}`}
                item={current}
                rubric={book.rubric}
                saver={s.saver}
                focusFirst={focusCard}
                onSavedNext={savedNext}
                onGoRow={() => s.selectRow(current.row)}
              />
            ) : null
          ) : book.layout ? (
            <>
              <Caption1>{t('clerkHint')}</Caption1>
              <ClerkTable key={`${s.version}/${s.memberId ?? ''}`} items={s.visible} rubric={book.rubric} saver={s.saver} member={memberText} />
            </>
          ) : null}
        </>
      )}
      <Packets onCollected={s.reload} />
      <PaperForms />
      <div className={styles.actions}>
        <Button onClick={s.reload} disabled={load.status === 'running'}>
          {t('reload')}
        </Button>
      </div>
      <TaskProgress task={load} label={t('loading')} />
      {problems.length > 0 ? <ProblemList problems={problems} /> : null}
    </div>
  );
}
