/**
 * Relation cue lists that the shared lexicon module does not expose, read from the
 * same data files (data/lexicon/*.json), as lower-case sets.
 */
import speechData from '../../../data/lexicon/speech.json';
import allianceData from '../../../data/lexicon/alliance.json';
import visitData from '../../../data/lexicon/visit.json';

const set = (xs: readonly string[] | undefined): ReadonlySet<string> =>
  new Set((xs ?? []).map((x) => x.toLowerCase()));

export const words = {
  /** Nouns whose "in PLACE" is not a meeting place: "the war in Yemen". */
  notMeetingNouns: set(visitData.notMeetingNouns),
  /** Verbs that frame quoted words: "hailed the “…”", "accused X of “…”". */
  quoteFrames: set(speechData.quoteFrames),
  /** Who hears the words: "told reporters", "told parliament". */
  audiences: set(speechData.audiences),
  /** Verbs by which a third party reacts to a deal: its subject is not a party. */
  reactions: set(allianceData.reactions),
  /** Words that make a deal only prospective: "agreed to finalise a deal". */
  prospective: set(allianceData.prospective),
  /** Joining a bloc: "joined NATO". */
  join: set(allianceData.join),
  /** Membership nouns: "a NATO member", "accession to the EU". */
  membership: set(allianceData.membership),
  /** Words before "join" that make it a wish, not a membership: "applied to join". */
  joinWish: set(allianceData.joinWish),
  /** Bodies nearly every state belongs to: membership in them is no alliance. */
  universalBodies: set(allianceData.universalBodies),
  /** What stands before "a BLOC member" when it states membership. */
  memberCopulas: set(allianceData.memberCopulas),
} as const;
