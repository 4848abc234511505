import { describe, expect, it } from 'vitest';
import { assessText } from './assess-text';
import { textSpeakWords } from './text-speak';

describe('text-speak reading', () => {
  it('spells out text-speak and reads "-in" as "-ing" only where the lexicon knows the word', () => {
    const vocabulary = new Set(['cuting', 'burning']);
    expect(textSpeakWords(['cutin', 'wen', 'hel', 'get', 'me'], vocabulary)).toEqual(['cuting', 'when', 'he', 'wil', 'get', 'me']);
    expect(textSpeakWords(['robin', 'went', 'home'], vocabulary)).toBeNull();
  });

  it('reads the names of built-in object members as plain words, never as text-speak', () => {
    expect(textSpeakWords(['constructor', 'tostring', '__proto__', 'hasownproperty', 'valueof'], new Set())).toBeNull();
    expect(assessText('constructor __proto__ toString').disclosure).toBe(false);
  });

  it('is one more reading: the plain words are still read as themselves', () => {
    expect(assessText('hell no i am not doing that').disclosure).toBe(false);
    expect(assessText('cuttin again tbh').disclosure).toBe(true);
    expect(assessText('im scared of wat hell do to me wen he finds out').disclosure).toBe(true);
  });

  it('leaves filler words out, so they do not push apart words a pattern expects close together', () => {
    expect(textSpeakWords(['i', 'just', 'literaly', 'want'], new Set())).toEqual(['i', 'want']);
    expect(assessText('i wish i was honestly just dead').disclosure).toBe(true);
  });
});

describe('class × class frames (English)', () => {
  it.each([
    'got a split lip off my uncle',
    'there are red marks on my legs from his belt',
    'she makes me say i walked into a door',
    'not allowed breakfast if i get told off',
    'her own kids get takeaways and we get leftovers',
    'if they send me back there im gone for good',
    'my cousin comes into my bed when everyone is asleep',
    'i put a chair under my door handle every night',
  ])('catches %j', (text) => {
    expect(assessText(text).disclosure).toBe(true);
  });

  it.each([
    'i got a good mark from my teacher',
    'we ran away from the seagulls at the beach',
    'my puppy follows me round the house',
    'i cant do this quiz anymore',
    'no snacks in the classroom is the rule',
    'he nodded at me and smiled',
    'Ychwanegu nodyn',
  ])('leaves %j alone', (text) => {
    expect(assessText(text).disclosure).toBe(false);
  });
});
