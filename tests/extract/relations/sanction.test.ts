import { describe, expect, it } from 'vitest';
import { sanction } from '../../../src/extract/relations/sanction';
import { docOf, edges } from '../helpers';

describe('sanction', () => {
  it('reads imposer verbs with "against"/"on" targets', () => {
    expect(edges(sanction, 'The European Union imposed sanctions on Belarus in 2021.')).toEqual([
      'European Union -> Belarus',
    ]);
    expect(edges(sanction, 'Canada slapped an arms embargo against Myanmar.')).toEqual(['Canada -> Myanmar']);
  });

  it('reads adjectival imposers and lists of them', () => {
    expect(edges(sanction, 'Venezuela has struggled under US, EU and Canadian sanctions.')).toEqual([
      'Canada -> Venezuela',
      'European Union -> Venezuela',
      'United States -> Venezuela',
    ]);
  });

  it('makes the defier the target of "in defiance of UN sanctions"', () => {
    expect(edges(sanction, 'Eritrean ships carried arms in defiance of UN sanctions.')).toEqual([
      'United Nations -> Eritrea',
    ]);
  });

  it('sets lifted and threatened statuses', () => {
    const lifted = sanction.extract(docOf('Washington agreed to lift sanctions on Cuba.'));
    expect(lifted[0]?.status).toBe('lifted');
    const threat = sanction.extract(docOf('Britain threatened new sanctions against Iran.'));
    expect(threat[0]?.status).toBe('threatened');
  });

  it('needs an imposer', () => {
    expect(edges(sanction, 'Some Libyan officials will still face sanctions.')).toEqual([]);
  });

  it('takes the status of the latest event: lifted, then reimposed, is in force', () => {
    const text =
      'The European Union lifted arms sanctions on Belarus in May. In July, the European Union reimposed the sanctions on Belarus.';
    const ties = sanction.extract(docOf(text));
    expect(ties.length).toBeGreaterThan(0);
    expect(ties.every((t) => t.status === undefined)).toBe(true);
    const back = sanction.extract(
      docOf('Canada imposed sanctions on Cuba in 2019. Canada lifted the sanctions on Cuba last year.'),
    );
    expect(back.length).toBeGreaterThan(0);
    expect(back.every((t) => t.status === 'lifted')).toBe(true);
  });

  it('gives every coordinated imposer its own edge', () => {
    expect(edges(sanction, 'France, Japan and Australia already impose sanctions on Belarus.')).toEqual([
      'Australia -> Belarus',
      'France -> Belarus',
      'Japan -> Belarus',
    ]);
  });

  it('targets the actor under sanctions, not the object of the reason phrase', () => {
    expect(
      edges(
        sanction,
        'Tehran, which is under sweeping U.S. sanctions over its support for Syria, denied the report.',
      ),
    ).toEqual(['United States -> Iran']);
    expect(edges(sanction, 'Cuba remains under American sanctions over its ties with Venezuela.')).toEqual([
      'United States -> Cuba',
    ]);
  });

  it('makes no imposer of those who vetoed or blocked the measure', () => {
    expect(
      edges(sanction, 'India and Brazil vetoed a resolution that would have imposed sanctions on Sudan.'),
    ).toEqual([]);
    expect(edges(sanction, 'Hungary blocked a plan to impose sanctions on Serbia.')).toEqual([]);
  });

  it('reads a lifted embargo with a possessive ("lifted its arms embargo on X")', () => {
    const ties = sanction.extract(
      docOf('On Friday, the UN Security Council lifted its arms embargo on the Libyan government.'),
    );
    expect(ties.map((t) => `${t.source}->${t.target}:${t.status ?? ''}`)).toEqual([
      'org:united-nations->LBY:lifted',
    ]);
  });

  it('reads no sanction in tariffs, a trade measure ("imposed tariffs on X steel")', () => {
    expect(edges(sanction, 'Canada imposed tariffs on Mexican steel last year.')).toEqual([]);
    expect(edges(sanction, 'Brazil threatened to lift its tariffs on Argentina.')).toEqual([]);
  });

  it('reads "the regional bloc" as the bloc just named, the imposer', () => {
    const text = 'ASEAN ministers met in Jakarta on Friday. The regional bloc imposed sanctions on Myanmar.';
    expect(edges(sanction, text)).toEqual(['ASEAN -> Myanmar']);
  });
});
