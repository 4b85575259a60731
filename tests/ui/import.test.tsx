// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../src/ui/components/ImportDialog';
import type { ImportRequest } from '../../src/ui/components/ImportDialog';
import { readArticleFile } from '../../src/ui/lib/articleFile';

afterEach(cleanup);

const EVIL =
  '<html><head><title>Pact news</title><script>window.__pwned = 1</script></head>' +
  '<body><p onclick="steal()">Ruritania and Borduria signed a pact.</p><img src=x onerror="alert(1)"></body></html>';

describe('readArticleFile', () => {
  it('hands HTML over as given (the worker cleans it), refuses empty files with advice', async () => {
    const html = await readArticleFile(new File([EVIL], 'news.html', { type: 'text/html' }));
    expect(html).toEqual({ input: EVIL, format: 'html' });
    const txt = await readArticleFile(new File(['Plain words.'], 'a.txt', { type: 'text/plain' }));
    expect(txt).toEqual({ input: 'Plain words.', format: 'text' });
    await expect(readArticleFile(new File([], 'empty.txt'))).rejects.toThrow(/empty.*choose/);
  });
});

describe('ImportDialog', () => {
  it('asks for text when nothing was given', async () => {
    const onSubmit = vi.fn();
    render(<ImportDialog canMerge={false} onSubmit={onSubmit} onClose={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load article' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Paste the text/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('hands over pasted HTML as HTML, with date and mode', async () => {
    const onSubmit = vi.fn<(r: ImportRequest) => Promise<void>>().mockResolvedValue(undefined);
    render(<ImportDialog canMerge onSubmit={onSubmit} onClose={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: EVIL } });
    fireEvent.change(screen.getByLabelText('Publication date (optional)'), {
      target: { value: '2024-05-01' },
    });
    fireEvent.click(screen.getByLabelText('Merge into graph'));
    fireEvent.click(screen.getByRole('button', { name: 'Load article' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const req = onSubmit.mock.calls[0]![0];
    expect(req).toMatchObject({ format: 'html', date: '2024-05-01', mode: 'merge' });
    expect(req.input).toBe(EVIL);
  });

  it('Cancel while reading aborts the reading and closes the dialog', async () => {
    let signal: AbortSignal | undefined;
    const onSubmit = vi.fn((_r: ImportRequest, s: AbortSignal) => {
      signal = s;
      return new Promise<void>(() => undefined);
    });
    const onClose = vi.fn();
    render(<ImportDialog canMerge={false} onSubmit={onSubmit} onClose={onClose} />);
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: 'Some text.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Load article' }));
    await screen.findByRole('button', { name: 'Reading…' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect((cancel as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(cancel);
    expect(signal?.aborted).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the loader’s error and stays open', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error('the article is empty: give a news article'));
    const onClose = vi.fn();
    render(<ImportDialog canMerge={false} onSubmit={onSubmit} onClose={onClose} />);
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: 'Some text.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Load article' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/article is empty/);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Load an article' })).toBeTruthy();
  });
});
