import { useEffect, useRef, type ReactNode } from 'react';

import { Alert, BodyShort, Button, Heading, Label, List, VStack } from '../ui';

// The screen a form shows when its save lost a version race (the api answered CONFLICT):
// what happened (its heading takes focus), the user's changes, the user's unsaved version
// beside the one saved meanwhile, and the two choices: make the changes again on the saved
// version (back in the form, nothing typed is lost) or drop them and keep the saved one.
// Used by the plan editor, the contact details, a measure's documentation and its steps, the
// status and a registration's reasons; each passes its own words and renders its two versions.
export function VersionConflict({
  id,
  level = '3',
  title,
  body,
  changesHeading,
  changes,
  mineHeading,
  mine,
  theirsHeading,
  theirs,
  choices,
  reapplyLabel,
  onReapply,
  discardLabel,
  onDiscard,
}: {
  // Prefix of the ids that name the two versions' regions.
  id: string;
  // The level of the screen's headings, under the form's own heading.
  level?: '2' | '3' | '4';
  title: string;
  body: string;
  changesHeading: string;
  changes: string[];
  mineHeading: string;
  mine: ReactNode;
  theirsHeading: string;
  theirs: ReactNode;
  // Choices the user makes before reapplying, part by part (the contact details' guardians).
  choices?: ReactNode;
  // Left out when the change cannot be made again on the saved version (a step already taken).
  reapplyLabel?: string;
  onReapply?: () => void;
  discardLabel: string;
  onDiscard: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <VStack gap="space-16">
      <Alert variant="warning">
        <Heading level={level} size="small" spacing tabIndex={-1} ref={heading}>
          {title}
        </Heading>
        <BodyShort>{body}</BodyShort>
      </Alert>
      <div>
        <Heading level={level} size="xsmall" spacing>
          {changesHeading}
        </Heading>
        <List size="small">
          {changes.map((change, index) => (
            <List.Item key={index}>{change}</List.Item>
          ))}
        </List>
      </div>
      <div className="brygga-compare">
        <section aria-labelledby={`${id}-mine-heading`} className="brygga-card">
          <Heading level={level} size="small" spacing id={`${id}-mine-heading`}>
            {mineHeading}
          </Heading>
          {mine}
        </section>
        <section aria-labelledby={`${id}-theirs-heading`} className="brygga-card">
          <Heading level={level} size="small" spacing id={`${id}-theirs-heading`}>
            {theirsHeading}
          </Heading>
          {theirs}
        </section>
      </div>
      {choices}
      <div className="brygga-buttons">
        {reapplyLabel && onReapply && <Button onClick={onReapply}>{reapplyLabel}</Button>}
        <Button variant={onReapply ? 'tertiary' : 'secondary'} onClick={onDiscard}>
          {discardLabel}
        </Button>
      </div>
    </VStack>
  );
}

// One version of a flat record as a list of labelled values, for the two sides of the screen.
export function VersionFacts({ facts }: { facts: { label: string; value: string }[] }) {
  return (
    <dl className="brygga-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>
            <Label as="span" size="small">
              {fact.label}
            </Label>
          </dt>
          <dd className="brygga-fact-value">
            <BodyShort>{fact.value}</BodyShort>
          </dd>
        </div>
      ))}
    </dl>
  );
}
