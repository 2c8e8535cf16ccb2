import { describe, expect, it } from 'vitest';
import { MAIL_CATEGORY, MAIL_KINDS } from '../shared/mail-kinds.js';
import { LOCALES } from '../shared/locale.js';
import { renderMail } from './render.js';

const context = { baseUrl: 'https://trellis.example.org', unsubscribeUrl: null };
const params = {
  displayName: 'Ana <b>Ruiz</b>',
  inviterName: 'Carmen',
  networkName: 'Red & Lectura',
  networkSlug: 'red-lectura',
  token: 'tok en/1',
  newEmail: 'new@example.org',
  surveyTitle: 'Consejo',
  waveId: 'w1',
  waveNumber: '2',
  closesOn: '2026-03-01',
  introductionId: 'i1',
  side: 'target',
  otherName: 'Óscar',
  otherEmail: 'oscar@example.org',
};

describe('mail templates', () => {
  it('has every kind in both languages, with a subject and the same paragraphs in text and HTML', () => {
    for (const kind of MAIL_KINDS) {
      for (const locale of LOCALES) {
        const mail = renderMail(kind, locale, params, context);
        expect(mail.subject.length, `${kind} ${locale}`).toBeGreaterThan(5);
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.text).not.toContain('undefined');
      }
    }
  });

  it('escapes values in the HTML and encodes tokens in links', () => {
    const mail = renderMail('account_invitation', 'en', params, context);
    expect(mail.html).toContain('Ana &lt;b&gt;Ruiz&lt;/b&gt;');
    expect(mail.html).toContain('Red &amp; Lectura');
    expect(mail.text).toContain(
      'https://trellis.example.org/account/set-password?purpose=invitation&token=tok%20en%2F1',
    );
  });

  it('says a link was removed once the token is gone from the outbox', () => {
    const { token: _token, ...withoutToken } = params;
    const mail = renderMail('password_reset', 'es', withoutToken, context);
    expect(mail.text).toContain('El enlace se quitó de la bandeja de salida al enviarse.');
    expect(mail.text).not.toContain('/account/set-password');
  });

  it('puts an unsubscribe link on survey and introduction mail, and says why account mail has none', () => {
    const unsubscribeUrl = 'https://trellis.example.org/unsubscribe?token=x';
    const survey = renderMail('survey_invitation', 'en', params, { ...context, unsubscribeUrl });
    expect(survey.text).toContain(`Stop receiving mail like this: ${unsubscribeUrl}`);
    expect(survey.html).toContain(`<a href="${unsubscribeUrl}">`);
    const reset = renderMail('password_reset', 'en', params, context);
    expect(reset.text).toContain('cannot be unsubscribed from');
    expect(MAIL_CATEGORY.password_reset).toBeNull();
    expect(MAIL_CATEGORY.survey_reminder).toBe('surveys');
  });
});
