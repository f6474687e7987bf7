import { expect, test, type Page } from '@playwright/test';
import { keyboard, mouse } from './support/actor';
import { atScreen } from './support/checks';
import { t, type Language } from './support/messages';
import { PASSWORD, Portal, proposalPdf, type JointCall } from './support/portal';
import { before, chooseLanguage, countryName, signIn, signOut } from './support/steps';

/**
 * A startup's whole journey in the browser, against the real suite: it registers, finds a joint
 * call, drafts an application, invites its Iranian partner by e-mail, uploads its proposal, sees
 * what the call's rules refuse, the partner accepts and adds itself, the startup fixes what was
 * wrong and submits; the agencies award it (through the API here; staff-journey.spec.ts drives that
 * in the browser) and the startup sees the award and the mentoring request that followed. Every
 * screen passes axe and is pictured. Run in Persian and Malay with the mouse (Malay at phone width,
 * whose longer words test the narrow layout), and in English with the keyboard alone (which also
 * pictures every English screen; an English run with the mouse added nothing else, and a minute).
 */
const journeys: { language: Language; actor: 'mouse' | 'keyboard'; project: 'desktop' | 'phone' }[] = [
  { language: 'fa', actor: 'mouse', project: 'desktop' },
  { language: 'ms', actor: 'mouse', project: 'phone' },
  { language: 'en', actor: 'keyboard', project: 'desktop' },
];

