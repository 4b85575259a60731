/**
 * Trigger lexicons, loaded from `data/lexicon/*.json` (static imports, so the loader
 * works in Node, the browser and a Web Worker). Lists are exposed as lower-case sets.
 */
import cleanData from '../../data/lexicon/clean.json';
import speechData from '../../data/lexicon/speech.json';
import allianceData from '../../data/lexicon/alliance.json';
import visitData from '../../data/lexicon/visit.json';
import sanctionData from '../../data/lexicon/sanction.json';
import namesData from '../../data/lexicon/names.json';
import sentencesData from '../../data/lexicon/sentences.json';
import relationsData from '../../data/lexicon/relations.json';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));

/** A set of single words plus multi-word phrases, both lower case. */
export interface PhraseSet {
  words: ReadonlySet<string>;
  /** Multi-word phrases as token arrays, longest first. */
  phrases: readonly (readonly string[])[];
  /** Longest phrase length in tokens. */
  maxLen: number;
  /** Multi-word phrases by their first word, longest first. */
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Last words of the multi-word phrases. */
  endWords: ReadonlySet<string>;
  /** Every word a phrase or single word may start with. */
  starts: ReadonlySet<string>;
}

/** Splits a list into single words and multi-word phrases. */
export function phraseSet(xs: readonly string[]): PhraseSet {
  const words = new Set<string>();
  const phrases: string[][] = [];
  let maxLen = 1;
  for (const x of xs) {
    const parts = x.toLowerCase().split(/\s+/).filter(Boolean);
    if (parts.length === 1 && parts[0]) words.add(parts[0]);
    else if (parts.length > 1) {
      phrases.push(parts);
      maxLen = Math.max(maxLen, parts.length);
    }
  }
  phrases.sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const k = p[0] ?? '';
    const l = byFirst.get(k);
    if (l) l.push(p);
    else byFirst.set(k, [p]);
  }
  const endWords = new Set(phrases.map((p) => p[p.length - 1] ?? ''));
  const starts = new Set([...words, ...byFirst.keys()]);
  return { words, phrases, maxLen, byFirst, endWords, starts };
}

