import type { AccessRoute, SessionAudience } from '../services/catalogue/vocabulary';
import type { SessionProblem } from '../services/sessions/createSession';
import type { Session } from '../services/sessions/session';
import {
  adaptiveCard,
  executeButton,
  facts,
  heading,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { formatSessionTime } from './format';
import {
  ANY,
  backToSessions,
  newSessionButton,
  SESSION_VERBS,
  sessionTitle,
  type SessionNames,
} from './sessionsOverviewCard';

/** The form's inputs, as the card sends them back. */
export const NEW_SESSION_INPUTS = [
  'course',
  'date',
  'start',
  'end',
  'venue',
  'capacity',
  'accessRoute',
  'audience',
  'trainer',
] as const;
export type NewSessionInput = (typeof NEW_SESSION_INPUTS)[number];

export interface NewSessionForm {
  /** This form's reference (the random part of the session's id), so sending it twice stores one session. */
  form: string;
  courses: { code: string; title: string }[];
  routes: AccessRoute[];
  audiences: readonly SessionAudience[];
  trainers: { aadObjectId: string; name: string }[];
  /** What was entered, when the form comes back with problems. */
  values?: Partial<Record<NewSessionInput, string>>;
  problems?: SessionProblem[];
  /** Today in London, `YYYY-MM-DD`: the date picker starts there. */
  today: string;
}

/** Who a session is for, as the form and its outcome say it. */
export const AUDIENCE_WORDS: Record<SessionAudience, string> = {
  practitioner: 'Practitioners',
  manager: 'Managers',
  'admin-staff': 'Administrative staff',
};

/** How each problem's field is named on the form. */
const FIELD_LABELS: Record<NonNullable<SessionProblem['field']>, string> = {
  course: 'Course',
  start: 'Date and start time',
  end: 'End time',
  venue: 'Venue',
  capacity: 'Places',
  accessRoute: 'System',
  audience: 'For',
  trainer: 'Trainer',
};

export function problemLine(problem: SessionProblem): string {
  return problem.field ? `**${FIELD_LABELS[problem.field]}** ${problem.message}` : problem.message;
}

/** A new session, entered by a coordinator: the same columns as sessions.csv, checked by the same rules. */
export function newSessionCard(view: NewSessionForm, names: SessionNames): AdaptiveCard {
  const value = (input: NewSessionInput) => view.values?.[input] || undefined;
  const body: CardElement[] = [
    heading('New session'),
    paragraph('Times are UK time. ContactPoint sessions need the system people reach it through.', {
      isSubtle: true,
    }),
  ];
  if (view.problems?.length)
    body.push(statusLabel('attention', 'Not added', view.problems.map(problemLine).join('\n\n')));
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'course',
      label: 'Course',
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose a course',
      choices: view.courses.map((course) => ({
        title: `${course.code} ${course.title}`,
        value: course.code,
      })),
      ...optionalValue(value('course')),
    },
    {
      type: 'Input.Date',
      id: 'date',
      label: 'Date',
      isRequired: true,
      errorMessage: 'Choose the date',
      min: view.today,
      ...optionalValue(value('date')),
    },
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.Time',
              id: 'start',
              label: 'Start time',
              isRequired: true,
              errorMessage: 'Give the start time',
              ...optionalValue(value('start')),
            },
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.Time',
              id: 'end',
              label: 'End time',
              isRequired: true,
              errorMessage: 'Give the end time',
              ...optionalValue(value('end')),
            },
          ],
        },
      ],
    },
    {
      type: 'Input.Text',
      id: 'venue',
      label: 'Venue',
      isRequired: true,
      errorMessage: 'Give the venue',
      maxLength: 200,
      ...optionalValue(value('venue')),
    },
    {
      type: 'Input.Number',
      id: 'capacity',
      label: 'Places',
      isRequired: true,
      errorMessage: 'Give the number of places (1 or more)',
      min: 1,
      max: 500,
      ...(value('capacity') !== undefined && Number.isFinite(Number(value('capacity')))
        ? { value: Number(value('capacity')) }
        : {}),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'accessRoute',
      label: 'System (required for ContactPoint sessions)',
      style: 'compact',
      choices: [
        { title: 'None (not a ContactPoint session)', value: ANY },
        ...view.routes.map((route) => ({ title: names.routeLabel(route), value: route })),
      ],
      value: value('accessRoute') ?? ANY,
    },
    {
      type: 'Input.ChoiceSet',
      id: 'audience',
      label: 'For',
      style: 'compact',
      choices: [
        { title: 'Anyone', value: ANY },
        ...view.audiences.map((audience) => ({ title: AUDIENCE_WORDS[audience], value: audience })),
      ],
      value: value('audience') ?? ANY,
    },
  );
  if (view.trainers.length)
    body.push({
      type: 'Input.ChoiceSet',
      id: 'trainer',
      label: 'Trainer',
      style: 'compact',
      choices: [
        { title: 'Not decided yet', value: ANY },
        ...view.trainers.map((trainer) => ({ title: trainer.name, value: trainer.aadObjectId })),
      ],
      value: value('trainer') ?? ANY,
    });
  return adaptiveCard(body, [
    executeButton(
      'Add session',
      SESSION_VERBS.create,
      { form: view.form },
      { style: 'positive', associatedInputs: 'auto' },
    ),
    backToSessions(),
  ]);
}

function optionalValue(value: string | undefined): { value?: string } {
  return value === undefined ? {} : { value };
}

/** The session just added (or found already added by the same form). */
export function sessionAddedCard(
  session: Session,
  created: boolean,
  names: SessionNames,
  trainerName?: string,
): AdaptiveCard {
  return adaptiveCard(
    [
      heading(created ? 'Session added' : 'Session already added'),
      statusLabel(
        created ? 'good' : 'neutral',
        created ? 'Added' : 'Nothing changed',
        created ? 'people asking for sessions now see it' : 'this form had already added it',
      ),
      facts([
        ['Course', sessionTitle(session, names)],
        ['When', formatSessionTime(session.start, session.end)],
        ['Venue', session.venue],
        ['Places', String(session.capacity)],
        ['For', session.audience ? AUDIENCE_WORDS[session.audience] : 'Anyone'],
        ['Trainer', trainerName],
        ['Reference', session._id],
      ]),
    ],
    [backToSessions(), newSessionButton()],
  );
}
