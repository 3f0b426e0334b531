import { describe, expect, it } from 'vitest';
import { bioName, isAuthorBio, isDateLine, isFurnitureHeading, isFurnitureText, SENTENCE_END } from '../../src/content/furniture-text';

describe('isFurnitureText', () => {
  it.each([
    ['Scooter Braun and Scott Borchetta pose for a photo on June 28, 2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images)', true],
    ['China has warned they will cease control of Hong Kong (Image: GETTY )', true],
    ['WeWork chairman Marcelo Claure (Credit: Getty Images)', true],
    ['Fox News’ Jessica Napoli contributed to this report.', true],
    ['(Reporting by Greg Roumeliotis, Joshua Franklin; editing by Martin Howell.)', true],
    ['(Additional reporting by Ann Holt, Bo Ray, Cy Lee, Di Moss, Ed Park, Flo Tam and Gus Hahn in PORT HALE, Ivy Kern and Jo Lind in NORTHTON, Kai Wu in EASTVILLE and Lu Ng in WESTBURY; Writing by Max Orr; Editing by Ned Pike)', true],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', true],
    ['Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.', true],
    ['Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', true],
    ['More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports', true],
    ['November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm', true],
    ['© 2015 Harbour Media Group All rights reserved (About Us). The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with prior written permission.', true],
    ['Community Rules apply to all content you upload or otherwise submit to this site.', true],
    ['With reporting by Ann Holt.', true],
    ['Ann Holt in Frankfurt, Germany, and Bo Ray in Paris contributed.', true],
    ['Contact reporter Ann Holt at ann@harbourtimes.com or 541-000-0000, and follow her on Twitter @annholt. Want more stories like this? Subscribe to get unlimited access to all of our content.', true],
    ['More from HarbourBusiness.com:', true],
    // Prose stays prose, even with a credit word, a prompt verb or a date in it.
    ['The photo, by a Reuters photographer, was shared widely on Monday.', false],
    ['“Get out of here,” he wrote in an email to the team.', false],
    ['Follow the money, the senator said on Tuesday.', false],
    ['The book, edited by Jane Doe, was published on Nov. 19, 2019.', false],
    ['“We read the terms of service twice,” the mayor said of the ferry contract.', false],
    ['(The report, written by the harbour board and edited by its chair, says the breakwater must be rebuilt within ten years, at a cost the town council has yet to agree with the ferry company and the island councils it serves.)', false],
    ['“Did you change the initial condition just slightly and see how much different results were?”', false],
    ['Rain, the late tide and a broken pump all contributed, the harbour master said, to the worst flood in years.', false],
    ['The harbour board said the breakwater would hold through the winter, and the ferry company agreed. (See pictures of the storm.)', false],
  ])('%s → %s', (text, furniture) => expect(isFurnitureText(text)).toBe(furniture));
});

describe('isDateLine', () => {
  it.each([
    ['Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.', true],
    ['Feb. 21, 2019', true],
    ['Feb. 21, 2019, a snowy day in Queens.', false],
    ['Updated', false],
  ])('%s → %s', (text, date) => expect(isDateLine(text)).toBe(date));
});

describe('isFurnitureHeading', () => {
  it.each([
    ['About the Author', true], ['More from UK', true], ['Breaking News Emails', true], ["DON'T MISS", true],
    ['Cities are changing fast. Keep up with the CityLab Daily newsletter.', true], ['Most Read', true],
    ['The Birth of Chaos', false], ['Hostage swap', false], ['A Change in Guidelines?', false],
  ])('%s → %s', (text, furniture) => expect(isFurnitureHeading(text)).toBe(furniture));
});

describe('SENTENCE_END', () => {
  it.each([
    ['a question inside quotes ends a sentence: “Did it?”', true], ['He said: “Yes.”', true], ['A list follows:', true],
    ['Hostage swap', false], ['(Photo by X/Getty Images)', false],
  ])('%s → %s', (text, end) => expect(SENTENCE_END.test(text)).toBe(end));
});

describe('isAuthorBio', () => {
  it.each([
    ['Corey Kilgannon is a Metro reporter covering news and human interest stories.', true],
    ['Nelson D. Schwartz has covered economics since 2012. Previously, he wrote about Wall Street.', true],
    ['Sarah Archer is the author of The Midcentury Kitchen.', true],
    ['Lorenz described it during the Q&A session following a talk he gave in Tokyo.', false],
    ['The mayor is a former reporter, and she says so often.', false],
  ])('%s → %s', (text, bio) => expect(isAuthorBio(text)).toBe(bio));
});

describe('bioName', () => {
  it.each([
    ['Ann Holt is the small-business strategist who founded HarbourMap.com.', 'Ann Holt'],
    ['Bo Ray teaches at the harbour college. His book is out in May.', 'Bo Ray'],
    ['The mayor is expected to decide by Friday.', null],
    ['Holt said the ferry would sail again on Monday.', null],
  ])('%s → %s', (text, name) => expect(bioName(text)).toBe(name));
});