export const lexicon = {
  clean: {
    lines: set(cleanData.line),
    linePrefixes: cleanData.linePrefix.map((x) => x.toLowerCase()),
    lineContains: cleanData.lineContains.map((x) => x.toLowerCase()),
    /** Words opening a publication stamp line: "Posted Mon 6 Oct 2025 at 5:31pm". */
    timestampPrefixes: cleanData.timestampPrefix.map((x) => x.toLowerCase()),
    /** Journalist roles after a byline's name: "By Ana Ruiz, BBC Middle East correspondent". */
    bylineRoles: set(cleanData.bylineRoles),
    creditMarkers: cleanData.creditMarker,
    creditTails: cleanData.creditTail,
    junkRunMin: cleanData.junkRunMin,
    /** News outlets: a line that only names one is a footer, not an actor. */
    publishers: set(cleanData.publisher),
  },
  speech: {
    verbs: set(speechData.verbs),
    phrases: speechData.phrases.map((p) => p.toLowerCase().split(/\s+/)),
    subjectPronouns: set(speechData.subjectPronouns),
    anonymous: set(speechData.anonymousHeads),
    stateSpeakers: set(speechData.stateSpeakers),
    mediaHeads: set(speechData.mediaHeads),
    groupHeads: set(speechData.groupHeads),
    statementHeads: set(speechData.statementHeads),
    /** Verbs that are speech cues only right after a quotation: "“…,” read the statement". */
    afterQuoteVerbs: set(speechData.afterQuoteVerbs),
    scareQuoteMaxWords: speechData.scareQuoteMaxWords,
    maxQuoteChars: speechData.maxQuoteChars,
    /** Words that keep an anonymous head anonymous: "senior government officials". */
    officialModifiers: set(speechData.officialModifiers),
    /** Words after an anonymous head that make it a source: "officials familiar with". */
    anonymousFollowers: set(speechData.anonymousFollowers),
    /** Time words before a subordinator: "hours after". */
    timeLeads: set(speechData.timeLeads),
    /** Verbs framing quoted words only as "praised B as “…”". */
    asFrames: set(speechData.asFrames),
    /** Verbs that frame quoted words: "hailed the “…”", "accused X of “…”". */
    quoteFrames: set(speechData.quoteFrames),
    /** Who hears the words: "told reporters", "told parliament". */
    audiences: set(speechData.audiences),
    objectVerbs: set(speechData.objectVerbs),
    /** Words between a subject and its speech cue: "has also said". */
    skipBeforeCue: set(speechData.skipBeforeCue),
    /** Words after an inverted cue that cannot start its subject: "announced after talks in X". */
    invertedSubjectStops: set(speechData.invertedSubjectStops),
    personPronouns: set(speechData.personPronouns),
    groupPronouns: set(speechData.groupPronouns),
    countedPairWords: set(speechData.countedPairWords),
    spokespersons: set(speechData.spokespersons),
    commentatorPlacePrepositions: set(speechData.commentatorPlacePrepositions),
    parentheticalOpeners: set(speechData.parentheticalOpeners),
    relativeSubjects: set(speechData.relativeSubjects),
    invertedSubjectSkips: set(speechData.invertedSubjectSkips),
    nonTimeSubordinators: set(speechData.nonTimeSubordinators),
    listJoiners: set(speechData.listJoiners),
    contrastLeads: set(speechData.contrastLeads),
    complementizers: set(speechData.complementizers),
    passiveAuxiliaries: set(speechData.passiveAuxiliaries),
    tellVerbs: set(speechData.tellVerbs),
    coordinators: set(speechData.coordinators),
    saidFrameArticles: set(speechData.saidFrameArticles),
    saidFrameNouns: set(speechData.saidFrameNouns),
    measureDeterminers: set(speechData.measureDeterminers),
    ministryHeads: set(speechData.ministryHeads),
    /** Offices that name different people: a title points back to a leader of its own family. */
    titleFamilies: speechData.titleFamilies,
    /** Heads that speak for the body named after them: "a spokesman for the ministry". */
    representativeHeads: set(speechData.representativeHeads),
    representativeLinks: set(speechData.representativeLinks),
    /** Words opening an adverbial before the subject: "After talks with X, the envoy said …". */
    introLeads: set(speechData.introLeads),
    /** The first person outside quotation marks: the writer, not a speaker of the story. */
    writerPronouns: set(speechData.writerPronouns),
  },
  alliance: {
    strong: set(allianceData.strong),
    weak: set(allianceData.weak),
    positive: set(allianceData.positive),
    negative: set(allianceData.negative),
    negators: set(allianceData.negators),
    pairNouns: allianceData.pairNouns.map((p) => p.toLowerCase().split(/\s+/)),
    /** Pair nouns naming two people ("the two presidents"): the states of the last two leaders named. */
    leaderPairNouns: allianceData.leaderPairNouns.map((p) => p.toLowerCase().split(/\s+/)),
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
    /** Words between a membership copula and its noun: "became a full member". */
    membershipModifiers: set(allianceData.membershipModifiers),
    /** Prepositions that name the other party after the cue: "ties with B". */
    rightPrepositions: set(allianceData.rightPrepositions),
    /** Cues that name the other party with "of": "a close ally of B". */
    ofCues: set(allianceData.ofCues),
    /** Verbs that make their subject a sponsor of their direct object: "A armed and funded B". */
    sponsorVerbs: set(allianceData.sponsorVerbs),
    /** Pacts whose partners listed after "with" are allies of each other too. */
    pactNouns: set(allianceData.pactNouns),
    /** First words of an apposition describing its head: "X, a close ally of B,". */
    appositionStarts: set(allianceData.appositionStarts),
    /** "A described B as “a friend”": verbs that name their object a partner. */
    namingVerbs: set(allianceData.namingVerbs),
    /** Naming verbs that need "as" after the object: "praised B as a partner". */
    asNamingVerbs: set(allianceData.asNamingVerbs),
    /** "B's main arms supplier": supply nouns are cues only after a military modifier. */
    supplyNouns: set(allianceData.supplyNouns),
    supplyModifiers: set(allianceData.supplyModifiers),
    friendNouns: set(allianceData.friendNouns),
    /** "A signed the NAMED INSTRUMENT with B". */
    signVerbs: set(allianceData.signVerbs),
    /** Cues that also take a direct object: "A has long supported B". */
    objectCues: set(allianceData.objectCues),
    /** Words between a membership cue and its bloc: "member of the EU". */
    blocLeads: set(allianceData.blocLeads),
    /** Words after a sponsored name that leave it the object: "backed Kyiv in its war". */
    objectFollowers: set(allianceData.objectFollowers),
    /** "its", "their": possessives standing for a state or a group. */
    ownerPronouns: set(allianceData.ownerPronouns),
    /** Counts before a bloc shared by the counted allies: "the two NATO allies". */
    countWords: set(allianceData.countWords),
    /** "ties with each other", "with one another": a partner naming the subjects themselves. */
    reciprocalStarts: set(allianceData.reciprocalStarts),
    /** Cues modifying the noun after them: "a joint U.K.-U.S. base". */
    modifierCues: set(allianceData.modifierCues),
    /** One act by several states: "a Chinese and Russian proposal", "requested by A and B". */
    actNouns: set(allianceData.actNouns),
    actVerbs: set(allianceData.actVerbs),
    actModifiers: set(allianceData.actModifiers),
    /** "worked (closely) with B": cues only with their partner after "with". */
    withCues: set(allianceData.withCues),
    withAdverbs: set(allianceData.withAdverbs),
    /** "A urged B to cooperate with C": cues an appeal before them turns into a request. */
    appealedCues: set(allianceData.appealedCues),
    appeals: set(allianceData.appeals),
    onAppeals: set(allianceData.onAppeals),
    /** "costs on B", "in B": prepositions whose object is no clause's subject. */
    notSubjectPrepositions: set(allianceData.notSubjectPrepositions),
  },
  visit: {
    nouns: set(visitData.nouns),
    verbs: set(visitData.verbs),
    verbPrepositions: set(visitData.verbPrepositions),
    send: set(visitData.send),
    meet: set(visitData.meet),
    placePrepositions: set(visitData.placePrepositions),
    future: set(visitData.future),
    /** Nouns whose "in PLACE" is not a meeting place: "the war in Yemen". */
    notMeetingNouns: set(visitData.notMeetingNouns),
    /** Nouns after a demonym naming a place of that state: "Chinese soil". */
    demonymPlaceNouns: set(visitData.demonymPlaceNouns),
    /** Time words between a place and a meeting word: "in Lima on Monday". */
    timeWords: set(visitData.timeWords),
    /** Words opening a clause of their own: "hours after A arrived in B". */
    subordinators: set(visitData.subordinators),
    /** "Speaking in Tokyo, A said": participles that put their subject in a place. */
    presence: set(visitData.presence),
    /** "sent troops to support B's war": an infinitive of purpose, no destination. */
    purposeVerbs: set(visitData.purposeVerbs),
    /** Prepositions before a host place: "arrived in C", "in C, where A met B". */
    hostPrepositions: set(visitData.hostPrepositions),
    /** First words of a sentence that opens with a meeting: "At a summit in C, A and B …". */
    meetingOpeners: set(visitData.meetingOpeners),
    /** "barred from travel to B": a trip not made. */
    barredWords: set(visitData.barredWords),
  },
  sanction: {
    nouns: set(sanctionData.nouns),
    verbs: set(sanctionData.verbs),
    impose: set(sanctionData.impose),
    lift: set(sanctionData.lift),
    threat: set(sanctionData.threat),
    targetPrepositions: set(sanctionData.targetPrepositions),
    defiance: set(sanctionData.defiance),
    blocked: set(sanctionData.blocked),
    reasonPrepositions: set(sanctionData.reasonPrepositions),
    under: set(sanctionData.under),
    /** Words that may stand between an imposer and the sanction noun: "US trade sanctions". */
    modifiers: set(sanctionData.modifiers),
    /** Verbs by which a subject takes a side on a measure: "opposed the embargo". */
    stance: set(sanctionData.stance),
    /** "froze the assets of B": a freeze verb, then an asset noun. */
    freeze: set(sanctionData.freeze),
    assets: set(sanctionData.assets),
    /** "coordinated with B": B imposes the same measure. */
    coordination: set(sanctionData.coordination),
    /** Nouns that refer back to a measure just named: "the measures". */
    anaphors: set(sanctionData.anaphors),
    /** "sanctions by A", "an embargo from B": the imposer follows. */
    imposerPrepositions: set(sanctionData.imposerPrepositions),
    /** "was sanctioned", "the sanctioned bank": no imposer is the subject. */
    notVerbAfter: set(sanctionData.notVerbAfter),
    /** "coordinated with A", "alongside B": the partners follow. */
    coordinationPrepositions: set(sanctionData.coordinationPrepositions),
    /** "the measures", "these sanctions": a noun referring back to a measure. */
    anaphorDeterminers: set(sanctionData.anaphorDeterminers),
    /** "urged B to … or face sanctions": verbs whose subject threatens their object. */
    appeals: set(sanctionData.appeals),
    /** "or face sanctions": the verb of the one threatened. */
    face: set(sanctionData.face),
    /** "barred B from entering A": ban verbs, the word before the entry word, the entry words. */
    banVerbs: set(sanctionData.banVerbs),
    banFrom: set(sanctionData.banFrom),
    entryWords: set(sanctionData.entryWords),
  },
  names: {
    stopwords: set(namesData.stopwords),
    honorifics: phraseSet(namesData.honorifics),
    honorificOnly: set(namesData.honorificOnly),
    /** Titles before a name that only a state gives: "Gen.", "Judge", "Det", "King". */
    stateHonorifics: phraseSet(namesData.stateHonorifics),
    leaderRoles: phraseSet(namesData.leaderRoles),
    /** Roles that companies, clubs and groups have too ("chairman", "spokesman"). */
    sharedRoles: phraseSet(namesData.sharedRoles),
    /** Roles only a state or an intergovernmental body gives: the leader roles less the shared ones. */
    /** Lower-case nouns before a shared role that make it a role in a company or club: "club president". */
    nonStateOwners: set(namesData.nonStateOwners),
    /** Head words of a body that belongs to a state: "Senate Rules Committee chairman". */
    stateBodyHeads: set(namesData.stateBodyHeads),
    /** Occupations no state gives: "novelist X", "X, a cocoa farmer". */
    nonStateOccupations: set(namesData.nonStateOccupations),
    /** Members elected for a place: "MP for Sleaford and North Hykeham" names a constituency. */
    constituencyRoles: set(namesData.constituencyRoles),
    stateRoles: phraseSet(namesData.leaderRoles.filter((r) => !namesData.sharedRoles.includes(r))),
    analystRoles: phraseSet(namesData.analystRoles),
    portfolios: phraseSet(namesData.portfolios),
    orgHeads: set(namesData.orgHeads),
    researchHeads: set(namesData.researchHeads),
    mediaHeads: set(namesData.mediaHeads),
    orgTrailing: phraseSet(namesData.orgTrailing),
    thinkTankNouns: phraseSet(namesData.thinkTankNouns),
    geoHeads: set(namesData.geoHeads),
    placeFirst: set(namesData.placeFirst),
    particles: set(namesData.nameParticles),
    connectors: set(namesData.connectors),
    descriptionHeads: phraseSet(namesData.descriptionHeads),
    personPronouns: set(namesData.pronouns.person),
    pluralPronouns: set(namesData.pronouns.plural),
    possessivePronouns: set(namesData.pronouns.possessive),
    formerCues: set(namesData.formerCues),
    /** Former offices whose holders stay political actors (leaders), not commentators. */
    formerHeadRoles: phraseSet(namesData.formerHeadRoles),
    eventNouns: set(namesData.eventNouns),
    /** Words that make a name a company, club, event or product, never a person. */
    nonPersonTokens: set(namesData.nonPersonTokens),
    /** Apposition head nouns that describe a company or thing: "X, the German stock exchange,". */
    nonPersonAppositionHeads: set(namesData.nonPersonAppositionHeads),
    /** Nouns after an organization that make it a field: "a China expert" (plurals too). */
    expertiseHeads: set(namesData.expertiseHeads),
    /** First words of a comma clause that gives no role: "X, who …", "X, according to …". */
    appositionClauseStarts: set(namesData.appositionClauseStarts),
    /** Heads of a description standing for a state named before: "the junta", "the island". */
    stateDescriptors: set(namesData.stateDescriptors),
    /** Head nouns standing for a bloc named just before: "the regional bloc". */
    blocDescriptors: set(namesData.blocDescriptors),
    /** Heads of a definite possessor standing for a state: "the new government's ally". */
    possessorDescriptors: set([...namesData.stateDescriptors, ...namesData.possessorDescriptors]),
    /** Arabic articles joined to a name by a hyphen: "al-Bashir", "el-Sisi". */
    nameArticles: set(namesData.nameArticles),
    /** Words before a name that make it a place, not a speaker: "in Lima said". */
    placeBeforeSpeaker: set(namesData.placeBeforeSpeaker),
    /** Prepositions naming a person's institution: "Maria Lima of the University of Lisbon". */
    affiliationPrepositions: set(namesData.affiliationPrepositions),
    /** Prepositions of an introductory place: "In a post on X, the ministry said". */
    introPlacePrepositions: set(namesData.introPlacePrepositions),
    /** Words ending the head noun of an apposition: "the German stock exchange based in …". */
    appositionHeadStops: set(namesData.appositionHeadStops),
    /** Words before a name in an apposition that make it no listed person: "at Stimson Center". */
    appositionNameLeads: set(namesData.appositionNameLeads),
    /** "of" words inside a title or a name: "Minister for Trade", "Institute for the Study of War". */
    ofPrepositions: set(namesData.ofPrepositions),
    /** Words that may stand before a title: "senior", "deputy", "acting". */
    titleModifiers: set(namesData.titleModifiers),
    /** Endings of words that may stand before a title: "high-ranking", "40-year-old". */
    titleModifierSuffixes: namesData.titleModifierSuffixes,
    /** Organization type of a trailing organization word: "Global Times newspaper" is media. */
    orgTrailingTypes: new Map(Object.entries(namesData.orgTrailingTypes)),
  },
  abbreviations: set(sentencesData.abbreviations),
  /** Abbreviations that can end a sentence: one does before an opening quotation mark. */
  finalAbbreviations: set(sentencesData.finalAbbreviations),
  /** Words that open a sentence even after an initial: "a post on X. He said". */
  sentenceStarters: set(sentencesData.sentenceStarters),
  clauses: {
    /** Words that open a new clause after a comma. */
    conjunctions: set(sentencesData.clauseConjunctions),
  },
  /** Lists shared by the relation extractors (relations/util.ts). */
  relations: {
    /** "and", "or" after a comma open a clause before a lower-case word. */
    clauseListConjunctions: set(relationsData.clauseListConjunctions),
    /** "who", "which": their antecedent is the list right before them. */
    relativeOpeners: set(relationsData.relativeOpeners),
    /** Words that may stand between two names of one list: "A and the B". */
    listJoiners: set(relationsData.listJoiners),
    /** "the junta", "its island": determiners of a description standing for a state. */
    descriptionDeterminers: set(relationsData.descriptionDeterminers),
  },
} as const;
