import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mouse } from './support/actor';
import { atScreen, screenshot } from './support/checks';
import { t, type Language } from './support/messages';
import { Portal, type Account } from './support/portal';
import { before, chooseLanguage, countryName, signIn, signOut } from './support/steps';

/**
 * From a call to a mentoring session, every step in the browser against the real suite: an agency
 * admin creates and opens a Malaysian-Iranian call; a startup applies with its Iranian partner; the
 * admin closes it, starts the evaluation and assigns a reviewer; the reviewer scores; each agency's
 * admin approves its share; the startup sees AWARDED; the mentor writes its profile; an
 * administrator runs matching; the mentor reads the proposal with its explanation and accepts; the
 * startup sees its mentor and logs a session; both give feedback. Only the accounts are made
 * through the API, as an administrator would before handing them out. Each staff screen passes axe
 * in English, Malay and Persian (the mentor's and the agency admin's checked right to left) and is
 * pictured in each language, and at phone width in English and Persian.
 */
test.use({ actionTimeout: 20_000 });

test('a call goes from an agency admin’s draft to an awarded startup mentored in the browser', async ({ page, request }, info) => {
  test.skip(info.project.name === 'phone', 'staff screens are pictured at phone width within the desktop run');
  test.setTimeout(420_000);
  const portal = await Portal.start(request);
  const my = await portal.agency('MY', 'MYR');
  const ir = await portal.agency('IR', 'IRR');
  const myOfficer = await portal.account('AGENCY_ADMIN', 'MY', my.code, 'Nurul Hassan');
  const irOfficer = await portal.account('AGENCY_ADMIN', 'IR', ir.code, 'Reza Karimi');
  const reviewer = await portal.account('REVIEWER', 'MY', my.code, 'Lim Wei Ling');
  const startup = await portal.account('STARTUP', 'MY', undefined, `GreenPay ${randomUUID().slice(0, 4)} Sdn Bhd`);
  const mentor = await portal.account('MENTOR', 'MY', undefined, `Aisha Rahman ${randomUUID().slice(0, 4)}`);
  const admin = { email: process.env.PORTAL_ADMIN_EMAIL!, password: process.env.PORTAL_ADMIN_PASSWORD! };
  const actor = mouse();
  const say = (id: string, values?: Record<string, string | number>) => t('en', id, values);
  const title = `Carbon-Aware Payments ${randomUUID().slice(0, 6)}`;
  const project = 'GreenPay: carbon-aware payments';
  const need = `carbon-${randomUUID().slice(0, 6)}`;
  const as = async (account: Account | typeof admin) => {
    if (await page.getByRole('button', { name: say('nav.signOut'), exact: true }).isVisible()) {
      await signOut(page, actor, 'en');
    }
    await signIn(page, actor, 'en', account.email, 'password' in account ? account.password : undefined);
  };
  const agencyCall = async () => {
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  };
  const confirm = async (opener: string, button = opener) => {
    await page.getByRole('button', { name: opener, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  };

  await page.goto('/');
  await chooseLanguage(page, actor, 'en');

  // the Malaysian agency's admin creates the call in the browser and opens it
  await as(myOfficer);
  await everyLanguage(page, info, 'agency-dashboard', { rtl: true });
  await page.getByRole('link', { name: say('agency.newCall') }).click();
  await page.getByLabel(say('callForm.title'), { exact: true }).fill(title);
  await page.getByLabel(say('callForm.description')).fill('Malaysian and Iranian startups building payments that cut emissions, together.');
  await page.getByLabel(say('callForm.sectors')).fill('fintech, cleantech');
  await page.getByLabel(say('callForm.opensAt')).fill(klTime(-3600_000));
  await page.getByLabel(say('callForm.closesAt')).fill(klTime(21 * 86_400_000));
  await page.getByLabel(say('callForm.budget', { currency: 'MYR' })).fill('1000000');
  await page.getByLabel(say('callForm.maxRequest', { currency: 'MYR' })).fill('250000');
  await page.getByRole('button', { name: say('callForm.addFunder') }).click();
  await page.getByLabel(say('callForm.agency', { n: 2 })).selectOption({ label: `${ir.name} (${ir.code})` });
  await page.getByLabel(say('callForm.budget', { currency: 'IRR' })).fill('90000000000');
  // an amount is read back grouped under its field, and with it to a screen reader: a zero too many shows
  await expect(page.getByLabel(say('callForm.budget', { currency: 'IRR' }))).toHaveAccessibleDescription(/90,000,000,000/);
  await page.getByLabel(say('callForm.requiredCountries')).selectOption(['MY', 'IR']);
  await everyLanguage(page, info, 'call-form', { rtl: true });
  await page.getByRole('button', { name: say('callForm.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} ${say('status.DRAFT')}` })).toBeVisible();
  await expect(page.getByText(say('agreement.awaitingConfirmation'))).toBeVisible();

  // the Iranian agency's admin confirms the share proposed for it (its own agency alone may)
  await as(irOfficer);
  await agencyCall();
  await expect(page.getByRole('button', { name: say('callActions.open'), exact: true })).toHaveCount(0); // only the lead opens
  await expect(page.getByLabel(say('callForm.budget', { currency: 'IRR' }))).toHaveValue('90000000000');
  await page.getByLabel(say('callForm.maxRequest', { currency: 'IRR' })).fill('6000000000');
  await everyLanguage(page, info, 'agency-share', { rtl: true });
  await page.getByRole('button', { name: say('share.confirm') }).click();
  await expect(page.getByText(say('share.confirmedNote'))).toBeVisible();
  await expect(page.getByText(say('agreement.awaitingConfirmation'))).toHaveCount(0);

  await as(myOfficer);
  await agencyCall();
  await confirm(say('callActions.open'));
  await expect(page.getByRole('heading', { level: 1, name: `${title} ${say('status.OPEN')}` })).toBeVisible();
  // the audit trail says what happened, in words, and who did it, by name
  const opened = page.getByRole('row').filter({ hasText: `${say('audit.type.CALL')} · ${say('audit.action.open')}` });
  await expect(opened).toContainText(say('audit.fromTo', { from: say('status.DRAFT'), to: say('status.OPEN') }));
  await expect(opened).toContainText(say('audit.actor.you', { name: myOfficer.name }));
  const confirmed = page.getByRole('row').filter({ hasText: say('audit.action.confirm-share', { agency: ir.name }) });
  await expect(confirmed).toContainText(irOfficer.name);
  // what the portal itself recorded is worded in the reader's language too, not the service's English
  await expect(confirmed).toContainText(before(say('audit.says.budget-capped', { budget: '\u0000', maxRequest: '\u0000' })));
  await everyLanguage(page, info, 'agency-call-open', { rtl: true });

  // a startup applies with its Iranian partner
  await as(startup);
  await page.getByRole('navigation').getByRole('link', { name: say('nav.calls') }).click();
  await page.getByLabel(say('calls.search.text')).fill(title);
  await page.getByRole('button', { name: say('calls.search.submit'), exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByLabel(say('application.title')).fill(project);
  await page.getByLabel(say('application.summary')).fill('A payment rail that prices the carbon cost of each transaction.');
  await expect(page.getByLabel(say('application.title'))).toHaveValue(project);
  await page.getByRole('button', { name: say('start.submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: project })).toBeVisible();
  await page.getByLabel(say('application.amountFor', { agency: my.name, currency: 'MYR' })).fill('200000');
  await page.getByLabel(say('application.amountFor', { agency: ir.name, currency: 'IRR' })).fill('5000000000');
  for (const [n, name, country] of [[1, startup.name, 'MY'], [2, 'Shalizar Fintech Co', 'IR']] as const) {
    await page.getByRole('button', { name: say('application.addPartner'), exact: true }).click();
    await page.getByLabel(say('application.partnerName', { n })).fill(name);
    await page.getByLabel(say('application.partnerCountry', { n })).selectOption({ label: countryName('en', country) });
  }
  await page.getByLabel(say('application.sector')).selectOption('fintech');
  await page.getByLabel(say('application.mentoringNeeds')).fill(`${need}, fundraising`);
  await page.getByRole('checkbox', { name: 'English' }).check();
  for (const criterion of ['Innovation', 'Team', 'Impact']) {
    await page.getByLabel(say('application.answerFor', { criterion })).fill(`Our answer on ${criterion.toLowerCase()}.`);
  }
  await expect(page.getByRole('status').filter({ hasText: before(say('draft.savedAt', { time: '\u0000' })) })).toBeVisible();
  await page.getByRole('button', { name: say('submit.check'), exact: true }).click();
  await expect(page.getByText(say('submit.eligible'))).toBeVisible();
  await page.getByRole('button', { name: say('submit.submit'), exact: true }).click();
  await expect(page.getByText(say('status.SUBMITTED')).first()).toBeVisible();

  // the admin closes the call, starts the evaluation and assigns the reviewer
  await as(myOfficer);
  await agencyCall();
  await confirm(say('callActions.close'));
  await confirm(say('callActions.start-evaluation'));
  await expect(page.getByRole('heading', { level: 1, name: `${title} ${say('status.UNDER_EVALUATION')}` })).toBeVisible();
  await page.getByLabel(say('agency.reviewer', { title: project })).selectOption({ label: `${reviewer.name} — ${reviewer.email}` });
  await page.getByRole('button', { name: say('agency.assign') }).click();
  await expect(page.getByText(`${reviewer.name} (${my.code}) ${say('status.ASSIGNED')}`)).toBeVisible();
  await everyLanguage(page, info, 'agency-call-evaluation', { rtl: true });

  // the reviewer scores every criterion and submits
  await as(reviewer);
  await everyLanguage(page, info, 'reviewer-dashboard');
  await page.getByRole('link', { name: project }).click();
  for (const [criterion, score] of [['Innovation', 8], ['Team', 7], ['Impact', 9]] as const) {
    await page.getByLabel(say('review.points', { criterion, max: 10 })).fill(String(score));
    await page.getByLabel(say('review.comment', { criterion })).fill(`Convincing on ${criterion.toLowerCase()}.`);
  }
  await everyLanguage(page, info, 'review');
  await page.getByRole('button', { name: say('review.submit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(before(say('review.submitted', { when: '\u0000' }))) })).toBeVisible();

  // each agency's admin approves its own share; the second approval awards it
  // (8/10 × 2 + 7/10 + 9/10) / 4 weights = 80 of 100
  for (const officer of [myOfficer, irOfficer]) {
    await as(officer);
    await agencyCall();
    await expect(page.getByText(say('ranking.score', { score: 80, reviews: 1 }))).toBeVisible();
    if (officer === myOfficer) {
      await everyLanguage(page, info, 'agency-ranking', { rtl: true });
      // a title people wrote is isolated inside the sentence around it: in Persian a Latin title keeps its order
      await expect(page.locator('label').filter({ hasText: say('agency.reviewer', { title: project }) }).locator('bdi')).toHaveText(project);
      await expect(page.getByRole('button', { name: say('ranking.approve', { title: project }), exact: true }).locator('bdi')).toHaveText(project);
    }
    await confirm(say('ranking.approve', { title: project }), say('ranking.approve.confirm'));
  }
  await expect(page.getByRole('heading', { level: 3, name: `#1 ${project} ${say('status.AWARDED')}` })).toBeVisible();

  // the startup sees AWARDED and the mentoring request that followed
  await as(startup);
  await page.getByRole('link', { name: project }).click();
  await expect(page.getByText(say('status.AWARDED')).first()).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(before(say('mentoring.request', { when: '\u0000' })))).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000, intervals: [2_000] });

  // the mentor writes its profile
  await as(mentor);
  await everyLanguage(page, info, 'mentor-start', { rtl: true });
  await page.getByRole('link', { name: say('mentor.noProfile.create') }).click();
  await page.getByLabel(say('mentorProfile.tags')).fill(`${need}, fundraising`);
  await page.getByLabel(say('mentorProfile.sectors')).fill('fintech');
  await page.getByRole('checkbox', { name: 'English' }).check();
  await page.getByLabel(say('mentorProfile.countries')).selectOption(['MY']);
  await page.getByLabel(say('mentorProfile.capacity')).fill('1');
  await page.getByRole('button', { name: say('mentorProfile.save') }).click();
  await expect(page.getByText(say('mentorProfile.saved'))).toBeVisible();
  await everyLanguage(page, info, 'mentor-profile', { rtl: true });

  // an administrator runs matching and reads why
  await as(admin);
  await everyLanguage(page, info, 'admin-dashboard');
  await page.getByRole('navigation').getByRole('link', { name: say('nav.matching') }).click();
  await page.getByRole('button', { name: say('runs.start') }).click();
  const proposal = page.getByRole('heading', { level: 3, name: new RegExp(`→ ${mentor.name}`) });
  await expect(proposal).toBeVisible();
  await everyLanguage(page, info, 'admin-matching');
  await page.getByRole('navigation').getByRole('link', { name: say('nav.accounts') }).click();
  await page.getByLabel(say('accounts.email')).fill(mentor.email);
  await page.getByRole('button', { name: say('accounts.search') }).click();
  await expect(page.getByText(say('accounts.count', { total: 1 }))).toBeVisible();
  await page.getByText(say('accounts.manage', { email: mentor.email })).click();
  await everyLanguage(page, info, 'admin-accounts');

  // the mentor reads the proposal with its explanation and accepts
  await as(mentor);
  await page.getByRole('link', { name: startup.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(say('match.titleMentor', { startup: startup.name })) })).toBeVisible();
  await expect(page.getByRole('list', { name: say('request.needs') }).getByText(need, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: say('explain.title') })).toBeVisible();
  await expect(page.getByText(say('explain.matched', { what: `${need}, fundraising` }))).toBeVisible();
  await everyLanguage(page, info, 'mentor-proposal', { rtl: true });
  await page.getByRole('button', { name: say('proposal.accept') }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(say('status.ACCEPTED')) })).toBeVisible();

  // the startup sees its mentor, logs a session and rates the mentor
  await as(startup);
  await page.getByRole('navigation').getByRole('link', { name: say('nav.mentoring') }).click();
  await page.getByRole('link', { name: mentor.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(say('match.titleStartup', { mentor: mentor.name })) })).toBeVisible();
  await page.getByLabel(say('sessions.duration')).fill('45');
  await page.getByLabel(say('sessions.notes')).fill('Went through the seed round deck.');
  await page.getByRole('button', { name: say('sessions.submit') }).click();
  await expect(page.getByText(say('sessions.minutes', { minutes: 45 }))).toBeVisible();
  await page.getByRole('radio', { name: say('feedback.stars', { n: 5 }) }).check();
  await page.getByRole('button', { name: say('feedback.submit') }).click();
  await expect(page.getByText(say('feedback.side.STARTUP'))).toBeVisible();
  await atScreen(page, info, 'en', 'startup-mentoring');

  // the mentor rates the startup back and sees both sides
  await as(mentor);
  await page.getByRole('link', { name: startup.name }).click();
  await expect(page.getByText('Went through the seed round deck.')).toBeVisible();
  await page.getByRole('radio', { name: say('feedback.stars', { n: 4 }) }).check();
  await page.getByRole('button', { name: say('feedback.submit') }).click();
  await expect(page.getByText(say('feedback.side.MENTOR'))).toBeVisible();
  await expect(page.getByText(say('feedback.side.STARTUP'))).toBeVisible();
  await everyLanguage(page, info, 'mentor-match', { rtl: true });
});

/**
 * The screen as it is now in each language: axe finds nothing, Persian reads right to left (checked
 * where `rtl` asks), each is pictured, English and Persian also at phone width; back to English after.
 */
async function everyLanguage(page: Page, info: TestInfo, screen: string, { rtl = false } = {}) {
  for (const language of ['en', 'ms', 'fa'] as Language[]) {
    await chooseLanguage(page, mouse(), language);
    if (rtl && language === 'fa') {
      const main = await page.getByRole('main').locator('h1, h2').first().boundingBox();
      const viewport = page.viewportSize()!;
      expect(main!.x + main!.width, 'headings start at the right edge in Persian').toBeGreaterThan(viewport.width / 2);
      // an amount beside a Latin agency code keeps its digits and currency in order
      const amounts = await page.locator('.money').evaluateAll((all) => all.map((e) => getComputedStyle(e).unicodeBidi));
      expect(amounts.filter((bidi) => bidi !== 'isolate'), 'amounts isolated from the text around them').toEqual([]);
    }
    await atScreen(page, info, language, screen);
    if (language !== 'ms') {
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, info, language, `${screen}-phone`);
      await page.setViewportSize(size);
    }
  }
  await chooseLanguage(page, mouse(), 'en');
}

/** A datetime-local value in the browser's time zone (the config's Asia/Kuala_Lumpur), `offset` ms from now. */
function klTime(offset: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Kuala_Lumpur', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + offset));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
