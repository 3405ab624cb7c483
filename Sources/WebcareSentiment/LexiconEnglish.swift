// English sentiment lexicon for webcare, written for this project.
// One entry per line: the word or phrase in lowercase, a TAB, then its valence from -4.0 (very negative) to +4.0 (very positive).
let englishLexiconSource = """
outage	-2.0
outages	-2.0
blackout	-2.0
blackouts	-2.0
power cut	-2.0
power cuts	-2.0
power outage	-2.0
downtime	-1.5
downtimes	-1.5
network down	-1.5
service down	-1.5
site down	-1.5
down	-1.2
offline	-1.0
unreachable	-1.8
unresponsive	-1.8
no signal	-1.8
no internet	-1.8
no service	-1.8
no connection	-1.8
no wifi	-1.8
no coverage	-1.8
no dial tone	-1.8
unavailable	-1.3
temporarily unavailable	-1.3
disconnected	-1.5
disconnects	-1.5
disconnect	-1.5
disconnection	-1.5
disconnections	-1.5
disconnecting	-1.5
dropped	-1.4
dropping	-1.4
dropout	-1.4
dropouts	-1.4
dropped calls	-1.4
dropped call	-1.4
interrupted	-1.6
interruption	-1.6
interruptions	-1.6
interrupting	-1.6
disrupted	-1.6
disruption	-1.6
disruptions	-1.6
disrupting	-1.6
disruptive	-1.6
intermittent	-1.3
intermittently	-1.3
unstable	-1.7
instability	-1.7
unreliable	-1.7
unreliability	-1.7
slow	-1.3
slowness	-1.3
slowly	-1.0
slower	-1.4
slowest	-1.9
sluggish	-1.6
sluggishness	-1.6
laggy	-1.8
lagging	-1.8
lag	-1.3
lags	-1.3
lagged	-1.3
glitchy	-1.8
glitching	-1.8
glitch	-1.5
glitches	-1.5
glitched	-1.5
buggy	-1.9
bug-ridden	-1.9
bug	-1.2
bugs	-1.2
bugged	-1.5
crash	-2.0
crashes	-2.0
crashed	-2.0
crashing	-2.0
keeps crashing	-2.0
freezes	-1.6
froze	-1.6
freezing up	-1.6
frozen screen	-1.6
broken	-2.0
breakdown	-2.0
breakdowns	-2.0
broken down	-2.0
breakage	-1.5
breaks down	-1.5
malfunction	-1.8
malfunctions	-1.8
malfunctioned	-1.8
malfunctioning	-1.8
faulty	-1.9
fault	-1.5
faults	-1.5
defect	-2.0
defects	-2.0
defective	-2.2
error	-1.5
errors	-1.5
erroneous	-1.5
error message	-1.5
error messages	-1.5
timeout	-1.4
timeouts	-1.4
timed out	-1.4
spotty	-1.5
flaky	-1.5
flakey	-1.5
patchy	-1.5
throttled	-1.3
throttling	-1.3
throttle	-1.3
throttles	-1.3
buffering	-1.2
unusable	-2.5
useless	-2.5
uselessness	-2.5
inoperable	-2.0
nonfunctional	-2.0
non-functional	-2.0
non functional	-2.0
inoperative	-2.0
dead	-1.8
corrupt	-2.2
corrupted	-2.2
outdated	-1.0
obsolete	-1.0
out of date	-1.0
dead zone	-1.5
dead spot	-1.5
no bars	-1.5
not working	-2.2
stopped working	-2.2
does not work	-2.2
doesn't work	-2.2
doesnt work	-2.2
dont work	-2.2
don't work	-2.2
do not work	-2.2
won't work	-2.2
wont work	-2.2
will not work	-2.2
never works	-2.2
still broken	-2.2
still down	-2.2
didn't work	-2.0
didnt work	-2.0
did not work	-2.0
doesn't load	-2.0
won't load	-2.0
wont load	-2.0
not loading	-2.0
will not load	-2.0
can't log in	-2.0
cant log in	-2.0
can't login	-2.0
cant login	-2.0
unable to log in	-2.0
unable to login	-2.0
locked out	-2.0
keeps freezing	-2.0
keeps dropping	-2.0
keeps disconnecting	-2.0
keeps cutting out	-2.0
cutting out	-1.6
cuts out	-1.6
cut out	-1.6
unable to	-1.2
works fine	1.5
working fine	1.5
working now	1.5
still not	-1.5
delayed	-1.8
delay	-1.5
delays	-1.5
delaying	-1.5
late	-1.2
lateness	-1.2
lost	-2.0
lost parcel	-2.0
lost package	-2.0
lost my parcel	-2.0
lost my package	-2.0
lost my order	-2.0
damaged	-2.2
damaging	-2.2
damage	-2.0
damages	-1.8
missing	-1.5
missing items	-1.5
missing item	-1.5
missing parts	-1.5
overdue	-1.4
misdelivered	-1.6
misrouted	-1.6
misplaced	-1.6
mislaid	-1.6
undelivered	-1.6
wrong address	-1.6
undeliverable	-1.5
stolen	-2.2
theft	-2.5
dented	-1.5
scratched	-1.5
cracked	-1.5
torn	-1.5
ripped	-1.5
leaking	-1.5
leaky	-1.5
crushed	-1.9
smashed	-1.9
shattered	-2.0
leaked	-1.3
stained	-1.3
expired	-1.3
dirty	-1.8
spoiled	-1.8
spoilt	-1.8
soiled	-1.8
filthy	-2.5
rotten	-2.5
moldy	-2.5
mouldy	-2.5
stale	-1.5
wrong	-1.8
wrongly	-1.8
incorrect	-1.5
incorrectly	-1.5
mistake	-1.5
mistakes	-1.5
mistaken	-1.2
mistakenly	-1.2
mix-up	-1.4
mixup	-1.4
mix up	-1.4
mix-ups	-1.4
mixups	-1.4
blunder	-2.0
blunders	-2.0
botched	-2.0
botch	-2.0
bungled	-2.0
backordered	-1.0
back ordered	-1.0
out of stock	-1.0
backorder	-1.0
sold out	-0.8
incomplete	-1.2
never arrived	-2.5
never received	-2.5
never delivered	-2.5
never showed up	-2.5
never turned up	-2.5
never came	-2.5
hasn't arrived	-2.0
hasnt arrived	-2.0
has not arrived	-2.0
not arrived	-2.0
not received	-2.0
not delivered	-2.0
still not arrived	-2.0
still not received	-2.0
still no sign	-2.0
wrong item	-2.3
wrong order	-2.3
wrong size	-2.3
wrong product	-2.3
left outside	-2.0
thrown over the fence	-2.0
left in the rain	-2.0
missed delivery	-1.6
failed delivery	-1.6
delivery failed	-1.6
arrived damaged	-2.4
arrived broken	-2.4
arrived late	-2.4
fast	1.5
faster	1.5
speedy	1.5
swift	1.2
swiftly	1.5
fastest	2.0
quick	1.3
quicker	1.3
quickest	1.8
quickly	1.0
prompt	1.2
promptly	1.6
punctual	1.6
punctually	1.6
timely	1.5
on time	1.5
on schedule	1.5
ahead of schedule	1.5
intact	1.0
undamaged	1.0
arrived safely	1.0
arrived intact	1.0
arrived early	2.0
next day delivery	2.0
arrived on time	2.0
delivered on time	2.0
well packaged	1.8
well packed	1.8
nicely packaged	1.8
carefully packaged	1.8
overcharged	-2.6
overcharging	-2.6
overbilled	-2.6
overbilling	-2.6
overcharge	-2.3
overcharges	-2.3
double charged	-2.5
charged twice	-2.5
billed twice	-2.5
double billed	-2.5
charged me twice	-2.5
double charge	-2.5
hidden fees	-2.0
hidden charges	-2.0
hidden costs	-2.0
surprise charges	-2.0
unexpected charges	-2.0
billing error	-1.8
billing errors	-1.8
wrong bill	-1.8
incorrect bill	-1.8
billing mistake	-1.8
extra charges	-1.8
fees	-0.8
fee	-0.8
surcharge	-1.2
surcharges	-1.2
penalty	-1.5
penalties	-1.5
overpriced	-2.0
overpricing	-2.0
pricey	-0.8
pricy	-0.8
expensive	-1.2
costly	-1.3
exorbitant	-2.4
extortionate	-2.8
daylight robbery	-2.8
extortion	-3.0
overpay	-1.5
overpaid	-1.5
overpaying	-1.5
price hike	-1.4
price hikes	-1.4
price increase	-1.4
price increases	-1.4
hiked	-1.4
unauthorized	-2.0
unauthorised	-2.0
unauthorized charge	-2.0
unauthorised charge	-2.0
fraud	-3.0
frauds	-3.0
fraudulent	-3.0
fraudulently	-3.0
fraudster	-3.3
fraudsters	-3.3
debt	-1.0
arrears	-1.0
refused	-1.8
refusal	-1.8
refusals	-1.8
refuse	-1.5
refuses	-1.5
refusing	-1.5
refused a refund	-2.5
refused to refund	-2.5
refused my refund	-2.5
no refund	-2.5
still no refund	-2.5
waiting for a refund	-2.5
waiting for my refund	-2.5
refund	0.3
refunds	0.3
refunded	1.2
full refund	0.6
money back	-0.3
got my money back	1.2
refunding	0.6
reimbursed	1.2
compensated	1.2
reimbursement	0.6
reimburse	0.6
reimbursements	0.6
compensation	0.8
compensating	0.8
compensate	0.6
credited	1.0
goodwill	1.5
goodwill gesture	1.5
gesture of goodwill	1.5
voucher	0.8
vouchers	0.8
coupon	0.8
coupons	0.8
discount	1.2
discounts	1.2
discounted	1.2
bargain	1.8
bargains	1.8
free	0.8
free of charge	0.8
freebie	1.2
freebies	1.2
complimentary	1.2
bonus	1.5
bonuses	1.5
affordable	1.5
affordably	1.5
reasonably priced	1.5
fair price	1.5
fairly priced	1.5
good price	1.5
great price	1.5
inexpensive	1.0
good value	2.0
great value	2.0
value for money	2.0
good deal	2.0
great deal	2.0
excellent value	2.0
worth it	2.0
worth every penny	2.0
well worth it	2.0
best value	2.5
best deal	2.5
amazing value	2.5
incredible value	2.5
bang for your buck	2.5
bang for the buck	2.5
poor value	-2.0
bad value	-2.0
terrible value	-2.0
not worth it	-2.0
not worth the money	-2.0
overpriced rubbish	-2.0
worthwhile	1.8
cheaply	-0.8
on hold	-1.5
put on hold	-1.5
hold music	-1.0
hours on hold	-2.5
on hold for hours	-2.5
on hold for ages	-2.5
waiting for ages	-2.5
waited for ages	-2.5
waiting for hours	-2.5
waited for hours	-2.5
waited hours	-2.5
waited weeks	-2.5
waiting weeks	-2.5
waited days	-2.5
queue	-0.6
queued	-0.6
queues	-0.8
queuing	-0.8
queueing	-0.8
waits	-0.8
waited	-1.0
waiting	-0.7
still waiting	-2.0
kept waiting	-2.0
left waiting	-2.0
keep waiting	-2.0
no reply	-2.0
no response	-2.0
no callback	-2.0
no call back	-2.0
no feedback	-2.0
no follow up	-2.0
no follow-up	-2.0
no answer	-1.8
no contact	-1.8
no communication	-1.8
no update	-1.5
no updates	-1.5
no news	-1.0
no word	-1.5
never called back	-2.5
never call back	-2.5
never replied	-2.5
never responded	-2.5
never got back to me	-2.5
never heard back	-2.5
never heard anything	-2.5
no one answers	-2.2
nobody answers	-2.2
no one called	-2.2
nobody called back	-2.2
no one responded	-2.2
nobody responded	-2.2
ignored	-2.2
ignoring me	-2.2
being ignored	-2.2
ignoring	-2.0
ignores	-2.0
ignore	-1.2
unanswered	-1.8
ghosted	-2.3
ghosting	-2.0
stonewalled	-2.3
stonewalling	-2.3
stonewall	-2.3
fobbed off	-2.3
fob off	-2.3
fobbing off	-2.3
brushed off	-2.0
brush off	-2.0
brush-off	-2.0
hung up on me	-2.8
hang up on me	-2.8
cut me off	-2.8
hung up	-1.8
cut off	-1.5
passed around	-2.0
transferred again	-2.0
transferred around	-2.0
bounced around	-2.0
shunted around	-2.0
passed from pillar to post	-2.3
pillar to post	-2.3
from department to department	-2.3
runaround	-2.2
run-around	-2.2
the run around	-2.2
giving me the run around	-2.2
endless loop	-2.0
going round in circles	-2.0
round in circles	-2.0
going around in circles	-2.0
in circles	-2.0
took forever	-2.0
takes forever	-2.0
taking forever	-2.0
waste of time	-2.8
waste of my time	-2.8
wasted my time	-2.8
wasting my time	-2.8
waste of money	-3.0
waste of my money	-3.0
wasted my money	-3.0
complete waste	-3.0
wasted	-2.0
wasting	-2.0
waste	-1.8
wastes	-1.8
wasteful	-1.8
responsive	1.5
responsiveness	1.5
quick response	2.0
fast response	2.0
quick reply	2.0
fast reply	2.0
quick to respond	2.0
replied quickly	2.0
responded quickly	2.0
helpful	2.0
helped me	2.0
helped me out	2.0
unhelpful	-2.0
not helpful	-2.0
no help	-2.0
helpfulness	1.8
friendly	2.0
friendlier	2.0
friendliest	2.5
friendliness	1.8
unfriendly	-1.8
rude	-2.5
ruder	-2.5
rudely	-2.5
rudeness	-2.5
rudest	-3.0
incompetent	-2.8
incompetence	-2.8
incompetently	-2.6
clueless	-2.2
dismissive	-2.2
dismissively	-2.0
dismissed	-2.0
condescending	-2.4
condescendingly	-2.4
patronizing	-2.2
patronising	-2.2
patronised	-2.2
patronized	-2.2
arrogant	-2.3
arrogance	-2.3
arrogantly	-2.3
impolite	-2.0
discourteous	-2.0
polite	1.8
courteous	1.8
politely	1.5
courtesy	1.5
courteously	1.5
politeness	1.6
professional	1.8
professionally	1.6
professionalism	2.0
unprofessional	-2.5
unprofessionally	-2.4
knowledgeable	2.0
knowledgable	2.0
well informed	2.0
well-informed	2.0
ignorant	-2.0
uninformed	-1.5
misinformed	-1.6
misinformation	-1.8
misleading	-2.3
misled	-2.3
misleadingly	-2.3
mislead	-2.0
misleads	-2.0
lied	-2.8
lied to me	-2.8
lied to	-2.8
lie	-2.2
lies	-2.2
lying	-2.6
liar	-3.0
liars	-3.0
dishonest	-2.8
dishonesty	-2.8
dishonestly	-2.8
honest	1.8
honesty	1.8
transparent	1.5
transparency	1.5
patient	1.6
patiently	1.4
patience	1.4
impatient	-1.4
impatiently	-1.4
attentive	1.8
attentively	1.8
inattentive	-1.6
caring	2.0
cares	2.0
uncaring	-2.2
couldn't care less	-2.2
could not care less	-2.2
don't care	-2.2
dont care	-2.2
doesn't care	-2.2
doesnt care	-2.2
do not care	-2.2
careless	-1.9
carelessly	-1.9
carelessness	-2.0
empathetic	2.0
empathic	2.0
empathy	1.6
sympathetic	1.6
compassion	1.6
compassionate	2.0
apathetic	-1.8
apathy	-1.8
indifferent	-1.4
indifference	-1.6
lazy	-2.0
laziness	-2.0
lazily	-2.0
competent	1.6
competently	1.6
competence	1.4
efficient	1.9
efficiently	1.7
efficiency	1.4
inefficient	-1.9
inefficiency	-1.9
inefficiently	-1.9
supportive	1.9
accommodating	1.8
obliging	1.5
cooperative	1.4
uncooperative	-1.8
reassuring	1.8
reassured	1.6
reassurance	1.4
hostile	-2.5
hostility	-2.5
aggressive	-2.0
aggressively	-2.0
aggression	-2.0
abusive	-3.0
abuse	-3.0
abused	-3.0
verbal abuse	-2.8
verbally abused	-2.8
threatening	-2.4
threatened	-2.2
threat	-2.0
threats	-2.0
threaten	-2.0
threatens	-2.0
bully	-2.6
bullies	-2.6
bullied	-2.6
bullying	-2.8
harassed	-2.8
harassing	-2.8
harassment	-3.0
harass	-2.6
intimidating	-2.0
intimidated	-2.0
intimidation	-2.4
pushy	-1.8
sarcastic	-1.4
sarcasm	-1.4
snarky	-1.5
snotty	-2.0
snooty	-2.0
snobbish	-2.0
snobby	-2.0
smug	-1.6
cocky	-1.5
obnoxious	-2.5
obnoxiously	-2.5
unpleasant	-2.0
unpleasantly	-2.0
pleasant	2.0
pleasantly	1.8
nasty	-2.6
nastier	-2.6
nastiest	-3.0
grumpy	-1.5
moody	-1.2
surly	-1.9
curt	-1.3
curtly	-1.3
brusque	-1.3
abrupt	-1.0
abruptly	-1.0
stroppy	-1.6
legend	2.0
legends	2.0
hero	2.4
heroes	2.4
superstar	2.5
superstars	2.5
rockstar	2.3
rock star	2.3
rockstars	2.3
angel	2.3
angels	2.3
lifesaver	2.8
lifesavers	2.8
life saver	2.8
life savers	2.8
gem	2.2
gems	2.2
absolute gem	2.2
champ	1.8
champion	1.8
mvp	2.0
saint	2.0
sorry	-0.5
apology	0.5
apologised	0.5
apologized	0.5
apologies	0.3
apologise	0.3
apologize	0.3
apologetic	0.8
no apology	-2.0
not even an apology	-2.0
not even a sorry	-2.0
no accountability	-2.2
nobody takes responsibility	-2.2
no one takes responsibility	-2.2
scripted	-1.5
reading from a script	-1.5
copy and paste	-0.8
copy paste	-0.8
canned response	-1.5
automated reply	-1.5
untrained	-1.8
poorly trained	-1.8
badly trained	-1.8
well trained	2.0
well-trained	2.0
understaffed	-1.0
short staffed	-1.0
short-staffed	-1.0
customer service nightmare	-2.0
intuitive	2.0
intuitively	2.0
user-friendly	2.2
user friendly	2.2
easy to use	2.2
simple to use	2.2
easy to navigate	2.2
hard to use	-1.8
difficult to use	-1.8
hard to navigate	-1.8
not user friendly	-1.8
seamless	2.2
seamlessly	2.0
smooth	1.8
smoother	1.8
smoothly	1.8
smoothest	2.2
clunky	-1.7
cumbersome	-1.6
confusing	-1.8
convoluted	-1.8
confusingly	-1.8
confused	-1.3
complicated	-1.3
confuses	-1.4
confusion	-1.5
overcomplicated	-1.8
over-complicated	-1.8
unintuitive	-1.8
counterintuitive	-1.3
counter-intuitive	-1.3
bloated	-1.5
bloatware	-1.8
spammy	-1.8
spamming	-1.8
spammed	-1.8
spam	-1.6
annoying	-2.0
annoyed	-2.0
annoyingly	-1.8
annoys	-1.8
annoyance	-1.6
annoyances	-1.6
annoy	-1.6
irritating	-2.0
irritated	-2.0
irritation	-1.8
irritates	-1.8
irritate	-1.5
frustrating	-2.2
frustrated	-2.2
frustration	-2.0
frustrations	-2.0
frustrates	-2.0
frustratingly	-2.0
frustrate	-1.8
infuriating	-2.8
infuriated	-2.8
infuriates	-2.6
infuriate	-2.5
maddening	-2.5
exasperating	-2.4
exasperated	-2.3
exasperation	-2.2
aggravating	-2.2
aggravated	-2.0
aggravation	-2.0
nightmare	-2.8
nightmarish	-2.8
nightmares	-2.6
headache	-1.7
headaches	-1.7
hassle	-1.7
hassles	-1.7
hassled	-1.6
hassle-free	2.0
hassle free	2.0
no hassle	2.0
stress-free	2.0
stress free	2.0
pain-free	2.0
trouble-free	2.0
trouble free	2.0
pain	-1.6
pains	-1.6
painful	-2.0
painfully	-1.8
painless	1.6
painlessly	1.6
effortless	2.0
effortlessly	1.9
easy	1.6
easier	1.6
easiest	1.8
easily	1.3
difficult	-1.4
difficulty	-1.4
difficulties	-1.5
tricky	-0.8
awkward	-1.2
awkwardly	-1.0
tedious	-1.7
tediously	-1.6
laborious	-1.4
time-consuming	-1.2
time consuming	-1.2
inconvenient	-1.6
inconvenience	-1.6
inconveniences	-1.6
inconvenienced	-1.7
convenient	1.6
convenience	1.4
conveniently	1.2
handy	1.5
useful	1.8
usefulness	1.5
practical	1.0
reliable	1.9
dependable	1.9
reliably	1.6
reliability	1.5
stable	1.0
robust	1.6
solid	1.6
sturdy	1.6
flimsy	-1.8
fragile	-1.0
shoddy	-2.4
shoddily	-2.2
sloppy	-2.0
sloppily	-1.9
slapdash	-1.9
half-baked	-1.9
half baked	-1.9
amateurish	-2.0
amateur	-1.0
subpar	-1.9
sub-par	-1.9
inferior	-1.9
substandard	-2.0
sub-standard	-2.0
mediocre	-1.5
mediocrity	-1.6
so-so	-0.6
so so	-0.6
lackluster	-1.4
lacklustre	-1.4
unimpressive	-1.4
underwhelming	-1.6
underwhelmed	-1.6
unimpressed	-1.7
impressed	2.2
impressive	2.5
impressively	2.2
unremarkable	-0.7
bland	-1.2
uninspired	-1.2
uninspiring	-1.3
boring	-1.6
tiresome	-1.6
bored	-1.4
dull	-1.4
cancel	-0.8
cancels	-0.8
cancelled	-1.0
canceled	-1.0
cancelling	-0.9
canceling	-0.9
cancellation	-0.9
cancellations	-0.9
locked in	-1.5
locked into	-1.5
stuck in a contract	-1.5
stuck with	-1.5
tied in	-1.2
tied into	-1.2
early termination fee	-2.0
termination fee	-2.0
exit fee	-2.0
cancellation fee	-2.0
cancellation fees	-2.0
terminate	-0.8
terminated	-1.2
termination	-0.8
taking my business elsewhere	-2.5
take my business elsewhere	-2.5
going elsewhere	-2.5
switching providers	-2.0
cancel my subscription	-1.5
cancel my account	-1.5
close my account	-1.5
closing my account	-1.5
cancel my contract	-1.8
cancelling my contract	-1.8
canceling my contract	-1.8
cancelling my subscription	-1.8
canceling my subscription	-1.8
unsubscribe	-0.8
unsubscribed	-0.8
loyal	1.5
loyalty	1.3
no loyalty	-2.2
loyalty means nothing	-2.2
punished for being loyal	-2.2
loyalty penalty	-2.2
high quality	2.2
high-quality	2.2
top quality	2.6
top-quality	2.6
top notch	2.6
top-notch	2.6
first class	2.6
first-class	2.6
first rate	2.6
first-rate	2.6
world class	2.6
world-class	2.6
poor quality	-2.4
poor-quality	-2.4
low quality	-2.0
low-quality	-2.0
bad quality	-2.2
good quality	1.9
great quality	2.8
excellent quality	2.8
amazing quality	2.8
flawless	2.8
flawlessly	2.6
flaw	-1.4
flaws	-1.4
flawed	-1.8
perfect	3.0
perfection	3.0
perfectly	2.2
imperfect	-0.9
imperfection	-0.9
imperfections	-0.9
premium	0.8
durable	1.6
durability	1.2
well-made	2.0
well made	2.0
well built	1.8
well-built	1.8
badly made	-2.2
poorly made	-2.2
cheaply made	-2.0
falls apart	-2.4
fell apart	-2.4
falling apart	-2.4
dead on arrival	-2.8
doa	-2.5
broke after	-2.0
excellent	3.0
excellence	3.0
excellently	2.8
fantastic	3.3
fantastically	3.0
great	2.8
greatest	3.1
amazing	3.2
amazingly	3.0
amazed	2.8
awesome	3.1
awesomeness	3.0
awesomely	2.9
wonderful	3.1
wonderfully	2.9
brilliant	3.1
brilliantly	2.9
brilliance	2.8
superb	3.2
outstanding	3.2
phenomenal	3.2
superbly	3.0
outstandingly	3.0
phenomenally	3.0
marvelous	3.0
marvellous	3.0
terrific	3.0
stellar	3.0
spectacular	3.0
sublime	3.0
exceptional	3.0
sensational	3.0
fabulous	3.0
incredible	3.0
breathtaking	3.0
masterpiece	3.0
impeccable	3.0
marvelously	2.8
marvellously	2.8
splendid	2.8
exquisite	2.8
stunning	2.8
gorgeous	2.8
masterful	2.8
impeccably	2.8
faultless	2.8
exemplary	2.8
mindblowing	2.8
mind-blowing	2.8
magnificent	3.1
magnificently	2.9
exquisitely	2.9
beautiful	2.7
masterfully	2.7
fabulously	2.7
legendary	2.7
extraordinary	2.7
beautifully	2.6
extraordinarily	2.6
beauty	2.2
beauties	2.0
lovely	2.5
loveliest	2.8
love	2.8
loves	2.6
loved	2.7
loving	2.5
adore	2.9
adores	2.8
adored	2.8
adoring	2.5
adorable	2.6
liked	1.5
likes	1.2
liking	1.2
likeable	1.6
likable	1.6
enjoy	2.0
enjoyed	2.0
enjoying	2.0
enjoyable	2.0
enjoys	1.9
enjoyment	1.8
pleased	2.2
pleasure	2.2
pleasing	2.0
pleasures	2.0
pleasurable	2.0
delighted	2.9
delight	2.6
delightful	2.8
delightfully	2.6
delights	2.4
happy	2.6
happier	2.5
happiest	3.0
happily	2.2
happiness	2.7
glad	2.0
gladly	1.8
joy	2.8
joyful	2.8
joyous	2.8
joys	2.5
joyfully	2.5
cheerful	2.2
cheery	2.0
cheers	1.0
satisfied	2.0
satisfying	2.0
satisfaction	2.0
satisfactory	1.2
satisfactorily	1.2
satisfy	1.3
satisfies	1.5
contented	1.6
thrilled	3.0
thrilling	2.6
thrill	2.3
excited	2.4
exciting	2.3
excitement	2.2
excite	1.8
ecstatic	3.3
elated	3.1
euphoric	3.0
jubilant	3.0
overjoyed	3.2
grateful	2.4
gratefully	2.1
gratitude	2.3
thankful	2.3
thanks	1.8
thank	1.8
thanked	1.5
thanking	1.6
thankfully	1.6
appreciate	2.0
appreciates	2.0
appreciation	2.0
appreciative	2.0
appreciated	2.2
appreciating	1.9
recommend	1.6
recommends	1.6
recommending	1.6
recommended	1.8
recommendation	1.2
recommendations	1.0
good	1.9
better	1.8
best	3.0
nice	1.8
nicer	1.8
nicest	2.2
nicely	1.6
fine	0.8
okay	0.9
ok	0.9
alright	0.9
okey	0.8
okey dokey	0.8
all right	0.8
decent	1.3
decently	1.2
fair	1.0
fairness	1.5
reasonable	1.3
acceptable	0.9
adequate	0.6
sufficient	0.6
correct	0.8
correctly	0.8
accurate	1.2
accurately	1.0
accuracy	1.0
clarity	1.0
crystal clear	1.8
clean	1.3
tidy	1.3
cleanest	1.8
spotless	2.3
neat	1.6
neatly	1.3
immaculate	2.6
pristine	2.2
fresh	1.2
freshest	1.8
refreshing	2.0
refreshed	1.6
refreshingly	1.8
tasty	2.0
delicious	2.8
yummy	2.4
scrumptious	2.6
flavorful	1.8
flavourful	1.8
mouthwatering	2.3
mouth-watering	2.3
comfortable	1.8
comfy	1.8
cozy	1.8
cosy	1.8
comfortably	1.5
safe	1.4
safely	1.2
safety	1.0
secure	1.3
securely	1.1
healthy	1.6
healthier	1.5
strong	1.0
strength	1.4
strengths	1.4
stronger	1.2
strongest	1.5
win	2.2
wins	2.2
winning	2.2
winner	2.4
winners	2.3
victory	2.5
victories	2.3
victorious	2.6
triumph	2.8
triumphant	2.8
triumphs	2.6
success	2.4
successes	2.2
successful	2.3
successfully	2.0
succeed	2.0
succeeds	2.0
succeeded	2.1
succeeding	1.9
achievement	2.0
achievements	2.0
accomplished	2.0
accomplishment	2.0
achieve	1.5
achieved	1.8
accomplish	1.6
progress	1.2
improve	1.4
improved	1.8
improves	1.6
improvement	1.6
improving	1.5
improvements	1.5
upgrade	0.8
upgraded	1.0
upgrades	1.0
benefit	1.0
advantage	1.5
benefits	1.0
advantages	1.4
beneficial	1.8
advantageous	1.6
upside	1.3
gift	1.2
gifts	1.6
blessing	2.4
blessed	2.5
blessings	2.3
bless	2.0
lucky	2.2
luckily	1.8
fortunately	1.8
luck	1.0
fortunate	2.0
hope	1.0
hopes	1.3
hopeful	1.8
hopefully	1.2
hoping	0.6
trust	1.6
trusted	1.8
trustworthy	2.2
trusting	1.4
trusts	1.5
trustworthiness	2.0
confident	1.9
confidence	1.7
confidently	1.7
proud	2.2
pride	1.8
proudly	2.0
brave	2.2
bravery	2.2
courage	2.2
courageous	2.4
generous	2.4
generosity	2.4
generously	2.2
kindness	2.4
kindest	2.4
kindhearted	2.4
kind-hearted	2.4
kinder	1.8
kindly	1.2
considerate	2.0
thoughtful	2.1
thoughtfully	1.8
gentle	1.6
gently	1.3
gentleman	1.6
sweet	2.0
sweetest	2.4
sweetheart	2.2
sweetie	1.8
darling	1.8
lovable	2.3
charming	2.3
charm	1.9
charmed	1.8
wholesome	2.2
fun	2.2
funny	1.0
funnier	1.6
funniest	2.2
hilarious	2.4
hilariously	2.1
amusing	1.8
amused	1.6
entertaining	2.0
entertained	1.8
laugh	1.6
laughs	1.5
laughed	1.4
laughing	1.4
laughter	2.0
smile	1.8
smiles	1.8
smiled	1.7
smiling	1.9
grin	1.5
grinning	1.6
cool	1.3
coolest	2.3
epic	2.5
dope	1.6
fab	2.4
fave	1.8
favorite	2.0
favourite	2.0
favorites	1.8
favourites	1.8
faves	1.6
astonishing	2.4
astounding	2.5
remarkable	2.4
wow	2.2
wowed	2.5
yay	2.2
yayy	2.3
woohoo	2.5
hooray	2.5
hurray	2.5
woot	2.0
yippee	2.4
bravo	2.6
congratulations	2.6
congrats	2.4
congratulate	2.0
congratulated	1.8
kudos	2.2
props	1.6
hats off	2.4
shout out	1.5
shoutout	1.5
ideal	2.2
optimal	1.8
superior	2.0
luxurious	2.3
luxury	1.8
elegant	2.2
elegance	2.0
stylish	2.0
classy	2.0
sleek	1.8
polished	1.8
slick	1.4
refined	1.6
sophisticated	1.6
valuable	2.0
invaluable	2.8
priceless	2.6
precious	2.2
treasure	2.2
treasured	2.3
genuine	1.8
sincere	1.8
sincerity	1.8
authentic	1.6
sincerely	1.2
welcome	1.0
welcomed	1.8
welcoming	2.1
warm	0.8
warmly	1.6
warmth	1.8
warmest	1.8
calm	1.4
calming	1.6
calmly	1.3
relaxed	1.8
relaxation	1.8
peace	1.8
soothing	1.8
relaxing	2.0
peaceful	2.0
serene	2.0
relax	1.2
tranquil	1.9
relief	1.8
relieved	2.0
relieving	1.5
rescue	1.4
rescued	1.8
saved	1.0
savings	1.2
saved the day	2.8
saved my day	2.8
saved me	2.0
sorted	1.6
thrive	2.0
thrives	2.0
thrived	1.9
thriving	2.1
flourishing	2.1
flourish	2.0
prosperous	2.0
prosper	1.9
excel	2.2
excels	2.3
excelled	2.3
shine	1.6
shines	1.9
shone	1.7
shining	1.8
sparkle	1.7
sparkling	1.9
glowing	1.9
radiant	2.2
vibrant	1.8
lively	1.6
energetic	1.7
enthusiastic	2.2
enthusiasm	2.0
enthusiastically	2.0
eager	1.4
eagerly	1.4
keen	1.3
passionate	1.9
passion	1.6
inspire	2.0
inspired	2.0
inspiring	2.3
inspirational	2.3
inspiration	2.1
motivated	1.6
motivating	1.7
encourage	1.7
encouraged	1.7
encouraging	1.9
encouragement	1.9
empower	1.7
empowered	1.9
empowering	2.0
uplifting	2.3
heartwarming	2.6
heart-warming	2.6
heartfelt	2.2
touching	1.5
touched	1.5
memorable	2.0
unforgettable	2.5
iconic	2.0
innovative	2.0
classic	0.8
timeless	1.8
innovation	1.6
creative	1.9
creativity	1.8
unique	1.3
cutting-edge	1.8
cutting edge	1.8
state-of-the-art	1.9
state of the art	1.9
asset	1.6
perk	1.5
perks	1.5
comfort	1.5
cherish	2.4
cherished	2.4
impress	2.0
impresses	2.2
rejoice	2.6
valued	1.2
rocks	2.0
rocked	1.8
killing it	2.5
crushing it	2.5
smashed it	2.5
nailed it	2.8
nailed	2.0
game changer	2.6
game-changer	2.6
gamechanger	2.6
bright	1.2
brightest	1.6
bestest	2.8
praise	2.2
praises	2.1
praised	2.2
praising	2.0
praiseworthy	2.4
commend	2.0
commended	2.0
commendable	2.3
admire	2.2
applaud	2.2
admired	2.1
applauded	2.1
acclaim	2.1
admirable	2.4
admiration	2.2
acclaimed	2.2
celebrate	2.2
celebrating	2.2
applause	2.0
celebrated	2.0
celebration	2.3
celebrates	2.1
festive	1.8
approve	1.3
approved	1.4
approval	1.2
agreeable	1.5
guarantee	0.8
guaranteed	0.8
effective	1.6
effectively	1.3
effectiveness	1.3
worthy	1.8
dream	1.5
dreams	1.2
dreamy	2.0
dream come true	3.0
heaven	2.4
heavenly	2.6
paradise	2.5
bliss	2.8
blissful	2.8
spot on	2.2
spot-on	2.2
on point	2.0
second to none	3.0
ten out of ten	3.0
10 out of 10	3.0
10/10	3.0
best ever	3.2
best in class	2.8
best in the business	2.8
gold standard	2.6
top marks	2.6
5/5	2.6
five stars	2.5
5 stars	2.5
five star	2.3
5 star	2.3
four stars	1.8
4 stars	1.8
smarter	1.6
smartest	2.0
clever	1.8
intelligent	1.8
cleverly	1.6
intelligence	1.3
wise	1.7
wisdom	1.7
wisely	1.4
genius	2.5
talented	2.2
talent	1.7
skilled	1.8
skillful	1.9
skilful	1.9
skillfully	1.8
expert	1.3
expertise	1.5
expertly	2.0
capable	1.4
reputable	1.8
respected	1.8
respect	1.6
respectfully	1.6
respectful	2.0
attractive	1.8
attractively	1.6
appealing	1.6
cute	1.9
cuter	1.8
cutest	2.3
handsome	2.0
harmless	0.8
positive	1.6
positively	1.4
positivity	1.8
optimistic	1.8
optimism	1.7
consistent	1.3
consistency	1.2
bad	-2.0
worse	-2.3
worst	-3.1
badly	-1.8
terrible	-3.0
horrible	-3.0
awful	-3.0
horrendous	-3.0
disgraceful	-3.0
disgrace	-3.0
deplorable	-3.0
contemptible	-3.0
disgusting	-3.0
repulsive	-3.0
revolting	-3.0
horrifying	-3.0
catastrophe	-3.0
disastrous	-3.0
terribly	-2.2
horribly	-2.6
horrid	-2.7
horrified	-2.7
horrific	-3.1
appalling	-3.1
vile	-3.1
abhorrent	-3.1
catastrophic	-3.1
horrendously	-2.8
shameful	-2.8
scandalous	-2.8
horror	-2.6
horrors	-2.5
atrocious	-3.2
abysmal	-3.2
despicable	-3.2
appalled	-2.9
dreadful	-2.9
disgusted	-2.9
disgustingly	-2.9
sickening	-2.9
dreadfully	-2.5
shameless	-2.5
dire	-2.4
shocking	-2.4
scandal	-2.4
foul	-2.4
lousy	-2.2
ridiculous	-2.2
laughable	-2.2
stinks	-2.2
stinking	-2.2
poor	-1.8
poorer	-1.6
poorest	-2.2
poorly	-1.9
pathetic	-2.8
pathetically	-2.6
pitiful	-2.4
ludicrous	-2.3
preposterous	-2.3
absurd	-2.0
stink	-2.0
absurdity	-1.9
outrageous	-2.6
outrage	-2.6
outraged	-2.8
disgraced	-2.5
shame	-2.0
shamelessly	-2.4
shocked	-2.0
disgust	-2.7
contempt	-2.6
nauseating	-2.6
stinky	-1.8
smelly	-1.8
putrid	-2.8
disappointed	-2.3
disappointing	-2.3
disappointment	-2.3
disappointments	-2.2
disappointingly	-2.2
letdown	-2.2
let down	-2.2
disappoint	-2.0
disappoints	-2.1
let me down	-2.4
letting me down	-2.4
let us down	-2.3
lets me down	-2.3
let everyone down	-2.3
sad	-2.0
sadder	-2.1
saddest	-2.6
sadly	-1.6
sadness	-2.2
unhappy	-2.2
unhappiness	-2.1
upset	-2.1
upsetting	-2.2
upsets	-1.8
miserable	-2.8
misery	-2.8
miserably	-2.5
depressed	-2.6
depressing	-2.5
depression	-2.4
gloomy	-1.8
gloom	-1.8
heartbroken	-3.0
devastated	-3.0
heartbreaking	-2.9
devastating	-2.9
devastation	-2.9
distraught	-2.9
heartbreak	-2.8
anguish	-2.8
tragic	-2.8
tragedy	-2.8
distressed	-2.4
distressing	-2.4
sorrow	-2.4
distress	-2.3
grieving	-2.3
grief	-2.6
tragically	-2.5
tears	-1.5
crying	-1.8
weeping	-1.8
cry	-1.6
cries	-1.6
sob	-1.6
cried	-1.7
sobbing	-1.9
loneliness	-1.9
lonely	-1.8
hurt	-2.0
hurts	-2.0
hurting	-2.0
hurtful	-2.2
wounded	-2.0
suffering	-2.4
suffer	-2.1
suffers	-2.1
suffered	-2.2
angry	-2.5
angrier	-2.6
angriest	-2.9
angrily	-2.3
anger	-2.4
angered	-2.4
mad	-2.0
furious	-3.0
livid	-3.0
enraged	-3.0
hatred	-3.0
loathe	-3.0
despise	-3.0
abhor	-3.0
furiously	-2.6
fury	-2.9
loathes	-2.9
loathed	-2.9
loathing	-2.9
detest	-2.9
despised	-2.9
fuming	-2.8
seething	-2.8
incensed	-2.8
hate	-2.8
hateful	-2.8
detested	-2.8
irate	-2.7
hates	-2.7
hated	-2.7
rage	-2.6
hating	-2.6
raging	-2.5
resent	-2.0
resentment	-2.1
resentful	-2.1
bitter	-1.8
bitterness	-1.9
dislike	-1.6
disliked	-1.6
dislikes	-1.5
afraid	-1.6
scared	-1.8
scary	-1.8
fears	-1.8
feared	-1.8
fear	-1.9
fearful	-1.9
frightened	-2.0
panic	-2.0
panicked	-2.0
panicking	-2.0
anxiety	-2.0
frightening	-2.2
terrified	-2.6
terrifying	-2.6
terror	-2.7
anxious	-1.8
worried	-1.8
worrying	-1.8
anxiously	-1.5
uneasy	-1.5
worry	-1.6
worries	-1.6
worrisome	-1.7
nervous	-1.4
nervously	-1.2
stressed	-2.0
stress	-1.8
stressing	-1.8
stressful	-2.1
tense	-1.3
tension	-1.3
alarming	-2.0
alarmed	-1.8
concerning	-1.3
concerned	-1.2
concern	-0.8
concerns	-0.8
dread	-2.2
dreading	-2.1
paranoid	-1.6
embarrassing	-2.0
embarrassment	-2.0
ashamed	-2.0
embarrassed	-1.8
guilty	-1.8
guilt	-1.8
humiliating	-2.6
humiliated	-2.6
humiliation	-2.6
regret	-2.0
regretted	-2.0
regrets	-1.9
regrettable	-1.9
regretting	-2.1
regrettably	-1.6
remorse	-1.6
tired	-1.3
exhausted	-1.8
drained	-1.8
draining	-1.8
exhausting	-2.0
weary	-1.5
fed up	-2.5
fed up with	-2.5
sick of	-2.3
sick to death of	-2.3
sick and tired	-2.8
sick and tired of	-2.8
had enough	-2.4
enough is enough	-2.5
last straw	-2.6
the last straw	-2.6
at my wits end	-2.6
at my wit's end	-2.6
wits end	-2.5
wit's end	-2.5
beyond frustrated	-2.8
beyond a joke	-2.8
beyond annoyed	-2.8
beyond disappointed	-3.0
beyond angry	-3.0
beyond furious	-3.0
problem	-1.5
problems	-1.5
complaint	-1.5
complaints	-1.5
complain	-1.5
complains	-1.5
struggle	-1.5
struggles	-1.5
struggled	-1.5
problematic	-1.7
troubled	-1.7
struggling	-1.7
issue	-1.2
issues	-1.2
disputes	-1.2
trouble	-1.6
troubles	-1.6
complained	-1.6
complaining	-1.6
grievance	-1.6
grievances	-1.6
troubling	-1.8
troublesome	-1.8
dispute	-1.3
disputed	-1.0
escalate	-1.0
escalation	-1.0
escalated	-1.2
crisis	-2.2
chaos	-2.2
havoc	-2.2
turmoil	-2.2
disaster	-2.8
disasters	-2.7
catastrophically	-2.9
calamity	-2.8
chaotic	-2.1
negative	-1.5
negatively	-1.4
negativity	-1.7
pessimistic	-1.6
harm	-2.0
harmed	-2.0
injure	-2.0
disease	-2.0
harmful	-2.2
injured	-2.2
injury	-2.1
injuries	-2.1
diseased	-2.1
wound	-1.8
sick	-1.5
sickness	-1.9
illness	-1.9
ill	-1.6
dying	-2.5
death	-2.5
deaths	-2.5
die	-2.3
died	-2.4
deadly	-2.7
killing	-2.7
kill	-2.6
killed	-2.8
kills	-2.5
murder	-3.2
murdered	-3.2
murderer	-3.3
violence	-2.8
violent	-2.8
attack	-2.0
attacks	-2.0
attacked	-2.3
war	-2.5
wars	-2.4
evil	-3.1
wicked	-1.0
cruel	-2.8
cruelty	-2.9
cruelly	-2.6
brutal	-2.6
brutally	-2.4
toxic	-2.4
poisonous	-2.4
crime	-2.4
savage	-2.0
poison	-2.3
poisoned	-2.5
pollution	-1.9
polluted	-1.9
criminal	-2.6
criminals	-2.8
criminally	-2.5
unethical	-2.5
immoral	-2.5
illegal	-2.2
illegally	-2.2
unlawful	-2.2
bribe	-2.2
wrongdoing	-2.2
neglect	-2.2
neglected	-2.2
neglectful	-2.2
bribery	-2.4
negligent	-2.4
negligence	-2.4
blame	-1.6
blames	-1.6
blamed	-1.7
blaming	-1.8
neglecting	-2.1
mishandled	-2.1
mishandling	-2.1
mistreated	-2.5
mistreatment	-2.5
mismanaged	-2.2
mismanagement	-2.3
malpractice	-2.6
ugly	-2.1
uglier	-2.1
ugliest	-2.5
hideous	-2.7
unattractive	-1.6
unappealing	-1.6
incapable	-1.9
inept	-2.5
ineptitude	-2.5
pointless	-2.0
senseless	-2.0
nonsense	-2.0
nonsensical	-2.0
meaningless	-1.8
gibberish	-1.7
disreputable	-2.2
disrespect	-2.4
insult	-2.4
insults	-2.4
offensive	-2.4
disrespectful	-2.5
disrespected	-2.5
insulted	-2.5
demeaning	-2.5
degrading	-2.5
disrespectfully	-2.3
belittled	-2.3
belittling	-2.3
insulting	-2.6
offended	-2.1
offend	-1.9
offends	-2.0
criticize	-1.4
criticise	-1.4
criticized	-1.6
criticised	-1.6
criticism	-1.5
condemn	-2.2
condemned	-2.3
whine	-1.6
whining	-1.8
moan	-1.4
moaning	-1.6
ranting	-1.6
excuses	-1.6
rant	-1.5
lame excuse	-2.2
lame excuses	-2.2
no excuse	-2.2
excuses excuses	-2.3
pathetic excuse	-2.8
broken promise	-2.5
empty promises	-2.5
broken promises	-2.6
false promises	-2.6
promises promises	-2.0
ineffective	-1.8
ineffectual	-1.9
unworthy	-1.8
worthless	-2.6
hell	-2.6
hellish	-2.8
hell on earth	-3.2
from hell	-3.0
customer service from hell	-3.0
cursed	-2.2
curse	-2.1
doomed	-2.5
doom	-2.2
1/10	-2.6
0/10	-3.0
zero stars	-3.0
0 stars	-3.0
no stars	-3.0
minus stars	-3.0
one star	-2.5
1 star	-2.5
two stars	-1.6
2 stars	-1.6
if i could give zero stars	-3.4
would give zero stars	-3.4
if i could give 0 stars	-3.4
abandon	-1.8
abandoned	-2.0
betray	-2.8
betrayed	-2.9
betrayal	-2.9
deny	-1.2
denies	-1.2
denied	-1.6
denial	-1.5
destroy	-2.5
destroys	-2.5
destructive	-2.5
ruin	-2.5
ruins	-2.5
destroyed	-2.6
destroying	-2.6
destruction	-2.6
ruined	-2.8
ruining	-2.7
wreck	-2.2
wrecked	-2.5
spoil	-1.8
spoils	-1.6
sabotage	-2.4
sabotaged	-2.5
mock	-1.8
mocked	-2.0
mocking	-2.0
ridicule	-2.0
ridiculed	-2.2
reject	-1.7
rejected	-1.9
rejection	-1.9
rejects	-1.6
scream	-1.6
screaming	-1.8
screamed	-1.8
yelled	-1.8
shout	-1.2
shouted	-1.6
shouting	-1.7
yell	-1.5
yelling	-1.9
steal	-2.6
steals	-2.6
stole	-2.7
stealing	-2.8
trick	-1.5
tricked	-2.6
hinder	-1.4
hindered	-1.4
obstruct	-1.5
obstructive	-1.9
punish	-2.0
punishing	-2.0
punishment	-2.0
punished	-2.2
penalize	-1.8
penalized	-1.9
penalised	-1.9
bother	-1.2
bothered	-1.2
bothering	-1.3
nag	-1.3
bothersome	-1.5
nagging	-1.5
pester	-1.6
pestering	-1.7
pestered	-1.7
plague	-2.0
plagued	-2.2
haunt	-1.6
misuse	-1.8
misused	-1.8
burden	-1.6
burdened	-1.7
burdensome	-1.8
overwhelm	-1.3
overwhelmed	-1.6
bizarre	-1.0
weird	-1.0
weirdest	-1.2
strange	-0.8
odd	-0.6
creepy	-2.0
sinister	-2.2
suspicious	-1.6
fishy	-1.6
dubious	-1.7
questionable	-1.5
inconsistent	-1.5
iffy	-1.2
vague	-1.2
unclear	-1.0
ambiguous	-0.7
inconsistency	-1.4
inconsistencies	-1.4
erratic	-1.6
unpredictable	-1.2
clumsy	-1.5
clumsily	-1.4
crude	-1.6
rough	-1.2
harsh	-1.8
harshly	-1.7
severe	-1.6
grim	-2.0
bleak	-2.0
dismal	-2.6
tacky	-1.7
tasteless	-1.6
vulgar	-2.0
crass	-2.0
gaudy	-1.3
grimy	-1.9
greasy	-1.3
soggy	-1.5
mushy	-1.0
burnt	-1.6
overcooked	-1.6
undercooked	-1.8
lukewarm	-1.2
tepid	-1.2
noisy	-1.4
cramped	-1.4
crowded	-1.0
overcrowded	-1.6
stuffy	-1.2
broke	-1.5
needy	-1.2
desperate	-2.0
helpless	-2.2
powerless	-2.0
vulnerable	-1.4
weak	-1.5
weaker	-1.5
weakness	-1.5
weaknesses	-1.5
weakest	-1.8
weakly	-1.2
accident	-1.8
accidents	-1.8
collapse	-2.2
collapsed	-2.2
conflict	-1.6
defeat	-2.0
defeated	-2.1
deficiency	-1.6
deficit	-1.2
hardship	-2.0
obstacle	-1.2
obstacles	-1.2
poverty	-2.2
setback	-1.6
setbacks	-1.6
shortage	-1.4
shortages	-1.4
victim	-2.0
victims	-2.0
lawsuit	-1.6
sued	-1.6
suing	-1.6
sue	-1.5
ombudsman	-1.0
trading standards	-1.2
small claims	-1.3
chargeback	-1.3
unkind	-1.4
unkindness	-2.0
inconsiderate	-2.0
unkindly	-1.8
thoughtless	-1.9
unfair	-2.0
unfairly	-2.0
unfairness	-2.0
unreasonable	-1.8
unreasonably	-1.7
unacceptable	-2.6
unacceptably	-2.4
inadequate	-1.8
inadequately	-1.6
inadequacy	-1.7
insufficient	-1.4
inaccurate	-1.6
inaccuracy	-1.5
inaccuracies	-1.5
yuck	-2.2
yucky	-2.1
gross	-2.4
inedible	-2.6
unappetizing	-1.8
unappetising	-1.8
uncomfortable	-1.6
discomfort	-1.6
uncomfortably	-1.4
unsafe	-2.0
insecure	-1.5
dangerous	-2.3
dangerously	-2.2
danger	-2.2
hazardous	-2.2
dangers	-2.1
hazard	-1.8
hazards	-1.8
risky	-1.5
risk	-1.1
risks	-1.0
unhealthy	-1.6
lose	-1.8
loses	-1.8
losing	-1.8
loss	-2.0
losses	-2.0
loser	-2.3
losers	-2.3
unsuccessful	-1.8
unsuccessfully	-1.6
fail	-2.0
fails	-2.0
failed	-2.1
failing	-2.0
failure	-2.3
failures	-2.2
worsen	-2.0
worsening	-2.0
worsens	-2.0
deteriorate	-2.0
deteriorating	-2.0
deterioration	-2.0
worsened	-2.1
deteriorated	-2.1
decline	-1.3
declining	-1.3
declined	-1.2
downgrade	-1.4
downgraded	-1.5
disadvantage	-1.4
disadvantages	-1.3
drawback	-1.3
drawbacks	-1.3
downside	-1.3
downsides	-1.3
unlucky	-1.8
unfortunate	-1.8
unfortunately	-1.6
misfortune	-2.2
bad luck	-2.0
hopeless	-2.5
hopelessly	-2.3
hopelessness	-2.6
distrust	-2.0
mistrust	-2.0
untrustworthy	-2.5
untrusted	-1.8
insincere	-1.8
fake	-2.2
phony	-2.2
phoney	-2.2
fakes	-2.0
counterfeit	-2.4
unwelcome	-1.8
unwelcoming	-1.8
disagree	-1.2
disagreeable	-1.7
disapproval	-1.7
disapprove	-1.6
disapproved	-1.5
crap	-2.5
crappy	-2.5
crappiest	-2.8
shit	-2.8
shitty	-2.8
shithole	-2.8
shite	-2.6
shitshow	-2.6
shit show	-2.6
shittiest	-3.0
bullshit	-3.0
horseshit	-3.0
bullcrap	-3.0
bs	-2.0
sucks	-2.0
sucky	-2.0
suck	-1.8
sucked	-1.9
rubbish	-2.3
garbage	-2.4
trash	-2.3
trashy	-2.1
junk	-2.2
junky	-2.1
lame	-1.6
naff	-1.5
dodgy	-1.9
dud	-1.8
joke	-1.5
a joke	-2.0
what a joke	-2.5
total joke	-2.5
complete joke	-2.5
absolute joke	-2.8
is a joke	-2.2
clown	-2.0
clowns	-2.4
clown show	-2.4
circus	-1.5
shambles	-2.7
shambolic	-2.7
farce	-2.5
farcical	-2.5
fiasco	-2.6
debacle	-2.6
mess	-1.8
messed	-1.8
mess up	-1.8
messy	-1.5
messed up	-2.0
screw up	-2.0
screwup	-2.0
screwed up	-2.2
screwed	-2.2
fucked	-3.0
fuck	-3.0
fucked up	-3.0
fucking	-2.4
fck	-2.6
fuk	-2.6
fcking	-2.6
fkn	-2.6
fking	-2.3
frickin	-2.3
fricking	-2.3
effing	-2.0
fuckers	-3.4
fuckwits	-3.4
motherfuckers	-3.6
motherfucker	-3.6
damn	-1.6
damned	-1.8
dammit	-1.8
damnit	-1.8
goddamn	-2.0
goddamnit	-2.0
goddammit	-2.0
bloody	-1.0
bollocks	-2.4
arse	-2.0
ass	-1.5
arsehole	-3.3
arseholes	-3.3
asshole	-3.3
assholes	-3.3
bastard	-3.0
bitch	-3.0
dickhead	-3.0
dickheads	-3.0
dumbass	-3.0
dumbasses	-3.0
tosser	-3.0
tossers	-3.0
lowlife	-3.0
lowlifes	-3.0
bastards	-3.2
wanker	-3.2
wankers	-3.2
twat	-3.2
twats	-3.2
bitches	-2.8
prick	-2.8
pricks	-2.8
moron	-2.8
morons	-2.8
moronic	-2.8
imbecile	-2.8
imbeciles	-2.8
cretin	-2.8
cretins	-2.8
bitching	-2.0
piss	-2.0
pissing	-2.0
bitchy	-2.3
pissed	-2.4
pissed off	-2.8
pisses	-2.2
pisses me off	-2.2
piss take	-2.3
taking the piss	-2.5
take the piss	-2.5
dick	-2.5
dicks	-2.5
jerk	-2.3
jerks	-2.3
idiot	-2.7
idiots	-2.7
idiotic	-2.7
idiocy	-2.6
dumbest	-2.6
stupid	-2.4
stupidity	-2.5
stupidly	-2.2
dumb	-2.2
dumber	-2.2
fool	-2.0
fools	-2.0
muppet	-2.0
foolish	-1.8
numpty	-1.8
foolishly	-1.6
muppets	-2.2
numpties	-1.9
scumbag	-3.4
scumbags	-3.4
scum	-3.3
crook	-3.0
thief	-3.0
swindle	-3.0
swindled	-3.0
scam	-3.0
scams	-3.0
ripoff	-3.0
rip-off	-3.0
rip off	-3.0
ripoffs	-3.0
ripped off	-3.0
ripping off	-3.0
ripping people off	-3.0
crooks	-3.2
thieves	-3.2
thieving	-3.2
con artist	-3.2
con artists	-3.2
scammed	-3.2
scamming	-3.2
crooked	-2.6
cheat	-2.6
robbery	-2.8
robbed	-2.8
robbing	-2.8
conned	-2.8
scammy	-2.8
cheated	-2.8
cheating	-2.8
cheater	-2.8
cheaters	-2.8
deceit	-2.8
rob	-2.4
swindler	-3.3
swindlers	-3.3
scammer	-3.4
scammers	-3.4
cheats	-2.7
deceived	-2.7
deceptive	-2.7
deception	-2.7
deceive	-2.6
deceitful	-2.9
shady	-2.3
sketchy	-2.0
predatory	-2.8
exploit	-2.0
exploited	-2.4
greedy	-2.4
greed	-2.4
exploitative	-2.6
exploitation	-2.5
scam artists	-3.4
bunch of crooks	-3.4
bunch of scammers	-3.4
bunch of thieves	-3.4
bunch of cowboys	-3.4
cowboys	-2.4
cowboy outfit	-2.4
legalised robbery	-3.0
legalized robbery	-3.0
wtf	-2.0
ffs	-2.0
smfh	-2.0
wth	-1.5
smh	-1.5
wtaf	-1.5
fml	-2.2
jfc	-1.8
ugh	-1.6
argh	-1.6
facepalm	-1.6
ughh	-1.7
arghh	-1.7
arghhh	-1.7
ughhh	-1.8
grr	-1.5
grrr	-1.6
grrrr	-1.6
meh	-0.6
blah	-0.6
bleh	-0.8
eww	-1.8
ew	-1.5
yikes	-1.5
ewww	-2.0
boo	-1.4
booo	-1.5
oof	-1.0
epic fail	-2.6
fail whale	-2.2
sux	-1.8
suckage	-2.0
lol	0.8
lmao	1.2
haha	1.2
thx	1.2
thnx	1.2
thanx	1.2
tnx	1.2
ty	1.2
lmfao	1.3
rofl	1.4
hahaha	1.4
hehe	1.0
tysm	2.0
tyvm	2.0
thank you so much	2.6
thanks so much	2.6
thanks a lot	1.8
thanks a million	2.6
many thanks	2.6
thank you	2.2
thanks again	2.2
much appreciated	2.2
thanks heaps	2.2
big thanks	2.2
can't thank you enough	3.0
cannot thank you enough	3.0
cant thank you enough	3.0
gr8	2.8
grt	2.2
gud	1.6
awsome	3.0
awsum	3.0
awesum	3.0
amazin	3.0
amazeballs	3.0
excelent	3.0
exellent	3.0
excellant	3.0
luv	2.6
brill	2.6
luvs	2.4
lovin	2.4
fav	1.8
favs	1.6
beautifull	2.7
wonderfull	3.0
sucessful	2.3
succesful	2.3
greatful	2.4
reccomend	1.6
recomend	1.6
helpfull	2.0
usefull	1.8
plesant	2.0
briliant	3.1
fantastik	3.3
knowledgeble	2.0
terible	-3.0
horible	-3.0
horrable	-3.0
aweful	-3.0
attrocious	-3.0
disgustin	-3.0
discusting	-3.0
awfull	-2.8
rediculous	-2.2
ridiculus	-2.2
ridiculos	-2.2
useles	-2.5
unprofesional	-2.5
incompetant	-2.8
dissapointed	-2.3
disapointed	-2.3
dissappointed	-2.3
dissapointing	-2.3
disapointing	-2.3
dissapointment	-2.3
disapointment	-2.3
unacceptible	-2.6
unexceptable	-2.6
pathatic	-2.2
patheticc	-2.8
anoying	-2.0
annoyin	-2.0
frustating	-2.2
frustated	-2.2
crapola	-1.8
naffed off	-1.9
cheesed off	-1.9
hacked off	-1.9
browned off	-1.9
narked	-1.5
miffed	-1.5
peeved	-1.6
ticked off	-2.0
gutted	-2.2
cheesy	-1.8
cringe	-1.2
cringey	-1.2
cringy	-1.2
cringeworthy	-1.2
sus	-1.5
salty	-1.6
trash fire	-2.5
dumpster fire	-2.5
garbage fire	-2.5
hot garbage	-2.8
absolute garbage	-2.8
complete garbage	-2.8
utter garbage	-2.8
utter rubbish	-2.6
absolute rubbish	-2.6
complete rubbish	-2.6
total rubbish	-2.6
utter crap	-2.7
absolute crap	-2.7
total crap	-2.7
complete crap	-2.7
load of crap	-2.7
load of rubbish	-2.7
pile of crap	-2.7
pile of junk	-2.7
piece of crap	-3.0
piece of junk	-3.0
pile of shit	-3.0
piece of shit	-3.0
load of shit	-3.0
utter shit	-3.0
less than impressed	-2.2
not good enough	-2.6
simply not good enough	-2.6
legit	1.2
wicked good	2.2
on fleek	2.4
kewl	1.5
noice	1.6
nice one	1.6
top bloke	2.8
top man	2.8
top lad	2.8
diamond geezer	2.8
ace	2.2
stonking	2.2
belter	2.4
corker	2.4
blinder	2.4
chuffed	1.6
well chuffed	2.6
over the moon	2.6
made my day	2.6
made my week	2.6
made my year	3.0
sweet as	2.0
decent enough	1.2
not bad	1.5
no complaints	1.2
no problems	2.0
no issues	2.0
zero issues	2.0
zero problems	2.0
no complaints at all	2.0
no worries	1.5
no problem	1.5
pog	1.8
poggers	1.8
the goat	2.4
lit af	2.0
banger	2.6
bangers	2.6
slaps	2.2
vibes	0.8
good vibes	1.5
chefs kiss	2.5
chef's kiss	2.5
big w	2.2
big l	-2.2
massive l	-2.2
bless you	2.5
bless them	2.5
god bless	2.5
yass	1.8
yasss	1.8
yesss	2.6
yessss	2.6
went above and beyond	3.2
goes above and beyond	3.2
above and beyond	3.0
go above and beyond	3.0
going above and beyond	3.0
went the extra mile	3.0
beyond expectations	2.8
exceeded expectations	2.8
exceeded my expectations	2.8
surpassed expectations	2.8
surpassed my expectations	2.8
exceeds expectations	2.7
go the extra mile	2.7
goes the extra mile	2.7
going the extra mile	2.9
extra mile	2.6
over and above	2.2
highly recommend	3.0
highly recommended	3.0
would highly recommend	3.0
cannot recommend enough	3.0
can't recommend enough	3.0
cant recommend enough	3.0
can't recommend them enough	3.0
cannot recommend them enough	3.0
strongly recommend	2.8
definitely recommend	2.8
would definitely recommend	2.8
will definitely recommend	2.8
would recommend	2.4
will recommend	2.4
recommend them	2.4
recommend it	2.4
would not recommend	-2.8
wouldn't recommend	-2.8
wouldnt recommend	-2.8
do not recommend	-2.8
don't recommend	-2.6
dont recommend	-2.6
would never recommend	-3.0
never recommend	-3.0
not recommended	-2.4
will definitely be back	2.5
will definitely return	2.5
will be back	1.8
will be returning	1.8
will use again	2.2
would use again	2.2
will order again	2.2
would buy again	2.2
will buy again	2.2
would order again	2.2
will shop again	2.2
customer for life	3.0
customers for life	3.0
keep up the good work	2.5
keep up the great work	2.5
keep it up	1.8
well done	2.3
good job	2.2
great job	2.8
great work	2.8
nice job	2.0
nice work	2.0
good work	2.1
excellent work	3.0
excellent job	3.0
brilliant job	3.0
brilliant work	3.0
job well done	2.6
top job	2.6
fantastic job	3.1
amazing job	3.1
amazing work	3.1
fantastic work	3.1
a credit to	2.5
credit to the company	2.5
a credit to your company	2.5
pleasure to deal with	2.6
a pleasure to deal with	2.6
a pleasure to speak to	2.6
pleasure to speak to	2.6
pleasure doing business	2.2
thumbs up	2.0
two thumbs up	2.6
double thumbs up	2.6
big thumbs up	2.4
huge thumbs up	2.4
thumbs down	-2.0
kudos to	2.2
props to	1.8
hats off to	2.4
cheers for	1.3
cheers mate	1.4
thanks mate	1.8
thanks guys	1.8
thanks team	1.8
problem solved	2.0
fixed it	2.0
all fixed	2.0
issue sorted	2.0
all sorted now	2.0
problem sorted	2.0
issue resolved	2.0
problem resolved	2.0
all resolved	2.0
issue fixed	1.8
problem fixed	1.8
back online	1.5
up and running	1.5
working again	1.5
working properly	1.5
back up and running	2.0
works great	2.5
works brilliantly	2.5
working great	2.5
works perfectly	2.8
working perfectly	2.8
works like a charm	2.8
worked like a charm	2.8
worked perfectly	2.8
like a charm	2.5
does the job	1.5
did the job	1.5
does the trick	1.5
did the trick	1.5
does what it says	1.6
money well spent	2.4
worth the wait	2.0
well worth	2.0
worth the money	2.0
peace of mind	2.0
a breeze	2.0
piece of cake	1.8
plain sailing	1.8
smooth sailing	1.8
no brainer	1.8
no-brainer	1.8
breeze	1.0
on the ball	2.0
kept me informed	2.0
kept me updated	2.0
kept me in the loop	2.0
took care of it	2.0
on top of it	1.6
got back to me	1.5
got back to me quickly	2.3
got back to me straight away	2.3
called me back	1.4
followed up	1.4
took care of me	2.2
looked after me	2.2
looked after	1.6
bent over backwards	2.8
went out of their way	2.8
went out of his way	2.8
went out of her way	2.8
went out of your way	2.8
out of their way	2.4
made it right	2.3
put it right	2.0
put things right	2.0
made it easy	2.0
happy customer	2.4
happy customers	2.4
happy camper	2.2
satisfied customer	2.2
satisfied customers	2.2
hit the spot	2.0
on cloud nine	3.0
in seventh heaven	3.0
thrilled to bits	3.0
walking on air	2.6
tickled pink	2.6
pleased as punch	2.6
happy as larry	2.6
jump for joy	2.8
couldn't be happier	3.2
could not be happier	3.2
couldnt be happier	3.2
couldn't ask for more	2.8
couldn't ask for better	2.8
could not ask for more	2.8
could not ask for better	2.8
can't fault	2.4
cannot fault	2.4
cant fault	2.4
can't fault them	2.6
cannot fault them	2.6
can't fault it	2.6
cannot fault it	2.6
couldn't fault	2.5
could not fault	2.5
can't complain	1.2
cannot complain	1.2
cant complain	1.2
not bad at all	1.8
not too bad	1.0
better than expected	2.0
better than ever	2.4
as good as new	2.0
good as new	2.0
top of the line	2.2
top of the range	2.0
ahead of the game	2.0
cream of the crop	2.8
hit it out of the park	2.8
knocked it out of the park	2.8
best of the best	3.0
blew me away	3.0
blown away	3.0
knocked my socks off	3.0
head and shoulders above	2.6
cut above the rest	2.6
a cut above	2.4
stands out	1.5
worth a try	1.2
worth a look	1.0
you guys rock	2.8
you rock	2.6
you're the best	3.0
you are the best	3.0
youre the best	3.0
come through	1.8
came through	1.8
pulled through	1.5
lived up to expectations	2.0
lived up to the hype	2.0
worth the hype	2.2
overhyped	-1.6
over-hyped	-1.6
overrated	-1.8
over-rated	-1.8
underrated	1.3
hidden gem	2.6
a real gem	2.6
breath of fresh air	2.6
diamond in the rough	1.8
music to my ears	2.4
silver lining	1.2
on the mend	1.3
on the right track	1.3
back on track	1.6
all good	1.6
fixed now	1.6
resolved now	1.6
all good now	1.8
all set	1.2
good to go	1.5
step in the right direction	1.5
right direction	1.0
up to scratch	1.0
up to par	0.8
happy days	2.2
job done	1.4
fit for purpose	1.2
never again	-3.0
never using them again	-3.0
never buying from them again	-3.0
never ordering from them again	-3.0
will never use again	-3.0
will never use them again	-3.0
never ever again	-3.2
never using again	-2.8
never buying again	-2.8
never ordering again	-2.8
never going back	-2.6
won't be using again	-2.6
wont be using again	-2.6
won't be back	-2.3
will not be back	-2.3
won't be returning	-2.3
wont be back	-2.3
will not return	-2.0
stay away	-2.6
stay well away	-2.6
steer clear	-2.7
avoid at all costs	-3.3
avoid like the plague	-3.3
buyer beware	-2.5
save your money	-2.4
save yourself the hassle	-2.4
don't bother	-2.2
dont bother	-2.2
do not bother	-2.2
don't waste your time	-2.8
dont waste your time	-2.8
do not waste your time	-2.8
don't waste your money	-2.9
do not waste your money	-2.9
dont waste your money	-2.9
not worth	-1.8
not worth the hassle	-2.3
not worth the wait	-2.3
not fit for purpose	-2.8
unfit for purpose	-2.8
money down the drain	-2.8
down the drain	-2.2
went downhill	-2.2
down the toilet	-2.4
rock bottom	-2.4
gone downhill	-2.3
going downhill	-2.1
downhill	-1.5
gone to the dogs	-2.5
hit rock bottom	-2.5
gone to pot	-2.2
the pits	-2.6
bad joke	-2.0
sick joke	-2.6
rip-off merchants	-3.3
rip off merchants	-3.3
highway robbery	-2.9
price gouging	-2.9
ripping customers off	-3.0
ripping us off	-3.0
ripping me off	-3.0
bait and switch	-2.7
gouging	-2.7
gouged	-2.7
hidden catch	-1.8
small print	-1.0
too good to be true	-1.0
fine print	-0.8
money grab	-2.6
cash grab	-2.6
milking customers	-2.6
cash cow	-1.5
milking it	-1.8
nickel and dime	-2.2
nickel and diming	-2.3
fleeced	-2.8
fleecing	-2.8
stitched up	-2.5
taken advantage of	-2.5
stitch up	-2.2
taken for a ride	-2.6
took advantage of	-2.4
treated like dirt	-3.0
treated like crap	-3.0
treated like shit	-3.0
treated like rubbish	-3.0
treated like a criminal	-2.9
treated like criminals	-2.9
treated like a number	-2.2
just a number	-1.8
second class	-1.8
couldn't give a damn	-2.8
could not give a damn	-2.8
couldn't give a toss	-2.8
couldnt give a damn	-2.8
don't give a damn	-2.7
don't give a toss	-2.7
dont give a damn	-2.7
don't give a shit	-3.0
dont give a shit	-3.0
couldn't give a shit	-3.0
don't give a crap	-2.8
dont give a crap	-2.8
talking to a brick wall	-2.6
banging my head against a wall	-2.6
banging my head against the wall	-2.6
at the end of my tether	-2.6
brick wall	-1.8
pulling my hair out	-2.4
tearing my hair out	-2.5
end of my tether	-2.5
lost patience	-2.2
patience is wearing thin	-2.2
left out of pocket	-2.2
losing patience	-2.1
running out of patience	-2.1
lost my patience	-2.3
wearing thin	-1.6
out of pocket	-1.8
left in the dark	-2.0
kept in the dark	-2.1
left high and dry	-2.6
high and dry	-2.2
left stranded	-2.4
hung out to dry	-2.4
stranded	-2.0
left hanging	-1.8
left on read	-1.8
left in limbo	-2.0
in limbo	-1.5
swept under the rug	-2.2
swept under the carpet	-2.2
passing the buck	-2.2
pass the buck	-2.0
blame game	-2.0
not my problem	-2.0
not our problem	-2.2
nothing we can do	-1.8
there's nothing we can do	-1.8
computer says no	-2.2
jumping through hoops	-2.0
jump through hoops	-1.9
hoops to jump through	-1.9
red tape	-1.5
bureaucratic	-1.4
bureaucracy	-1.3
box ticking	-1.3
jobsworth	-2.0
jobsworths	-2.0
talk to the hand	-1.8
at a loss	-1.2
out of order	-1.5
out of service	-1.4
on the blink	-1.6
on the fritz	-1.6
gone kaput	-2.0
kaput	-1.8
conked out	-1.8
gave up the ghost	-1.8
belly up	-1.8
went bust	-1.8
bricked	-2.4
bricked my phone	-2.8
packed up	-1.4
went belly up	-2.0
went wrong	-1.8
gone wrong	-1.8
fell through	-1.8
fell short	-1.8
falls short	-1.8
below par	-1.8
missed the mark	-1.8
misses the mark	-1.8
goes wrong	-1.6
going wrong	-1.6
something went wrong	-1.6
fall short	-1.6
below average	-1.6
falling short	-1.7
below expectations	-1.9
not up to scratch	-2.2
not up to par	-2.0
not up to standard	-2.0
leaves a lot to be desired	-2.0
left a lot to be desired	-2.0
leaves much to be desired	-2.0
much to be desired	-1.8
room for improvement	-0.8
needs improvement	-1.2
needs work	-1.0
hit and miss	-1.0
hit or miss	-1.0
hit-and-miss	-1.0
touch and go	-0.8
lost cause	-2.2
dead end	-1.6
a step backwards	-1.6
step backwards	-1.6
backwards step	-1.6
last resort	-1.2
had it up to here	-2.4
up to here	-1.8
had it with	-2.2
lost a customer	-2.5
you've lost a customer	-2.8
you have lost a customer	-2.8
youve lost a customer	-2.8
lost my business	-2.4
lost my custom	-2.4
losing my custom	-2.2
shame on you	-2.8
shame on them	-2.8
for shame	-2.2
how dare you	-2.6
how dare they	-2.6
sort it out	-0.8
sort yourselves out	-2.0
pull your finger out	-2.0
get your act together	-2.2
get it together	-1.4
pull your socks up	-1.8
give me a break	-1.8
do better	-1.6
are you serious	-1.6
are you kidding me	-2.2
cut the crap	-2.2
what the hell	-2.2
you're kidding me	-2.0
for crying out loud	-2.0
bloody hell	-2.0
you have got to be kidding	-2.3
you've got to be kidding	-2.3
what the heck	-1.5
what the fuck	-2.8
for fuck's sake	-2.8
for fucks sake	-2.8
for god's sake	-2.2
for gods sake	-2.2
for pete's sake	-1.8
for heaven's sake	-1.8
oh dear	-1.0
oh no	-1.4
good grief	-1.4
pain in the neck	-2.0
pain in the arse	-2.4
pain in the ass	-2.4
pain in the backside	-2.2
nightmare to deal with	-2.9
impossible to get through	-2.4
impossible to get hold of	-2.4
impossible to reach	-2.3
impossible to contact	-2.3
impossible to cancel	-2.5
impossible	-1.6
hard to reach	-1.5
can't get through	-2.0
cant get through	-2.0
cannot get through	-2.0
couldn't get through	-2.0
can't get hold of	-2.0
cannot get hold of	-2.0
no way to contact	-2.2
no way of contacting	-2.2
no human	-1.6
speak to a human	-1.3
talk to a human	-1.3
speak to a real person	-1.3
call dropped	-1.8
call got cut off	-2.0
worst company	-3.2
worst provider	-3.2
worst company ever	-3.4
worst customer service ever	-3.5
worst service ever	-3.5
worst experience ever	-3.5
worst company in the world	-3.5
going to the ombudsman	-2.0
reporting you to	-2.0
no joy	-2.0
no luck	-1.8
no help whatsoever	-2.5
no help at all	-2.5
zero help	-2.3
zero customer service	-2.5
no customer service	-2.5
zero communication	-2.6
radio silence	-2.4
silence	-1.0
deafening silence	-2.2
no show	-2.0
no-show	-2.0
didn't show up	-2.0
did not show up	-2.0
didnt show up	-2.0
no-shows	-2.2
nowhere to be seen	-2.2
let down again	-2.0
yet again	-1.5
same old story	-2.3
same old	-2.3
same problem again	-1.8
here we go again	-1.8
again and again	-1.2
over and over	-1.2
every single time	-1.2
amaze	2.5
amazes	2.6
impressing	1.8
thrills	2.2
inspires	2.0
encourages	1.6
cherishes	2.3
admires	2.1
applauds	2.1
admiring	2.0
commends	2.0
applauding	2.1
relaxes	1.4
comforts	1.4
heal	1.4
healing	1.4
calmed	1.2
helps	1.2
helping	1.2
soothe	1.4
soothed	1.5
reassure	1.5
comforted	1.7
comforting	1.9
reassures	1.6
helped	1.4
fixed	1.5
resolved	1.5
fix	0.5
fixing	0.5
fixes	0.6
restore	0.6
restoring	0.6
resolve	0.8
resolving	0.8
solve	0.8
solving	0.8
solutions	0.8
resolves	1.0
resolution	1.0
solution	1.0
solved	1.6
solves	1.2
restored	1.3
benefited	1.5
benefitted	1.5
benefiting	1.4
healed	1.6
recover	1.0
recovered	1.3
recovery	1.2
protect	1.2
protection	1.2
protected	1.4
protective	1.0
rewarded	2.0
reward	1.2
rewards	1.2
rewarding	2.2
honor	1.8
honour	1.8
honored	2.2
honoured	2.2
honorable	2.2
honourable	2.2
dignity	1.6
dignified	1.6
ethical	1.6
principled	1.6
integrity	2.0
devoted	2.0
dedication	2.0
faithful	1.8
dedicated	1.2
faithfully	1.5
committed	0.8
commitment	1.4
organized	1.4
organised	1.4
flexible	1.4
diligent	1.9
hardworking	1.9
hard-working	1.9
proactive	1.9
resourceful	1.9
personable	1.9
amiable	1.9
affable	1.9
diligence	1.8
diligently	1.8
meticulously	1.8
well-organized	1.8
well-organised	1.8
well organised	1.8
approachable	1.8
conscientious	2.0
tireless	2.0
tirelessly	2.0
hospitable	2.0
meticulous	1.9
thorough	1.7
proactively	1.7
careful	1.3
flexibility	1.3
sensible	1.3
carefully	1.2
adaptable	1.4
versatile	1.6
fair-minded	1.6
open-minded	1.6
cordial	1.6
hospitality	1.6
logical	1.0
humble	1.5
disorganized	-1.8
disorganised	-1.8
disorganization	-1.8
disorganisation	-1.8
unorganized	-1.6
unorganised	-1.6
genial	1.7
upbeat	1.7
gracious	2.1
graciously	1.9
bubbly	1.6
sunny	1.2
jolly	1.8
merry	1.8
charismatic	1.8
playful	1.3
witty	1.7
engaging	1.6
compelling	1.6
captivating	2.2
fascinating	2.2
fascinated	2.0
interesting	0.8
intriguing	1.5
gripping	1.8
riveting	2.1
enchanting	2.4
magical	2.5
magic	1.8
wondrous	2.6
awe-inspiring	2.8
glorious	2.8
majestic	2.4
gloriously	2.6
splendidly	2.6
grand	1.0
dazzling	2.5
exhilarating	2.7
exhilarated	2.7
invigorating	2.2
rejuvenating	2.2
rejuvenated	2.2
fulfilled	2.2
fulfilling	2.2
gratifying	2.2
revitalized	2.0
revitalised	2.0
gratified	2.0
energized	1.8
energised	1.8
carefree	1.8
lighthearted	1.7
light-hearted	1.7
giddy	1.6
infatuated	1.6
smitten	2.2
fond	1.8
fondly	1.7
fondness	1.9
affection	2.1
affectionate	2.1
hug	1.8
hugged	1.8
hugs	2.0
xoxo	2.0
friendship	2.0
kisses	1.8
cuddle	1.6
cuddly	1.8
finest	2.6
finer	1.6
high-end	1.5
upmarket	1.2
deluxe	1.8
chic	1.8
snazzy	1.8
nifty	1.8
plush	1.6
swanky	1.6
spiffy	1.6
posh	1.0
fancy	1.0
trendy	1.2
fashionable	1.4
ingenious	2.4
inventive	1.8
fruitful	1.8
productive	1.6
informative	1.6
constructive	1.4
insightful	2.0
enlightening	2.0
educational	1.2
instructive	1.2
accessible	1.2
uncomplicated	1.2
straightforward	1.3
inaccessible	-1.5
nimble	1.4
zippy	1.6
lightning fast	2.2
blazing fast	2.2
unbiased	1.0
impartial	1.0
biased	-1.4
bias	-1.2
prejudiced	-2.0
prejudice	-2.0
discriminated	-2.4
discrimination	-2.5
discriminatory	-2.5
racist	-3.2
racism	-3.0
sexist	-3.0
bigoted	-3.0
bigot	-3.0
bigotry	-3.0
homophobic	-3.0
sexism	-2.8
abnormal	-1.0
bonkers	-1.0
abominable	-3.1
abrasive	-1.8
abysmally	-3.0
atrociously	-3.0
agonizing	-2.6
agonising	-2.6
agony	-2.8
ailing	-1.6
alienated	-1.8
alienating	-1.8
atrocity	-3.2
atrocities	-3.2
arbitrary	-1.3
backward	-1.3
arduous	-1.6
awkwardness	-1.2
baffled	-1.2
bewildered	-1.2
baffling	-1.4
bewildering	-1.4
banal	-1.2
barbaric	-2.8
belligerent	-2.2
berate	-2.2
berated	-2.3
blatant	-1.5
blatantly	-1.6
boastful	-1.4
bogus	-2.2
brittle	-1.0
bumpy	-1.0
callous	-2.6
callously	-2.5
childish	-1.7
clingy	-1.2
cluttered	-1.2
coercive	-2.2
cold-hearted	-2.5
contemptuous	-2.5
combative	-1.8
confrontational	-1.7
cowardly	-2.2
coward	-2.2
cowards	-2.3
crippling	-2.3
crippled	-2.0
crummy	-2.0
cynical	-1.5
daunting	-1.2
defensive	-1.2
deficient	-1.7
dejected	-2.1
delinquent	-1.8
delusional	-2.0
demoralizing	-2.3
demoralising	-2.3
demoralized	-2.2
demoralised	-2.2
depraved	-3.0
deranged	-2.5
desolate	-2.0
despair	-2.8
despairing	-2.6
despondent	-2.4
destitute	-2.4
devious	-2.4
detrimental	-2.0
discontent	-1.8
discontented	-1.8
disdain	-2.2
disdainful	-2.2
disgruntled	-2.2
disheartening	-2.2
disheartened	-2.1
dismayed	-2.1
disillusioned	-2.0
dismay	-2.0
disparaging	-2.0
dispirited	-2.0
displeased	-2.0
displeasure	-2.0
distasteful	-2.0
disturbed	-2.0
disorderly	-1.4
disproportionate	-1.3
dissatisfied	-2.2
dissatisfaction	-2.2
dysfunctional	-2.2
distorted	-1.2
disturbing	-2.3
dopey	-1.2
dour	-1.4
downbeat	-1.4
downcast	-1.8
dreary	-1.8
downtrodden	-2.0
draconian	-2.0
drab	-1.3
egregious	-2.6
egotistical	-2.0
enraging	-2.8
evasive	-1.9
excessive	-1.4
feeble	-1.6
flippant	-1.6
fickle	-1.2
forgetful	-1.0
frivolous	-1.0
forlorn	-2.0
frantic	-1.5
fraught	-1.5
frightful	-2.2
frigging	-1.8
fruitless	-1.8
frosty	-1.2
futile	-1.9
glum	-1.7
grisly	-2.4
gruesome	-2.6
grouchy	-1.6
grungy	-1.3
gullible	-1.2
haphazard	-1.4
haughty	-1.9
heartless	-2.7
heavy-handed	-1.7
heavy handed	-1.7
hectic	-1.0
heinous	-3.2
hypocritical	-2.3
hypocrite	-2.3
hypocrisy	-2.3
hypocrites	-2.4
ill-mannered	-2.0
ill mannered	-2.0
indecent	-2.0
illogical	-1.4
impersonal	-1.4
improper	-1.4
immature	-1.6
impractical	-1.3
imprudent	-1.3
inane	-1.7
inappropriate	-1.8
inappropriately	-1.7
incoherent	-1.5
inexcusable	-2.7
inexperienced	-1.2
infamous	-2.0
inflexible	-1.6
inhospitable	-1.8
inhumane	-2.8
injustice	-2.5
insensitive	-2.2
insolent	-2.2
insignificant	-1.0
irrelevant	-1.0
insipid	-1.5
irrational	-1.5
insufferable	-2.6
intolerable	-2.6
intolerant	-2.0
intrusive	-1.7
irksome	-1.7
invasive	-1.5
irresponsible	-2.3
irresponsibly	-2.2
irritable	-1.6
jaded	-1.5
jealous	-1.5
juvenile	-1.3
lackadaisical	-1.8
lacking	-1.3
lax	-1.4
listless	-1.4
lethargic	-1.3
lifeless	-1.6
lonesome	-1.6
malicious	-2.8
maliciously	-2.7
malevolent	-2.9
manipulative	-2.5
manipulated	-2.3
manipulation	-2.3
measly	-1.6
mindless	-1.6
miserly	-1.6
meddling	-1.5
misguided	-1.5
melancholy	-1.8
morbid	-1.8
menacing	-2.3
merciless	-2.4
mortified	-2.4
monotonous	-1.5
monstrous	-2.8
mournful	-2.0
muddled	-1.4
mundane	-1.0
murky	-1.2
narrow-minded	-1.8
nauseous	-1.8
naughty	-0.8
nefarious	-2.6
neurotic	-1.5
notorious	-2.0
objectionable	-2.0
noxious	-2.2
obscene	-2.4
obsessive	-1.2
obstinate	-1.5
obtuse	-1.6
odious	-2.8
ominous	-1.8
oppressive	-2.4
overbearing	-1.9
paltry	-1.6
panicky	-1.8
passive-aggressive	-2.0
passive aggressive	-2.0
peculiar	-0.6
perilous	-2.0
perplexed	-1.0
perplexing	-1.2
petty	-1.8
pettiness	-1.8
pompous	-1.9
pretentious	-1.7
prohibitive	-1.5
puzzling	-1.0
quarrelsome	-1.6
rancid	-2.6
reckless	-2.2
recklessly	-2.1
regressive	-1.4
remorseless	-2.4
repellent	-2.4
ruthless	-2.4
repetitive	-1.2
rigid	-1.2
reprehensible	-3.0
repugnant	-3.0
sadistic	-3.0
restrictive	-1.3
rowdy	-1.3
scathing	-1.8
scornful	-2.0
scorn	-2.0
selfish	-2.3
selfishness	-2.3
shabby	-1.9
shifty	-1.9
shaky	-1.2
shallow	-1.3
short-changed	-2.3
shortchanged	-2.3
short changed	-2.3
silly	-1.0
skeptical	-1.0
sceptical	-1.0
sleazy	-2.4
sneaky	-2.2
sordid	-2.2
snide	-2.0
sour	-1.3
spiteful	-2.5
squalid	-2.3
stagnant	-1.4
stubborn	-1.4
stingy	-1.7
stuck	-1.2
sullen	-1.5
sulky	-1.4
superficial	-1.4
tactless	-1.9
tainted	-1.8
tormented	-2.5
torment	-2.5
tortuous	-1.6
torture	-2.8
traumatic	-2.8
traumatized	-2.8
traumatised	-2.8
tortured	-2.7
trauma	-2.6
treacherous	-2.6
unbearable	-2.7
unbearably	-2.5
uncivil	-2.0
unclean	-1.8
uncouth	-1.8
unconvincing	-1.3
undesirable	-1.6
undignified	-1.6
unequal	-1.4
uneven	-0.8
unfaithful	-2.2
unfavorable	-1.6
unfavourable	-1.6
unfulfilled	-1.6
unfit	-1.8
unforgivable	-3.0
ungrateful	-2.0
unhygienic	-2.2
unimaginative	-1.3
unimportant	-0.8
uninterested	-1.2
unjust	-2.3
unjustified	-2.0
unjustifiable	-2.4
unkempt	-1.3
unnecessary	-1.0
unnecessarily	-1.0
unpopular	-1.2
unprepared	-1.5
unqualified	-1.8
unreadable	-1.4
unresolved	-1.8
unruly	-1.6
unsanitary	-2.3
unsatisfactory	-2.0
unsatisfied	-2.0
unscrupulous	-2.8
unsettling	-1.8
unsettled	-1.4
unsightly	-1.6
unwell	-1.6
unskilled	-1.2
unsolved	-1.4
unsound	-1.4
unsuitable	-1.5
unsupportive	-1.8
unsure	-0.8
untidy	-1.3
untrue	-1.6
unwanted	-1.5
unwarranted	-1.8
unwilling	-1.4
unwise	-1.4
unworkable	-1.8
uptight	-1.3
vain	-1.3
vengeful	-2.2
vicious	-2.7
villain	-2.2
villainous	-2.5
vindictive	-2.5
volatile	-1.4
wack	-1.6
wimpy	-1.2
woeful	-2.6
woefully	-2.4
wretched	-2.7
wrongful	-2.2
abundant	1.2
adept	1.7
adventurous	1.3
agile	1.3
altruistic	2.0
amicable	1.6
angelic	2.3
ardent	1.4
articulate	1.5
assured	0.8
astute	1.8
auspicious	1.6
awe	2.0
balanced	0.6
beloved	2.6
benevolent	2.2
blameless	1.2
bountiful	1.8
breezy	1.2
buoyant	1.5
charitable	1.9
chivalrous	1.8
colorful	1.2
colourful	1.2
congenial	1.8
credible	1.4
cultured	1.2
dainty	1.2
dapper	1.6
dashing	1.6
daring	1.2
decisive	1.3
delectable	2.5
desirable	1.7
determined	1.2
diplomatic	1.3
discreet	1.0
distinguished	1.8
dynamic	1.5
earnest	1.3
easygoing	1.6
easy-going	1.6
educated	1.0
effervescent	1.8
eloquent	1.8
esteemed	1.8
fearless	1.8
glamorous	1.8
eminent	1.6
enlightened	1.6
endearing	2.0
gifted	2.0
enterprising	1.5
forgiving	1.7
frugal	0.8
gleeful	2.4
glee	2.3
good-natured	1.9
graceful	1.9
good-looking	1.8
harmonious	1.8
gutsy	1.4
harmony	1.7
heartening	2.0
heroic	2.5
humane	1.6
humorous	1.7
imaginative	1.7
idyllic	2.4
illustrious	2.0
incomparable	2.7
unrivaled	2.7
unrivalled	2.7
industrious	1.5
invincible	1.8
irresistible	2.2
jovial	1.8
judicious	1.3
laudable	2.1
magnanimous	2.1
lavish	1.5
lucid	1.2
meaningful	1.8
merciful	1.8
nurturing	1.8
meritorious	1.9
mighty	1.2
mindful	1.4
miraculous	2.6
miracle	2.4
noble	2.0
nourishing	1.5
opulent	1.6
orderly	1.0
outgoing	1.2
perceptive	1.6
prestigious	1.6
philanthropic	1.8
picturesque	2.2
plentiful	1.4
poised	1.3
precise	1.3
popular	1.3
prudent	1.3
pure	1.3
powerful	1.2
qualified	1.2
prodigious	1.8
proficient	1.7
resilient	1.7
restful	1.7
profitable	1.4
renowned	1.9
respectable	1.6
revered	2.0
revolutionary	1.6
romantic	1.8
rosy	1.4
scenic	1.8
steadfast	1.8
selfless	2.3
sociable	1.5
spirited	1.5
supreme	2.2
stimulating	1.6
striking	1.0
stupendous	3.0
suave	1.4
succulent	2.0
sumptuous	2.4
tasteful	1.8
tenacious	1.4
tolerant	1.2
tremendous	2.6
truthful	1.8
unbeatable	2.6
unmatched	2.6
unparalleled	2.8
upstanding	1.8
valiant	2.0
vigilant	1.2
vigorous	1.3
virtuous	1.9
visionary	1.8
vivacious	2.0
warmhearted	2.2
warm-hearted	2.2
wealthy	1.2
whimsical	1.2
youthful	1.2
zealous	1.2
well-behaved	1.4
zesty	1.3
breakthrough	2.0
breakthroughs	1.9
cheer	1.8
ecstasy	3.0
elation	2.8
euphoria	2.8
ease	1.3
faith	1.3
fame	1.2
favor	0.6
favour	0.6
freedom	1.6
grace	1.0
privilege	1.6
glory	2.2
greatness	2.4
heroism	2.4
humor	1.5
humour	1.5
merit	1.5
recognition	1.5
mercy	1.5
justice	1.4
liberty	1.4
sympathy	1.4
prosperity	2.0
serenity	2.0
romance	1.6
splendor	2.3
splendour	2.3
tenderness	1.8
virtue	1.8
truth	1.2
zeal	1.3
zest	1.6
dishonor	-2.2
dishonour	-2.2
heartache	-2.5
heartaches	-2.4
ignorance	-1.8
malice	-2.6
wrath	-2.6
accuse	-1.6
accused	-1.8
accusing	-1.8
accusation	-1.7
accusations	-1.7
alienate	-1.7
antagonize	-1.8
antagonise	-1.8
argue	-1.2
argued	-1.2
arguments	-1.2
arguing	-1.4
argument	-1.3
assault	-2.8
assaulted	-2.9
badger	-1.6
badgered	-1.8
belittle	-2.2
bicker	-1.4
bickering	-1.5
blackmail	-3.0
blackmailed	-3.0
boycott	-2.0
boycotting	-2.0
brag	-1.0
bragging	-1.2
bungle	-2.0
clash	-1.5
coerce	-2.0
coerced	-2.2
confuse	-1.3
conspire	-1.8
defame	-2.4
defamation	-2.4
defraud	-3.0
defrauded	-3.0
degrade	-1.9
demean	-2.2
deplore	-2.4
depress	-1.8
deprive	-1.9
deprived	-2.0
deride	-2.0
derided	-2.1
discourage	-1.5
discouraged	-1.7
discouraging	-1.8
dismissing	-1.8
discredit	-1.9
discredited	-2.0
disparage	-2.0
dismiss	-1.5
displease	-1.7
disregard	-1.6
disregarded	-1.8
distort	-1.3
disturb	-1.3
doubtful	-1.3
doubt	-1.2
doubted	-1.2
doubts	-1.2
dumped	-1.6
embarrass	-1.7
endanger	-2.0
exasperate	-2.0
endangered	-1.8
exaggerate	-1.0
exaggerated	-1.2
falter	-1.2
faltered	-1.3
fight	-1.4
fighting	-1.5
fought	-1.3
flop	-1.8
flops	-1.8
frighten	-1.8
flopped	-1.9
forbid	-1.0
forgot	-0.5
forbidden	-1.1
forgotten	-0.5
fume	-2.2
grieve	-2.2
intimidate	-2.2
malign	-2.2
manipulate	-2.2
gloat	-1.4
grumbling	-1.4
impair	-1.4
impaired	-1.4
grumble	-1.3
interfere	-1.3
interference	-1.3
humiliate	-2.5
jeopardize	-1.8
jeopardise	-1.8
lament	-1.8
mistreat	-2.4
oppress	-2.4
perish	-2.4
plunder	-2.4
slander	-2.4
mourn	-2.1
mourning	-2.2
oppressed	-2.5
oppression	-2.6
overlook	-0.8
overlooked	-1.2
quarrel	-1.6
retaliate	-1.6
scold	-1.6
slam	-1.6
slammed	-1.6
taunt	-1.6
ravage	-2.3
spite	-2.3
vandalize	-2.3
vandalise	-2.3
ravaged	-2.4
vandalised	-2.4
vandalized	-2.4
violated	-2.4
repel	-1.4
scolded	-1.8
squander	-1.8
shatter	-1.9
shunned	-1.9
squandered	-1.9
shun	-1.7
smear	-2.0
snubbed	-2.0
trapped	-2.0
snub	-1.8
stumble	-1.0
stalled	-1.2
stalling	-1.3
sulk	-1.3
starve	-2.2
violate	-2.2
violation	-2.2
starving	-1.8
weep	-1.8
taint	-1.6
trap	-1.6
taunted	-2.1
violations	-2.1
terrify	-2.4
undermine	-1.9
undermined	-2.0
undermining	-2.0
amuse	1.4
befriend	1.4
beautify	1.4
embrace	1.4
embraced	1.4
enhance	1.4
enriched	1.4
assist	0.5
assisting	0.5
assistance	0.5
optimize	0.8
optimise	0.8
assisted	0.5
elevate	1.2
boost	1.3
enhancement	1.3
boosted	1.4
strengthen	1.4
brighten	1.6
enrich	1.6
glorify	1.6
nurture	1.6
outperform	1.6
brightened	1.7
outperformed	1.7
cheered	1.8
cheering	1.8
compliment	1.8
compliments	1.8
fascinate	1.8
outshine	1.8
pamper	1.8
savor	1.8
savour	1.8
revitalize	1.8
revitalise	1.8
uplift	1.8
invigorate	1.8
complimented	2.0
dazzle	2.0
enchant	2.0
pampered	2.0
perfected	2.0
uplifted	2.0
dazzled	2.2
enthrall	2.2
enthral	2.2
enchanted	2.3
enthralled	2.4
energize	1.5
energise	1.5
enlighten	1.5
motivate	1.5
enhanced	1.5
revived	1.5
strengthened	1.5
enriching	1.9
relish	1.9
relished	1.9
salute	1.9
esteem	1.6
forgiven	1.3
marvelled	2.1
marveled	2.1
overcome	1.4
revive	1.4
forgive	1.4
pleasantly surprised	2.4
gracefully	1.7
cheerfully	2.0
elegantly	2.0
speedily	1.4
intelligently	1.4
capably	1.4
favorably	1.4
favourably	1.4
helpfully	1.6
considerately	1.7
stylishly	1.7
creatively	1.5
lovingly	2.2
admirably	2.2
tenderly	1.6
affectionately	1.9
commendably	2.0
optimistically	1.3
deceptively	-2.2
shamefully	-2.6
viciously	-2.6
disgracefully	-2.8
appallingly	-2.8
uselessly	-2.2
pointlessly	-1.8
needlessly	-1.2
insufficiently	-1.2
coldly	-1.4
grumpily	-1.4
sarcastically	-1.4
erratically	-1.4
sluggishly	-1.4
unhelpfully	-1.9
inconsistently	-1.3
unreliably	-1.6
sweeter	1.8
lovelier	2.3
tastiest	2.3
politest	1.9
cleverest	1.8
tastier	1.8
luckier	1.8
healthiest	1.6
safest	1.6
safer	1.3
comfiest	2.0
cosiest	2.0
coziest	2.0
luckiest	2.6
dirtier	-1.8
laggier	-1.8
flimsier	-1.8
dirtiest	-2.3
filthiest	-2.8
shittier	-2.8
lousiest	-2.6
crappier	-2.5
lamest	-2.0
lazier	-2.0
sloppier	-2.0
stupidest	-2.7
laziest	-2.3
scariest	-2.2
scarier	-1.9
dodgier	-1.9
buggier	-1.9
messier	-1.5
grumpier	-1.5
riskier	-1.5
messiest	-1.9
noisier	-1.4
noisiest	-1.7
weirder	-1.0
harsher	-1.8
riskiest	-1.8
harshest	-2.1
shoddier	-2.4
costlier	-1.3
pricier	-0.9
spam calls	-1.8
robocalls	-1.8
robocall	-1.8
cold calls	-1.4
junk mail	-1.4
nuisance calls	-2.0
phishing	-2.4
hacked	-2.4
breach	-2.2
compromised	-2.2
malware	-2.2
data breach	-2.8
ransomware	-2.8
data leak	-2.6
virus	-1.8
viruses	-1.8
adware	-1.8
clickbait	-1.8
spyware	-2.3
popups	-1.4
pop-ups	-1.4
intrusive ads	-1.8
paywall	-1.2
upselling	-1.2
subscription trap	-2.6
dark patterns	-2.2
upsell	-1.0
latency	-0.8
packet loss	-1.8
jitter	-1.0
bottleneck	-1.2
crackling	-1.2
overloaded	-1.6
overload	-1.3
congestion	-1.3
congested	-1.4
dropped out	-1.5
workaround	-0.5
incompatible	-1.5
incompatibility	-1.4
compatible	0.8
unsupported	-1.2
discontinued	-1.2
deprecated	-0.8
rescheduled	-0.8
postpone	-0.8
postponed	-1.0
lost in transit	-2.2
lost in the post	-2.2
not as described	-2.2
stuck in transit	-1.8
wrong colour	-1.8
wrong color	-1.8
stuck in customs	-1.6
held at customs	-1.2
return to sender	-1.2
returned to sender	-1.4
not as advertised	-2.3
as described	1.2
as advertised	1.0
as pictured	1.0
exactly as described	1.8
looks nothing like	-2.0
nothing like the picture	-2.2
knockoff	-2.2
knock-off	-2.2
late fee	-1.6
late fees	-1.6
late payment fee	-1.5
admin fee	-1.3
admin fees	-1.3
service charge	-0.8
roaming charges	-1.2
bill shock	-2.4
sky-high	-1.6
sky high	-1.6
rip-off prices	-3.0
cost a fortune	-1.8
costs a fortune	-1.8
arm and a leg	-2.0
an arm and a leg	-2.0
pay through the nose	-2.2
paid through the nose	-2.2
paying through the nose	-2.2
money pit	-2.2
bargain price	1.8
a steal	1.8
steal of a deal	2.2
cheap as chips	1.4
great value for money	2.6
make amends	1.6
apology accepted	1.6
made amends	1.8
sincere apology	1.2
sincere apologies	1.0
heartfelt apology	1.5
no compensation	-2.0
joke of a company	-2.8
cowboy	-1.8
cowboy builders	-2.6
held hostage	-2.4
hold hostage	-2.2
bummed	-1.8
bummer	-1.7
knackered	-1.4
hangry	-1.5
triggered	-0.8
butthurt	-1.8
whiny	-1.6
whiney	-1.6
moany	-1.4
jokers	-1.8
joker	-1.6
cheapskate	-1.6
cheapskates	-1.8
charlatan	-2.8
charlatans	-2.9
shyster	-2.9
bloodsuckers	-2.9
shysters	-3.0
loan sharks	-2.6
leeches	-2.6
parasite	-2.6
vultures	-2.5
halfwit	-2.5
leech	-2.3
buffoon	-2.3
dimwits	-2.3
numbskulls	-2.3
pillock	-2.3
parasites	-2.8
bloodsucking	-2.8
weasels	-2.4
buffoons	-2.4
pillocks	-2.4
weasel	-2.2
nitwits	-2.2
dimwit	-2.2
plonkers	-2.2
prat	-2.2
sods	-2.2
incompetents	-2.6
halfwits	-2.6
amateurs	-1.6
plonker	-2.1
prats	-2.3
sod off	-2.5
bugger	-1.8
buggered	-2.0
get lost	-2.0
bugger off	-2.4
screw this	-2.4
piss off	-2.6
shut up	-1.6
screw you	-3.0
fuck this	-3.0
f off	-3.0
screw them	-2.8
fuck you	-3.6
fuck off	-3.4
fuck them	-3.3
stfu	-2.5
gtfo	-2.6
rad	1.8
pumped	1.8
stoked	2.6
psyched	2.0
jazzed	2.0
lush	2.0
bussin	2.2
awesomesauce	2.8
out of this world	2.8
goated	2.4
the bomb	2.4
da bomb	2.4
off the charts	2.4
top class	2.4
top-class	2.4
lovely jubbly	2.2
top drawer	2.2
tip-top	2.2
tip top	2.2
topnotch	2.6
hunky-dory	1.8
hunky dory	1.8
peachy	1.6
fine and dandy	1.6
a-ok	1.6
a-okay	1.6
dandy	1.4
okie	0.8
okie dokie	0.9
cracking job	2.6
thanks for nothing	-2.5
thank you for nothing	-2.6
lost faith	-2.2
lost trust	-2.2
lost confidence	-2.2
lost all faith	-2.6
lost all trust	-2.6
lost all confidence	-2.6
at the mercy of	-1.8
says on the tin	2.0
what it says on the tin	2.0
end of the tunnel	1.6
sorted it out	2.2
sorted it all out	2.2
sorted it	2.0
all sorted	2.0
got it sorted	2.0
got it sorted out	2.0
sorted out	1.8
unputdownable	2.8
spacious	1.5
roomy	1.2
crisp	1.0
crispy	1.2
tender	1.5
juicy	1.5
worth	1.0
absorbing	1.8
enthralling	2.5
mesmerizing	2.5
mesmerising	2.5
spellbinding	2.5
suspenseful	1.5
poignant	1.8
profound	1.8
atmospheric	1.5
masterclass	2.5
highlight	1.2
standout	2.0
recommendable	2.0
tastefully	1.8
hooked	1.5
addictive	1.5
obsessed	1.2
goosebumps	1.2
chills	0.8
sharp	1.0
worth every cent	2.8
exceeded all expectations	2.5
out of his way	2.0
out of her way	2.0
can't ask for more	2.2
couldn't have been more helpful	2.5
could not have been more helpful	2.5
couldn't have been nicer	2.5
buy again	1.5
book again	1.8
stay again	1.8
order again	1.5
visit again	1.5
we'll be back	2.0
i'll be back	2.0
coming back	1.5
never disappoints	2.5
never disappoint	2.5
never disappointed	2.5
never fails	2.0
never let me down	2.5
never lets me down	2.5
never let us down	2.5
never let you down	2.5
never had a bad	2.5
couldn't put it down	2.5
could not put it down	2.5
can't put it down	2.5
hard to put down	2.2
can't wait	1.5
cannot wait	1.5
blew my mind	2.5
mind blowing	2.5
laughed out loud	2.0
laugh out loud	1.8
had a blast	2.5
time of their lives	2.8
time of my life	2.8
time of our lives	2.8
on repeat	1.5
won me over	2.0
a must	2.0
must see	2.5
must read	2.5
must have	2.2
well written	2.2
well acted	2.2
well crafted	2.2
well organized	2.0
well priced	1.8
well marked	1.8
well researched	1.8
well structured	1.8
well curated	1.8
well balanced	1.8
well looked after	1.8
page turner	2.2
in safe hands	2.0
in good hands	2.0
nothing but	0.0
not only	0.0
nothing but praise	2.0
zero regrets	2.0
no regrets	2.0
made up for	1.5
makes up for	1.5
make up for	1.5
pleasant surprise	2.0
so glad	1.5
went smoothly	1.8
ran smoothly	1.8
to die for	2.5
keeps coming back	1.5
keep coming back	1.5
never bored	1.5
does exactly what	1.5
like new	1.2
feel safe	1.5
felt safe	1.5
predictable	-1.5
formulaic	-1.5
unoriginal	-1.5
cliched	-1.5
cliche	-1.5
cliches	-1.5
derivative	-1.2
soulless	-1.8
wooden	-1.0
stiff	-1.0
forced	-1.0
contrived	-1.8
implausible	-1.5
wobbly	-1.5
wobbles	-1.3
rickety	-1.8
lopsided	-1.3
scratches	-1.0
stains	-1.2
mold	-1.8
mould	-1.8
musty	-1.8
grubby	-1.8
oily	-1.0
flavorless	-1.8
flavourless	-1.8
watery	-1.3
gritty	-0.8
chewy	-0.8
rubbery	-1.3
limp	-1.2
outrageously	-2.0
unplayable	-2.5
unlistenable	-2.5
unwatchable	-2.8
deafening	-1.5
stank	-2.0
reeks	-2.0
dingy	-1.8
rundown	-1.8
overlong	-1.5
uneventful	-1.0
forgettable	-1.8
lacks	-1.3
shortcomings	-1.2
ordeal	-2.0
chore	-1.5
dealbreaker	-1.5
snapped	-1.5
shrank	-1.5
shrunk	-1.5
snaps	-1.3
faded	-1.0
peeling	-1.3
leaks	-1.5
rusting	-1.3
rusty	-1.3
rusted	-1.5
sagged	-1.5
saggy	-1.5
sags	-1.3
sagging	-1.3
squeaks	-1.0
squeaky	-1.0
creaky	-1.0
creaked	-0.8
creaks	-0.8
jammed	-1.3
clogs	-1.2
clogged	-1.3
overheats	-1.8
overheating	-1.8
dies	-1.3
ditched	-1.2
upsold	-1.0
rash	-1.5
itchy	-1.3
itching	-1.3
blister	-1.0
blisters	-1.2
diarrhea	-1.5
rushed	-1.5
caricature	-1.0
propaganda	-1.5
shrugged	-1.0
pseudoscience	-1.5
meager	-1.2
meagre	-1.2
unsatisfying	-1.5
tinny	-1.3
muffled	-1.5
sweltering	-1.3
frizzy	-1.2
stiffly	-1.3
mumbled	-1.8
meanders	-1.2
meandering	-1.2
incoherently	-2.0
gimmicky	-1.8
feels cheap	-1.8
cheap plastic	-1.8
false advertising	-2.0
fall apart	-2.0
broke down	-2.0
quit working	-2.0
gave up	-1.3
gave up on	-1.5
give up	-1.0
walked out	-1.5
fell asleep	-1.5
falling asleep	-1.5
nickel and dimed	-2.0
step backward	-1.8
lets you down	-2.0
one sided	-1.3
food poisoning	-2.8
broke out	-1.2
drowns out	-1.0
deal breaker	-1.5
worn out	-1.0
run down	-1.8
self indulgent	-1.5
paper thin	-1.5
could have been better	-1.2
could have been shorter	-1.0
could have been tighter	-1.0
could have been	-0.8
couldn't have been better	2.5
could not have been better	2.5
lost interest	-1.5
lost the thread	-1.5
no idea what	-1.8
no clue	-1.5
waste of an evening	-2.0
what a waste	-2.0
not impressed	-2.0
not happy	-2.0
off key	-1.5
goes nowhere	-1.5
went nowhere	-1.5
go nowhere	-1.5
too long	-1.2
way too long	-1.5
far too long	-1.5
pale shadow	-2.0
talks down	-1.5
tasted like cardboard	-1.5
like cardboard	-1.5
nothing happens	-2.0
very little happens	-1.5
little happens	-1.5
fell flat	-1.0
falls flat	-1.5
fall flat	-1.5
avoid	-1.8
blurry	-1.5
bulky	-0.8
corny	-1.3
overacted	-1.5
grainy	-1.0
snappy	1.2
vivid	1.2
lightweight	0.8
comfier	1.8
do not buy	-2.5
don't buy	-2.2
skip it	-1.5
skip this	-1.5
returned it	-1.5
sent it back	-1.5
sending it back	-1.5
returning it	-1.5
send it back	-1.2
pretty	1.5
could have been worse	0.5
drops	-0.8
swallowed my card	-2.0
hanging up	-1.5
no explanation	-1.8
without explanation	-1.8
without notice	-1.5
without warning	-1.5
for no reason	-1.5
not fixed	-2.0
isn't working	-2.0
hasn't worked	-2.0
cuts	-0.8
flickering	-1.5
flickers	-1.5
flicker	-1.2
doubled	-1.0
says it all	-1.5
like a number	-2.0
tasted of nothing	-2.0
tastes of nothing	-2.0
fails to	-1.5
failed to	-1.5
never signed up	-2.0
never asked for	-2.0
never ordered	-2.0
about time	-1.2
doesn't fit	-1.5
does not fit	-1.5
taken seriously	1.5
white screen	-1.5
logs me out	-1.5
get real	-2.0
without telling	-1.8
longer and longer	-1.5
later and later	-1.2
more and more expensive	-1.5
doesn't respond	-1.5
no longer works	-2.0
doesn't work anymore	-2.0
no longer recognised	-1.5
no longer recognized	-1.5
wrong again	-1.5
no more hassle	2.0
sent a replacement	1.5
sent me a replacement	1.5
sent a new one	1.5
"""
