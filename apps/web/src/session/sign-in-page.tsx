import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import type { SessionTokensFragment, SignInOptionsQuery, ViewerQuery } from '../gql/graphql';
import {
  Alert,
  BodyShort,
  Button,
  FormErrorSummary,
  Heading,
  Link,
  LinkButton,
  PageHeading,
  Radio,
  RadioGroup,
  TextField,
  VStack,
  type FieldError,
} from '../ui';
import { useSessionStatus, useSessionStore } from './session-context';
import { activeMemberships } from './viewer';

type Step = { kind: 'credentials' } | { kind: 'choose'; tokens: SessionTokensFragment; viewer: ViewerQuery };

type Provider = NonNullable<SignInOptionsQuery['signInOptions']['oidc']>;

// Sign-in with a local account, or through the municipality's OpenID Connect provider when one
// is configured (a plain link: the browser leaves for the provider and comes back signed in).
// WCAG 3.3.8: no cognitive test, the password field allows paste and password managers
// (autocomplete), errors are summarised and inline.
export function SignInPage({ providerError }: { providerError?: string }) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const status = useSessionStatus();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<Step>(() =>
    status.kind === 'choosing'
      ? { kind: 'choose', tokens: status.tokens, viewer: status.viewer }
      : { kind: 'credentials' },
  );
  const [membershipId, setMembershipId] = useState(() =>
    status.kind === 'choosing' ? status.tokens.membership.id : '',
  );
  const [provider, setProvider] = useState<Provider | null>(null);
  useEffect(() => {
    let live = true;
    void store.signInOptions().then((options) => {
      if (live) setProvider(options.oidc ?? null);
    });
    return () => {
      live = false;
    };
  }, [store]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (list: FieldError[]) => {
    setErrors(list);
    setSubmitCount((n) => n + 1);
  };

  const submitCredentials = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (!email.trim()) missing.push({ fieldId: 'sign-in-email', message: t('session.emailRequired') });
    if (!password) missing.push({ fieldId: 'sign-in-password', message: t('session.passwordRequired') });
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    try {
      const tokens = await store.authenticate(email.trim(), password);
      const viewer = await store.viewerFor(tokens);
      if (activeMemberships(viewer).length > 1) {
        setErrors([]);
        setMembershipId(tokens.membership.id);
        setStep({ kind: 'choose', tokens, viewer });
        return;
      }
      store.commit(tokens);
    } catch (error) {
      fail([{ fieldId: 'sign-in-email', message: t(errorMessageKey(error)) }]);
    } finally {
      setBusy(false);
    }
  };

  const submitChoice = async (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'choose') return;
    const chosen = activeMemberships(step.viewer).find((m) => m.id === membershipId);
    if (!chosen) return fail([{ fieldId: 'membership-choice', message: t('session.membershipRequired') }]);
    setBusy(true);
    try {
      if (chosen.id === step.tokens.membership.id) {
        store.commit(step.tokens);
        return;
      }
      // Tokens are bound to one membership: the api issues the chosen one's and revokes the
      // default one's (after a password or the provider alike).
      store.commit(await store.switchMembership(step.tokens, chosen.organizationId));
    } catch (error) {
      fail([{ fieldId: 'membership-choice', message: t(errorMessageKey(error)) }]);
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  if (step.kind === 'choose') {
    return (
      <div className="brygga-narrow">
        <PageHeading error={errors.length > 0}>{t('session.chooseTitle')}</PageHeading>
        <form onSubmit={(e) => void submitChoice(e)} noValidate>
          <VStack gap="space-24">
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <RadioGroup
              id="membership-choice"
              legend={t('session.chooseLegend')}
              description={t('session.chooseIntro')}
              value={membershipId}
              onChange={(value: string) => setMembershipId(value)}
              error={errorFor('membership-choice')}
            >
              {activeMemberships(step.viewer).map((m) => (
                <Radio key={m.id} value={m.id}>
                  {`${t(`roles.${m.role}`)}, ${m.organization?.name ?? ''}`}
                </Radio>
              ))}
            </RadioGroup>
            <div>
              <Button type="submit" loading={busy}>
                {t('session.choose')}
              </Button>
            </div>
          </VStack>
        </form>
      </div>
    );
  }

  return (
    <div className="brygga-narrow">
      <PageHeading error={errors.length > 0}>{t('session.signInTitle')}</PageHeading>
      <form onSubmit={(e) => void submitCredentials(e)} noValidate>
        <VStack gap="space-24">
          {status.kind === 'signedOut' && status.reason === 'expired' && (
            <Alert variant="warning" role="alert">
              {t('session.expired')}
            </Alert>
          )}
          {status.kind === 'signedOut' && status.reason === 'signedOut' && (
            <Alert variant="info">{t('session.signedOut')}</Alert>
          )}
          {providerError && (
            <Alert variant="error" role="alert">
              {t(`errors.${providerError}`, { defaultValue: t('errors.OIDC_SIGN_IN_FAILED') })}
            </Alert>
          )}
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <TextField
            id="sign-in-email"
            label={t('session.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errorFor('sign-in-email')}
          />
          <TextField
            id="sign-in-password"
            label={t('session.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errorFor('sign-in-password')}
          />
          <div>
            <Button type="submit" loading={busy}>
              {t('session.signIn')}
            </Button>
          </div>
        </VStack>
      </form>
      {provider && (
        <section aria-labelledby="sign-in-provider" className="brygga-sign-in-provider">
          <Heading level="2" size="small" id="sign-in-provider" spacing>
            {t('session.providerHeading')}
          </Heading>
          <LinkButton href={provider.startUrl}>{t('session.provider', { name: provider.name })}</LinkButton>
          {/* Young people and guardians sign in to their own view, not here (issue 19). */}
          <BodyShort spacing>
            <Link href="/min-sida">{t('session.ownViewLink')}</Link>
          </BodyShort>
        </section>
      )}
    </div>
  );
}
