import occupationData from './occupations.json';
/**
 * Word lists the builder's rules rely on. General English news vocabulary only: nothing here
 * may name a particular article's people, places or sentences.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Abbreviated titles as British and Commonwealth papers write them, most often without the full stop
 * ("Dr", "Supt", "Cllr"; "Supt." and the like too, which the older list lacked). Role heads for the
 * builder; the tagger's training leaves them out when it narrows a corpus's person spans
 * (scripts/train/corpus.ts), as it did when the shipped weights were trained.
 */
export const UNPUNCTUATED_TITLES = words(`Dr Prof Supt Supt. Insp Insp. Det Det. Sgt Cpl Cpl. Capt Lt Cllr Cllr.`);

/** Nouns that make a title a role ("Foreign Minister", "Special Envoy"): the head of a role phrase. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([...UNPUNCTUATED_TITLES, ...words(`
  President Minister Envoy Secretary Senator Sen. Representative Rep. Governor Gov. Mayor Chancellor
  Premier King Queen Prince Princess Pope Ambassador Judge Justice General Gen. Admiral Adm. Colonel Col.
  Captain Capt. Commander Chairman Chairwoman Chair Director Coach Professor Prof. Dr. Doctor Spokesman
  Spokeswoman Spokesperson Attorney Commissioner Chief Officer Lieutenant Lt. Sergeant Sgt. Inspector
  Detective Sheriff Councilman Councilwoman Councillor Councilor Speaker Leader Lawmaker Diplomat Adviser
  Advisor CEO Executive Founder Emir Sheikh Prosecutor Archbishop Bishop Cardinal Rabbi Imam Rev. Reverend
  Sister Brother Father Mother Pastor Deacon Monsignor Msgr. Fr.
  Sens. Reps. Govs. Sir Dame Lord Lady Superintendent Marshal Vice-President Secretary-General Negotiator Manager Captain Treasurer
`)]);

/** Words that may stand inside a role phrase before its head ("Special", "Foreign", "Deputy"). */
export const ROLE_MODIFIERS = words(`
  Special Foreign Prime Vice Deputy Defense Defence Interior Finance Economy Economic Trade State Home Health
  Justice Energy Former Acting Senior Chief Attorney Supreme Federal Executive Assistant Associate National
  Security Head Top Affairs Majority Minority House Senate Army Navy Air Force Police Fire District County
  City State Presidential White Press Communications Education Environment Agriculture Labor Labour Transport
  Culture Sports Science Technology Treasury Interim General Lead Principal Managing Party Opposition
  Parliamentary Regional Provincial Municipal Commerce Industry Development Digital Cabinet Crown Royal
`);

/** Courtesy titles: evidence of a person, but not a role. */
export const HONORIFICS = words(`Mr. Mrs. Ms. Miss Mx. Mr Mrs Ms Hon.`);

/** Short country or bloc names that act as adjectives in a role ("US President"). */
export const COUNTRY_ACRONYMS = words(`US U.S. UK U.K. EU E.U. UN U.N. NATO`);

/** Nationality adjectives mostly end like this ("Russian", "Polish", "Chinese", "Israeli"). */
export const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch|ek)$/u;

/** A generational suffix after a surname ("James P. Kennedy Jr."): part of a name, never a name alone. */
export const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|(?=[XVI]{2})X{0,3}(?:IX|IV|V?I{0,3}))$/u;

/** Days of the week and holidays: no one's name, nor its first word ("The day after Easter, Bassi …"). */
export const DAYS_AND_HOLIDAYS = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas Xmas Thanksgiving Halloween Passover
  Hanukkah Ramadan Diwali Eid Lent Advent Pentecost
`);

/**
 * Those and the months (some of which are given names: "June Carter", "April Ryan"): a run that ends in
 * one goes on past a name into a date ("X November 18"), not an institution.
 */
export const CALENDAR_WORDS = new Set([...DAYS_AND_HOLIDAYS, ...words(`
  January February March April May June July August September October November December
