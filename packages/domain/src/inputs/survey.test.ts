import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { surveySubmissionSchema } from './survey';

const answers = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 };

describe('surveySubmissionSchema', () => {
  it.each([
    [{ answers }, 'ok'],
    [
      {
        answers,
        comment: '',
        respondent: { sex: 'P', ageGroup: '30_39', education: 'sma', occupation: 'wirausaha' },
      },
      'ok',
    ],
    [{ answers, respondent: {} }, 'ok'],
    [{ answers: { ...answers, u9: 5 } }, 'answers.u9: too_big'],
    [{ answers: { ...answers, u1: 0 } }, 'answers.u1: too_small'],
    [{ answers: { ...answers, u1: 2.5 } }, 'answers.u1: invalid_type'],
    [{ answers: { ...answers, u9: undefined } }, 'answers.u9: invalid_type'],
    [{ answers: { ...answers, u10: 4 } }, 'answers: unrecognized_keys'],
    [{ answers, comment: 'x'.repeat(1001) }, 'comment: too_big'],
    [{ answers, respondent: { education: 'sekolah' } }, 'respondent.education: invalid_value'],
  ])('%o → %s', (input, expected) =>
    expect(firstIssue(surveySubmissionSchema, input)).toBe(expected),
  );
});
