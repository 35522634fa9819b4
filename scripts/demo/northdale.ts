import { DateTime } from 'luxon';
import type {
  AccessRoute,
  Audience,
  Permission,
  ServiceGroup,
  SessionAudience,
} from '../../services/catalogue/vocabulary';
import { toCsv } from '../../services/exports/csvWriter';
import { LONDON_TIME_ZONE } from '../../services/shared/londonTime';
import { personaByKey, type Persona } from './personas';

// A small, made-up local authority, "Northdale", written as the three CSV files a coordinator would import.
// Dates are relative to today so that checks (eCRB age, upcoming sessions) look the same whenever it runs.

export interface DemoFiles {
  organisations: string;
  roster: string;
  sessions: string;
}

/** The session the demo shows as nearly full: 12 of its 14 places are taken. */
export const NEARLY_FULL = { sessionId: 'demo-cp-care-first-1', seatsTaken: 12 };
/** Aisha Khan has asked for a place on IS02; Mark (the manager persona) has yet to decide. */
export const WAITING_FOR_MARK = {
  sessionId: 'demo-is02-1',
  aadObjectId: '22222222-2222-4222-8222-000000000008',
};

const NCS = "Northdale Children's Services";
const SCHOOLS = 'Northdale Primary Schools';
const YOT = 'Northdale Youth Offending Team';
const BRIGHTSTART = "Brightstart Children's Centre";
const CONNEXIONS = 'Northdale Connexions';
const RIVERSIDE = 'Riverside Family Support';

/** Accreditation for ContactPoint (domain §6): two organisations have not met it yet. */
const ORGANISATIONS: [name: string, accredited: boolean][] = [
  [NCS, true],
  [SCHOOLS, true],
  [YOT, true],
  [BRIGHTSTART, false],
  [CONNEXIONS, true],
  [RIVERSIDE, false],
];

/** How long ago, as an ISO duration-like object for luxon. */
type Ago = { years?: number; months?: number; days?: number };

interface DemoPerson {
  id: string;
  name: string;
  email: string;
  audience: Audience;
  organisation: string;
  serviceGroup: ServiceGroup;
  accessRoute?: AccessRoute;
  manager?: string;
  contactPointUser?: boolean;
  ecrb?: Ago;
  itCompetence?: boolean;
  identityChecked?: boolean;
  permissions?: Permission[];
  completed?: [code: string, ago: Ago][];
}

const persona = (key: Persona['key']) => {
  const found = personaByKey(key);
  if (!found) throw new Error(`no persona ${key}`);
  return { id: found.aadObjectId, name: `${found.givenName} ${found.surname}`, email: found.email };
};
const PRIYA = persona('practitioner');
const MARK = persona('manager');
const CHLOE = persona('coordinator');
const TOM = persona('trainer');

const staffId = (n: number) => `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`;
const HELEN = staffId(6);
const SARAH = staffId(11);
const GARETH = staffId(14);
const BEN = staffId(20);

const la = (first: string, last: string) => `${first}.${last}@northdale.example.gov.uk`.toLowerCase();