`)]);

/** A party's members ("a Bronx Republican", "Tory MPs"): a run that ends in one names a kind of person, not one. */
export const PARTY_MEMBERS = words(`
  Republican Republicans Democrat Democrats Tory Tories Conservative Conservatives Liberal Liberals Socialist
  Socialists Communist Communists Libertarian Libertarians Labourite Labourites Nationalist Nationalists
`);

/** Last words that mark a capitalized run as an organization, place or thing rather than a person. */
export const NON_PERSON_WORDS = words(`
  Union Ministry Council Party Street Avenue Road Square City Bank University College School Agency
  Commission Court House Department Office Inc Inc. Corp Corp. Ltd Group Company Times Post News Journal
  Herald Tribune Gazette Press Network Airlines Airways Foundation Institute Center Centre Museum Hospital
  Church Cathedral Palace Tower Bridge River Lake Mount Mountains Sea Ocean Bay Island Islands Valley Park
  Mountain Canyon Creek Glacier Volcano Lagoon Reef
  Stadium Airport Station Kingdom Republic Federation Federal Organization Organisation Association Committee
  Assembly Parliament Congress Senate Army Navy Forces Guard Police Club League Cup Championship Games
  Olympics Festival Award Prize Act Treaty Accord Agreement Plan Project Program Programme Fund Trust Reserve
  Exchange Market Markets Index Stanley Sachs Capital Holdings Partners Industries Motors Technologies Labs
  Authority Studies Sciences Research Affairs Services Systems Review Times
  Airline Railway Railways Hotel Hall Theatre Theater Gallery Library Channel Radio Television TV Day Week
  Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Place Square Gate Coast Peninsula Desert Province Region State
  States Territory County District Cove Heights Springs Falls Beach Harbor Harbour Clinic Productions
  Entertainment Records Pictures Studios Works Brotherhood Movement Coalition Alliance Magazine Brigade Comics Publishing Media
  Show Express Orbiter Surveyor Lander Rover Probe Telescope Spacecraft Satellite Mission Books
  Co Co. LLC Laboratory Laboratories Lab Aerospace Machines Solutions Pharmaceuticals Therapeutics Software
  Amphitheatre Amphitheater Pavilion Arena Coliseum Colosseum Auditorium Ballpark Speedway Casino Brothers Bros. Bros
  St. Ave. Ave Blvd. Blvd Rd. Hwy. Pkwy. Boulevard Drive Parkway Highway Expressway Freeway Turnpike Plaza Terrace
  Forum Summit Conference Symposium Convention Expo Caucus
  Biosciences Bioscience Biotech Biotechnology Genomics Biologics Therapeutic Pharma Diagnostics Robotics Analytics
`);

/** Words that start a place's or an undertaking's name, never a person's ("Saint Petersburg", "Project Jonah"). */
export const PLACE_PREFIXES = words(`Saint St. San Santa Sao São Port Fort Lake Mount Mt. Cape New North South East West Los Las El Boulevard Rue Avenue Plaza Project Operation`);

/** Lowercase name particles that may sit inside a person's name ("van der Berg", "bin Salman"). */
export const NAME_PARTICLES = words(`van der den de des del della la le du da dos das von zu bin bint al el ibn ter ten`);

/** Function words and sentence openers: a capitalized one at a sentence start is not a name. */
export const STOPWORDS = words(`
  A An The In On At As But And Or Nor For So Yet If When While Though Although After Before Since Until
  Despite During Just However Meanwhile Still Also Then Now This That These Those There Here It Its His Her
  Their Our My Your We They He She I You Some Many Most Few Both Each Every All No Not Once Even Only
  Speaking Asked Last Next First Earlier Later Today Yesterday Tomorrow Instead Indeed Yes Further Perhaps
  Among Amid Under Over With Without From To Of By About Against Between Into Through Across Behind Beyond
  According Following Like Unlike Within Why What Who How Where Which Whose Whom Several Such Other Another
  Is Are Was Were Does Did Has Have Had Should Would Could Shall
  Afterward Afterwards Previously Currently Recently Eventually Finally Initially Ultimately Additionally
  Moreover Furthermore Nevertheless Nonetheless Otherwise Therefore Thus Hence Overall Regardless
  Separately Similarly Likewise Alternatively Consequently Accordingly Fortunately Unfortunately
