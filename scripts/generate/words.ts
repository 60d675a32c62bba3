// Fixed word lists for the generated national programme. Invented combinations of real English
// place names: no generated organisation, person or source is meant to be a real one.

export const TOWNS = [
  "Aylesbury", "Banbury", "Barnsley", "Basildon", "Basingstoke", "Bath", "Bedford", "Birkenhead", "Blackburn", "Blackpool",
  "Bolton", "Boston", "Bournemouth", "Bradford", "Bridgwater", "Brighton", "Bristol", "Burnley", "Burton", "Bury",
  "Cambridge", "Canterbury", "Carlisle", "Chelmsford", "Cheltenham", "Chester", "Chesterfield", "Chichester", "Colchester", "Coventry",
  "Crawley", "Crewe", "Darlington", "Derby", "Doncaster", "Dorchester", "Dudley", "Durham", "Eastbourne", "Exeter",
  "Frimley", "Gateshead", "Gloucester", "Grantham", "Grimsby", "Guildford", "Halifax", "Harlow", "Harrogate", "Hartlepool",
  "Hastings", "Hereford", "Huddersfield", "Hull", "Huntingdon", "Ipswich", "Kendal", "Kettering", "Kidderminster", "King's Lynn",
  "Lancaster", "Leeds", "Leicester", "Lincoln", "Liverpool", "Luton", "Macclesfield", "Maidstone", "Manchester", "Mansfield",
  "Margate", "Middlesbrough", "Milton Keynes", "Newcastle", "Northallerton", "Northampton", "Norwich", "Nottingham", "Oldham", "Oxford",
  "Peterborough", "Plymouth", "Poole", "Portsmouth", "Preston", "Reading", "Redditch", "Rochdale", "Rotherham", "Salford",
  "Salisbury", "Scarborough", "Scunthorpe", "Sheffield", "Shrewsbury", "Slough", "Southampton", "Southend", "Southport", "Stafford",
  "Stevenage", "Stockport", "Stockton", "Stoke", "Sunderland", "Swindon", "Taunton", "Telford", "Torbay", "Truro",
  "Tunbridge Wells", "Wakefield", "Walsall", "Warrington", "Warwick", "Watford", "Wigan", "Winchester", "Wirral", "Wolverhampton",
  "Worcester", "Worthing", "Yeovil", "York", "Ashford", "Barrow", "Bishop Auckland", "Chorley", "Dartford", "Epsom",
  "Gravesend", "Hexham", "Keighley", "Kingston", "Lewisham", "Medway", "Newham", "Pontefract", "Romford", "Sidcup",
] as const;

export const SAINTS = ["Mary", "George", "Thomas", "Helier", "Bartholomew", "Richard", "Peter", "Luke", "Michael", "Ann", "Margaret", "Albans"] as const;

/** [name, short name]: "{t}" is a town, "{s}" a saint; the pattern decides what kind of organisation it is. */
export const ORGANISATION_PATTERNS: readonly (readonly [string, string])[] = [
  ["{t} Hospitals NHS Trust", "{t}"],
  ["{t} Hospitals NHS Trust", "{t}"],
  ["{t} Hospitals NHS Trust", "{t}"],
  ["{t} University Hospitals NHS Foundation Trust", "{t} University Hospitals"],
  ["{t} and District General Hospital NHS Trust", "{t} and District"],
  ["{t} Healthcare NHS Trust", "{t} Healthcare"],
  ["Royal {t} Hospital NHS Trust", "Royal {t}"],
  ["Queen Mary's {t} Hospital NHS Trust", "Queen Mary's {t}"],
  ["{t} Teaching Hospitals NHS Foundation Trust", "{t} Teaching Hospitals"],
  ["St {s}'s {t} Hospital NHS Trust", "St {s}'s {t}"],
];

export const SITE_PATTERNS = ["{t} General Hospital", "{t} Community Hospital", "St {s}'s Hospital, {t}", "{t} Royal Infirmary", "{t} Women's and Children's Hospital"] as const;

export const FIRST_NAMES = [
  "Aisha", "Alan", "Alice", "Amir", "Andrew", "Angela", "Ben", "Bridget", "Catherine", "Chidi", "Chloe", "Claire", "Colin", "David",
  "Deborah", "Eleanor", "Emeka", "Fatima", "Fiona", "Gareth", "Grace", "Hannah", "Harjit", "Helen", "Ian", "Imran", "James", "Jane",
  "Joanne", "John", "Karen", "Kwame", "Laura", "Liam", "Lucy", "Mark", "Mary", "Mohammed", "Nadia", "Neil", "Niamh", "Oliver", "Patricia",
  "Priya", "Rachel", "Rajesh", "Robert", "Ruth", "Sarah", "Sean", "Simon", "Siobhan", "Sophie", "Stephen", "Susan", "Tom", "Wei", "Yusuf",
] as const;

