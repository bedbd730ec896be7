"""Words news writing uses for the same thing, so that a reworded claim still meets the one the
desk checked ("pledged" / "promised", "quake" / "earthquake", "jobless rate" / "unemployment").

General English of the news, grouped by meaning; a word belongs to one group. Each group is a
concept the matcher compares like a stem (claims/matching/analysis.py). Keep entries general:
a word added for one sentence is a defect.
"""

from __future__ import annotations

import re

from claims.extraction.lexicon import opposites_of

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
    slid slide slides sliding slip slips slipped slipping dip dips dipped sank sink sinks sinking
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
reject: reject rejected rejection refuse refused refusal veto vetoed vetoes vetoing
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
people: people persons individuals residents citizens inhabitants ppl
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


# More of the same, written apart from the sets the matcher is measured on (a helper wrote it
# from general news vocabulary without reading them; words of several senses in news, such as
# "court", "charge", "admitted" or "pm", left out). A word already in a group above keeps that
# group.
_MORE_GROUPS = """
die: die dies died dying perish perishes perished perishing
dead: dead deceased
death: death deaths fatality fatalities
kill: kill kills killed slay slays slew slain
murder: murder murders murdered murdering homicide homicides killing killings slaying slayings
murderer: murderer murderers killer killers
injure: injure injures injured injuring injury injuries wounded wounding
robbery: robbery robberies rob robs robbed robbing heist heists
theft: theft thefts steal steals stole stolen stealing larceny
burglary: burglary burglaries burgle burgles burgled burgling burglarize burglarized break-in
    break-ins
fraud: fraud frauds scam scams swindle swindles swindled swindling defraud defrauds defrauded
    defrauding
fraudster: fraudster fraudsters scammer scammers swindler swindlers conman conmen
corruption: corruption graft
bribery: bribery bribe bribes bribed bribing kickback kickbacks backhander backhanders
embezzlement: embezzle embezzles embezzled embezzling embezzlement misappropriate misappropriates
    misappropriated misappropriating misappropriation
extortion: extortion extort extorts extorted extorting blackmail blackmails blackmailed
    blackmailing
kidnap: kidnap kidnaps kidnapped kidnapping kidnappings kidnaped kidnaping abduct abducts abducted
    abducting abduction abductions
gunman: gunman gunmen shooter shooters
stab: stab stabs stabbed stabbing stabbings knifed knifing knifings
crime: crime crimes offence offences offense offenses
offender: criminals offender offenders perpetrator perpetrators culprit culprits
espionage: espionage spying spy spies spied
arrest: arrest arrests arrested arresting apprehend apprehends apprehended apprehending
detain: detain detains detained detaining detention
policeman: cop cops policeman policemen policewoman policewomen
investigate: investigate investigates investigated investigating investigation investigations probe
    probes probed probing inquiry inquiries enquiry enquiries
prison: prison prisons jail jails jailed jailing gaol imprison imprisons imprisoned imprisoning
    imprisonment incarcerate incarcerates incarcerated incarcerating incarceration penitentiary
prisoner: prisoner prisoners inmate inmates
sentence: sentence sentences sentenced sentencing
convict: convicted convicting conviction convictions
acquit: acquit acquits acquitted acquitting acquittal acquittals
sue: sue sues sued suing lawsuit lawsuits
plead: plead pleads pleaded pled pleading
prosecute: prosecute prosecutes prosecuted prosecuting prosecution prosecutions
indict: indict indicts indicted indicting indictment indictments
testify: testify testifies testified testifying testimony testimonies
lawyer: lawyer lawyers attorney attorneys
judgment: judgment judgments judgement judgements
gun: gun guns firearm firearms
weapon: weapon weapons weaponry
ammunition: ammunition ammo munitions
hostage: hostage hostages captive captives
ceasefire: ceasefire ceasefires cease-fire cease-fires truce truces
troops: troops soldier soldiers servicemen servicewomen servicemember servicemembers
    service-members
drone: drone drones uav uavs
invasion: invasion invasions invade invades invaded invading
airstrike: airstrike airstrikes air-strike air-strikes
shelling: shelling shelled bombardment bombardments
missile: missile missiles
civilian: civilian civilians noncombatant noncombatants non-combatant non-combatants
annex: annex annexes annexed annexing annexation
helicopter: helicopter helicopters chopper choppers
defence: defence defense defences defenses
separatist: separatist separatists secessionist secessionists
jihadist: jihadist jihadists jihadi jihadis
coup: coup coups putsch
overthrow: overthrow overthrows overthrew overthrown overthrowing topple topples toppled toppling
    depose deposes deposed deposing
earthquake: earthquake earthquakes quake quakes tremor tremors
flood: flood floods flooded flooding floodwaters
wildfire: wildfire wildfires bushfire bushfires brushfire brushfires forest-fire forest-fires
hurricane: hurricane hurricanes typhoon typhoons cyclone cyclones
tornado: tornado tornadoes tornados twister twisters
blizzard: blizzard blizzards snowstorm snowstorms
heatwave: heatwave heatwaves heat-wave heat-waves
mudslide: mudslide mudslides landslip landslips
drought: drought droughts
famine: famine famines
avalanche: avalanche avalanches
eruption: eruption eruptions
disaster: disaster disasters catastrophe catastrophes calamity calamities
covid: covid covid-19 covid19 coronavirus sars-cov-2
vaccine: vaccine vaccines vax vaxx vaxxed vaxed jab jabs jabbed vaccinate vaccinates vaccinated
    vaccinating vaccination vaccinations inoculate inoculates inoculated inoculating inoculation
    inoculations
    immunize immunizes immunized immunizing immunization immunizations
unvaccinated: unvaccinated unvaxxed unjabbed non-vaccinated
mask: mask masks face-mask face-masks facemask facemasks face-covering face-coverings
pandemic: pandemic pandemics
outbreak: outbreak outbreaks epidemic epidemics
disease: disease diseases illness illnesses sickness sicknesses ailment ailments
cancer: cancer cancers
obesity: obesity obese
overdose: overdose overdoses overdosed overdosing
doctor: doctor doctors physician physicians
medication: medication medications meds
flu: flu influenza
tuberculosis: tb tuberculosis
icu: icu icus intensive-care
cannabis: cannabis marijuana marihuana
vaping: e-cigarette e-cigarettes e-cig e-cigs ecigarette ecigarettes vape vapes vaping
alcohol: alcohol booze
pharma: pharma drugmaker drugmakers drug-maker drug-makers pharmaceuticals
pediatric: pediatric paediatric pediatrician pediatricians paediatrician paediatricians
anemia: anemia anaemia anemic anaemic
leukemia: leukemia leukaemia
fetus: fetus fetuses foetus foetuses fetal foetal
recession: recession recessions
debt: debt debts indebtedness
deficit: deficit deficits
loan: loan loans loaned loaning lend lends lent lending
borrow: borrow borrows borrowed borrowing borrowings
investment: investment investments invest invests invested investing
shares: shares stocks equities
stockmarket: stockmarket stockmarkets stock-market stock-markets bourse bourses
shareholder: shareholder shareholders stockholder stockholders
bankruptcy: bankruptcy bankruptcies bankrupt insolvency insolvencies insolvent
merger: merger mergers merge merges merged merging
takeover: takeover takeovers acquisition acquisitions acquire acquires acquired acquiring buyout
    buyouts
shortage: shortage shortages scarcity dearth
subsidy: subsidy subsidies subsidize subsidizes subsidized subsidizing
tax: tax taxes taxation levy levies levied
tariff: tariff tariffs
unemployment: unemployment joblessness unemployed jobless
salary: salary salaries wage wages
bailout: bailout bailouts bail-out bail-outs
company: company companies firm firms corporation corporations corp
ceo: ceo ceos chief-executive chief-executives
chairman: chairman chairmen chairwoman chairwomen chairperson chairpersons
tycoon: tycoon tycoons magnate magnates mogul moguls
rich: rich richer richest wealthy wealthier wealthiest affluent
cheap: cheap cheaper cheapest inexpensive
expensive: expensive costly costlier costliest pricey pricier
crypto: crypto cryptos cryptocurrency cryptocurrencies
startup: startup startups start-up start-ups
carmaker: carmaker carmakers car-maker car-makers automaker automakers
agriculture: agriculture farming
charity: charity charities nonprofit nonprofits non-profit non-profits ngo ngos
buy: buy buys bought buying purchase purchases purchased purchasing
spend: spend spends spent spending expenditure expenditures outlay outlays
money: money cash
fund: fund funds funded funding finance finances financed financing bankroll bankrolls bankrolled
    bankrolling
pay: pay pays paid paying compensate compensates compensated compensating
compensation: compensation payout payouts restitution
refund: refund refunds refunded refunding reimburse reimburses reimbursed reimbursing reimbursement
    reimbursements
hire: hire hires hired hiring recruit recruits recruited recruiting
sack: sacked sacking sackings
layoff: layoff layoffs lay-off lay-offs redundancy redundancies
retire: retire retires retired retirement
pension: pension pensions
worker: worker workers employee employees staffer staffers
resign: resign resigns resigned resigning resignation resignations quit quits quitting
walkout: walkout walkouts stoppage stoppages
government: government governments govt gvt gov gov't
ministry: ministry ministries department departments dept depts
president: president presidents potus prez
parliament: parliament parliaments legislature legislatures
parliamentary: parliamentary legislative
lawmaker: lawmaker lawmakers legislator legislators mp mps parliamentarian parliamentarians
    congressman congressmen congresswoman congresswomen
mayor: mayor mayors mayoral
governor: governor governors gubernatorial
councillor: councillor councillors councilor councilors councilman councilmen councilwoman
    councilwomen
spokesman: spokesman spokesmen spokeswoman spokeswomen spokesperson spokespersons spokespeople
activist: activist activists campaigner campaigners
dictator: dictator dictators autocrat autocrats despot despots tyrant tyrants
democrat: democrat democrats dem dems
republican: republican republicans gop
leftist: leftist leftists left-wing leftwing
rightwing: right-wing rightwing
coalition: coalition coalitions
campaign: campaign campaigns campaigned campaigning
elect: elect elects elected electing
reelect: re-elect re-elects re-elected re-electing re-election reelect reelects reelected
    reelecting reelection
appoint: appoint appoints appointed appointing
nominate: nominate nominates nominated nominating nomination nominations
protest: protest protests protested protesting demonstration demonstrations
protester: protester protesters protestor protestors demonstrator demonstrators
riot: riot riots rioted rioting
sanction: sanction sanctions sanctioned sanctioning
agreement: agreement agreements accord accords deal deals pact pacts treaty treaties
summit: summit summits
talks: talks negotiations negotiation negotiate negotiates negotiated negotiating
referendum: referendum referendums referenda plebiscite plebiscites
diplomat: diplomat diplomats envoy envoys
country: country countries nation nations
border: border borders frontier frontiers
law: law laws legislation statute statutes
uk: uk britain
international: international intl
migrant: migrant migrants immigrant immigrants
deport: deport deports deported deporting deportation deportations expel expels expelled expelling
    expulsion expulsions
expat: expat expats expatriate expatriates
university: university universities college colleges uni
graduate: graduate graduates graduated graduating graduation
pupil: pupil pupils schoolchildren schoolchild schoolkids
teacher: teacher teachers educator educators
headteacher: headteacher headteachers head-teacher head-teachers headmaster headmasters
    headmistress headmistresses
enrol: enrol enrols enroll enrolls enrolled enrolling enrolment enrolments enrollment enrollments
rent: rent rents rented renting rental rentals
tenant: tenant tenants renter renters
mortgage: mortgage mortgages home-loan home-loans
evict: evict evicts evicted evicting eviction evictions
homeless: homeless homelessness
homeowner: homeowner homeowners home-owner home-owners
co2: co2 carbon carbon-dioxide
emissions: emission emissions
renewable: renewable renewables
oil: oil crude petroleum
petrol: petrol gasoline
windfarm: windfarm windfarms wind-farm wind-farms
airplane: airplane airplanes aeroplane aeroplanes plane planes airliner airliners jetliner
    jetliners aircraft
highway: highway highways motorway motorways freeway freeways expressway expressways
accident: accident accidents crash crashes crashed crashing collision collisions collide collides
    collided colliding
car: car cars automobile automobiles auto autos vehicle vehicles
ev: ev evs electric-vehicle electric-vehicles
truck: truck trucks lorry lorries
railway: railway railways railroad railroads
bus: bus buses busses
driver: driver drivers motorist motorists
ship: ship ships vessel vessels
taxi: taxi taxis cab cabs
bicycle: bicycle bicycles bike bikes
motorcycle: motorcycle motorcycles motorbike motorbikes
drunkdriving: drink-driving drunk-driving dui dwi
smartphone: smartphone smartphones phone phones mobile mobiles cellphone cellphones cell-phone
    cell-phones handset handsets
app: app apps
internet: internet online web
cyberattack: cyberattack cyberattacks cyber-attack cyber-attacks
hacker: hacker hackers
ai: ai artificial-intelligence
email: email emails e-mail e-mails
website: website websites web-site web-sites
semiconductor: semiconductor semiconductors microchip microchips
tv: tv television televisions telly
newspaper: newspaper newspapers
broadcaster: broadcaster broadcasters
broadcast: broadcast broadcasts broadcasted broadcasting aired airing
journalist: journalist journalists reporter reporters correspondent correspondents
athlete: athlete athletes sportsman sportsmen sportswoman sportswomen sportsperson
championship: championship championships tournament tournaments
win: win wins won winning victory victories triumph triumphs triumphed
team: team teams squad squads
referee: referee referees umpire umpires
woman: woman women female females
man: man men male males
elderly: elderly pensioner pensioners seniors oaps retiree retirees
youth: youth youths teenager teenagers teen teens adolescent adolescents youngster youngsters
    juvenile juveniles
child: child children kid kids
baby: baby babies infant infants newborn newborns
mother: mother mothers mum mums mom moms
father: father fathers dad dads
annual: annual annually yearly
huge: huge massive enormous vast immense
double: double doubles doubled doubling
triple: triple triples tripled tripling treble trebles trebled trebling
halve: halve halves halved halving
quadruple: quadruple quadruples quadrupled quadrupling
increase: increase increases increased increasing rise rises rose risen rising boost boosts boosted
    boosting hike hikes hiked
surge: surge surges surged surging soar soars soared soaring skyrocket skyrockets skyrocketed
    skyrocketing spike spikes spiked spiking
decrease: decrease decreases decreased decreasing reduce reduces reduced reducing reduction
    reductions cut cuts cutting slash slashes slashed slashing fall falls fell fallen falling drop
    drops dropped dropping
plunge: plunge plunges plunged plunging plummet plummets plummeted plummeting tumble tumbles
    tumbled tumbling
curb: curb curbs curbed curbing restrict restricts restricted restricting restriction restrictions
    curtail curtails curtailed curtailing limit limits
ban: ban bans banned banning prohibit prohibits prohibited prohibiting prohibition outlaw outlaws
    outlawed outlawing
allow: allow allows allowed allowing permit permits permitted permitting authorize authorizes
    authorized authorizing
abolish: abolish abolishes abolished abolishing abolition repeal repeals repealed repealing
cancel: cancel cancels cancelled canceled cancelling canceling cancellation cancellations scrap
    scraps scrapped scrapping axe axes axed axing ditched ditching
delay: delay delays delayed delaying postpone postpones postponed postponing postponement
launch: launch launches launched launching introduce introduces introduced introducing unveil
    unveils unveiled unveiling rollout rollouts roll-out roll-outs
reveal: reveal reveals revealed disclose discloses disclosed disclosing disclosure disclosures
lie: lie lies lied falsehood falsehoods untruth untruths
mislead: mislead misleads misled misleading deceive deceives deceived deceiving deception deceptive
reject: reject rejects rejected rejecting rebuff rebuffs rebuffed rebuffing spurn spurns spurned
    spurning
criticize: criticize criticizes criticized criticizing criticism criticisms slam slams slammed
    slamming lambast lambasts lambasted lambasting lambaste lambastes
condemn: condemn condemns condemned condemning condemnation denounce denounces denounced denouncing
    denunciation
praise: praise praises praised praising laud lauds lauded lauding
promise: promise promises promised pledge pledges pledged pledging vow vows vowed vowing
accuse: accuse accuses accused accusing accusation accusations allege alleges alleged alleging
    allegation allegations
apologize: apologize apologizes apologized apologizing apology apologies
begin: begin begins began begun start starts started starting commence commences commenced
    commencing
halt: halt halts halted halting cease ceases ceased ceasing
build: build builds built construct constructs constructed constructing
destroy: destroy destroys destroyed destroying destruction raze razes razed razing
worsen: worsen worsens worsened worsening deteriorate deteriorates deteriorated deteriorating
exceed: exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing
predict: predict predicts predicted predicting prediction predictions forecast forecasts forecasted
    forecasting
marry: marry marries married marrying wed weds wedded
seize: seize seizes seized seizing confiscate confiscates confiscated confiscating confiscation
program: program programs programme programmes
centre: centre centres center centers
licence: licence licences license licenses
ageing: ageing aging
traveller: traveller travellers traveler travelers
fuel: fuelled fueled fuelling fueling
sceptic: sceptic sceptics skeptic skeptics sceptical skeptical scepticism skepticism
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
            if _AMERICAN.search(word):
                # "authorized" and "authorised": both spellings
                mapping.setdefault(_AMERICAN.sub(r"is\1", word), "=" + group)
    return mapping


_AMERICAN = re.compile(r"iz(e|es|ed|ing|ation|ations)$")

# Words of opposite sense that news writes of the same thing, and the groups of them not above:
# a claim that people fled and one that they returned, that a truce collapsed and that it was
# extended, that a team qualified and that it missed out, cannot both be the claim checked.
_OPPOSITE_GROUPS = """
return: return returns returned returning homecoming
collapse: collapse collapses collapsed collapsing
extend: extend extends extended extending extension prolong prolongs prolonged renew renewed
open: open opens opened opening reopen reopens reopened reopening
miss: miss misses missed missing
qualify: qualify qualifies qualified qualifying
overtake: overtake overtakes overtook overtaken overtaking outpace outpaced eclipse eclipsed
trail: trail trails trailed trailing lag lags lagged lagging
gain: gain gains gained gaining
surplus: surplus surpluses
strengthen: strengthen strengthens strengthened strengthening
weaken: weaken weakens weakened weakening
high: high higher highest
create: create creates created creating
low: low lower lowest
""".strip()
_OPPOSITE_PAIRS = (
    ("flee", "return"),
    ("collapse", "extend"),
    ("open", "close"),
    ("win", "miss"),
    ("qualify", "miss"),
    ("overtake", "trail"),
    ("exceed", "trail"),
    ("acquit", "convict"),
    ("acquit", "jail"),
    ("allow", "ban"),
    ("buy", "sell"),
    ("gain", "lose"),
    ("surplus", "deficit"),
    ("strengthen", "weaken"),
    ("high", "low"),
    ("create", "lose"),
    ("create", "cut"),
    ("create", "destroy"),
    ("increase", "decrease"),
    ("approve", "reject"),
)
SYNONYMS = _synonyms(_GROUPS + "\n" + _MORE_GROUPS + "\n" + _OPPOSITE_GROUPS)
# each group's opposites, as the concepts analysis gives them ("=flee": {"=return"})
OPPOSITES = opposites_of(_OPPOSITE_PAIRS, prefix="=")