`);

/** Verbs that introduce or close reported speech. */
export const SPEECH_VERBS = words(`
  said says say told tells tell claimed claims claim revealed reveals suggested suggests cautioned cautions
  warned warns called calls added adds argued argues insisted insists urged urges stated states noted notes
  described describes describe replied replies asked asks explained explains declared declares announced announces
  wrote writes remarked remarks predicted predicts promised promises vowed vows admitted admits acknowledged
  acknowledges conceded concedes stressed stresses emphasized emphasised emphasizes maintained maintains
  recalled recalls complained complains countered counters observed observes answered answers responded
  responds testified testifies joked jokes quipped quips continued continues concluded concludes agreed
  agrees told posted tweeted echoed echoes dubbed branded labelled labeled hailed praised criticized
  criticised accused denied denies confirmed confirms assured assures conceded pledged pleaded
  reported reports instructed instructs blasted slammed recounted recounts boasted lamented shouted yelled
  whispered mused wondered explained tweets comments commented weighed written
  highlighted highlights highlighting underlined underlines underscored underscores
  begged begs implored implores demanded demands exclaimed exclaims asserted asserts contended contends reiterated reiterates
  alleged alleges cried screamed sighed texted emailed emails laughs laughed shrugs shrugged grins grinned smiles smiled
  shout shouts yells boasts sighs muses cries chant chants chanted shared confessed confesses confided gushed gushes
  saying telling adding noting warning asking explaining insisting arguing calling writing
  complaining describing urging claiming criticizing criticising accusing dismissing praising branding
  dubbing labelling labeling suggesting admitting declaring promising vowing stressing call
  concluding predicting stating maintaining recalling observing acknowledging conceding joking quipping
  asserting contending replying answering responding tweeting announcing revealing boasting lamenting pledging
  write sang thought remembered remembers
`);

/**
 * A verb after a name that shows a person speaking: a company also "reported" earnings and "announced"
 * a product, so those two prove no person.
 */
export const showsSpeaker = (verb: string): boolean => SPEECH_VERBS.has(verb) && !/^(?:report|announce)/u.test(verb);

/** Participles that open a sentence about someone speaking ("Speaking after the talks, X said …"). */
export const SPEECH_PARTICIPLES = words(`Speaking Talking Writing Addressing Commenting Responding Testifying Answering Reflecting Asked Interviewed`);

/** Personal pronouns that can be the subject of a reporting verb, with the gender they imply. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['He', 'm'], ['she', 'f'], ['She', 'f'],
]);

/** Abbreviations whose trailing period does not end a sentence. */
export const ABBREVIATIONS = words(`
  Mr Mrs Ms Dr St Gen Sen Sens Rep Reps Gov Govs Lt Col Capt Sgt Prof Jr Sr Inc Corp Ltd Co vs etc No Jan Feb Aug Sept
  Oct Nov Dec Adm Mt Ft Rev Hon Gov approx Fig Vol
