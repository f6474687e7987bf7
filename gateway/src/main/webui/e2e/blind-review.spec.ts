import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { keyboard, mouse } from './support/actor';
import { atScreen } from './support/checks';
import { t } from './support/messages';
import { Portal } from './support/portal';
import { before, chooseLanguage, signIn, signOut } from './support/steps';

/**
 * The staff's evaluation with the keyboard alone, on a blind call: the agency admin assigns a
 * reviewer, the reviewer reads the application without the applicants' names (numbered partners,
 * in English and in Persian), scores and submits, and both agencies' admins approve their shares
 * through the confirm dialog. Every control is reached with Tab and used with Enter, typing or the
 * arrow keys; the call and the submitted application are made through the API.
 */
test('a blind call is evaluated and awarded with the keyboard alone', async ({ page, request }, info) => {
  test.skip(info.project.name === 'phone', 'keyboard use is a desktop concern');
  test.setTimeout(240_000);
  const portal = await Portal.start(request);
  const call = await portal.openCall({ blindReview: true });
  const startup = await portal.account('STARTUP', 'MY', undefined, `Hidden Lead ${randomUUID().slice(0, 4)} Sdn Bhd`);
  const partner = `Hidden Partner ${randomUUID().slice(0, 4)} Co`;
  const application = await portal.submittedApplication(call, startup, partner);
  await portal.startEvaluation(call);
  const actor = keyboard(page);
  const say = (id: string, values?: Record<string, string | number>) => t('en', id, values);

  await page.goto('/');
  await chooseLanguage(page, actor, 'en');

  // the Malaysian admin assigns the reviewer
  await signIn(page, actor, 'en', call.myOfficer.email);
  await actor.click(page.getByRole('link', { name: call.title }));
  await expect(page.getByRole('heading', { level: 1, name: `${call.title} ${say('status.UNDER_EVALUATION')}` })).toBeVisible();
  await actor.select(page.getByLabel(say('agency.reviewer', { title: application.title })), `${call.reviewer.name} — ${call.reviewer.email}`);
  await actor.click(page.getByRole('button', { name: say('agency.assign') }));
  await expect(page.getByText(`${call.reviewer.name} (${call.my}) ${say('status.ASSIGNED')}`)).toBeVisible();
  await signOut(page, actor, 'en');

  // the reviewer reads the application blind: partners numbered, no applicant named
  await signIn(page, actor, 'en', call.reviewer.email);
  await actor.click(page.getByRole('link', { name: application.title }));
  const reviewed = page.getByRole('region', { name: say('review.application') });
  const reviewedFa = page.getByRole('region', { name: t('fa', 'review.application') });
  await expect(reviewed.getByText(say('review.blind'))).toBeVisible();
  await expect(reviewed.getByText(`${say('review.partner', { n: 1 })} — Malaysia`)).toBeVisible();
  await expect(reviewed.getByText(`${say('review.partner', { n: 2 })} — Iran`)).toBeVisible();
  await expect(page.getByText(partner)).toHaveCount(0);
  await expect(page.getByText(startup.name, { exact: true })).toHaveCount(0);
  await atScreen(page, info, 'en', 'blind-review');
  await chooseLanguage(page, mouse(), 'fa'); // the language picker's keyboard use is the startup journey's
  await expect(reviewedFa.getByText(t('fa', 'review.blind'))).toBeVisible();
  await expect(reviewedFa.getByText(new RegExp(`^${t('fa', 'review.partner', { n: 2 })} — `))).toBeVisible();
  await expect(page.getByText(partner)).toHaveCount(0);
  await atScreen(page, info, 'fa', 'blind-review');
  await chooseLanguage(page, mouse(), 'en');

  // scores every criterion and submits
  for (const [criterion, score] of [['Innovation', 8], ['Team', 7]] as const) {
    await actor.fill(page.getByLabel(say('review.points', { criterion, max: 10 })), String(score));
    await actor.fill(page.getByLabel(say('review.comment', { criterion })), `Convincing on ${criterion.toLowerCase()}.`);
  }
  await actor.click(page.getByRole('button', { name: say('review.submit') }));
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(before(say('review.submitted', { when: '\u0000' }))) })).toBeVisible();
  await signOut(page, actor, 'en');

  // each agency's admin approves its share in the confirm dialog
  for (const officer of [call.myOfficer, call.irOfficer]) {
    await signIn(page, actor, 'en', officer.email);
    await actor.click(page.getByRole('link', { name: call.title }));
    await actor.click(page.getByRole('button', { name: say('ranking.approve', { title: application.title }), exact: true }));
    const dialog = page.getByRole('dialog');
    await actor.click(dialog.getByRole('button', { name: say('ranking.approve.confirm'), exact: true }));
    await expect(dialog).toBeHidden();
    if (officer === call.myOfficer) await signOut(page, actor, 'en');
  }
  await expect(page.getByRole('heading', { level: 3, name: `#1 ${application.title} ${say('status.AWARDED')}` })).toBeVisible();
});
