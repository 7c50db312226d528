// Keeps a step that fails to load or render from taking the whole pane down: the clerk sees what
// to do and can still move to other steps.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly message: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

export class StepBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is where a developer (or the workbench) looks for the cause.
    console.error('Task pane step failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{this.props.message}</MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