const PEOPLE: DemoPerson[] = [
  {
    ...PRIYA,
    audience: 'practitioner',
    organisation: NCS,
    serviceGroup: 'social-care',
    manager: MARK.id,
    contactPointUser: true,
    ecrb: { years: 1, days: 10 },
    itCompetence: false,
    identityChecked: true,
    completed: [
      ['IW01', { months: 8 }],
      ['IS01', { months: 6 }],
    ],
  },
  {
    ...MARK,
    audience: 'operational-manager',
    organisation: NCS,
    serviceGroup: 'social-care',
    manager: HELEN,
    contactPointUser: true,
    ecrb: { years: 2, months: 1 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1, months: 2 }],
      ['IS01', { years: 1, months: 1 }],
      ['CAF01', { years: 1 }],
      ['LP01', { months: 11 }],
      ['IS02', { months: 9 }],
    ],
  },
  {
    ...CHLOE,
    audience: 'senior-manager',
    organisation: NCS,
    serviceGroup: 'local-authority',
    manager: HELEN,
    contactPointUser: true,
    ecrb: { years: 1, months: 6 },
    itCompetence: true,
    identityChecked: true,
    permissions: ['coordinator'],
    completed: [
      ['IW01', { years: 2 }],
      ['IW02', { years: 1, months: 10 }],
      ['IW04', { years: 1, months: 8 }],
      ['CP-L1', { years: 1, months: 4 }],
    ],
  },
  {
    ...TOM,
    audience: 'trainer',
    organisation: NCS,
    serviceGroup: 'local-authority',
    manager: CHLOE.id,
    contactPointUser: true,
    ecrb: { months: 8 },
    itCompetence: true,
    identityChecked: true,
    permissions: ['trainer'],
    completed: [
      ['IW01', { years: 2, months: 1 }],
      ['IW02', { years: 2 }],
      ['IW05', { years: 1, months: 11 }],
      ['IS01', { years: 2 }],
      ['IS02', { years: 1, months: 10 }],
      ['IS03', { years: 1, months: 9 }],
      ['IS05', { years: 1, months: 8 }],
      ['CP-L1', { years: 1, months: 4 }],
    ],
  },
  {
    id: HELEN,
    name: 'Helen Carter',
    email: la('helen', 'carter'),
    audience: 'senior-manager',
    organisation: NCS,
    serviceGroup: 'social-care',
    completed: [
      ['IW01', { years: 1, months: 6 }],
      ['IW02', { years: 1, months: 5 }],
    ],
  },
  {
    id: staffId(7),
    name: 'Daniel Hughes',
    email: la('daniel', 'hughes'),
    audience: 'practitioner',
    organisation: NCS,
    serviceGroup: 'social-care',
    manager: MARK.id,
    contactPointUser: true,
    // 3.4 years old: past the 3-year window (domain §6).
    ecrb: { years: 3, months: 5 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { months: 5 }],
      ['IS-EL', { months: 4 }],
    ],
  },
  {
    id: staffId(8),
    name: 'Aisha Khan',
    email: la('aisha', 'khan'),
    audience: 'practitioner',
    organisation: NCS,
    serviceGroup: 'social-care',
    manager: MARK.id,
    contactPointUser: true,
    // Runs out in about two months.
    ecrb: { years: 2, months: 10 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1 }],
      ['IS01', { months: 11 }],
      ['CAF01', { months: 10 }],
      ['IS02', { months: 7 }],
    ],
  },
  {
    id: staffId(9),
    name: 'Rebecca Lewis',
    email: la('rebecca', 'lewis'),
    audience: 'admin-staff',
    organisation: NCS,
    serviceGroup: 'social-care',
    manager: MARK.id,
    contactPointUser: true,
    ecrb: { years: 1, months: 3 },
    itCompetence: true,
    identityChecked: false,
    completed: [
      ['IW01', { months: 9 }],
      ['IS04', { months: 8 }],
    ],
  },
  {
    id: staffId(10),
    name: "Liam O'Connor",
    email: la('liam', 'oconnor'),
    audience: 'practitioner',
    organisation: NCS,
    serviceGroup: 'social-care',
    manager: MARK.id,
  },
  {
    id: SARAH,
    name: 'Sarah Mitchell',
    email: 'sarah.mitchell@northdaleschools.example.org.uk',
    audience: 'operational-manager',
    organisation: SCHOOLS,
    serviceGroup: 'schools',
    contactPointUser: true,
    ecrb: { years: 2, months: 2 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1, months: 3 }],
      ['IS01', { years: 1, months: 2 }],
      ['IS02', { years: 1 }],
    ],
  },
  {
    id: staffId(12),
    name: 'James Patel',
    email: 'james.patel@northdaleschools.example.org.uk',
    audience: 'practitioner',
    organisation: SCHOOLS,
    serviceGroup: 'schools',
    manager: SARAH,
    contactPointUser: true,
    ecrb: { months: 6 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { months: 3 }],
      ['IS-EL', { months: 2 }],
    ],
  },
  {
    id: staffId(13),
    name: 'Emma Robinson',
    email: 'emma.robinson@northdaleschools.example.org.uk',
    audience: 'admin-staff',
    organisation: SCHOOLS,
    serviceGroup: 'schools',
    manager: SARAH,
    contactPointUser: true,
  },
  {
    id: staffId(21),
    name: 'Kate Morgan',
    email: 'kate.morgan@northdaleschools.example.org.uk',
    audience: 'practitioner',
    organisation: SCHOOLS,
    serviceGroup: 'schools',
    manager: SARAH,
    completed: [['IW01', { months: 1 }]],
  },
  {
    id: GARETH,
    name: 'Gareth Jones',
    email: la('gareth', 'jones'),
    audience: 'operational-manager',
    organisation: YOT,
    serviceGroup: 'youth-offending',
    contactPointUser: true,
    ecrb: { years: 1 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1, months: 4 }],
      ['IS01', { years: 1, months: 3 }],
      ['CAF01', { years: 1, months: 2 }],
    ],
  },
  {
    id: staffId(15),
    name: 'Nadia Hussain',
    email: la('nadia', 'hussain'),
    audience: 'practitioner',
    organisation: YOT,
    serviceGroup: 'youth-offending',
    manager: GARETH,
    contactPointUser: true,
    ecrb: { years: 2, months: 6 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1, months: 6 }],
      ['IS01', { years: 1, months: 5 }],
      ['CAF01', { years: 1, months: 4 }],
      ['IS02', { years: 1, months: 2 }],
      ['CAF02', { years: 1 }],
      ['SG', { months: 10 }],
    ],
  },
  {
    id: staffId(16),
    name: 'Lucy Turner',
    email: 'lucy.turner@brightstart.example.org.uk',
    audience: 'practitioner',
    organisation: BRIGHTSTART,
    serviceGroup: 'childrens-centres',
    contactPointUser: true,
    ecrb: { months: 10 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { months: 7 }],
      ['IS-EL', { months: 6 }],
    ],
  },
  {
    id: staffId(17),
    name: 'Ryan Clarke',
    email: 'ryan.clarke@northdaleconnexions.example.org.uk',
    audience: 'practitioner',
    organisation: CONNEXIONS,
    serviceGroup: 'connexions',
    contactPointUser: true,
    ecrb: { years: 1, months: 8 },
    itCompetence: false,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1 }],
      ['IS01', { months: 11 }],
    ],
  },
  {
    id: BEN,
    name: 'Ben Walker',
    email: 'ben.walker@northdaleconnexions.example.org.uk',
    audience: 'trainer',
    organisation: CONNEXIONS,
    serviceGroup: 'connexions',
    ecrb: { years: 1, months: 1 },
    itCompetence: true,
    identityChecked: true,
    permissions: ['trainer'],
    completed: [
      ['IW01', { years: 2 }],
      ['IW02', { years: 1, months: 11 }],
      ['CAF01', { years: 1, months: 10 }],
      ['CAF02', { years: 1, months: 9 }],
      ['CAF03', { years: 1, months: 6 }],
    ],
  },
  {
    id: staffId(18),
    name: 'Grace Adeyemi',
    email: 'grace.adeyemi@riversidefamily.example.org.uk',
    audience: 'practitioner',
    organisation: RIVERSIDE,
    serviceGroup: 'voluntary',
    contactPointUser: true,
    ecrb: { months: 4 },
    itCompetence: true,
    identityChecked: false,
    completed: [['IS-EL', { months: 1 }]],
  },
  {
    id: staffId(19),
    name: 'Owen Davies',
    email: la('owen', 'davies'),
    audience: 'is-officer',
    organisation: NCS,
    serviceGroup: 'local-authority',
    // Gives mediated access through the browser rather than the authority's Capita One.
    accessRoute: 'web-browser',
    manager: CHLOE.id,
    contactPointUser: true,
    ecrb: { years: 1, months: 4 },
    itCompetence: true,
    identityChecked: true,
    completed: [
      ['IW01', { years: 1, months: 2 }],
      ['IS01', { years: 1, months: 1 }],
      ['IS02', { months: 10 }],
      ['IS03', { months: 8 }],
    ],
  },
];

