import { describe, expect, it } from 'vitest';
import { assessText } from './assess-text';

describe('assessText: disclosure of harm', () => {
  it.each([
    'my carer hits me when nobody is looking',
    'He touched me and I dont like it',
    "I'm scared to go home",
    'i want to die',
    'sometimes I cut myself',
    'I dont feel safe where I live',
    'my step dad hurts me',
    'Someone made me send pics',
    'Im running away tonight',
    'Dw i ddim yn ddiogel',
    'أبي يضربني',
  ])('flags "%s"', (text) => {
    expect(assessText(text).disclosure).toBe(true);
  });
  it.each([
    'No more changing social workers',
    'Yes more trips to the beach',
    'I dont feel heard when people talk over me',
    'My meetings would be better if they were shorter',
    'Visits would be better if they were at the weekend',
    'More family time please',
    'نريد المزيد من الرحلات',
  ])('does not flag "%s"', (text) => {
    expect(assessText(text).disclosure).toBe(false);
  });
});

describe('assessText: personal details', () => {
  it.each<[string, string]>([
    ['call me on 07700 900123', 'phone'],
    ['ring +44 7700 900123', 'phone'],
    ['email me jo.bloggs@example.com', 'email'],
    ['I live at 12 Acacia Road', 'address'],
    ['near SO23 8UJ', 'address'],
    ['add me @jo_b123', 'social-handle'],
    ['my snap is jobloggs', 'social-handle'],
    ['My name is Jordan', 'name'],
    ['my social worker Sarah never calls back', 'name'],
    ['My carer Jo is kind', 'name'],
    ['Mrs Patel is the best', 'name'],
    ['I go to Oakfield Primary', 'school'],
    ['Bullying at Westgate Academy', 'school'],
  ])('finds details in "%s"', (text, kind) => {
    expect(assessText(text).personalDetails).toContain(kind);
  });
  it.each(['No more changing social workers', 'Yes more days out with my carer', 'I am 14 and I like football'])(
    'finds none in "%s"',
    (text) => {
      expect(assessText(text).personalDetails).toEqual([]);
    },
  );
});
