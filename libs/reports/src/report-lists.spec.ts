import { AlertRule } from '@app/alerts';
import { SignalKind } from '@app/signals';

import { ALERT_RULES, ALERT_RULES_WITHOUT_YOUNG_PERSON, SIGNAL_KINDS } from './reports.enums';

// The reports keep their own lists of the values they break counts down by (a value the cube does
// not know fails the report); these must be the owning libraries' lists.
describe('report value lists', () => {
  it('has every kind of signal and every gap rule, in the owning libraries’ order', () => {
    expect([...SIGNAL_KINDS]).toEqual(Object.values(SignalKind));
    const aboutRegistered = Object.values(AlertRule).filter(
      (rule) => !(ALERT_RULES_WITHOUT_YOUNG_PERSON as readonly string[]).includes(rule),
    );
    expect([...ALERT_RULES]).toEqual(aboutRegistered);
  });
});