interface DemoSession {
  id: string;
  course: string;
  /** Which training day (0 = the first Monday or Friday after today) and which half. */
  day: number;
  half: 'morning' | 'afternoon';
  venue: string;
  capacity: number;
  accessRoute?: AccessRoute;
  audience?: SessionAudience;
  trainer?: string;
}

const IT_SUITE = 'Northdale Civic Centre, IT Suite';
const ROOM_2 = 'Northdale Civic Centre, Training Room 2';

/**
 * Six weeks of the city pattern (domain §7): Monday and Friday half days, ContactPoint sessions grouped
 * by access route and planned at 14, one manager and one admin-staff session, and classroom IS02 and CAF02.
 */
const SESSIONS: DemoSession[] = [
  {
    id: NEARLY_FULL.sessionId,
    course: 'CP',
    day: 0,
    half: 'morning',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'care-first',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-web-browser-1',
    course: 'CP',
    day: 0,
    half: 'afternoon',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'web-browser',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-is02-1',
    course: 'IS02',
    day: 1,
    half: 'morning',
    venue: ROOM_2,
    capacity: 20,
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-capita-one-1',
    course: 'CP',
    day: 1,
    half: 'afternoon',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'capita-one',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-careworks-1',
    course: 'CP',
    day: 2,
    half: 'morning',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'careworks',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-caf02-1',
    course: 'CAF02',
    day: 2,
    half: 'afternoon',
    venue: ROOM_2,
    capacity: 20,
    trainer: BEN,
  },
  {
    id: 'demo-cp-e-start-1',
    course: 'CP',
    day: 3,
    half: 'morning',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'e-start',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-managers-1',
    course: 'CP',
    day: 3,
    half: 'afternoon',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'care-first',
    audience: 'manager',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-profile-1',
    course: 'CP',
    day: 4,
    half: 'morning',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'profile',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-admin-staff-1',
    course: 'CP',
    day: 5,
    half: 'afternoon',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'care-first',
    audience: 'admin-staff',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-care-first-2',
    course: 'CP',
    day: 7,
    half: 'morning',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'care-first',
    audience: 'practitioner',
    trainer: TOM.id,
  },
  {
    id: 'demo-cp-web-browser-2',
    course: 'CP',
    day: 9,
    half: 'afternoon',
    venue: IT_SUITE,
    capacity: 14,
    accessRoute: 'web-browser',
    audience: 'practitioner',
  },
];