`);

/** Lowercase nouns that say what a person does ("a banking analyst", "opposition leader X", "its president, X,"). */
export const ROLE_NOUNS = words(`
  leader captain coach manager analyst director lawyer attorney president chairman chairwoman chair economist
  spokesman spokeswoman spokesperson professor minister secretary executive chief founder editor principal
  librarian teacher engineer architect pianist singer author writer player forward striker goalkeeper
  midfielder defender officer commander general colonel senator governor mayor judge justice prosecutor
  detective sheriff adviser advisor aide deputy treasurer ambassador envoy diplomat researcher scientist
  doctor nurse physician surgeon historian scholar activist organizer organiser student lawmaker legislator
  member chancellor premier negotiator strategist consultant investor banker trader correspondent reporter
  journalist limnologist economist analyst owner partner head
  congressman congresswoman representative politician candidate nominee official commissioner dean
  actor actress star singer-songwriter rapper musician artist designer producer host comedian novelist poet
  chef pilot soldier trooper veteran businessman businesswoman entrepreneur billionaire agent publicist
  quarterback pitcher linebacker receiver winger goalie rookie teammate champion boxer cyclist driver
  psychologist psychiatrist therapist dentist pastor priest rabbi imam suspect defendant plaintiff witness
  center centre guard tackle cornerback lineman rusher kicker punter catcher shortstop outfielder infielder
  reliever fullback halfback tailback defenseman batsman bowler jockey golfer swimmer sprinter runner wrestler
  gymnast skater skier rower sailor climber referee umpire trainer
  guitarist drummer bassist vocalist frontman frontwoman keyboardist violinist cellist conductor composer
  dancer choreographer filmmaker photographer playwright screenwriter showrunner influencer blogger podcaster
  anchor columnist commentator critic curator broadcaster presenter pundit astronaut inventor physicist chemist
  biologist astronomer geologist epidemiologist virologist ecologist archaeologist paleontologist
  anthropologist sociologist mathematician neuroscientist climatologist meteorologist oceanographer zoologist botanist
  fellow vp ceo cfo coo cto philosopher translator supervisor worker employee shareholder programmer administrator hopeful
  investigator airman airwoman seaman marine firefighter paramedic trustee auditor clerk mechanic farmer miner
  expert mentor creator coordinator instructor lecturer educator counselor counsel
  inspector planner mediator promoter contractor interviewer illustrator painter songwriter storyteller
  impresario editor-in-chief superstar athlete contestant winner scorer goaltender fielder skipper surfer
  diver stuntman aviator ranger attendant retiree traveler hostage kidnapper trafficker insurgent
  emperor heir millionaire postdoc mp mep msp mla
`);

/** One-word occupations from an open list ("bartender", "surveyor"): occupations.json, made by a script. */
const OCCUPATIONS: ReadonlySet<string> = new Set(occupationData.words);

// Suffixes that make nouns of people who practise something ("immunologist", "biochemist", "physician",
// "historian"): the words no list can keep up with. Words in -ist that are no one
// ("list", "insist", "amidst"), or a creed rather than a role ("socialist"), are left out.
const AGENT_SHAPE = /^\p{Ll}[\p{Ll}-]{2,}(?:ologist|ician|orian|chemist|scientist|economist|analyst|ographer)$|^\p{Ll}[\p{Ll}-]{3,}(?<!ex|ass|ins|res|pers|cons|des|subs|wh|amid|mid|tw|wr|social|commun|national|popul|capital|fasc|left|centr|extrem|islam|marx|rac|sex|elit|modern|real|ideal|pacif|femin|human|royal|loyal)ist$/u;

/**
 * A role noun, prefixed ("co-author", "vice-premier") or plural ("analysts") as well. A set lookup
 * rather than one regular expression of every noun: such an alternation costs several ms to compile on
 * its first use on a page, and the model is built there.
 */
export function isRoleNoun(word: string, plural = false): boolean {
  const w = word.toLowerCase();
  const known = (x: string): boolean => ROLE_NOUNS.has(x) || OCCUPATIONS.has(x) || AGENT_SHAPE.test(x);
  const base = (x: string): boolean => known(x) || (plural && /s$/u.test(x) && known(x.slice(0, -1)));
  const dash = w.indexOf('-');
  return base(w) || (dash > 0 && /^\p{Ll}+$/u.test(w.slice(0, dash)) && base(w.slice(dash + 1)));
}

/**
 * What a person writes, as a regular-expression alternation: after "Lee’s" ("Lee’s statement read:",
 * "Lee’s tweet said") the words are Lee's. Each reader adds the forms its own position allows.
 */
export const WRITTEN_WORDS = 'statement|letter|tweet|post|email|e-mail|note|memo|message';

/** Kin words: evidence that a person is named next ("his daughter, X,"), but not a role. */
export const KIN_NOUNS = words(`daughter son wife husband mother father brother sister widow widower partner grandson granddaughter`);

/** Small words a role phrase may start with, dropped from the role ("the club's manager" → "manager"). */
export const ROLE_DETERMINERS = words(`a an the its his her their our your this that`);
