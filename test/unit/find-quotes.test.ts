// Quote attribution on made-up paragraphs, one rule per row.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/model/builder/find-mentions';
import { findQuotes } from '../../src/model/builder/find-quotes';

const forms = new Map([
  ['ann-lee', ['Ann Lee', 'Lee']],
  ['bo-ray', ['Bo Ray', 'Ray']],
  ['mia-lovely', ['Mia Lovely', 'Lovely']],
  ['jon-stone', ['Jon Stone', 'Stone']],
]);
const quotes = (...paragraphs: string[]): [string, string | null][] =>
  findQuotes(paragraphs.map((text, i) => ({ id: `p${i}`, text, mentions: findMentions(text, forms) })))
    .map((q) => [q.text, q.speaker]);

describe('findQuotes', () => {
  it.each([
    ['“Q,” said X', ['“We will win,” said Lee.'], [['We will win', 'ann-lee']]],
    ['“Q,” X said', ['“We will win,” Lee said.'], [['We will win', 'ann-lee']]],
    ['“Q” and more words, then “, X said.” closing the sentence', ['“We must read what is written” in that law, Lee said. “There is worry.”'], [['We must read what is written', 'ann-lee'], ['There is worry', 'ann-lee']]],
    ['a quote-only paragraph after a paragraph whose earlier sentence reports someone', ['Lee also admitted that the rules were weak. However, she defended her record.', '“Well, they are not ideal.”'], [['Well, they are not ideal', 'ann-lee']]],
    ['a pronoun that carries the chain past an object', ['Ray outlined the book in verse.', 'On Monday, he emailed Lee about the plan. “It is hard to do,” he wrote.'], [['It is hard to do', 'bo-ray']]],
    ['“X sees Y as its “Q””: a view in the viewer’s words', ['Lee sees the new lineup as its “Achilles heel.”'], [['Achilles heel', 'ann-lee']]],
    ['a quotation inside the speaker’s quotation, after “I said”', ['“And I said, ‘I want more.’ It was simple,” Lee recounted.'], [['And I said, ‘I want more.’ It was simple', 'ann-lee'], ['I want more', 'ann-lee']]],
    ['X said: “Q”', ['Ray said: “It is over.”'], [['It is over', 'bo-ray']]],
    ['“Q,” X of a place in a town, a country, said to …: a long name-and-place subject', ['“It is risky,” Jon Stone of the University of Otago in Dunedin, New Zealand, said to a magazine.'], [['It is risky', 'jon-stone']]],
    ['an epigraph signed after a dash', ['“I am as light as a feather.” – Jon Stone, A Winter Tale'], [['I am as light as a feather', 'jon-stone']]],
    ['a dash inside a sentence is no signature', ['“We won” – said nobody – Lee was quiet.'], [['We won', null]]],
    ['“Q,” she shared', ['Lee was there.', '“I was such a kid,” she shared.'], [['I was such a kid', 'ann-lee']]],
    ['a question’s topic is not the asker’s words', ['Lee spoke at length. The host asked about her “uncoupling” from Ray.'], [['uncoupling', null]]],
    ['“the actress said”: the nearest person of that gender, past a pronoun looking ahead', ['Although she was tired, Lee said she was “fine.”', 'She spoke of Ray, whom she met in 1990. He was kind.', '“He was not ready,” the actress said.'], [['fine', 'ann-lee'], ['He was not ready', 'ann-lee']]],
    ['a participle with its agent reports nothing', ['Ray spoke.', '“Every day counts for the goals” mutually shared by the state and us, he warned.'], [['Every day counts for the goals', 'bo-ray']]],
    ['a thing’s verb of saying, then a person’s clause closing the sentence', ['That prices stay low suggests “that markets are weak” except in the north, Lee said.'], [['that markets are weak', 'ann-lee']]],
    ['“Q” in the middle, then “…, said X, the …” after a comma', ['There has been “very little investment” in new plants, said Bo Ray, an economist.'], [['very little investment', 'bo-ray']]],
    ['“he’d shout”: a pronoun with a contracted modal', ['Ray drove ahead.', '“Move aside,” he’d shout at them.'], [['Move aside', 'bo-ray']]],
    ['“papers quote X as saying”', ['“I regret nothing,” local newspapers quote Lee as saying.'], [['I regret nothing', 'ann-lee']]],
    ['a chant of a plural subject is no one’s', ['Ray spoke. “We are here,” he said. They often chant: “No peace.”'], [['We are here', 'bo-ray'], ['No peace', null]]],
    ['the subject of the reporting verb, not the nearer name', ['Lee has revealed that Ray is ready for a “lasting deal” now.'], [['lasting deal', 'ann-lee']]],
    ['a verb after a who-clause', ['Ray, who was present, called the plan a “failure” on Monday.'], [['failure', 'bo-ray']]],
    ['a participial opening clause', ['Speaking after his “useful” talks with Lee, Ray said more.'], [['useful', 'bo-ray']]],
    ['a pronoun: the previous sentence’s subject', ['Ray spoke first. Lee listened. He claimed that “all is well.”'], [['all is well', 'ann-lee']]],
    ['a pronoun after the quote', ['Lee was there.', '“It went fine,” she added.'], [['It went fine', 'ann-lee']]],
    ['straight quotes', ['Lee warned that "prices will rise."'], [['prices will rise', 'ann-lee']]],
    ['doubled single marks as double quotes', ['‘‘We will win,’’ Lee said.'], [['We will win', 'ann-lee']]],
    ['a pronoun: the subject before a possessor', ['Ray said he was tired.', 'Lee, who was Ray’s lawyer, spoke.', '“It is done,” he said.'], [['It is done', 'ann-lee']]],
    ['a quote-only paragraph after a paragraph reporting someone', ['Lee said the talks had failed.', '“They wanted us on our knees.”'], [['They wanted us on our knees', 'ann-lee']]],
    ['but not after a paragraph that reports no one', ['The talks failed, the report said.', '“They wanted us on our knees.”'], [['They wanted us on our knees', null]]],
    ['a participle after a comma', ['Lee gave a talk on Tuesday, telling them to “believe in yourselves”.'], [['believe in yourselves', 'ann-lee']]],
    ['"to describe X as “Q”"', ['Lee went on television last week to describe the plan as a “disaster.”'], [['disaster', 'ann-lee']]],
    ['a name that ends like an adverb', ['“Prices rose,” Lovely said.'], [['Prices rose', 'mia-lovely']]],
    ['"has written" after the quote', ['“Tariffs are taxes,” Bo Ray, a fellow at the institute, has written.'], [['Tariffs are taxes', 'bo-ray']]],
    ['a source cited after the quote is not the speaker named before it', ['Lee said in a memo that the “gap has closed” as prices fell, the Daily Post reported.'], [['gap has closed', 'ann-lee']]],
    ['an apposition whose own commas hide its end', ['“It is the wind,” Bo Ray, an analyst at the Council on Energy, Environment and Water told reporters.'], [['It is the wind', 'bo-ray']]],
    ['a pronoun: not a name after it in its own sentence', ['Ray, who represents Lee, spoke.', 'He said Lee is a father of three, and a plea would “ruin his life.”'], [['ruin his life', 'bo-ray']]],
    ['a long quotation is no distance for a pronoun', ['“We won,” said Lee. “It was hard. We trained. We ate well. We slept. We won again.”', 'It costs money. But it is “worth it,” she said.'],
      [['We won', 'ann-lee'], ['It was hard. We trained. We ate well. We slept. We won again', 'ann-lee'], ['worth it', 'ann-lee']]],
    ['"comments X" after the quote', ['“We worked hard,” comments Bo Ray of the lab.'], [['We worked hard', 'bo-ray']]],
    ['a quote after a sentence closed by "he said"', ['Lee spoke first.', 'Rules are not always kept, he said. “But is that a crime?”'], [['But is that a crime?', 'ann-lee']]],
    ['two roles joined by "and" before the name', ['“It is fun,” chief scientist and study author Bo Ray said.'], [['It is fun', 'bo-ray']]],
    ['a second quote in the same sentence continues the first', ['“We won,” Lee said, smiling, “and we will again.”'], [['We won', 'ann-lee'], ['and we will again', 'ann-lee']]],
    ['a quote-only sentence continues the previous quote', ['“We won,” Lee said. “Nobody doubted it.”'], [['We won', 'ann-lee'], ['Nobody doubted it', 'ann-lee']]],
    ['a quote running over two paragraphs', ['Ray said: “It was long. It was hard.', '“But we finished.”'], [['It was long. It was hard', 'bo-ray'], ['But we finished', 'bo-ray']]],
    ['“Q,” said X with a title', ['“It works,” said Dr. Ray, who built it.'], [['It works', 'bo-ray']]],
    ['a common-noun subject is nobody', ['Lee noted that a colleague had called it “a storm”.'], [['a storm', null]]],
    ['a word quoted in the possessive belongs to no one', ['Would Ray have pleaded to keep the “whistleblower’s” identity secret?'], [['whistleblower’s', null]]],
    ['a scare quote belongs to no one', ['The so-called “reform” failed.'], [['reform', null]]],
    ['a quote with no reporting verb before it', ['Lee read “War and Peace” twice.'], [['War and Peace', null]]],
    ['a participle after a quote goes on with the sentence’s subject', ['Lee later tweeted that the plan “needs work,” adding “we need everyone.”'], [['needs work', 'ann-lee'], ['we need everyone', 'ann-lee']]],
    ['a second quote after an inverted clause', ['“We are glad,” comments Lee in a statement, “as it is a celebration.”'], [['We are glad', 'ann-lee'], ['as it is a celebration', 'ann-lee']]],
    ['a verb of saying with a bare clause', ['Lee said Ray is a father of three, and a guilty plea would “ruin his life.”'], [['ruin his life', 'ann-lee']]],
    ['a pronoun: the main clause’s subject, not the object of its relative clause', ['Bo Ray, who represents Ann Lee, said it was over. He said Lee is a mother, and it would “ruin her life.”'], [['ruin her life', 'bo-ray']]],
    ['a straight opening mark typed with a space after it', ['"We agree," Lee told Ray. " You have done such a good job."'], [['We agree', 'ann-lee'], ['You have done such a good job', 'ann-lee']]],
    ['“Q,” said X, the …', ['“It works,” said Bo Ray, the firm’s engineer, on Monday.'], [['It works', 'bo-ray']]],
    ['“Q,” X, a long appositive, tells Y', ['“We are ready,” Bo Ray, director of games at the firm, tells the paper.'], [['We are ready', 'bo-ray']]],
    ['X told reporters, “Q”', ['Lee told reporters, “We are ready.”'], [['We are ready', 'ann-lee']]],
    ['“Q,” he added', ['Ray was late.', '“Sorry,” he added.'], [['Sorry', 'bo-ray']]],
    ['a quote-only paragraph continues the last speaker', ['“We won,” Ray said.', '“It was a long season.”'], [['We won', 'bo-ray'], ['It was a long season', 'bo-ray']]],
    ['a quote over three paragraphs', ['Lee said: “First part.', '“Second part.', '“Third part.”'], [['First part', 'ann-lee'], ['Second part', 'ann-lee'], ['Third part', 'ann-lee']]],
    ['a quoted heading does not continue the last speaker', ['“We won,” Ray said.', '“a long season for everyone”'], [['We won', 'bo-ray'], ['a long season for everyone', null]]],
    ['X tweeted: “Q”', ['Ray tweeted: “Big news today.”'], [['Big news today', 'bo-ray']]],
    ['according to X, “Q”', ['According to a study by Lee, the plan was “a total success.”'], [['a total success', 'ann-lee']]],
    ['X, asked about …, replied: “Q”', ['Ray, asked about the delay, replied: “We need more time.”'], [['We need more time', 'bo-ray']]],
    ['a speaker named in the sentence before', ['Lee summed it up with a metaphor. “It is a marathon, not a sprint.”'], [['It is a marathon, not a sprint', 'ann-lee']]],
    ['a later reporting clause covers the whole sentence', ['The year was “hard” and, for now, “we will wait,” Ray said.'], [['hard', 'bo-ray'], ['we will wait', 'bo-ray']]],
    ['a quote inside a quote is its own entry, after the outer one', ['“Ray came in and said, ‘Try again,’ so we did,” Lee said.'], [['Ray came in and said, ‘Try again,’ so we did', 'ann-lee'], ['Try again', 'bo-ray']]],
    ['straight single quotes inside straight double ones', ['"Ray told me, \'Keep going,\' and I did," Lee said.'], [["Ray told me, 'Keep going,' and I did", 'ann-lee'], ['Keep going', 'bo-ray']]],
    ['single quotes as quote marks, apostrophes inside words are not', ['Ray called it ‘a disaster’ that didn’t end.'], [['a disaster', 'bo-ray']]],
    ['an organisation’s words are no one’s', ['Lee runs the firm.', '“Sales fell,” the company said.'], [['Sales fell', null]]],
    ['a spokesman is no one', ['Lee was away. A spokesman said: “She is resting.”'], [['She is resting', null]]],
    ['police are no one', ['Ray was arrested.', '“Stay away from the area,” police said.'], [['Stay away from the area', null]]],
    ['a statement is no one', ['Lee left the firm.', '“We wish her well,” the statement continued.'], [['We wish her well', null]]],
    ['a named person’s aide is not that person', ['Lee’s aide told the paper the report was “false.”'], [['false', null]]],
    ['a name after a verb is its object: the threat is the caller’s', ['Ray said his plan was ready.', 'During the call, he called Lee a “liar” and said, “I will win,” the office said.'], [['liar', 'bo-ray'], ['I will win', 'bo-ray']]],
    ['a pronoun goes to the nearest person of its gender', ['Lee said she was tired.', 'Ray said he would wait.', '“I need rest,” she said.'], [['I need rest', 'ann-lee']]],
    ['a subject further back before a nearer possessor', ['Ray denies the claims.', 'The party was held at Stone’s house.', '“I was never there,” he said.'], [['I was never there', 'bo-ray']]],
    ['“the 56-year-old said” is the person just named', ['Ray signed a new deal.', 'The 56-year-old said: “I am excited.”'], [['I am excited', 'bo-ray']]],
    ['a question ends the quotation, not its reporting clause', ['“Who is she?” Lee recalls thinking.'], [['Who is she?', 'ann-lee']]],
    ['a gendered noun said of a person tells the pronoun who', ['Ray wrote to Lee. Lee is one of the first women in the post.', 'He said, “I meant it.”'], [['I meant it', 'bo-ray']]],
    ['a name after a preposition and a role is not the subject', ['Lee runs a label bought by talent agent Ray last year.', '“I am sad,” she said.'], [['I am sad', 'ann-lee']]],
    ['a name used as a modifier is not the subject', ['When the Lee campaign began, Ray said it was “a mistake.”'], [['a mistake', 'bo-ray']]],
    ['“Q,” X, CEO of Y, adds: a capitalized role in the appositive', ['“We are ready,” Bo Ray, CEO of Acme, adds.'], [['We are ready', 'bo-ray']]],
    ['“Q,” the company, which X founded, said: nobody', ['“Sales fell,” the company, which Ray founded, said.'], [['Sales fell', null]]],
    ['“the commander said” is the person named with that role', ['Bo Ray, the commander of the base, arrived.', 'Lee waited.', '“We hold the line,” the commander said.'], [['We hold the line', 'bo-ray']]],
    ['“the actor said” with no one given that role is, like “the 42-year-old”, the person named before', ['Lee waited.', '“We hold the line,” the actor said.'], [['We hold the line', 'ann-lee']]],
    ['“The captain said …” opening a sentence is the person named before', ['Lee waited.', 'The captain said on Tuesday that the club “is going to win.”'], [['is going to win', 'ann-lee']]],
    ['two roles joined by “and” after “the”', ['Lee waited.', 'After the show, the singer and guitarist told the crowd, “we should go on tour.”'], [['we should go on tour', 'ann-lee']]],
    ['a name in title case is a work’s, and lends no speaker to the next quote', ['After playing “Running On the Streets,” Lee told the crowd, “that was fun.”'], [['Running On the Streets', null], ['that was fun', 'ann-lee']]],
    ['a parenthetical “X said” and a clause after the quote with “as”', ['The team found the flaw, Lee said, and “patched” the code as the firm continued to grow.'], [['patched', 'ann-lee']]],
    ['“with X warning of …”: the subject of the participle', ['Two states criticised the plan, with Lee warning of “grave consequences”.'], [['grave consequences', 'ann-lee']]],
    ['“of” inside a title before the name makes no object of it', ['Minister of State Ann Lee said the deal “gives us hope.”'], [['gives us hope', 'ann-lee']]],
    ['a role of a place before the name leaves the name the subject', ['Chile’s ambassador to Peru Ann Lee has said that Chile has the “power to act.”'], [['power to act', 'ann-lee']]],
    ['an owner’s role opening a story is the person named later with that role', ['Chile’s ambassador warned that Chile “will act.”', 'Later the ambassador, Ann Lee, spoke.'], [['will act', 'ann-lee']]],
    ['an owner’s role is not whoever was named before', ['Bo Ray spoke.', 'Chile’s ambassador warned that Chile “will act.”'], [['will act', null]]],
    ['“according to X” after the quote', ['“The harbour is at risk,” according to Lee.'], [['The harbour is at risk', 'ann-lee']]],
    ['a quote-only paragraph after “X spoke to reporters”', ['Lee spoke to reporters on Monday.', '“It is at risk. We will act.”'], [['It is at risk. We will act', 'ann-lee']]],
    ['“spoke” after a chant is not its reporting verb', ['Some chanted, “Red for all,” in a hallway, as Lee spoke before lawmakers.'], [['Red for all', null]]],
    ['a spokesperson for X is not X', ['“She is innocent,” a spokesperson for Lee said.'], [['She is innocent', null]]],
    ['“said Y’s lawyer, X”: the name in apposition speaks', ['Ray was charged.', '“He is innocent,” said Ray’s lawyer, Ann Lee.'], [['He is innocent', 'ann-lee']]],
    ['a person’s statement is theirs', ['Lee’s statement read: “The plan will work.”'], [['The plan will work', 'ann-lee']]],
    ['a quote left open for a paragraph that names its speaker', ['It began.', '“It is a disaster. We will fight it.', '“And we will win,” Ray said.'], [['It is a disaster. We will fight it', 'bo-ray'], ['And we will win', 'bo-ray']]],
    ['“who replied:” speaks for the name it follows', ['Lee thanked Ray, who replied: “It works.”'], [['It works', 'bo-ray']]],
    ['“X’s response:”', ['Lee’s response: “It works.”'], [['It works', 'ann-lee']]],
    ['“the 25-year-old forward said”', ['Forward Bo Ray scored twice.', '“I am tired,” the 25-year-old forward said.'], [['I am tired', 'bo-ray']]],
    ['“a commander said” is nobody', ['Lee waited.', '“We hold the line,” a commander said.'], [['We hold the line', null]]],
    ['a short quoted name inside the clause after the quote', ['Ray spoke first.', '“We agree,” the “Pose” actor Lee said.'], [['We agree', 'ann-lee'], ['Pose', null]]],
    ['words quoted in the sentence after a speaker’s quotation are theirs', ['“Sales fell,” says Lee. That led to “years of cuts.”'], [['Sales fell', 'ann-lee'], ['years of cuts', 'ann-lee']]],
    ['a title after “book” is no one’s', ['In her book “Cities of Light,” Lee wrote of the night.'], [['Cities of Light', null]]],
    ['“the doctor said” after “a doctor” came in unnamed is nobody', ['Lee was there.', 'A doctor on the scene told reporters he tried to help.', '“He died in my hands,” the doctor said.'], [['He died in my hands', null]]],
    ['“the doctor said” after a named doctor is theirs', ['Dr. Bo Ray, a doctor at the clinic, was there.', '“He died in my hands,” the doctor said.'], [['He died in my hands', 'bo-ray']]],
    ['a quotation alone in its paragraph repeats a speaker’s words', ['“My fears were realized”', 'Ray said: “I had my doubts. My fears were realized.”'], [['My fears were realized', 'bo-ray'], ['I had my doubts. My fears were realized', 'bo-ray']]],
    ['but not when the words are a term quoted inside the speaker’s words', ['“The Lee problem”', '“So you have not fixed the ‘Lee problem’?” Ray asked.'], [['The Lee problem', null], ['So you have not fixed the ‘Lee problem’?', 'bo-ray'], ['Lee problem', null]]],
    ['“I called her up and said ‘Q’”: the outer speaker’s own words', ['“So I called her up and said ‘Talk to me.’ It worked,” Lee said.'], [['So I called her up and said ‘Talk to me.’ It worked', 'ann-lee'], ['Talk to me', 'ann-lee']]],
    ['“I think of it like this: ‘Q’”: the outer speaker’s thought', ['“But I always think of it like this: ‘I can’t wait.’ That is all,” Lee said.'], [['But I always think of it like this: ‘I can’t wait.’ That is all', 'ann-lee'], ['I can’t wait', 'ann-lee']]],
    ['but “I told him she said ‘Q’” is not', ['“I told him she said ‘No.’ He left,” Lee said.'], [['I told him she said ‘No.’ He left', 'ann-lee'], ['No', null]]],
    ['“That led to a realization: “Q”” after a paragraph of a speaker’s words', ['“I fought for the script,” Ray said.', 'That process led to a realization: “It was a love song.”'], [['I fought for the script', 'bo-ray'], ['It was a love song', 'bo-ray']]],
    ['the passive: who was warned heard the words', ['Lee spoke.', 'In one note she was warned that “the exam is too easy”.'], [['the exam is too easy', null]]],
    ['a participle piece takes the subject of the clause before it', ['Coach Bo Ray was less diplomatic, going so far as to call the play “ridiculous.”'], [['ridiculous', 'bo-ray']]],
    ['a participle after the subject’s clause: “…, complaining about “Q””', ['Lee marked the note with annotations, complaining about his use of “an awful lot of high language” and more.'], [['an awful lot of high language', 'ann-lee']]],
    ['a name right before “said:”, after a preposition', ['In an annotation to his letter Lee said: “This is not correct.”'], [['This is not correct', 'ann-lee']]],
    ['a work’s title after a kind of work, in capitals', ['Lee wrote the play “Fire and Fury” last year.'], [['Fire and Fury', null]]],
    ['a gerund subject with a name after it is not the clause of the verb', ['Ray spoke first.', 'Amid criticism, abandoning likes allowed Lee to claim that it wants to be “a space that feels calm.”'], [['a space that feels calm', 'ann-lee']]],
    ['a verb joined to the clause after “that” has that clause’s subject', ['Ray added that Lee surfaced after several seconds, yelled “shark attack!”, and paddled to shore.'], [['shark attack!', 'ann-lee']]],
    ['a pronoun before “begged”', ['Ray testified.', 'He begged lawmakers “not to lose sight of” the war.'], [['not to lose sight of', 'bo-ray']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotes(...paragraphs)).toEqual(expected);
  });

  it('records the quoted words’ offsets without marks or trailing punctuation', () => {
    const text = 'Lee said it was “not easy.”';
    const [q] = findQuotes([{ id: 'p0', text, mentions: findMentions(text, forms) }]);
    expect(text.slice(q!.start, q!.end)).toBe('not easy');
    expect(q!.block).toBe('p0');
  });

  it('takes a given name’s usual gender as a prior for the pronoun', () => {
    const paragraphs = ['Ray arrived, and Lee followed.', '“It went well,” she said.'];
    const input = paragraphs.map((text, i) => ({ id: `p${i}`, text, mentions: findMentions(text, forms) }));
    // No pronoun says who is who: the first subject in reach.
    expect(findQuotes(input)[0]!.speaker).toBe('bo-ray');
    expect(findQuotes(input, new Map([['ann-lee', 'f'], ['bo-ray', 'm']]))[0]!.speaker).toBe('ann-lee');
  });
});