export const LAST_NAMES = [
  "Adams", "Ahmed", "Baker", "Bell", "Brown", "Campbell", "Chen", "Clarke", "Cooper", "Davies", "Edwards", "Evans", "Green", "Hall",
  "Harris", "Hughes", "Jackson", "James", "Johnson", "Jones", "Khan", "King", "Lewis", "Martin", "Mensah", "Moore", "Murphy", "Nowak",
  "O'Brien", "Okafor", "Parker", "Patel", "Phillips", "Roberts", "Robinson", "Scott", "Shah", "Singh", "Smith", "Taylor", "Thomas",
  "Thompson", "Turner", "Walker", "Ward", "Watson", "White", "Williams", "Wilson", "Wood", "Wright", "Young",
] as const;

export const PUBLISHERS = [
  "Computer Weekly", "E-Health Insider", "Hansard (House of Commons)", "Hansard (House of Lords)", "National Audit Office",
  "Public Accounts Committee", "The Guardian", "Health Service Journal", "NHS Connecting for Health", "Trust board papers",
  "Strategic health authority board papers", "The Register",
] as const;

export const SOURCE_TITLES = [
  "{short} switches on Cerner Millennium",
  "{short} delays go-live again",
  "Board papers: {short} electronic patient record readiness",
  "Written answer on NPfIT deployments, {year}",
  "The National Programme for IT in the NHS: progress review, {year}",
  "{short} go-live slips to {month} {year}",
  "Trusts ask for more time on Cerner: \"not ready\"",
  "Programme board minutes, {month} {year}",
] as const;

export const BODIES = [
  "NHS Connecting for Health", "Programme Board", "Strategic health authority", "Department of Health", "Trust board", "BT",
  "Cerner", "National Programme for IT board", "Regional implementation group", "NHS London",
] as const;

export const PLAN_REASONS = [
  "Re-planned after the {month} readiness review, pending data migration sign-off",
  "Trust board asked for more time: \"not ready\", said the chief executive",
  "Postponed because of testing, training and cutover resourcing",
  "Moved to avoid winter pressures\nBoard minute {n}",
  "Cost of delay put at £{k}k; clinicians asked for more training, again",
  "Aligned with Queen Mary's and St {s}'s cutover weekend",
  "Supplier's build (LC{c}) not yet accepted; \"known issues\" list at {n} items",
  "Data migration rehearsal {n} failed, so the date moved",
  "Interfaces to pathology, radiology and pharmacy not ready",
  "The trust's A&E targets come first; re-plan agreed with BT",
  "Go-live \"earliest\" date only; no contractual commitment",
  "Smartcard roll-out behind: {n}% of staff registered",
] as const;

/** A few reasons start with a character a spreadsheet would treat as a formula, so exports get exercised. */
export const FORMULA_LIKE_REASONS = [
  "=HYPERLINK(\"http://example.org/plan\",\"plan\") was pasted into the record",
  "+{n} weeks on the baseline, per the programme office",
  "-{n} days against the contract date",
  "@programme-board asked for a re-plan",
] as const;

export const PROBLEM_DESCRIPTIONS = [
  "{n} patients' appointments could not be traced after go-live",
  "A&E waiting times rose; the trust called it \"teething problems\"",
  "Theatre lists cancelled, at a cost of £{k}k",
  "Data quality backlog of {n} records, cleared by temporary staff",
  "Referral-to-treatment reporting suspended for {n} weeks",
  "Clinic letters delayed,\nsome by more than a month",
  "Smartcard log-in times of {n} seconds at peak",
  "BT's fix for the outpatients module slipped to release {n}",
  "Missing pathology results in the Cerner inbox; manual workaround in place",
  "=ERROR in the contract report, shown to the board as-is",
] as const;

export const DECISION_TITLES: Record<"HALT" | "RESUME" | "RECOMMEND" | "POSTPONE" | "WITHDRAW" | "ANNOUNCE", readonly string[]> = {
  HALT: ["{body} halts further Cerner go-lives at {trusts}", "Deployments paused at {trusts} pending a review"],
  RESUME: ["{body} resumes deployments at {trusts}", "Halt lifted at {trusts} after the review"],
  RECOMMEND: ["{body} recommends a revised configuration for {trusts}", "Review recommends more training before go-live at {trusts}"],
  POSTPONE: ["Go-live at {trusts} postponed", "{body} defers {trusts}' go-live by a quarter"],
  WITHDRAW: ["{trusts} withdraws from the deployment", "{body} takes {trusts} out of the programme"],
  ANNOUNCE: ["{body} announces the next wave: {trusts}", "Deployment schedule published for {trusts}"],
};

export const RATIONALES = [
  "Clinical safety concerns after go-lives elsewhere, with \"serious problems\" reported",
  "Data migration incomplete; the board wanted 100% of open referrals moved",
  "Cost, £{k}k over budget, and the trust's financial position",
  "BT's release of the configuration slipped to {month} {year}",
  "The independent review's findings, published {month} {year}",
  "Lessons from Queen Mary's and St {s}'s go-lives",
] as const;

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
