// The ambiguity class of an alias, by a rule that can be stated and reviewed:
//   Hangul  person: 3+ syllables distinctive, 2 needs-context, 1 never-alone.
//           title : 4+ syllables distinctive, 3 common, 1-2 never-alone (내일, 킹덤: quoted only).
//   Latin   person: two or more name parts distinctive; one part (a stage name) needs-context,
//                   or never-alone when it is an everyday English word ("Rain") or 1-2 letters.
//           title : one word, or only everyday English words, common ("Sweet Home", "It's Okay
//                   to Not Be Okay": a phrase anyone may write); 1-2 letters never-alone ("W");
//                   any unusual word distinctive ("Itaewon Class").
// data/overrides.json overrides the rule where it is wrong.
import { Cls } from './index-format';

const hangulSyllables = (s: string) => (s.match(/[\uac00-\ud7a3]/g) ?? []).length;

export function classify(form: string, kind: 'actor' | 'drama', isCommonWord: (w: string) => boolean): Cls {
  const syl = hangulSyllables(form);
  if (syl > 0 && !/[A-Za-z]/.test(form)) {
    if (kind === 'actor') return syl >= 3 ? Cls.Distinctive : syl === 2 ? Cls.NeedsContext : Cls.NeverAlone;
    return syl >= 4 ? Cls.Distinctive : syl === 3 ? Cls.Common : Cls.NeverAlone;
  }
  const words = form.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const letters = words.join('').length;
  if (kind === 'actor') {
    if (words.length >= 2 && letters >= 5) return Cls.Distinctive;
    if (letters <= 2 && form !== form.toUpperCase()) return Cls.NeverAlone;
    if (words.length === 1 && isCommonWord(words[0].toLowerCase()) && letters > 2) return Cls.NeverAlone;
    return Cls.NeedsContext;
  }
  if (letters <= 2) return Cls.NeverAlone;
  if (words.length === 1) return Cls.Common;
  const ordinary = words.every((w) => /^\d+$/.test(w) || isCommonWord(w.toLowerCase().replace(/['’]/g, '')) || /^[a-z]+['’][a-z]+$/i.test(w));
  return ordinary ? Cls.Common : Cls.Distinctive;
}
