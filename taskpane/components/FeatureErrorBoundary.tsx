import { Component, type ReactNode } from "react";
import { ErrorBar } from "./ErrorBar";

interface FeatureErrorBoundaryProps {
  readonly children: ReactNode;
}

interface FeatureErrorBoundaryState {
  readonly error: unknown;
}

/** One per feature: a crash in one analysis shows a MessageBar there and leaves the rest of the pane usable. */
export class FeatureErrorBoundary extends Component<FeatureErrorBoundaryProps, FeatureErrorBoundaryState> {
  override state: FeatureErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): FeatureErrorBoundaryState {
    return { error };
  }

  override render() {
    if (this.state.error !== null) {
      return <ErrorBar error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
