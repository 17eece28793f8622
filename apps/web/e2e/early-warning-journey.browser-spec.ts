import type { Page } from 'playwright-core';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestUser } from '../../../test/support/factories';
import { stockholmDay } from '../../../test/support/young-people';
import { expectAccessible, expectHeading, signIn, startBrowserApp, type BrowserApp } from './support/browser';

const MENTOR = 'mentor@demo.brygga.se';

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

// The early-warning journey in a real Chromium (issue 17), from the notification to the review:
// a school's absence days push two of the mentor's pupils past the threshold; the mentor's bell
// tells them, the notification leads to "Tidiga signaler", where each suggestion is explained in
// words with its data; the mentor reviews one (decision and what was done). The other is left
// unreviewed past the municipality's days, so it goes to the school's student health, whose bell
// tells them and whose list shows it escalated. axe on every screen and state.
describe('early-warning journey: notified, explained, reviewed, escalated (browser)', () => {
  let app: BrowserApp;
  let mentor: Page;
  let health: TestUser;
  let mentorToken: string;
  const reviewed = makeIdentityNumber('2011-04-04', 812);
  const ignored = makeIdentityNumber('2011-08-08', 913);

  const bell = (page: Page, name: string | RegExp) => page.getByRole('banner').getByRole('link', { name });

  beforeAll(async () => {
    app = await startBrowserApp();
    const api = app.api;
    mentorToken = await api.login({ email: MENTOR, password: 'brygga-demo-2026' });
    const { rows } = await api.pool.query<{ id: string; municipality_id: string; organization_id: string }>(
      `SELECT u.id, u.municipality_id, m.organization_id FROM app_user u
         JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL WHERE u.email = $1`,
      [MENTOR],
    );
    const me = rows[0];
    if (!me) throw new Error('no demo mentor');
    health = await api.factories.user(
      { id: me.organization_id, municipalityId: me.municipality_id, kind: OrganizationKind.SCHOOL, name: 'Skolan' },
      Role.SCHOOL_STAFF,
    );
    for (const pupil of [reviewed, ignored]) {
      const named = await api.graphql(
        'mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }',
        { input: { personalIdentityNumber: pupil, mentorUserId: me.id, className: '9C' } },
        mentorToken,
      );
      expect(named.errors).toBeUndefined();
    }
    // The school's absence days (four unexcused days in a row each, the default threshold).
    const days = await api.graphql<{ recordAbsenceDays: { evaluation: { opened: number } } }>(
      'mutation ($input: RecordAbsenceDaysInput!) { recordAbsenceDays(input: $input) { evaluation { opened } } }',
      {
        input: {
          days: [reviewed, ignored].flatMap((pupil) =>
            [4, 3, 2, 1].map((n) => ({ personalIdentityNumber: pupil, day: daysAgo(n), unexcused: true })),
          ),
        },
      },
      mentorToken,
    );
    expect(days.errors).toBeUndefined();
    expect(days.data?.recordAbsenceDays.evaluation.opened).toBeGreaterThanOrEqual(2);
    mentor = await app.newPage();
    await mentor.goto('/');
    await signIn(mentor, MENTOR);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('tells the mentor through the bell and leads from the notification to the suggestions', async () => {
    await bell(mentor, 'Notiser, 1 oläst').click();
    await expectHeading(mentor, 'Notiser');
    const list = mentor.getByRole('list', { name: 'Dina notiser' });
    const link = list.getByRole('link', { name: '2 tidiga signaler föreslår att du granskar elevers frånvaro' });
    await link.waitFor();
    await expectAccessible(mentor, 'early-warning-journey-notification');
    await link.click();
    await expectHeading(mentor, 'Tidiga signaler');
  });

  it('explains each fired indicator in words, with its data and whom it is addressed to', async () => {
    for (const pupil of [reviewed, ignored]) {
      const row = mentor.getByRole('row').filter({ hasText: pupil });
      await row.getByText(/4 dagar med ogiltig frånvaro mellan/).waitFor();
      await row.getByText('Mentor: Mira Mentor').waitFor();
    }
    await expectAccessible(mentor, 'early-warning-journey-list');
  });

  it('records the mentor’s review: the decision and what was done', async () => {
    const row = mentor.getByRole('row').filter({ hasText: reviewed });
    await row.getByRole('button', { name: /Granska/ }).click();
    const dialog = mentor.getByRole('dialog', { name: 'Granska signal' });
    await dialog.waitFor();
    await dialog.getByLabel('Fortsatt uppmärksamhet').check();
    await dialog.getByLabel('Vad gjordes?').fill('Pratat med eleven; följer upp frånvaron om två veckor.');
    await expectAccessible(mentor, 'early-warning-journey-review');
    await dialog.getByRole('button', { name: 'Spara granskningen' }).click();
    await mentor.getByText('Granskningen är sparad.').waitFor();
    await mentor
      .getByRole('region', { name: 'Granskade signaler' })
      .getByText(/Fortsatt uppmärksamhet, Mira Mentor/)
      .waitFor();
    await expectAccessible(mentor, 'early-warning-journey-reviewed');
  });

  it('sends the suggestion the mentor left to student health, who is told and sees it escalated', async () => {
    const named = await app.api.graphql(
      'mutation ($input: SetStudentHealthStaffInput!) { setStudentHealthStaff(input: $input) { userId } }',
      { input: { userId: health.id, studentHealth: true } },
      mentorToken,
    );
    expect(named.errors).toBeUndefined();
    // Six days pass without a review (the default is five): the suggestion was opened then.
    await app.api.pool.query(
      `UPDATE early_warning_suggestion SET opened_at = opened_at - interval '6 days'
        WHERE personal_identity_number = $1 AND status = 'OPEN'`,
      [ignored],
    );
    const run = await app.api.graphql<{ evaluateEarlyWarnings: { escalated: number } }>(
      'mutation { evaluateEarlyWarnings { escalated } }',
      {},
      mentorToken,
    );
    expect(run.data?.evaluateEarlyWarnings.escalated).toBe(1);

    const page = await app.newPage();
    await page.goto('/');
    await signIn(page, health.email, health.password);
    await bell(page, 'Notiser, 1 oläst').click();
    await expectHeading(page, 'Notiser');
    const link = page
      .getByRole('list', { name: 'Dina notiser' })
      .getByRole('link', { name: 'En tidig signal som mentorn inte granskat i tid har gått vidare till dig' });
    await link.waitFor();
    await expectAccessible(page, 'early-warning-journey-escalated-notification');
    await link.click();
    await expectHeading(page, 'Tidiga signaler');
    const row = page.getByRole('row').filter({ hasText: ignored });
    await row.getByText('Till elevhälsan (mentorn hann inte titta)').waitFor();
    await row.getByText(/^Elevhälsan: /).waitFor();
    await expectAccessible(page, 'early-warning-journey-escalated');
  });
});
