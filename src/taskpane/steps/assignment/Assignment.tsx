// Step "Phân công": reviewers per initiative, one click to assign with progress, the loads per
// member and the problems; a confirmation first when scores are already entered (they are kept).
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { ProblemList, TaskProgress } from '../../common';
import type { StepProps } from '../types';
import { useAssignmentStyles } from './Assignment.styles';
import { loadRange } from './logic';
import { assignmentMessages } from './messages';
import { useAssignment } from './useAssignment';

export function Assignment(props: StepProps): ReactNode {
  const t = assignmentMessages.useT();
  const styles = useAssignmentStyles();
  const a = useAssignment();
  const ids = { loads: useId(), problems: useId(), second: useId() };
  const snap = a.snapshot;

  if (!snap) {
    return (
      <div className={styles.root}>
        {a.loading.status === 'failed' ? (
          <>
            <TaskProgress task={a.loading} />
            <div className={styles.actions}>
              <Button onClick={a.reload}>{t('reload')}</Button>
            </div>
          </>
        ) : (
          <Spinner size="small" label={t('loading')} />
        )}
      </div>
    );
  }
  if (snap.initiatives === 0) {
    return (
      <div className={styles.root}>
        <Body1 as="p" className={styles.p}>
          {t('noRegister')}
        </Body1>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => props.goTo('intake')}>
            {t('goIntake')}
          </Button>
          <Button onClick={a.reload}>{t('reload')}</Button>
        </div>
      </div>
    );
  }
  if (snap.members.length === 0) {
    return (
      <div className={styles.root}>
        <Body1 as="p" className={styles.p}>
          {t('noMembers')}
        </Body1>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => props.goTo('council')}>
            {t('goCouncil')}
          </Button>
          <Button onClick={a.reload}>{t('reload')}</Button>
        </div>
      </div>
    );
  }

  const running = a.task.status === 'running';
  const outcome = a.task.result;
  const range = outcome ? loadRange(outcome.loads) : null;
  const reassign = snap.assignedPairs !== null && snap.assignedPairs > 0;

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.p}>
        {t('summary', { initiatives: snap.initiatives, members: snap.members.length })}
      </Body1>
      {reassign ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('existing', { pairs: snap.assignedPairs ?? 0 })}{' '}
            {snap.startedPairs > 0 ? t('started', { started: snap.startedPairs }) : null} {t('keepNote')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field
        label={t('perInitiative')}
        hint={t('perInitiative.hint', { k: snap.defaultPerInitiative })}
        {...(a.perInitiativeValue === null
          ? {
              validationState: 'error' as const,
              validationMessage: t('perInitiative.invalid', { max: snap.members.length }),
            }
          : {})}
      >
        <Input
          className={styles.input}
          type="number"
          min={1}
          max={snap.members.length}
          value={a.perInitiative}
          onChange={(_e, d) => a.setPerInitiative(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={a.requestAssign} disabled={running || a.perInitiativeValue === null}>
          {running ? t('assigning') : reassign ? t('reassign') : t('assign')}
        </Button>
      </div>
      <TaskProgress task={a.task} label={t('assigning')} />
      {snap.secondRound ? (
        <section className={styles.section} aria-labelledby={ids.second}>
          <Subtitle2 as="h3" id={ids.second}>
            {t('second.title', { round: snap.secondRound.round })}
          </Subtitle2>
          {snap.secondRound.count > 0 ? (
            <>
              <Caption1>{t('second.intro')}</Caption1>
              <div className={styles.actions}>
                <Button onClick={a.runSecondRound} disabled={a.secondRound.status === 'running' || running}>
                  {a.secondRound.status === 'running'
                    ? t('second.running')
                    : t('second.button', { count: snap.secondRound.count })}
                </Button>
              </div>
            </>
          ) : (
            <Body1 as="p" className={styles.p}>
              {t('second.none')}
            </Body1>
          )}
        </section>
      ) : null}
      <TaskProgress task={a.secondRound} label={t('second.running')} />
      {a.secondRound.result ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{a.secondRound.result}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Dialog open={a.confirming} onOpenChange={(_e, d) => (d.open ? undefined : a.cancel())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('confirm.title')}</DialogTitle>
            <DialogContent>{t('confirm.body', { started: snap.startedPairs })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={a.confirm}>
                {t('confirm.yes')}
              </Button>
              <Button onClick={a.cancel}>{t('confirm.no')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {outcome ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t('done', { pairs: outcome.result.pairs, k: outcome.result.perInitiative })}
            </MessageBarBody>
          </MessageBar>
          <section className={styles.section} aria-labelledby={ids.loads}>
            <Subtitle2 as="h3" id={ids.loads}>
              {t('loads')}
            </Subtitle2>
            {range ? <Caption1>{t('loads.range', range)}</Caption1> : null}
            <Table size="small" aria-labelledby={ids.loads}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('col.member')}</TableHeaderCell>
                  <TableHeaderCell>{t('col.name')}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t('col.count')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {outcome.loads.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{r.id}</TableCell>
                    <TableCell>{r.name}</TableCell>
                    <TableCell className={styles.number}>{r.count}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <section className={styles.section} aria-labelledby={ids.problems}>
            <Subtitle2 as="h3" id={ids.problems}>
              {t('problems', { count: outcome.result.problems.length })}
            </Subtitle2>
            {outcome.result.problems.length === 0 ? (
              <Body1 as="p" className={styles.p}>
                {t('noProblems')}
              </Body1>
            ) : (
              <>
                <Caption1>{t('problems.hint')}</Caption1>
                <ProblemList problems={outcome.result.problems} />
              </>
            )}
          </section>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => props.goTo('scoring')}>
              {t('goScoring')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
