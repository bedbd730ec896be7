"""Words news writing uses for the same thing, so that a reworded claim still meets the one the
desk checked ("pledged" / "promised", "quake" / "earthquake", "jobless rate" / "unemployment").

General English of the news, grouped by meaning; a word belongs to one group. Each group is a
concept the matcher compares like a stem (claims/matching/analysis.py). Keep entries general:
a word added for one sentence is a defect.
"""

from __future__ import annotations

_GROUPS = """
say: say says said tell tells told state states stated claim claims claimed assert asserted
promise: promise promises promised pledge pledges pledged vow vowed vows commit committed
rebuild: rebuild rebuilt rebuilding reconstruction reconstruct reconstructed restore restored
quake: quake quakes earthquake earthquakes tremor tremors
storm: storm storms hurricane hurricanes typhoon typhoons cyclone cyclones
flood: flood floods flooding flooded inundated deluge
fire: fire fires wildfire wildfires blaze blazes burned burnt burning scorched
ban: ban bans banned banning prohibit prohibited outlaw outlawed forbid forbidden
suspend: suspend suspended suspends suspension halt halted halts freeze froze frozen pause paused
cross: cross crossed crossing crossings traverse traversed
flee: flee fled fleeing flight escape escaped
arrest: arrest arrested arrests detain detained detention custody
kidnap: kidnap kidnapped kidnapping kidnappings abduct abducted abduction abductions
prisoner: prisoner prisoners pows pow detainee detainees captive captives inmates inmate
exchange: exchange exchanged swap swapped swaps trade traded
attack: attack attacks attacked strike strikes struck raid raids bombardment shelling shelled
soldier: soldier soldiers troops troop servicemen military
civilian: civilian civilians noncombatants
child: child children kids minors youngsters pupils
doctor: doctor doctors physician physicians medics clinicians
hospital: hospital hospitals clinic clinics
vaccine: vaccine vaccines vaccination vaccinations jab jabs shot shots inoculation immunisation
    immunization
disease: disease diseases illness illnesses infection infections
case: case cases infections infected
study: study studies research trial trials survey surveys
price: price prices cost costs costly
increase: increase increased increases rise rose risen rising climb climbed grow grew jump jumped
    soar soared surge surged up
decrease: decrease decreased decreases fall fell fallen falling drop dropped decline declined plunge
    plunged slump slumped down shrink shrank shrunk shrinking contract contracted contraction
double: double doubled doubling twice
tax: tax taxes taxation levy levies duty
budget: budget budgets spending expenditure outlay
money: money funds funding cash
job: job jobs employment workforce
unemployment: unemployment jobless joblessness unemployed
wage: wage wages pay salary salaries earnings
election: election elections vote votes poll polls ballot ballots referendum referendums
voter: voter voters electorate
win: win won wins victory victorious
lose: lose lost losing defeat defeated
government: government governments administration cabinet ministry ministries authorities
police: police officers officer policemen cops constabulary
company: company companies firm firms business businesses corporation
worker: worker workers employees employee staff
strike_action: walkout walkouts stoppage
school: school schools classroom classrooms
teacher: teacher teachers educator educators
student: student students pupil learners
house: house houses home homes housing dwelling dwellings household households
destroy: destroy destroyed destruction razed demolished flattened wrecked
damage: damage damaged damaging
kill: killed kill killing dead deaths died die fatalities toll
injure: injured wounded hurt injuries casualties
missing: missing unaccounted disappeared disappearances vanished
rescue: rescue rescued rescuers saved
evacuate: evacuate evacuated evacuation evacuations displaced
refugee: refugee refugees asylum displaced migrants migrant
border: border borders frontier
data: data information records figures statistics
breach: breach breaches hack hacked hackers leak leaked leaks
outage: outage outages blackout blackouts
power: power electricity energy
fuel: fuel petrol gasoline diesel
approve: approve approved approval authorise authorised authorize authorized
reject: reject rejected rejection refuse refused refusal
record: record recorded records documented logged registered
large: large largest biggest big huge record
pollution: pollution polluted contamination contaminated
emission: emission emissions
temperature: temperature temperatures heat heatwave
accuse: accuse accused accuses accusing accusation accusations allege alleged alleges allegation
    allegations
deny: deny denied denies denying denial denials refute refuted rebut rebutted
announce: announce announced announces announcement unveil unveiled unveils launch launched
resign: resign resigned resigns resignation quit quits
law: law laws legislation bill bills statute statutes
court: court courts tribunal tribunals
judge: judge judges magistrate magistrates
jail: jail jailed prison prisons imprisoned imprisonment sentenced
minister: minister ministers secretary secretaries
leader: leader leaders chief chiefs head heads
profit: profit profits earnings revenue revenues sales turnover
cut: cut cuts cutting slash slashed slashes reduce reduced reduces reduction reductions
buy: buy buys bought buying purchase purchased purchases acquire acquired acquisition
sell: sell sells sold selling sale
build: build builds built building construct constructed construction
close: close closed closes closing closure closures shut shutdown
aid: aid assistance relief
warn: warn warned warns warning warnings caution cautioned
people: people persons individuals residents citizens inhabitants
city: city cities town towns
country: country countries nation nations
vehicle: car cars vehicle vehicles
aircraft: plane planes aircraft jet jets airliner airliners
ship: ship ships boat boats vessel vessels ferry ferries
crash: crash crashed crashes collision collisions collided
fine: fine fines fined penalty penalties
abolish: abolish abolished abolishes abolishing scrap scrapped scraps scrapping axe axed
economy: economy economies economic gdp output
transfer: transfer transfers transferred transferring export exported exporting exports
abroad: abroad overseas
regulator: regulator regulators watchdog watchdogs
olympics: olympics olympic
rail: rail railway railways train trains
fare: fare fares ticket tickets
grocery: grocery groceries food
layoff: layoffs layoff redundancies redundancy
office: office white-collar clerical
struggle: struggle struggles struggling struggled difficulty difficulties
""".strip()


def _synonyms(table: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    group = ""
    for line in table.splitlines():
        head, colon, members = line.partition(":")
        if colon:
            group = head.strip()
        else:
            members = head  # a continuation line
        for word in members.split():
            mapping.setdefault(word, "=" + group)
    return mapping


SYNONYMS = _synonyms(_GROUPS)
