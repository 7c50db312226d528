// What steps share: running work with progress and clear errors, and the clickable problem list.
export { describeError } from './errors';
export { ProblemList, problemAddress, type ProblemListProps } from './ProblemList';
export { PROGRESS_DELAY_MS, TaskProgress } from './TaskProgress';
export { StepFooter } from './StepFooter';
export { SessionProvider, useSessionState, useWorkbookChanged, type PaneSession } from './session';
export { createTaskRunner, IDLE_TASK, useTask, type Task, type TaskJob, type TaskState, type TaskStatus } from './useTask';
export { downloadBytes, downloadDocx, DOCX_TYPE } from './download';
