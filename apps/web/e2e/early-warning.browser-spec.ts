import type { Page } from 'playwright-core';

import { makeIdentityNumber } from '@app/young-people';

import {
  type BrowserApp,
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  menu,
  signIn,
  startBrowserApp,
} from './support/browser';
import { stockholmDay } from '../../../test/support/young-people';

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

// Early warning in a real Chromium (issue 17): a school's absence days push a pupil past the
// threshold; the mentor finds the suggestion on "Tidiga signaler" explained with its data,
// records the review in the dialog (error summary first), and sees the school's presence per
// class; the admin sets the indicators. axe on every screen and dialog.
describe('early warning (browser)', () => {
  let app: BrowserApp;
  let mentor: Page;
  const pupil = makeIdentityNumber('2011-09-09', 731);

  beforeAll(async () => {
    app = await startBrowserApp();
    const token = await app.api.login({ email: 'mentor@demo.brygga.se', password: DEMO_PASSWORD });
    const me = await app.api.graphql<{ me: { user: { id: string } } }>('{ me { user { id } } }', {}, token);
    const named = await app.api.graphql(
      'mutation ($input: SetPupilMentorInput!) { setPupilMentor(input: $input) { id } }',
      { input: { personalIdentityNumber: pupil, mentorUserId: me.data?.me.user.id, className: '9A' } },
      token,
    );
    expect(named.errors).toBeUndefined();
    const period = await app.api.graphql(
      'mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { id } }',
      {
        input: {
          kind: 'ABSENCE_PERIOD',
          personalIdentityNumber: pupil,
          occurredOn: daysAgo(1),
          periodStart: daysAgo(29),
          periodEnd: daysAgo(1),
          absencePercent: 5,
        },
      },
      token,
    );
    expect(period.errors).toBeUndefined();
    // Four unexcused days in a row: the default threshold (4 within 30 days).
    const days = await app.api.graphql<{ recordAbsenceDays: { evaluation: { opened: number } } }>(
      'mutation ($input: RecordAbsenceDaysInput!) { recordAbsenceDays(input: $input) { evaluation { opened } } }',
      {
        input: {
          days: [4, 3, 2, 1].map((n) => ({ personalIdentityNumber: pupil, day: daysAgo(n), unexcused: true })),
        },
      },
      token,
    );
    expect(days.errors).toBeUndefined();
    expect(days.data?.recordAbsenceDays.evaluation.opened).toBeGreaterThanOrEqual(1);
    mentor = await app.newPage();
    await mentor.goto('/');
    await signIn(mentor, 'mentor@demo.brygga.se');
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(app.problems).toEqual([]);
  });

  it('shows the mentor the suggestion explained with its data', async () => {
    await menu(mentor, 'Tidiga signaler').click();
    await expectHeading(mentor, 'Tidiga signaler');
    const row = mentor.getByRole('row').filter({ hasText: 'Ogiltig frånvaro' });
    await row.getByText(/4 dagar med ogiltig frånvaro mellan/).waitFor();
    await row.getByText('Mentor: Mira Mentor').waitFor();
    await expectAccessible(mentor, 'early-warning-school');
  });

  it('records the review: what was decided and what was done', async () => {
    const row = mentor.getByRole('row').filter({ hasText: 'Ogiltig frånvaro' });
    await row.getByRole('button', { name: /Granska ogiltig frånvaro/ }).click();
    const dialog = mentor.getByRole('dialog', { name: 'Granska signal' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Spara granskningen' }).click();
    await dialog.getByText('Välj ett beslut.').first().waitFor();
    await expectAccessible(mentor, 'early-warning-review-dialog');
    await dialog.getByLabel('Åtgärd vidtagen').check();
    await dialog.getByLabel('Vad gjordes?').fill('Samtal med eleven och vårdnadshavare.');
    await dialog.getByRole('button', { name: 'Spara granskningen' }).click();
    await mentor.getByText('Granskningen är sparad.').waitFor();
    await mentor
      .getByRole('region', { name: 'Granskade signaler' })
      .getByText(/Åtgärd vidtagen, Mira Mentor/)
      .waitFor();
    await expectAccessible(mentor, 'early-warning-reviewed');
  });

  it('shows presence per class and for the whole school', async () => {
    const presence = mentor.getByRole('region', { name: 'Närvaro per månad' });
    // The pupil is the class's only one; the whole school holds the demo school's periods too.
    await presence.getByRole('row').filter({ hasText: '9A' }).getByText('95 %').waitFor();
    await presence.getByRole('row').filter({ hasText: 'Hela skolan' }).first().waitFor();
    await expectAccessible(mentor, 'early-warning-presence');
  });

  it('lets the admin set the indicators, with the bounds checked', async () => {
    const admin = await app.newPage();
    await admin.goto('/');
    await signIn(admin, 'admin@demo.brygga.se');
    await menu(admin, 'Tidiga signaler').click();
    await expectHeading(admin, 'Tidiga signaler: indikatorer');
    await expectAccessible(admin, 'early-warning-settings');
    const percent = admin.getByLabel('Närvaro under (procent)');
    await percent.fill('0');
    await admin.getByRole('button', { name: 'Spara' }).click();
    await admin.getByText('Ange ett heltal mellan 1 och 100.').first().waitFor();
    await expectAccessible(admin, 'early-warning-settings-error');
    await percent.fill('80');
    await admin.getByRole('button', { name: 'Spara' }).click();
    await admin.getByText('Indikatorerna är sparade.').waitFor();
  });
});