const HALF_DAYS = { morning: ['09:30', '13:00'], afternoon: ['13:30', '17:00'] } as const;

/** The three import files for today. */
export function buildDemoFiles(now: Date): DemoFiles {
  const today = DateTime.fromJSDate(now, { zone: LONDON_TIME_ZONE }).startOf('day');
  const ago = (span: Ago) => today.minus(span).toISODate() as string;
  const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');

  const organisations = toCsv(
    ['name', 'accredited'],
    ORGANISATIONS.map(([name, accredited]) => [name, yesNo(accredited)]),
  );

  const roster = toCsv(
    [
      'aadObjectId',
      'name',
      'email',
      'audience',
      'organisation',
      'serviceGroup',
      'accessRoute',
      'managerAadObjectId',
      'contactPointUser',
      'ecrbIssued',
      'itCompetence',
      'identityChecked',
      'permissions',
      'completed',
    ],
    PEOPLE.map((person) => [
      person.id,
      person.name,
      person.email,
      person.audience,
      person.organisation,
      person.serviceGroup,
      person.accessRoute ?? '',
      person.manager ?? '',
      yesNo(person.contactPointUser),
      person.ecrb ? ago(person.ecrb) : '',
      yesNo(person.itCompetence),
      yesNo(person.identityChecked),
      (person.permissions ?? []).join(';'),
      (person.completed ?? []).map(([code, when]) => `${code}@${ago(when)}`).join(';'),
    ]),
  );

  const days = trainingDays(today, Math.max(...SESSIONS.map((session) => session.day)) + 1);
  const sessions = toCsv(
    ['id', 'course', 'start', 'end', 'venue', 'capacity', 'accessRoute', 'audience', 'trainer'],
    SESSIONS.map((session) => {
      const day = days[session.day]?.toISODate() as string;
      const [start, end] = HALF_DAYS[session.half];
      return [
        session.id,
        session.course,
        `${day}T${start}`,
        `${day}T${end}`,
        session.venue,
        String(session.capacity),
        session.accessRoute ?? '',
        session.audience ?? '',
        session.trainer ?? '',
      ];
    }),
  );

  return { organisations, roster, sessions };
}

/** The next `count` Mondays and Fridays after today (the city's two training days, domain §7). */
function trainingDays(today: DateTime, count: number): DateTime[] {
  const days: DateTime[] = [];
  for (let day = today.plus({ days: 1 }); days.length < count; day = day.plus({ days: 1 })) {
    if (day.weekday === 1 || day.weekday === 5) days.push(day);
  }
  return days;
}
