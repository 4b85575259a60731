// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../src/ui/components/ImportDialog';
import type { ImportRequest } from '../../src/ui/components/ImportDialog';
import { readArticleFile, sanitizeHtml } from '../../src/ui/lib/sanitize';

afterEach(cleanup);

const EVIL =
  '<html><head><title>Pact news</title><script>window.__pwned = 1</script></head>' +
  '<body><p onclick="steal()">Ruritania and Borduria signed a pact.</p><img src=x onerror="alert(1)"></body></html>';

describe('sanitizeHtml', () => {
  // happy-dom lacks parts of the DOM DOMPurify relies on (it keeps some handlers here);
  // e2e/explorer.spec.mjs checks the real thing in Chromium.
  it('drops scripts, keeps the title, meta tags and text', () => {
    const out = sanitizeHtml(
      EVIL.replace('</head>', '<meta property="article:published_time" content="2024-05-01"></head>'),
    );
    expect(out).not.toMatch(/<script|__pwned/i);
    expect(out).toContain('<title>Pact news</title>');
    expect(out).toContain('<meta name="article:published_time" content="2024-05-01">');
    expect(out).toContain('Ruritania and Borduria signed a pact.');
  });

  it('reads files: HTML is sanitized, empty files are refused with advice', async () => {
    const html = await readArticleFile(new File([EVIL], 'news.html', { type: 'text/html' }));
    expect(html.format).toBe('html');
    expect(html.input).not.toContain('__pwned');
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

  it('hands over pasted HTML sanitized, with date and mode', async () => {
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
    expect(req.input).not.toContain('script');
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
