// An error boundary per page region (canvas, panels, header), so one failure doesn't blank the page.
import { Component, type ReactNode } from 'react';
import './feedback.css';

interface Props {
  /** Region name for the message and the test hooks. */
  region: string;
  message: (error: Error) => string;
  reloadLabel: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`[${this.props.region}]`, error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="region-error" role="alert" data-region={this.props.region}>
        <p>{this.props.message(this.state.error)}</p>
        <button type="button" className="btn" onClick={() => this.setState({ error: undefined })}>
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