for (const { language, actor: how, project } of journeys) {
  test(`a startup applies with its partner and follows its application to the award (${language}, ${how})`, async ({ page, request }, info) => {
    test.skip(info.project.name !== project, `this journey runs at ${project} width`);
    // every control reached with Tab takes longer: about three minutes on two busy cores
    test.setTimeout(how === 'keyboard' ? 360_000 : 240_000);
    const portal = await Portal.start(request);
    const call = await portal.openCall();
    const partner = await portal.account('STARTUP', 'IR', undefined, 'Shalizar Fintech Co');
    const actor = how === 'keyboard' ? keyboard(page) : mouse();
    const say = (id: string, values?: Record<string, string | number>) => t(language, id, values);
    const screen = (name: string) => atScreen(page, info, language, name);
    const owner = { email: `founder-${Date.now()}-${info.workerIndex}@browser.test`, name: 'GreenPay Sdn Bhd' };

    await page.goto('/');
    await chooseLanguage(page, actor, language);
    await screen('welcome');

    // registers as a startup
    await actor.click(page.getByRole('navigation').getByRole('link', { name: say('nav.register') }));
    await actor.fill(page.getByLabel(say('register.companyName')), owner.name);
    await actor.fill(page.getByLabel(say('account.email')), owner.email);
    await actor.select(page.getByLabel(say('account.country')), countryName(language, 'MY'));
    await actor.fill(page.getByLabel(say('account.password'), { exact: true }), PASSWORD);
    await screen('register');
    await actor.click(page.getByRole('button', { name: say('register.submit'), exact: true }));
    await expect(page.getByRole('heading', { level: 1, name: say('dashboard.title') })).toBeVisible();
    await screen('dashboard');

    // finds the call and starts a draft
    await actor.click(page.getByRole('navigation').getByRole('link', { name: say('nav.calls') }));
    await actor.fill(page.getByLabel(say('calls.search.text')), call.title);
    await actor.click(page.getByRole('button', { name: say('calls.search.submit'), exact: true }));
    await expect(page.getByText(say('calls.count', { count: 1 }))).toBeVisible();
    await screen('calls');
    await actor.click(page.getByRole('link', { name: call.title }));
    await expect(page.getByRole('heading', { level: 1, name: call.title })).toBeVisible();
    await screen('call');
    await actor.fill(page.getByLabel(say('application.title')), 'GreenPay: carbon-aware payments');
    await actor.fill(page.getByLabel(say('application.summary')), 'A payment rail that prices the carbon cost of each transaction.');
    await actor.click(page.getByRole('button', { name: say('start.submit'), exact: true }));
    await expect(page.getByRole('heading', { level: 1, name: 'GreenPay: carbon-aware payments' })).toBeVisible();
    const applicationId = page.url().split('/').pop()!;

    // fills it in, asking Malaysia for more than its cap
    await actor.fill(amountField(page, language, call, 'my'), '300000');
    await actor.fill(amountField(page, language, call, 'ir'), '5000000000');
    await actor.click(page.getByRole('button', { name: say('application.addPartner'), exact: true }));
    await actor.fill(page.getByLabel(say('application.partnerName', { n: 1 })), owner.name);
    await actor.select(page.getByLabel(say('application.partnerCountry', { n: 1 })), countryName(language, 'MY'));
    await actor.fill(page.getByLabel(say('application.answerFor', { criterion: 'Innovation' })), 'Carbon priced at the point of payment.');
    await expect(saved(page, language)).toBeVisible();

    // uploads the proposal
    await actor.upload(page.getByLabel(say('attachments.choose')), { name: 'proposal.pdf', mimeType: 'application/pdf', buffer: proposalPdf() });
    await expect(page.getByRole('button', { name: 'proposal.pdf', exact: true })).toBeVisible();

    // checks the call's rules: the cap and the missing Iranian partner are named
    await actor.click(page.getByRole('button', { name: say('submit.check'), exact: true }));
    const capProblem = page.getByRole('alert').getByRole('link', { name: new RegExp(call.myName) });
    await expect(capProblem).toBeVisible();
    await expect(page.getByRole('alert').getByRole('link', { name: say('rule.required-country-missing', { country: countryName(language, 'IR') }) })).toBeVisible();
    await screen('application-problems');

    // invites the Iranian partner by e-mail, as the missing country asks
    await actor.fill(page.getByLabel(say('consortium.invite.email')), partner.email);
    await actor.click(page.getByRole('button', { name: say('consortium.invite.submit'), exact: true }));
    await expect(page.getByText(say('consortium.invite.sent', { email: partner.email }))).toBeVisible();

    // follows the problem to its field and fixes the amount asked of Malaysia
    await actor.click(capProblem);
    await expect(amountField(page, language, call, 'my')).toBeFocused();
    await actor.fill(amountField(page, language, call, 'my'), '200000');
    await expect(saved(page, language)).toBeVisible();
    await signOut(page, actor, language);

    // the partner is told (the header counts it, the feed says it) and accepts
    await signIn(page, actor, language, partner.email);
    await expect(page.getByText('GreenPay: carbon-aware payments')).toBeVisible();
    await screen('invitation');
    const notifications = page.getByRole('navigation').getByRole('link', { name: say('notifications.link', { count: 1 }) });
    await expect(async () => {
      await page.reload();
      await expect(notifications).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await actor.click(notifications);
    await expect(page.getByRole('link', { name: /GreenPay: carbon-aware payments/ })).toBeVisible();
    await screen('notifications');
    await actor.click(page.getByRole('navigation').getByRole('link', { name: say('nav.dashboard'), exact: true }));
    await actor.click(page.getByRole('button', { name: say('invitations.accept'), exact: true }));
    await actor.click(page.getByRole('link', { name: 'GreenPay: carbon-aware payments' }).first());
    await expect(page.getByRole('heading', { level: 1, name: 'GreenPay: carbon-aware payments' })).toBeVisible();
    await actor.click(page.getByRole('button', { name: say('application.addPartner'), exact: true }));
    await actor.fill(page.getByLabel(say('application.partnerName', { n: 2 })), 'Shalizar Fintech Co');
    await actor.fill(page.getByLabel(say('application.partnerRole', { n: 2 })), 'partner');
    await actor.select(page.getByLabel(say('application.partnerCountry', { n: 2 })), countryName(language, 'IR'));
    await expect(saved(page, language)).toBeVisible();
    await screen('partner-editing');
    await signOut(page, actor, language);

    // the owner checks again and submits
    await signIn(page, actor, language, owner.email);
    await actor.click(page.getByRole('link', { name: 'GreenPay: carbon-aware payments' }));
    await actor.click(page.getByRole('button', { name: say('submit.check'), exact: true }));
    await expect(page.getByText(say('submit.eligible'))).toBeVisible();
    await actor.click(page.getByRole('button', { name: say('submit.submit'), exact: true }));
    await expect(page.getByText(say('status.SUBMITTED')).first()).toBeVisible();
    await screen('submitted');

    // the agencies award it; the startup sees the award and its mentoring request
    await portal.award(call, applicationId);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('heading', { name: say('mentoring.title') })).toBeVisible({ timeout: 10_000 });
      await expect(page.getByText(before(say('mentoring.request', { when: '\u0000' })))).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [2_000] });
    await expect(page.getByText(say('status.AWARDED')).first()).toBeVisible();
    await screen('awarded');
  });
}

function amountField(page: Page, language: Language, call: JointCall, which: 'my' | 'ir') {
  const agency = which === 'my' ? call.myName : call.irName;
  return page.getByLabel(t(language, 'application.amountFor', { agency, currency: which === 'my' ? 'MYR' : 'IRR' }));
}

/** The draft's save state once everything typed has been saved. */
function saved(page: Page, language: Language) {
  return page.getByRole('status').filter({ hasText: before(t(language, 'draft.savedAt', { time: '\u0000' })) });
}
