import { describe, expect, it } from 'vitest';
import { longWord } from '../../../src/core/checks/long-word';
import { quotes } from './helpers';

describe('long-word', () => {
  it.each([
    ['a long plain word', 'This has incomprehensibility in it.', ['incomprehensibility']],
    ['capitalised long word', 'Internationalization is hard.', ['Internationalization']],
    ['short words', 'A short and simple sentence.', []],
    ['14 letters is fine', 'The implementation works.', []],
    ['camelCase identifier', 'Call getElementsByClassName here.', []],
    ['snake_case identifier', 'Set max_connection_pool_size now.', []],
    ['dotted name', 'Import org.springframework.boot now.', []],
    ['all-caps constant', 'Read CONFIGURATIONSETTINGS first.', []],
    ['inline code → not flagged', 'Use `incomprehensibility` here.', []],
    ['code block → not flagged', 'Text.\n\n    incomprehensibility\n', []],
    ['two long words', 'Misconfigurations and incomprehensibility.', ['Misconfigurations', 'incomprehensibility']],
  ])('%s', (_, body, expected) => {
    expect(quotes(longWord, { title: '', body })).toEqual(expected);
  });
});
