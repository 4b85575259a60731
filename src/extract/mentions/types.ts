import type { GazetteerHit } from '../gazetteer';

export type MentionType = 'state' | 'org' | 'person' | 'name' | 'desc';

export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  sent: number;
  surface: string;
  /** Followed by a possessive. */
  poss: boolean;
  /** state */
  iso3?: string;
  form?: 'name' | 'alias' | 'demonym' | 'capital' | 'seat';
  /** org: gazetteer key, or undefined for an org found by its head word */
  orgKey?: string;
  orgName?: string;
  orgType?: string;
  /** A gazetteer form that needs context ("Georgia", "Jordan", "Washington"). */
  ambiguous?: boolean;
  /** Other readings of an ambiguous form ("Brussels": Belgium or the EU). */
  alt?: GazetteerHit[];
  /** person (gazetteer office holder): canonical name */
  personName?: string;
  /** name / person: the name's tokens */
  nameTokens?: string[];
  /** Title phrases (lower case) found before or inside the span. */
  titles: string[];
  /** A title preceded by "former". */
  formerTitles: string[];
  /** Country implied by a demonym or possessive state in the title prefix. */
  titleCountry?: string;
  /** Whom the titles before the name belong to, from the word before them: "BA chairman" is `other`. */
  roleOwner?: 'state' | 'other';
  /** An occupation no state gives stands right before the name: "novelist X", "BBC correspondent X". */
  occupation?: boolean;
  honorific?: boolean;
  /** desc: the head ("president") */
  descHead?: string;
}
