import { describe, expect, it } from 'vitest';
import { urlWithView, viewFromUrl } from '../../src/ui/workspace/useWorkspaceUrl';

describe('workspace view in the URL', () => {
  it('writes the date range and hidden articles next to other parameters, and reads them back', () => {
    const search = urlWithView('?off=quote&sel=n:CHN', {
      dateRange: { from: '2024-01', to: '2024-06-30' },
      hiddenArticles: ['a1', 'b2'],
    });
    expect(search).toBe('?off=quote&sel=n:CHN&from=2024-01&to=2024-06-30&hide=a1,b2');
    expect(viewFromUrl(search, { app: 1 })).toEqual({
      app: 1,
      dateRange: { from: '2024-01', to: '2024-06-30' },
      hiddenArticles: ['a1', 'b2'],
    });
  });

  it('removes the parameters when the view has none, and leaves the view alone without them', () => {
    expect(urlWithView('?from=2024&hide=x&layout=grid', {})).toBe('?layout=grid');
    const saved = { dateRange: { from: '2020' } };
    expect(viewFromUrl('?layout=grid', saved)).toBe(saved);
  });

  it('lets the URL clear a saved range when it names only articles', () => {
    expect(viewFromUrl('?hide=a', { dateRange: { from: '2020' } })).toEqual({ hiddenArticles: ['a'] });
  });
});
