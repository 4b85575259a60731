// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBanner } from '../../src/ui/components/ErrorBanner';
import { ErrorBoundary } from '../../src/ui/components/ErrorBoundary';

afterEach(cleanup);

function Boom(): never {
  throw new Error('the graph has a loop it cannot draw');
}

describe('ErrorBoundary', () => {
  it('shows the error and a way out instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    expect(screen.getByRole('alert').textContent).toContain('the graph has a loop it cannot draw');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload without filters' })).toBeTruthy();
  });

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
  });
});

describe('ErrorBanner', () => {
  it('announces errors as alerts and notes as status, each dismissible', () => {
    const onDismiss = vi.fn();
    render(
      <ErrorBanner
        notices={[
          { id: 1, tone: 'error', text: 'The article could not be read.' },
          { id: 2, tone: 'info', text: 'No actors were found.' },
        ]}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect(screen.getByRole('status').textContent).toContain('No actors');
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss message' })[1]!);
    expect(onDismiss).toHaveBeenCalledWith(2);
  });
});
