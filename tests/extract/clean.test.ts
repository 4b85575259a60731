import { describe, expect, it } from 'vitest';
import { cleanText, dropJunkRuns, stripCredit, stripDateline } from '../../src/extract/clean';

describe('clean', () => {
  it('drops photo credits after © and "Credit"', () => {
    expect(stripCredit('Ministers meet in Rome on Monday © Jane Doe/AFP/Getty Images')).toBe(
      'Ministers meet in Rome on Monday',
    );
    expect(
      stripCredit('Troops on parade in Lima. Credit Pedro Ruiz/Agence France-Presse — Getty Images'),
    ).toBe('Troops on parade in Lima.');
  });

  it('keeps a sentence that merely uses the word credit', () => {
    const s = 'The bank will extend Credit lines to farmers, officials said on Monday after a long review.';
    expect(stripCredit(s)).toBe(s);
  });

  it('drops a short trailing agency credit on a caption', () => {
    expect(stripCredit('Delegates arrive for the summit. Photo: Sam Lee/Reuters')).toBe(
      'Delegates arrive for the summit.',
    );
  });

  it('removes runs of one repeated junk token', () => {
    expect(dropJunkRuns('end of story api api api api api api api api')).toBe('end of story');
    expect(dropJunkRuns('very very good')).toBe('very very good');
  });

  it('strips datelines at the start of an article only', () => {
    expect(stripDateline('LONDON — Talks resumed on Monday.')).toBe('Talks resumed on Monday.');
    expect(stripDateline('NAIROBI Kenya and Uganda signed a deal.')).toBe('Kenya and Uganda signed a deal.');
    expect(stripDateline('NATO allies met in Oslo.')).toBe('NATO allies met in Oslo.');
    const text = cleanText('Headline here\n\nCAIRO — Egypt said so.\n\nLater, ROME — stays.');
    expect(text).toContain('Egypt said so.');
    expect(text).toContain('Later, ROME — stays.');
  });

  it('removes bylines, comment prompts and reporting credits', () => {
    const raw = [
      'Leaders agree on a border deal',
      'By Maria Lopez and Tom Reed',
      'Photo',
      'Kenya and Uganda agreed on Monday to reopen their border.',
      'Continue reading the main story',
      'Additional reporting by Ann Smith in Kampala',
      'Jo Bloggs in Nairobi contributed to this report.',
      '(Reporting by Sam Lee; Editing by Kim Park)',
      'Leave a Comment',
      'api api api api api api api api api api api api api api api api api api api api api api api api api api api api api api api',
    ].join('\n');
    const text = cleanText(raw);
    expect(text).toBe(
      'Leaders agree on a border deal\n\nKenya and Uganda agreed on Monday to reopen their border.',
    );
  });

  it('normalizes control characters and CRLF', () => {
    expect(cleanText('One line.\r\nTwo\u0000 lines.')).toBe('One line.\n\nTwo  lines.'.replace('  ', ' '));
  });

  it('drops publisher boilerplate: agency datelines, copyright, source, sign-up and outlet footers', () => {
    const text = [
      'LIMA, Peru (AP) — Peru recalled its envoy to Bolivia.',
      '(Reuters) - Chile praised the move.',
      'Copyright 2025 The Associated Press. All rights reserved.',
      'Source: Reuters and news agencies',
      'Sign up for our morning briefing from Guardian Australia',
      'Read more: Why Peru matters',
      'Le Monde',
      'This piece was published in Spanish on elpais.com and translated.',
    ].join('\n');
    expect(cleanText(text)).toBe('Peru recalled its envoy to Bolivia.\n\nChile praised the move.');
  });

  it('keeps an outlet that acts in the story', () => {
    const s = 'Xinhua reported that Laos and Vietnam signed a border treaty.';
    expect(cleanText(s)).toBe(s);
  });
});

describe('publication stamps', () => {
  it('drops a "Posted … updated …" stamp line and keeps the article', () => {
    const text = cleanText(
      'Posted Tue 4 Mar 2025 at 6:02am, updated Tue 4 Mar 2025 at 8:15am\n\nFiji and Tonga signed a pact.',
    );
    expect(text).toBe('Fiji and Tonga signed a pact.');
  });

  it('keeps a sentence that starts with "Updated" but is no stamp', () => {
    const s = 'Updated maps show the border moved.';
    expect(cleanText(s)).toBe(s);
  });
});

describe('bylines with the writer’s post', () => {
  it('drops "By Name, OUTLET region correspondent"', () => {
    expect(cleanText('By Maria Costa, Lusa Africa correspondent\n\nAngola and Namibia signed a pact.')).toBe(
      'Angola and Namibia signed a pact.',
    );
  });

  it('keeps a sentence that starts with "By" and a name', () => {
    const s = 'By Tuesday, Angola had signed the pact.';
    expect(cleanText(s)).toBe(s);
  });
});

describe('datelines with a date', () => {
  it('strips "CITY, Month Day (Agency) -" from the opening paragraph', () => {
    expect(cleanText('KIGALI, Oct 6 (Reuters) - Rwanda and Uganda signed a pact.')).toBe(
      'Rwanda and Uganda signed a pact.',
    );
  });
});

describe('cleanText on an article pasted as one paragraph', () => {
  it('drops only the boilerplate sentence, not the whole line', () => {
    const line =
      'Kenya and Uganda agreed on Monday to reopen their border. "This is a new start," said the Kenyan minister. Jo Bloggs in Nairobi contributed to this report.';
    expect(cleanText(`Border reopens\n\n${line}`)).toBe(
      'Border reopens\n\nKenya and Uganda agreed on Monday to reopen their border. "This is a new start," said the Kenyan minister.',
    );
  });

  it('drops a leading reporting credit sentence and keeps the rest of the paragraph', () => {
    expect(cleanText('Reporting by Sam Lee in Lima. Peru recalled its envoy to Bolivia on Friday.')).toBe(
      'Peru recalled its envoy to Bolivia on Friday.',
    );
  });
});
