// A long password can still be one everybody tries first ("aaaaaaaaaaaa", "password1234"). zxcvbn
// (Dropbox's estimator, maintained as @zxcvbn-ts) scores a password against the common-password and
// word lists its language packages ship, keyboard walks, repeats, sequences and dates, all offline;
// hand-rolled rules would know none of those lists. Score 3 ("safely unguessable: moderate
// protection from offline slow-hash attacks", about 10^8 guesses) is the bar zxcvbn itself suggests.

import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { AppError } from "../errors.ts";

export const MIN_PASSWORD_LENGTH = 12;
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  // built on first use: the dictionaries take a few megabytes and some milliseconds to load
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    useLevenshteinDistance: true,
  });
  return estimator;
}

/**
 * Null when the password is strong enough, else a sentence telling the user why it is not.
 * `userInputs` (the email, the name) count as guessable words too.
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const words = userInputs.flatMap((input) => [input.toLowerCase(), ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((word) => word.length >= 3);
  const result = getEstimator().check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "It would be among the first passwords an attacker tries.";
  const hint = result.feedback.suggestions.join(" ") || "Use a few unrelated words, or a password manager's random password.";
  return `This password is too easy to guess. ${why} ${hint}`;
}

export function assertStrongPassword(password: string, userInputs: string[] = []): void {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness) throw new AppError("INVALID_ARGUMENT", weakness);
}
