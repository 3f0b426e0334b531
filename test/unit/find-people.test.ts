// The person finder on made-up sentences: general rules, no article's names.
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/model/builder/find-people';
import { shippedGazetteer } from '../../src/model/tagger/gazetteer';
import { shippedWeights } from '../../src/model/tagger/shipped-tagger';
import { tagEntities } from '../../src/model/tagger/tag-entities';

const people = (...paragraphs: string[]): Record<string, string | null> =>
  Object.fromEntries(findPeople(paragraphs).map((p) => [p.fullName, p.role]));

describe('findPeople', () => {
  it.each([
    ['a role before the name', 'German Finance Minister Anna Keller spoke on Monday.', { 'Anna Keller': 'German Finance Minister' }],
    ['a possessive country in the role', 'France’s Foreign Minister Paul Girard met them.', { 'Paul Girard': 'France’s Foreign Minister' }],
    ['an acronym country in the role', 'UK Trade Envoy Ruth Amos arrived.', { 'Ruth Amos': 'UK Trade Envoy' }],
    ['a reporting verb after the name', 'Later, Maria Olsen said the plan was dead.', { 'Maria Olsen': null }],
    ['a "who" clause after the name', 'The deal was brokered by Tom Reyes, who chairs the board.', { 'Tom Reyes': 'chairs the board' }],
    ['a courtesy title', 'Mr. Dale arrived late.', { Dale: null }],
    ['“the Hon.” before the name', 'Yesterday the Hon. Elwyn Marsh arrived late.', { 'Elwyn Marsh': null }],
    ['the longest role wins across mentions', 'President Ana Ruiz spoke. Chilean President Ana Ruiz left.', { 'Ana Ruiz': 'Chilean President' }],
  ])('finds a person by %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['an apposition after the name', 'Rosa Linde, chief executive of Acme, resigned.', { 'Rosa Linde': 'chief executive of Acme' }],
    ['a lowercase role before the name', 'The motion came from opposition leader Jo Park on Friday.', { 'Jo Park': 'opposition leader' }],
    ['a role noun and a comma before the name', 'The club’s manager, Piet de Groot, blamed the heat.', { 'Piet de Groot': 'manager' }],
    ['a kin noun before the name (no role)', 'His daughter, Eva Lind, confirmed the news.', { 'Eva Lind': null }],
    ['initials', 'The board named J. K. Devlin, its finance director, as interim chief.', { 'J. K. Devlin': 'finance director' }],
    ['an age before the apposition', 'Omar Vance, 45, a former teacher, won the seat.', { 'Omar Vance': 'former teacher' }],
    ['an apposition with an owner', 'Lena Fox, the club’s defensive captain, was fined.', { 'Lena Fox': 'defensive captain' }],
    ['a "who" clause after "said X"', '“It is done,” said Ivo Marsh, who chairs the board.', { 'Ivo Marsh': 'chairs the board' }],
    ['an apposition opening with an owner', 'Rosa Linde, Chile’s ambassador to Peru, spoke.', { 'Rosa Linde': 'ambassador to Peru' }],
    ['an apposition opening with a title', '“We grow,” Tom Reyes, CEO of Acme, said.', { 'Tom Reyes': 'CEO of Acme' }],
    ['an abbreviation inside the apposition', 'Jo Park Jr., the U.S. Attorney for the district, said no.', { 'Jo Park Jr.': 'U.S. Attorney for the district' }],
    ['no role from a place inside a clause', 'Jo Lund, who played at Corvo Center, said no.', { 'Jo Lund': null }],
    ['capitalized particles inside the name', 'The actor James Van Der Molen said he was glad. Van Der Molen smiled.', { 'James Van Der Molen': 'actor' }],
    ['a team’s acronym before the name', 'Browns DL Marcus Hale said he was fine.', { 'Marcus Hale': null }],
    ['a given name no list knows before a surname', 'The club’s center Zavriel Okafor was fined.', { 'Zavriel Okafor': 'center' }],
    ['a role that ends before a second verb', 'Ruth Amos, who owns a consulting firm and headed out for the second stop, said no.', { 'Ruth Amos': 'owns a consulting firm' }],
    ['a role that ends before another person', 'Jo Park, the acting director of the agency and Tom Reyes, spoke.', { 'Jo Park': 'acting director of the agency' }],
    ['no role from a deed', 'Tom Reyes, who has split from many fellow Republicans on vouchers, spoke.', { 'Tom Reyes': null }],
    ['a role noun of a trade', 'The skipper, Wade Lind, said the catch was poor.', { 'Wade Lind': 'skipper' }],
    ['an occupation from the open list', 'The bartender, Wade Lind, said the place was full.', { 'Wade Lind': 'bartender' }],
    ['a title in the plural before two names', 'The other candidates — Sens. Ana Ruiz and Tom Reyes — have struggled.', { 'Ana Ruiz': 'Sen.', 'Tom Reyes': 'Sen.' }],
    ['a role after a verb of saying', 'Asked about it, Tom Reyes told co-host Ann Lind the club was fine.', { 'Tom Reyes': null, 'Ann Lind': 'co-host' }],
    ['a French particle “des” inside the name', '“We are ready,” said Laurence des Vaux, the museum’s director.', { 'Laurence des Vaux': 'director' }],
    ['a British title without its full stop', 'Supt Ada Quill said the two men were shot. Dr Omar Vance agreed.', { 'Ada Quill': 'Supt', 'Omar Vance': 'Dr' }],
  ])('finds a person by %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  // With the tagger's evidence, as the builder runs it.
  it.each([
    ['the signature of an embedded post', '— Orla Venn (@orlavenn) November 18, 2019', { 'Orla Venn': null }],
    ['the signature of a post, closing its text, with a name the tagger doubts', 'Stuck at the gate again, no flights tonight. — Jiří Hošek (@hosekj) December 22, 2014', { 'Jiří Hošek': null }],
    ['the signature of a post, one word', 'No power here at all. — Lena (@lenanix) December 22, 2014', { Lena: null }],
    ['the signature of a town’s club is no one', 'What a night. — Swindon Rovers (@rovers) December 22, 2014', {}],
    ['the signature of an initial is no one', 'What a night. — J (@jjj) December 22, 2014', {}],
    ['the signature of a place’s account is no one', 'Power is back. — Stansted Airport (@STN_Airport) December 22, 2014', {}],
    ['a function word the tagger reads as a surname', 'Talks came after a meeting between the premier and Chinese vice-premier Liu He, officials say.', { 'Liu He': 'vice-premier' }],
    ['a role of a place right before the name', 'Chile’s ambassador to Peru Rosa Linde spoke.', { 'Rosa Linde': 'ambassador to Peru' }],
    ['a capitalized title with “of” before the name', 'The Secretary of State Rosa Linde spoke.', { 'Rosa Linde': 'Secretary of State' }],
    ['a plural role before a list: each one’s', 'He sang for judges Orla Venn, Tomas Quill and Ines Aro on Monday.', { 'Orla Venn': 'judge', 'Tomas Quill': 'judge', 'Ines Aro': 'judge' }],
    ['a plural role ending in -ses', 'The day belonged to nurses Orla Venn and Tomas Quill.', { 'Orla Venn': 'nurse', 'Tomas Quill': 'nurse' }],
    ['a role with a prefix in capitals', 'They met Acme founder and co-CEO Tomas Quill on Monday.', { 'Tomas Quill': 'co-CEO' }],
    ['a relative clause that says what one does', '“We hope,” said Tomas Quill, who represents the family.', { 'Tomas Quill': 'represents the family' }],
    ['a name joined to a person in a list', 'Serbia’s Novak Djokovic and Britain’s Andy Murray will play on Tuesday.', { 'Novak Djokovic': null, 'Andy Murray': null }],
    ['a company joined to a person stays a company', 'Andy Murray and Sierra Holdings signed the deal on Tuesday.', { 'Andy Murray': null }],
    ['no role from a work’s title', 'Ana Ruiz is the author of The Quiet Kitchen.', { 'Ana Ruiz': null }],
    ['a nickname of the given name, with the same surname: one person', 'Joshua Apte, a professor, spoke first. Later, Josh Apte said the data were clear.', { 'Joshua Apte': 'professor' }],
    ['an ambiguous nickname: two people', 'Chris Evans met Christina Evans on Monday.', { 'Chris Evans': null, 'Christina Evans': null }],
    ['a person’s company, which does not make the name an institution’s', 'A firm owned by talent manager Tomas Quill bought it. Fans criticised Tomas Quill’s company and its plans.', { 'Tomas Quill': 'talent manager' }],
    ['no role from the next item of a list', 'She discussed the advice she gave Orla Venn, or her past relationships with actors.', { 'Orla Venn': null }],
    ['a one-word name after “married to”', 'He was previously married to Rihanne and later to Ines Aro.', { Rihanne: null, 'Ines Aro': null }],
    ['given names listed after “children”', 'Tomas Quill and his wife had two children together, Hopper and Dylan.', { 'Tomas Quill': null, Hopper: null, Dylan: null }],
    ['a one-word name in a list after “friends”', 'She spoke of her friends Orla Venn and Rihanne, saying they were kind.', { 'Orla Venn': null, Rihanne: null }],
    ['a given name and a surname the tagger half took for a place', 'She spoke about the advice she gave Chelsea Hadley, or her past relationships with actors.', { 'Chelsea Hadley': null }],
    ['a workplace after the name, as the role', '“It is risky,” Orla Venn of the University of Lund in Malmo, Sweden, said to a magazine.', { 'Orla Venn': 'of the University of Lund in Malmo' }],
    ['but no role from a town after the name', 'Tomas Quill of Chicago said no.', { 'Tomas Quill': null }],
    ['a surname written with and without its space: one person', 'Mayor Tomas DeVries spoke first. Later, De Vries said the plan was dead.', { 'Tomas DeVries': 'Mayor' }],
    ['a given name before a particle the tagger left out', 'It worked thanks to the German rocket scientist Wernher von Braun, who was there.', { 'Wernher von Braun': 'rocket scientist' }],
    ['a character with the actor who plays them in brackets', 'In the last scene, drummer Andrew Vance (Tomas Quill) suffers one last humiliation. Later, Vance plays on.', { 'Tomas Quill': null }],
    ['a reviewer’s sign-off after the last sentence', 'Orla Venn finds drama in a story of one dog. -- Karen Sandow', { 'Orla Venn': null }],
    ['a critic’s bracketed sign-off', 'Orla Venn steals every scene she is in. [A.A. Dowd]', { 'Orla Venn': null }],
    ['a scandal named after a person', '2. Tomas Quill-gate. One of many examples of the year’s scandals that made us aware of how awful people were.', { 'Tomas Quill': null }],
    ['a letter alone is no one', 'Mrs. H asked whether Professor X could come, and Tomas Quill said yes.', { 'Tomas Quill': null }],
    ['a greeting, which is no one', 'No flights at all tonight, Merry Xmas everyone! Tomas Quill said.', { 'Tomas Quill': null }],
    ['a holiday, which is no one', 'The day after Easter, Tomas Quill and his crew loaded up the boat.', { 'Tomas Quill': null }],
    ['an apposition after a bracket', 'Dan (not his real name), a 19-year-old business student, has just returned home.', { Dan: '19-year-old business student' }],
    ['a generational suffix the tagger left out', '• Kelly Marbre Jr. continues to give the Sixers vital doses of energy at just the right times. He scored eight points and grabbed five rebounds in the first half alone.', { 'Kelly Marbre Jr.': null }],
    ['a group’s name before a verb’s clause with a person in it', 'One group of organizers, known as The Vostra Crew, initially endorsed Senator Ann Quill.', { 'Ann Quill': 'Senator' }],
    ['no role from the main clause after a fronted one', 'Asked why she called it the Vostra Crew, Ines Aro told co-host Ann Lind, “Because.”', { 'Ines Aro': null, 'Ann Lind': 'co-host' }],
    ['an acronym in the plural, which is no one', 'Tomas Quill was challenged by Tory MPs who said the rules were rushed.', { 'Tomas Quill': null }],
    ['a party’s member, which is no one', 'A Bronx Republican said the plan would fail, and Tomas Quill agreed.', { 'Tomas Quill': null }],
    ['a regnal numeral ending a sentence, the next opening with a function word', 'It was painted for King Tomas I. Between 1520 and 1530 it hung in Lisbon, Ines Aro said.', { 'Tomas I.': 'King', 'Ines Aro': null }],
    ['a forum, which is no one', 'Grenada’s Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Tomas Quill has voiced his support for an annual US-Caribbean Banking Forum to discuss critical matters pertaining to financial services and access for Caribbean countries.', { 'Tomas Quill': null }],
    ['a street named after someone, which is no one', 'The crash unfolded in the area of Miller Drive and Southwest 117th Avenue, at around 3 a.m., Tomas Vance said.', { 'Tomas Vance': null }],
    ['a surname after a one-word name the tagger saw', 'Indian Prime Minister Narendra Modi pledged that his country would do more.', { 'Narendra Modi': 'Indian Prime Minister' }],
    ['a surname with an Arabic particle hyphened on', 'The court acted against Sudan’s president, Omar Hassan al-Bashir, on Monday. Mr. Bashir denied it.', { 'Omar Hassan al-Bashir': 'president' }],
    ['a kin noun before a lone given name', 'President Tomas Quill, his wife Grace and two aides are under house arrest.', { 'Tomas Quill': 'President', Grace: null }],
    ['the role of a named body before the comma', 'The leader of Vostra, Tomas Quill, condemned the attack.', { 'Tomas Quill': 'leader of Vostra' }],
    ['initials inside the name', 'In 1991, President George H.W. Quill held back the loan guarantees.', { 'George H.W. Quill': 'President' }],
    ['a speech verb before the name, and a title-case role with “for”', '“Stop it now,” said Tomas Quill, Research and Advocacy Director for the Middle East at Amnesty International.', { 'Tomas Quill': 'Research and Advocacy Director for the Middle East at Amnesty International' }],
    ['a surname that is also a place, which the tagger read as a name', 'The protesters ousted Luis Morales, after violent clashes erupted.', { 'Luis Morales': null }],
    ['no one in a project’s name, and no role from a phrase with “with”', 'The count comes from the rescue group Project Tane, with 140 pilot whales dying on Stewart Island.', {}],
    ['no one in an apposition that names an organization', 'The state outlawed the group behind it — Ansar al-Vostra, an extremist organization — and began a crackdown.', {}],
    ['no role for a name that qualifies a plural noun', '“We fear nothing,” he said of himself and fellow Vostra members.', {}],
    ['no one in things listed after a plural noun and “like”', 'Teens choose ironic labels like Cruise Ship or Grocery Store.', {}],
    ['no one in a company that “reported” earnings', 'Acme Depot reported third-quarter earnings that topped estimates.', {}],
    ['no one in a name of an everyday given name and word', 'Blue Harbor’s lander is based on its Blue Moon vehicle.', {}],
    ['no one in a company’s name without its suffix', 'Rosa Linde met Sierra Vista Corp. executives. Sierra Vista said nothing.', { 'Rosa Linde': null }],
    ['a role noun known by its suffix', 'Tomas Quill, an immunologist at the University of Pennsylvania, said so.', { 'Tomas Quill': 'immunologist at the University of Pennsylvania' }],
    ['a role in “who works for”', '“It heaves,” said Tomas Quill, who works for the Transportation Department.', { 'Tomas Quill': 'works for the Transportation Department' }],
    ['a speaker’s role in the next sentence', '“It is groundbreaking,” says Ana Ruiz, MD. She’s the director of the Center for Food Research.', { 'Ana Ruiz': 'director of the Center for Food Research' }],
    ['no one in a place’s people in the plural', 'And Ohio Democrats re-elected Governor Tomas Quill last year.', { 'Tomas Quill': 'Governor' }],
    ['no one in a title that ends in a role noun', '“I think, Mr. Ranking Member, that would put us in a position to land,” the witness said.', {}],
    ['no one in an actor’s part', 'Jeff Stone, playing the chaos theorist Ian Varga, stammered through his lines.', { 'Jeff Stone': null }],
    ['initials opening the name', 'The film is directed by J.C. Quill and stars Ana Ruiz.', { 'J.C. Quill': null, 'Ana Ruiz': null }],
    ['a particle and the word after it, whatever the tagger made of it', '“It is shallow,” Erik van Sebille, a physical oceanographer at the University of Tasmania in Hobart told Reuters.', { 'Erik van Sebille': 'physical oceanographer at the University of Tasmania in Hobart' }],
    ['a role noun opening a sentence before a surname shaped like a nationality', 'Tomas Pattiaratchi, an oceanographer, spoke first. Oceanographer Pattiaratchi said debris would float for around 18 days.', { 'Tomas Pattiaratchi': 'oceanographer' }],
    ['a month that is a surname after a given name', 'Prime Minister Theresa May met the guitarist Brian May in London on Friday.', { 'Theresa May': 'Prime Minister', 'Brian May': 'guitarist' }],
    ['a nickname in quotation marks inside the name', 'President Tomas “Tommy” Quill visited the site on Tuesday.', { 'Tomas Quill': 'President' }],
    ['no one in a school named after a nicknamed person', 'She teaches at the Don "Moose" Quill Heritage School of Music.', {}],
    ['no one in a place of several words', 'The plane flew from Rio de Janeiro to Costa Rica on Friday.', {}],
    ['no one in a street with an initial', 'The center at 1225 N. Rampart St. opened on Friday.', {}],
    ['no one in a title before an everyday word', 'The engines were made by a venture co-owned by General Electric and Safran.', {}],
    ['a box score’s lines, surnames and initials alike', 'Dunmore (2-0): Quillane 12 points. Varrow 8 points. K. Ostrand 3 assists.', { Quillane: null, Varrow: null, 'K. Ostrand': null }],
    ['a player’s feat after the name', 'Oskar Brandt added his seventh for the Islanders, and Semyon Vorlatov stopped 27 shots as New York improved to 14-0-1.', { 'Oskar Brandt': null, 'Semyon Vorlatov': null }],
    ['a person aimed at, not a place', 'Ortiz fired a shot at Matt Quillane that trickled wide.', { 'Matt Quillane': null }],
    ['a role of a place before a given name', 'On Nov. 15, former U.S. ambassador to the Ukraine Marie Varrow testified before the U.S. House Intelligence Committee. Varrow said little.', { 'Marie Varrow': 'ambassador to the Ukraine' }],
    ['a role of a place before a name in pinyin', 'China’s ambassador to Britain Zhao Weiming has said that China has the power to end the unrest.', { 'Zhao Weiming': 'ambassador to Britain' }],
    ['no one in a title ending in a number', 'Visual effects supervisor John Knoll, who worked on Rogue One, hinted that the cuts exist. Rogue One was a hit.', { 'John Knoll': 'effects supervisor' }],
    ['no one in a part an actor plays', 'Tom Varrow returns to reprise his role as George Quillane in the sequel.', { 'Tom Varrow': null }],
    ['a surname with its particle hyphened on after a hyphened given name', 'The campaign by the government of Egyptian President Abdel-Karim el-Quillani went on.', { 'Abdel-Karim el-Quillani': 'Egyptian President' }],
    ['no one in a sentence adverb before an apposition', 'The group dropped the plan. (Afterward, a former contractor, Tomas Quill, said he had paid for it.)', { 'Tomas Quill': 'former contractor' }],
    ['a party’s member in apposition, as the role', 'Ann McQuillan spoke first. McQuillan, a Kentucky Republican, has promised to hold a vote.', { 'Ann McQuillan': 'Kentucky Republican' }],
    ['no one in a show named with a day and everyday words', 'She was known as a long-running cast member of Saturday Night Live before the film, Ana Ruiz said.', { 'Ana Ruiz': null }],
    ['no one in a quoted title of short capitalized words', 'He ran Pixar, the company that produced "Toy Story" on his watch, for ten years, Ana Ruiz said.', { 'Ana Ruiz': null }],
    ['an actor whose character is theirs in the possessive', 'She played a small pivotal role as Katherine Quill’s bitchy boss.', { 'Katherine Quill': null }],
    ['a given name and a surname that ends a bank’s name, telling reporters', '“You have to ask whether,” the union’s Tom Stanley told reporters.', { 'Tom Stanley': null }],
    ['a name with a home joined to a person with one', 'Seven progressives, including the group’s two leaders, Pramila Jayaquill of Washington and Mark Varrow of Wisconsin, back her.', { 'Pramila Jayaquill': null, 'Mark Varrow': null }],
    ['people listed after “alumni such as”', 'The troupe has alumni such as Lisa Varrow, Conan O’Quill and Will Brandt.', { 'Lisa Varrow': null, 'Conan O’Quill': null, 'Will Brandt': null }],
    ['no one in a question’s opening verb', 'Coach Varrow spoke. Is Varrow suddenly concerned about who has access to practices?', { Varrow: 'Coach' }],
    ['no one in a mountain', 'On Chandler Mountain in the north, tomato farmer Lana Quill said only eight came.', { 'Lana Quill': 'tomato farmer' }],
    ['no one in a role noun in the plural after a title', 'The law was upheld last week, said Bill Quill, president of Associated General Contractors of Alabama.', { 'Bill Quill': 'president of Associated General Contractors of Alabama' }],
  ])('with the tagger, finds a person in %s', (_, text, expected) => {
    const evidence = { entities: tagEntities([text], shippedWeights(), shippedGazetteer()), names: shippedGazetteer() };
    expect(Object.fromEntries(findPeople([text], evidence).map((p) => [p.fullName, p.role]))).toEqual(expected);
  });

  it('tells apart two people who share a surname, and joins a sentence-initial particle surname', () => {
    const found = findPeople(['Minister Anna Berg spoke. Her deputy, Karl Berg, who is no relation, stayed. Berg left.', 'Crown Prince Ali bin Hamad arrived. Bin Hamad said little.']);
    expect(found.map((p) => [p.fullName, p.surname]).sort()).toEqual([['Ali bin Hamad', 'bin Hamad'], ['Anna Berg', 'Berg'], ['Karl Berg', 'Berg']]);
    expect([...found.find((p) => p.surname === 'bin Hamad')!.forms]).toContain('Bin Hamad');
  });

  // Whole articles, paragraph by paragraph: who the builder finds, each with their name forms.
  it.each([
    ['a byline set apart and a writer’s bio at the end are furniture',
      ['Mayor Tim Cole said yes.', 'Rosa Linde', 'The council met on Monday.', 'Rosa Linde is a Metro reporter covering city hall.'], { 'Tim Cole': ['Cole', 'Tim Cole'] }],
    ['a writer’s contact line is furniture',
      ['Mayor Tim Cole said yes.', 'Rosa Linde’s book, “Out There”, is out now. Follow her on Twitter @rlinde.'], { 'Tim Cole': ['Cole', 'Tim Cole'] }],
    ['a newsletter prompt is furniture',
      ['Mayor Tim Cole said yes.', 'Sign up for Cityline, a weekly newsletter from Rosa Linde.'], { 'Tim Cole': ['Cole', 'Tim Cole'] }],
    ['a shared surname alone is the first person’s only',
      ['Senator Joan Park said no.', 'Her son Hal Park said yes.', 'Park left.'], { 'Joan Park': ['Joan Park', 'Park'], 'Hal Park': ['Hal Park'] }],
    ['a surname spelled two ways is one person',
      ['President Oleksiy Zelenskiy spoke.', 'President Zelensky said no.'], { 'Oleksiy Zelenskiy': ['Oleksiy Zelenskiy', 'President Zelensky', 'Zelenskiy', 'Zelensky'] }],
    ['a middle initial and a suffix that come and go',
      ['Patrick Quill Jr., 55, pleaded guilty.', 'Prosecutor Ana Ruiz said Patrick W. Quill had threatened her.'], { 'Patrick Quill Jr.': ['Patrick Quill Jr.', 'Patrick W. Quill', 'Quill'], 'Ana Ruiz': ['Ana Ruiz', 'Ruiz'] }],
    ['a name in “the X story” and made a type, “the X of Y”, is still that person',
      ['Everyone knows the Tomas Quill story, how he was fired.', 'Ana Ruiz is the Tomas Quill of Acme.', 'Like Quill, Ruiz has a co-founder.'], { 'Tomas Quill': ['Quill', 'Tomas Quill'], 'Ana Ruiz': ['Ana Ruiz', 'Ruiz'] }],
    ['a panel of names with their roles on one line: the names, not their companies',
      ['Chief executives spoke out this week.', 'Ann Lee, CEO of Quaymark on Harbour TV', 'We must listen to our people now.', 'Tomas Quill, CEO of Ferrymax via a letter', 'Our hearts are with the town.'], { 'Ann Lee': ['Ann Lee', 'Lee'], 'Tomas Quill': ['Quill', 'Tomas Quill'] }],
    ['a given name after a role, before “and” and another’s full name, shares the surname',
      ['Co-founders Patrick and John Quillane worked their way through it.'], { 'Patrick Quillane': ['Patrick', 'Patrick Quillane', 'Quillane'], 'John Quillane': ['John Quillane'] }],
    ['a given name before “and” and another’s full name shares the surname, and names the first one',
      ['Officials never meant to look into Joe and Hunter Biden.', 'Vice President Biden was not told.'], { 'Joe Biden': ['Biden', 'Joe', 'Joe Biden', 'President Biden'], 'Hunter Biden': ['Hunter Biden'] }],
    ['a given name that is also a word, before “and” and another’s full name, read by the tagger as a name',
      ['Paul Quill was a longtime advisor to Bill and Hillary Vance.'], { 'Paul Quill': ['Paul Quill', 'Quill'], 'Bill Vance': ['Bill', 'Bill Vance', 'Vance'], 'Hillary Vance': ['Hillary Vance'] }],
    ['a middle word of a full name, alone, is that person (a first surname)',
      ['Camille Etienne Vance started a fundraiser for her son.', '“We need help,” Etienne said.'], { 'Camille Etienne Vance': ['Camille Etienne Vance', 'Etienne', 'Vance'] }],
    ['but not a titled one another person',
      ['Walter A. Clyburn Quill is the grandson of a congressman.', '“Your grandfather, Congressman Clyburn, spoke,” Ines Aro said.'], { 'Walter A. Clyburn Quill': ['Quill', 'Walter A. Clyburn Quill'], Clyburn: ['Clyburn', 'Congressman Clyburn'], 'Ines Aro': ['Aro', 'Ines Aro'] }],
    ['a lone surname between a quotation and its speech verb',
      ['“So you have not fixed it?” Schiff asked.'], { Schiff: ['Schiff'] }],
    ['a given name, a middle initial and an everyday word',
      ['Brian M. Good said he was expecting a horrible trip.'], { 'Brian M. Good': ['Brian M. Good', 'Good'] }],
    ['a given name and a surname ending like a building’s name, speaking',
      ['“Quiet car. Window seat,” Ellie Hall tweeted on Wednesday.'], { 'Ellie Hall': ['Ellie Hall', 'Hall'] }],
    ['a role noun that is also a surname, before a given name and a surname',
      ['Poet Philip Larkin described all plots as a muddle.'], { 'Philip Larkin': ['Larkin', 'Philip Larkin'] }],
    ['a role noun after a title',
      ['Lieutenant Airman Tri Wobowo, who flew the plane, spoke to the paper.'], { 'Tri Wobowo': ['Tri Wobowo', 'Wobowo'] }],
    ['a given name that is also a particle, beside the surname alone',
      ['But the Rev. Al Sharpton says the claim is wrong.', '“It is not true,” Sharpton told reporters.'], { 'Al Sharpton': ['Al Sharpton', 'Rev. Al Sharpton', 'Sharpton'] }],
    ['a title word as a surname before a generational suffix',
      ['It was done at the request of Martin Luther King Jr. in 1966.'], { 'Martin Luther King Jr.': ['King', 'Martin Luther King Jr.'] }],
    ['a given name and two surnames, the first used alone',
      ['She had met Guadalupe Salinas Hernández on Facebook.', 'Salinas beat her later.'], { 'Guadalupe Salinas Hernández': ['Guadalupe Salinas Hernández', 'Hernández', 'Salinas'] }],
    ['a lone given name between a quotation and its speech verb',
      ['“He cries every time he watches the news,” Yohannes said.'], { Yohannes: ['Yohannes'] }],
    ['a Chinese name, surname first, then the surname alone',
      ['The repression grew under Xi Jinping, most of all in the west.', 'The directives came from Xi himself.'], { 'Xi Jinping': ['Xi', 'Xi Jinping'] }],
    ['a question’s modal before a surname is no given name',
      ['Senator Elaine Warrick spoke first.', 'Warrick was under attack last month. Will Warrick continue to face the heat, or will the ascendant Varrow take over?'], { 'Elaine Warrick': ['Elaine Warrick', 'Warrick'] }],
    ['a list of names set every word capitalized, as an interview’s answer',
      ['Q: Favorite singers?', 'A: Bob Marley, Bruno Mars, Frank Sinatra'], { 'Bob Marley': ['Bob Marley', 'Marley'], 'Bruno Mars': ['Bruno Mars', 'Mars'], 'Frank Sinatra': ['Frank Sinatra', 'Sinatra'] }],
    ['the start of a full name is that person',
      ['His son, Te Kauri Robert Quill, was called in.', 'Te Kauri was named after a whale.'], { 'Te Kauri Robert Quill': ['Quill', 'Te Kauri', 'Te Kauri Robert Quill'] }],
  ])('with the tagger, in an article: %s', (_, paragraphs, expected) => {
    const evidence = { entities: tagEntities(paragraphs, shippedWeights(), shippedGazetteer()), names: shippedGazetteer() };
    expect(Object.fromEntries(findPeople(paragraphs, evidence).map((p) => [p.fullName, [...p.forms].sort()]))).toEqual(expected);
  });

  it.each([
    ['a city with a saint', 'Talks were held in Saint Petersburg on Friday.'],
    ['an organization', 'The European Union said it would respond.'],
    ['a newspaper named alone', 'She spoke to the Kommersant newspaper.'],
    ['a single capitalized word with no title', 'Ukraine and Russia met in Geneva.'],
    ['a nationality with a role but no name', 'The Russian President was absent.'],
    ['a lake', 'Lake Victoria rose again this year.'],
    ['a bank', 'Analysts at Morgan Stanley said prices would rise.'],
    ['a biotechnology company', 'She had started a small company, Caribou Biosciences, in 2011.'],
    ['a sentence-initial function word', 'Despite Talks the war went on.'],
  ])('finds no person in %s', (_, text) => {
    expect(people(text)).toEqual({});
  });

  it('joins a surname-only mention to the full name and collects name forms', () => {
    const [p] = findPeople(['Senator Joan Park spoke. Later Senator Park said no.', 'Park left.']);
    expect(p!.fullName).toBe('Joan Park');
    expect(p!.surname).toBe('Park');
    expect([...p!.forms].sort()).toEqual(['Joan Park', 'Park', 'Senator Park']);
  });

  it('keeps name particles in the surname', () => {
    const [p] = findPeople(['Dutch Prime Minister Jan van der Berg said yes.']);
    expect(p).toMatchObject({ fullName: 'Jan van der Berg', surname: 'van der Berg', role: 'Dutch Prime Minister' });
  });

  it('drops a weak two-word run whose surname no proven person shares', () => {
    expect(people('Rosa Linde walked. Mayor Tim Cole said hi.')).toEqual({ 'Tim Cole': 'Mayor' });
  });
});

describe('findPeople with the lists of well-known people and big companies', () => {
  // The shipped lists with entries of our own, so that the test knows no real name.
  const names = { ...shippedGazetteer(), famous: new Set(['zanthe', 'marlo quillby']), companies: new Set(['orvel brandt']) };
  const found = (...paragraphs: string[]): string[] =>
    findPeople(paragraphs, { entities: tagEntities(paragraphs, shippedWeights(), names), names }).map((p) => p.fullName).sort();
  it.each([
    ['a well-known stage name alone', ['Fans cheered as Zanthe took the stage.'], ['Zanthe']],
    ['a big company shaped like a person’s name', ['The jets were built by Orvel Brandt for the navy, said Ana Ruiz.'], ['Ana Ruiz']],
    ['the same name with a courtesy title', ['Mr. Orvel Brandt said the jets were late.'], ['Orvel Brandt']],
  ])('%s', (_, paragraphs, expected) => expect(found(...paragraphs)).toEqual(expected));
});
