// Dutch (Netherlands and Flemish) sentiment lexicon for webcare, written for this project.
// One entry per line: the word or phrase in lowercase, a TAB, then its valence from -4.0 (very negative) to +4.0 (very positive).
let dutchLexiconSource = """
slecht	-2.0
slechte	-2.0
slechter	-2.0
slechtere	-2.0
slechtst	-2.0
slechtste	-2.0
waardeloos	-3.0
waardeloze	-3.0
belabberd	-2.5
belabberde	-2.5
beroerd	-2.3
beroerde	-2.3
beroerder	-2.3
bedroevend	-2.5
bedroevende	-2.5
rampzalig	-3.0
rampzalige	-3.0
verschrikkelijke	-2.8
vreselijke	-2.8
afschuwelijk	-3.0
afschuwelijke	-3.0
afgrijselijk	-3.0
afgrijselijke	-3.0
abominabel	-3.0
abominabele	-3.0
erbarmelijk	-3.0
erbarmelijke	-3.0
miserabel	-2.8
miserabele	-2.8
belachelijk	-2.5
belachelijke	-2.5
bespottelijk	-2.5
bespottelijke	-2.5
lachwekkend	-2.0
lachwekkende	-2.0
absurd	-2.0
absurde	-2.0
triest	-2.0
trieste	-2.0
triester	-2.0
treurig	-2.0
treurige	-2.0
treuriger	-2.0
droevig	-2.0
droevige	-2.0
verdrietig	-2.0
verdrietige	-2.0
teleurstellend	-2.3
teleurstellende	-2.3
teleurgesteld	-2.2
teleurgestelde	-2.2
ontevreden	-2.2
ongelukkig	-2.0
ongelukkige	-2.0
boos	-2.3
boze	-2.3
bozer	-2.3
kwaad	-2.5
kwade	-2.5
woedend	-3.0
woedende	-3.0
witheet	-3.0
razend	-2.8
razende	-2.8
pissig	-2.5
pissige	-2.5
nijdig	-2.5
nijdige	-2.5
chagrijnig	-2.0
chagrijnige	-2.0
humeurig	-1.5
humeurige	-1.5
geïrriteerd	-2.0
geïrriteerde	-2.0
geërgerd	-2.0
irritant	-2.2
irritante	-2.2
irritanter	-2.2
irritantst	-2.2
irritantste	-2.2
ergerlijk	-2.3
ergerlijke	-2.3
vervelend	-1.8
vervelende	-1.8
vervelender	-1.8
vervelendst	-1.8
vervelendste	-1.8
lastig	-1.2
lastige	-1.2
lastiger	-1.2
moeilijk	-0.8
moeilijke	-0.8
moeilijker	-0.8
ingewikkeld	-1.0
ingewikkelde	-1.0
ingewikkelder	-1.0
omslachtig	-1.5
omslachtige	-1.5
omslachtiger	-1.5
onduidelijk	-1.5
onduidelijke	-1.5
onduidelijker	-1.5
vaag	-1.2
vage	-1.2
vager	-1.2
verwarrend	-1.3
verwarrende	-1.3
onoverzichtelijk	-1.5
onoverzichtelijke	-1.5
onhandig	-1.3
onhandige	-1.3
onhandiger	-1.3
onpraktisch	-1.3
onpraktische	-1.3
onbruikbaar	-2.5
onbruikbare	-2.5
onbereikbaar	-2.5
onbereikbare	-2.5
traag	-1.8
trage	-1.8
trager	-1.8
tragere	-1.8
traagst	-1.8
traagste	-1.8
langzaam	-1.2
langzame	-1.2
langzamer	-1.2
sloom	-1.8
slome	-1.8
slomer	-1.8
stroperig	-1.5
stroperige	-1.5
duur	-0.9
dure	-0.9
duurder	-1.2
duurdere	-1.2
duurst	-1.2
duurste	-1.2
prijzig	-1.0
prijzige	-1.0
prijziger	-1.0
peperduur	-2.2
peperdure	-2.2
stom	-2.0
stomme	-2.0
stommer	-2.0
stomst	-2.0
stomste	-2.0
dom	-2.0
domme	-2.0
dommer	-2.0
domst	-2.0
domste	-2.0
achterlijk	-3.0
achterlijke	-3.0
debiel	-3.2
debiele	-3.2
idioot	-2.5
idiote	-2.5
schandalig	-3.0
schandalige	-3.0
schandelijk	-2.8
schandelijke	-2.8
onacceptabel	-2.8
onacceptabele	-2.8
onaanvaardbaar	-2.8
onaanvaardbare	-2.8
ontoelaatbaar	-2.5
ontoelaatbare	-2.5
ontoereikend	-1.8
ontoereikende	-1.8
onvoldoende	-1.8
gebrekkig	-2.0
gebrekkige	-2.0
ondermaats	-2.3
ondermaatse	-2.3
matig	-0.8
matige	-0.8
middelmatig	-1.0
middelmatige	-1.0
pover	-1.8
povere	-1.8
mager	-0.8
magere	-0.8
zwak	-1.5
zwakke	-1.5
zwakker	-1.5
zwakst	-1.5
zwakste	-1.5
slordig	-1.8
slordige	-1.8
slordiger	-1.8
knullig	-1.5
knullige	-1.5
amateuristisch	-2.2
amateuristische	-2.2
onprofessioneel	-2.5
onprofessionele	-2.5
incompetent	-2.8
incompetente	-2.8
onbekwaam	-2.5
onbekwame	-2.5
klantonvriendelijk	-2.5
klantonvriendelijke	-2.5
klantonvriendelijker	-2.5
onvriendelijk	-2.2
onvriendelijke	-2.2
onvriendelijker	-2.2
onbeschoft	-2.8
onbeschofte	-2.8
onbeleefd	-2.2
onbeleefde	-2.2
ongemanierd	-2.0
ongemanierde	-2.0
brutaal	-2.0
brutale	-2.0
grof	-2.0
grove	-2.0
grover	-2.0
lomp	-2.0
lompe	-2.0
botte	-1.5
arrogant	-2.5
arrogante	-2.5
arroganter	-2.5
neerbuigend	-2.5
neerbuigende	-2.5
denigrerend	-2.5
denigrerende	-2.5
kortaf	-1.5
onbehulpzaam	-2.0
onbehulpzame	-2.0
ongeïnteresseerd	-1.8
ongeïnteresseerde	-1.8
nonchalant	-1.5
nonchalante	-1.5
laks	-2.0
lakse	-2.0
lui	-1.5
luie	-1.5
ongeduldig	-1.2
ongeduldige	-1.2
onbetrouwbaar	-2.8
onbetrouwbare	-2.8
oneerlijk	-2.5
oneerlijke	-2.5
leugenachtig	-3.0
leugenachtige	-3.0
misleidend	-2.5
misleidende	-2.5
bedrieglijk	-3.0
bedrieglijke	-3.0
frauduleus	-3.2
frauduleuze	-3.2
crimineel	-3.0
criminele	-3.0
corrupt	-3.0
corrupte	-3.0
vals	-0.9
valse	-2.2
nep	-2.0
gammel	-2.0
gammele	-2.0
krakkemikkig	-2.0
krakkemikkige	-2.0
wankel	-1.5
wankele	-1.5
kapot	-2.5
kapotte	-2.5
defect	-2.3
defecte	-2.3
kaduuk	-2.3
beschadigd	-2.3
beschadigde	-2.3
gebroken	-2.0
gebarsten	-2.0
gescheurd	-1.8
gescheurde	-1.8
verkreukeld	-1.2
verkreukelde	-1.2
vies	-2.2
vieze	-2.2
viezer	-2.2
smerig	-2.5
smerige	-2.5
smeriger	-2.5
goor	-2.8
gore	-2.8
walgelijk	-3.2
walgelijke	-3.2
weerzinwekkend	-3.2
weerzinwekkende	-3.2
onsmakelijk	-2.0
onsmakelijke	-2.0
smakeloos	-1.8
smakeloze	-1.8
ranzig	-2.8
ranzige	-2.8
beschimmeld	-2.5
beschimmelde	-2.5
bedorven	-2.5
muf	-1.5
muffe	-1.5
lauw	-0.9
lauwe	-0.9
flauw	-1.2
flauwe	-1.2
aangebrand	-1.5
aangebrande	-1.5
saai	-1.5
saaie	-1.5
saaier	-1.5
saaiste	-1.5
oninteressant	-1.2
oninteressante	-1.2
nutteloos	-2.3
nutteloze	-2.3
zinloos	-2.0
zinloze	-2.0
overbodig	-1.2
overbodige	-1.2
onnodig	-1.3
onnodige	-1.3
onzinnig	-1.8
onzinnige	-1.8
ongewenst	-1.5
ongewenste	-1.5
ongevraagd	-1.2
ongevraagde	-1.2
opdringerig	-2.0
opdringerige	-2.0
agressief	-2.5
agressieve	-2.5
bedreigend	-2.5
bedreigende	-2.5
gevaarlijk	-2.0
gevaarlijke	-2.0
onveilig	-2.0
onveilige	-2.0
onbetaalbaar	-1.5
onbetaalbare	-1.5
ongezellig	-1.5
ongezellige	-1.5
ongemakkelijk	-1.3
ongemakkelijke	-1.3
oncomfortabel	-1.5
oncomfortabele	-1.5
pijnlijk	-1.8
pijnlijke	-1.8
zuur	-0.9
zure	-1.5
bitter	-1.5
bittere	-1.5
jammer	-1.5
zonde	-1.5
spijtig	-1.5
spijtige	-1.5
ambetant	-2.0
ambetante	-2.0
kwalijk	-2.0
kwalijke	-2.0
laakbaar	-2.3
laakbare	-2.3
verwerpelijk	-2.8
verwerpelijke	-2.8
hopeloos	-2.5
hopeloze	-2.5
uitzichtloos	-2.5
uitzichtloze	-2.5
kansloos	-2.3
kansloze	-2.3
ziek	-0.9
zieke	-1.3
gestoord	-2.2
gestoorde	-2.2
raar	-0.9
rare	-1.0
vreemd	-0.8
verdacht	-1.5
dubieus	-1.8
dubieuze	-1.8
schimmig	-1.8
schimmige	-1.8
louche	-2.0
onbegrijpelijk	-2.0
onbegrijpelijke	-2.0
onverklaarbaar	-1.5
onverklaarbare	-1.5
onlogisch	-1.5
onlogische	-1.5
onredelijk	-2.0
onredelijke	-2.0
onterecht	-2.0
onterechte	-2.0
onrechtvaardig	-2.3
onrechtvaardige	-2.3
ongeoorloofd	-2.0
ongeoorloofde	-2.0
onwettig	-2.2
onwettige	-2.2
illegaal	-2.2
illegale	-2.2
ongeldig	-1.2
ongeldige	-1.2
onjuist	-1.5
onjuiste	-1.5
incorrect	-1.5
incorrecte	-1.5
fout	-1.8
foute	-1.8
verkeerd	-1.8
verkeerde	-1.8
foutief	-1.5
foutieve	-1.5
onvolledig	-1.5
onvolledige	-1.5
incompleet	-1.5
incomplete	-1.5
onverzorgd	-1.5
onverzorgde	-1.5
rommelig	-1.5
rommelige	-1.5
chaotisch	-2.0
chaotische	-2.0
ongeorganiseerd	-2.0
ongeorganiseerde	-2.0
storend	-1.5
storende	-1.5
hinderlijk	-1.8
hinderlijke	-1.8
lawaaierig	-1.5
lawaaierige	-1.5
luidruchtig	-1.2
luidruchtige	-1.2
krap	-0.8
krappe	-0.8
beperkt	-0.8
beperkte	-0.8
gierig	-0.9
gierige	-0.9
krenterig	-2.0
krenterige	-2.0
inhalig	-2.3
inhalige	-2.3
hebberig	-2.0
hebberige	-2.0
hebzuchtig	-2.3
hebzuchtige	-2.3
achterbaks	-2.8
achterbakse	-2.8
gluiperig	-2.5
gluiperige	-2.5
stiekem	-1.5
stiekeme	-1.5
sluw	-1.5
sluwe	-1.5
respectloos	-2.5
respectloze	-2.5
schofterig	-2.8
schofterige	-2.8
asociaal	-2.5
asociale	-2.5
egoïstisch	-2.0
egoïstische	-2.0
hypocriet	-2.5
hypocriete	-2.5
zielig	-1.5
zielige	-1.5
onzeker	-1.0
onzekere	-1.0
bang	-1.5
bange	-1.5
angstig	-1.8
angstige	-1.8
ongerust	-1.5
ongeruste	-1.5
gestrest	-1.8
gestreste	-1.8
zenuwachtig	-1.2
zenuwachtige	-1.2
moe	-1.2
doodmoe	-1.8
uitgeput	-1.8
gefrustreerd	-2.5
gefrustreerde	-2.5
frustrerend	-2.5
frustrerende	-2.5
vermoeiend	-1.5
vermoeiende	-1.5
slopend	-2.0
slopende	-2.0
zenuwslopend	-2.2
zenuwslopende	-2.2
tenenkrommend	-2.5
tenenkrommende	-2.5
gênant	-2.0
gênante	-2.0
beschamend	-2.5
beschamende	-2.5
ongezond	-1.5
ongezonde	-1.5
giftig	-2.0
giftige	-2.0
besmet	-1.8
besmette	-1.8
onhygiënisch	-2.5
onhygiënische	-2.5
lelijk	-2.0
lelijke	-2.0
lelijker	-2.0
lelijkste	-2.0
foeilelijk	-2.8
foeilelijke	-2.8
spuuglelijk	-2.8
oerlelijk	-2.8
afzichtelijk	-2.8
afzichtelijke	-2.8
mottig	-2.0
mottige	-2.0
eng	-2.0
enge	-2.0
gemeen	-2.3
gemene	-2.3
kil	-1.8
kille	-1.8
laf	-2.3
laffe	-2.3
lafhartig	-2.5
akelig	-2.0
akelige	-2.0
angstaanjagend	-2.3
angstaanjagende	-2.3
beangstigend	-2.0
beangstigende	-2.0
bedroefd	-2.0
bedroefde	-2.0
benauwd	-1.5
benauwde	-1.5
boosaardig	-2.8
boosaardige	-2.8
kwaadaardig	-2.8
kwaadaardige	-2.8
dreigend	-2.0
dreigende	-2.0
eenzaam	-2.0
eenzame	-2.0
gevoelloos	-2.0
gevoelloze	-2.0
harteloos	-2.5
harteloze	-2.5
hatelijk	-2.5
hatelijke	-2.5
ijzig	-1.5
ijzige	-1.5
jammerlijk	-2.0
jammerlijke	-2.0
kinderachtig	-1.8
kinderachtige	-1.8
kleinzielig	-2.0
kleinzielige	-2.0
krenkend	-2.3
krenkende	-2.3
luguber	-2.0
lugubere	-2.0
nare	-2.0
naargeestig	-2.0
naargeestige	-2.0
nadelig	-1.5
nadelige	-1.5
nors	-2.0
norse	-2.0
onaangenaam	-2.0
onaangename	-2.0
onaardig	-2.0
onaardige	-2.0
onbehoorlijk	-2.0
onbehoorlijke	-2.0
onbeholpen	-1.5
ondankbaar	-2.0
ondankbare	-2.0
onfatsoenlijk	-2.3
onfatsoenlijke	-2.3
ongepast	-2.0
ongepaste	-2.0
onheus	-2.0
onheuse	-2.0
onmenselijk	-2.8
onmenselijke	-2.8
onmogelijk	-1.5
onmogelijke	-1.5
onnozel	-2.0
onnozele	-2.0
onplezierig	-1.8
onplezierige	-1.8
onprettig	-1.8
onprettige	-1.8
onsympathiek	-2.0
onsympathieke	-2.0
ontstellend	-2.5
ontstellende	-2.5
onverantwoord	-2.3
onverantwoorde	-2.3
onverschillig	-2.0
onverschillige	-2.0
onvolwassen	-1.8
onwaardig	-2.3
onwaardige	-2.3
pathetisch	-2.5
pathetische	-2.5
rancuneus	-2.0
rancuneuze	-2.0
rot	-2.0
rotte	-2.0
sikkeneurig	-1.8
sikkeneurige	-1.8
sneu	-1.5
sneue	-1.5
somber	-1.8
sombere	-1.8
stuitend	-2.8
stuitende	-2.8
schokkend	-2.5
schokkende	-2.5
tergend	-2.3
tergende	-2.3
tragisch	-2.5
tragische	-2.5
verdorven	-2.8
vijandig	-2.5
vijandige	-2.5
vunzig	-2.5
vunzige	-2.5
zorgwekkend	-2.0
zorgwekkende	-2.0
nalatig	-2.3
nalatige	-2.3
onzorgvuldig	-2.0
onzorgvuldige	-2.0
onstabiel	-2.0
onstabiele	-2.0
instabiel	-2.0
instabiele	-2.0
ontoegankelijk	-2.0
ontoegankelijke	-2.0
onwerkbaar	-2.5
onwerkbare	-2.5
gebruiksonvriendelijk	-2.3
gebruiksonvriendelijke	-2.3
verouderd	-1.5
verouderde	-1.5
achterhaald	-1.5
achterhaalde	-1.5
verslechterd	-2.0
verslechterde	-2.0
star	-0.9
starre	-1.5
bureaucratisch	-2.0
bureaucratische	-2.0
achterstallig	-1.5
achterstallige	-1.5
torenhoog	-2.0
torenhoge	-2.0
exorbitant	-2.5
exorbitante	-2.5
buitensporig	-2.3
buitensporige	-2.3
overdreven	-1.5
haperend	-1.8
haperende	-1.8
laggy	-1.8
bevroren	-1.5
overbelast	-1.8
overbelaste	-1.8
offline	-1.0
down	-1.8
buggy	-2.0
nietszeggend	-1.8
nietszeggende	-1.8
gehaast	-2.2
gehaaste	-2.2
ongeïnformeerd	-2.0
ongemotiveerd	-1.8
ongemotiveerde	-1.8
onkundig	-2.0
onkundige	-2.0
ondoorzichtig	-2.0
ondoorzichtige	-2.0
onbehouwen	-2.3
ongehoord	-2.5
ongehoorde	-2.5
schaamteloos	-2.8
schaamteloze	-2.8
halfbakken	-2.0
prutserig	-2.0
klungelig	-2.0
klungelige	-2.0
klunzig	-1.8
klunzige	-1.8
lullig	-2.0
lullige	-2.0
sullig	-1.8
sullige	-1.8
stuntelig	-2.0
stuntelige	-2.0
oliedom	-2.5
dwaas	-2.2
dwaze	-2.2
naïef	-1.5
naïeve	-1.5
kortzichtig	-2.0
kortzichtige	-2.0
onervaren	-1.5
gemakzuchtig	-1.5
gemakzuchtige	-1.5
kwaadwillend	-2.5
kwaadwillige	-2.5
hufterig	-2.3
hufterige	-2.3
onbetamelijk	-2.5
vermoeid	-1.5
verveeld	-1.2
verbitterd	-2.0
verbitterde	-2.0
wanhopig	-2.2
wanhopige	-2.2
radeloos	-2.0
radeloze	-2.0
machteloos	-1.8
machteloze	-1.8
hulpeloos	-1.5
hulpeloze	-1.5
depressief	-2.0
depressieve	-2.0
neerslachtig	-1.8
neerslachtige	-1.8
ellendig	-2.5
ellendige	-2.5
miezerig	-2.3
miezerige	-2.3
armzalig	-2.0
armzalige	-2.0
schamel	-2.0
schamele	-2.0
karig	-1.5
karige	-1.5
schriel	-2.3
nietig	-1.5
nietige	-1.5
onbelangrijk	-1.2
waardeloosheid	-2.5
ongemakkelijker	-1.3
ongemakkelijkere	-1.3
ongemakkelijkste	-1.3
storing	-2.0
storingen	-2.0
storingsmelding	-1.5
storingsmeldingen	-1.5
netwerkstoring	-2.0
netwerkstoringen	-2.0
internetstoring	-2.0
internetstoringen	-2.0
stroomstoring	-2.0
stroomstoringen	-2.0
stroomuitval	-2.0
uitval	-2.0
onderbreking	-1.2
onderbrekingen	-1.2
ramp	-2.8
rampen	-2.8
drama	-2.3
drama's	-2.3
chaos	-2.3
puinhoop	-2.8
puinhopen	-2.8
zooi	-2.3
zootje	-2.3
bende	-0.9
rotzooi	-2.5
troep	-2.0
bagger	-2.8
brol	-2.5
flut	-2.5
prul	-2.2
prullen	-2.2
rommel	-0.9
klote	-2.8
kut	-3.0
kolere	-3.0
tering	-3.0
klere	-2.8
tyfus	-3.2
pleuris	-2.5
shit	-2.5
stront	-2.5
kak	-2.3
kanker	-2.5
prutswerk	-3.0
prutser	-2.8
prutsers	-3.0
oplichter	-3.3
oplichters	-3.4
oplichterij	-3.4
oplichting	-3.4
boef	-2.5
boeven	-3.0
dief	-3.0
diefstal	-3.0
dieven	-3.2
diefstallen	-2.8
zakkenvuller	-2.8
zakkenvullers	-3.0
criminelen	-3.2
maffia	-3.0
amateurs	-2.2
amateur	-1.0
clowns	-2.2
clown	-1.5
clubje	-0.9
idioten	-2.8
sukkel	-2.3
sukkels	-2.5
eikel	-2.8
eikels	-3.0
klootzak	-3.5
klootzakken	-3.5
zakkenwasser	-3.2
zakkenwassers	-3.2
hufter	-3.0
hufters	-3.0
aso	-2.5
asocialen	-2.5
randdebiel	-3.5
randdebielen	-3.5
onzin	-2.0
nonsens	-2.0
flauwekul	-2.0
zever	-1.8
gezever	-1.8
gelul	-2.5
gezeik	-2.5
geleuter	-2.0
gezeur	-2.0
gezanik	-2.0
geneuzel	-1.5
gemiep	-1.5
gedoe	-1.8
gejank	-1.8
geklaag	-1.3
gemopper	-1.3
klacht	-1.5
klachten	-1.5
probleem	-1.5
problemen	-1.5
probleempje	-1.0
probleempjes	-1.0
fouten	-1.8
foutmelding	-1.8
foutmeldingen	-1.8
foutje	-1.0
foutjes	-1.0
foutcode	-1.5
foutcodes	-1.5
bug	-1.5
bugs	-1.5
bugje	-1.0
bugjes	-1.0
glitch	-1.3
glitches	-1.3
crash	-2.0
crashes	-2.0
vastloper	-2.0
vastlopers	-2.0
mankement	-1.8
mankementen	-1.8
gebrek	-1.5
gebreken	-1.5
tekortkoming	-1.5
tekortkomingen	-1.5
schade	-2.0
waterschade	-2.0
vertraging	-1.5
vertragingen	-1.5
achterstand	-1.5
achterstanden	-1.5
wachttijd	-1.2
wachttijden	-1.2
wachtrij	-1.0
wachtrijen	-1.0
wachtmuziek	-1.2
wachtlijst	-0.8
wachtlijsten	-0.8
ellende	-2.5
misère	-2.3
miserie	-2.3
miseries	-2.3
narigheid	-2.0
frustratie	-2.3
frustraties	-2.3
ergernis	-2.0
ergernissen	-2.0
irritatie	-2.0
irritaties	-2.0
teleurstelling	-2.3
teleurstellingen	-2.3
ontevredenheid	-2.0
woede	-2.8
boosheid	-2.2
onvrede	-1.8
wanhoop	-2.5
verdriet	-2.0
stress	-1.8
angst	-0.9
paniek	-2.0
schandaal	-2.8
schande	-2.8
schandalen	-2.8
aanfluiting	-3.0
farce	-2.5
lachertje	-2.3
wanprestatie	-3.0
wanprestaties	-3.0
wanbeleid	-2.8
wanbetaler	-1.5
wantoestand	-2.8
wantoestanden	-2.8
misstand	-2.3
misstanden	-2.3
misser	-1.8
missers	-1.8
flater	-1.8
flaters	-1.8
blunder	-2.0
blunders	-2.0
miskleun	-2.0
miskleunen	-2.0
afgang	-2.5
fiasco	-2.8
mislukking	-2.2
mislukkingen	-2.2
nachtmerrie	-2.8
hel	-2.3
fraude	-3.0
bedrog	-3.0
leugen	-2.5
leugens	-2.5
afzetterij	-3.0
zwendel	-3.0
afzetter	-3.2
afzetters	-3.2
nepwinkel	-3.0
nepbedrijf	-3.0
nepwebshop	-3.0
nepsite	-3.0
nepreviews	-2.0
phishing	-1.8
spam	-1.8
nepnieuws	-1.8
naheffing	-1.8
naheffingen	-1.8
incasso	-1.0
incassobureau	-2.0
incassobureaus	-2.0
incassokosten	-2.0
deurwaarder	-2.2
deurwaarders	-2.2
deurwaarderskosten	-2.3
aanmaning	-1.8
aanmaningen	-1.8
aanmaningskosten	-2.0
administratiekosten	-1.2
betalingsherinnering	-0.8
boete	-1.8
boetes	-1.8
boeterente	-1.8
prijsverhoging	-1.5
prijsverhogingen	-1.5
tariefverhoging	-1.5
tariefverhogingen	-1.5
woekerprijs	-2.8
woekerprijzen	-2.8
overlast	-2.0
herrie	-1.5
lawaai	-1.5
kabaal	-1.5
ongeluk	-2.0
ongelukken	-2.0
ongelukje	-1.0
nadeel	-1.0
nadelen	-1.0
minpunt	-1.0
minpunten	-1.0
kritiek	-1.0
verlies	-1.5
verliezen	-1.5
lek	-1.5
lekkage	-1.5
lekkages	-1.5
datalek	-2.5
datalekken	-2.5
virus	-1.5
inbraak	-2.3
klantonvriendelijkheid	-2.5
onvriendelijkheid	-2.0
onbeschoftheid	-2.8
arrogantie	-2.5
incompetentie	-2.8
onkunde	-2.5
onwil	-2.3
onwetendheid	-1.5
onverschilligheid	-2.0
desinteresse	-1.8
laksheid	-2.0
nalatigheid	-2.3
onzorgvuldigheid	-2.0
slordigheid	-2.0
traagheid	-1.8
onbetrouwbaarheid	-2.5
verslechtering	-2.0
achteruitgang	-2.0
bureaucratie	-2.0
rompslomp	-2.0
papierwinkel	-1.5
regeltjes	-1.2
wurgcontract	-3.0
wurgcontracten	-3.0
contractbreuk	-2.5
ingebrekestelling	-2.3
rechtszaak	-1.8
tijdverspilling	-2.3
geldverspilling	-2.5
verspilling	-2.0
geldklopperij	-3.0
geldwolf	-2.8
geldwolven	-2.8
melkkoe	-2.0
smoes	-2.3
smoesjes	-2.3
uitvlucht	-2.3
uitvluchten	-2.3
standaardantwoord	-1.5
standaardantwoorden	-1.5
standaardreactie	-1.5
oorlog	-2.5
terreur	-3.0
terrorisme	-3.0
moord	-3.2
moordenaar	-3.2
geweld	-2.8
mishandeling	-3.0
misbruik	-2.8
verkrachting	-3.5
dood	-2.3
overlijden	-2.0
ziekte	-2.0
ziektes	-2.0
pijn	-2.0
eenzaamheid	-2.0
armoede	-2.3
honger	-1.8
crisis	-2.0
recessie	-1.8
faillissement	-2.3
failliet	-2.3
bankroet	-2.3
ontslag	-1.8
werkloosheid	-1.8
schuld	-1.0
schulden	-1.5
gevaar	-2.0
risico	-1.0
dreiging	-2.0
bedreiging	-2.3
bedreigingen	-2.3
ongeval	-2.0
ongevallen	-2.0
catastrofe	-3.0
tragedie	-2.8
misdaad	-2.8
misdrijf	-2.5
criminaliteit	-2.5
racisme	-3.0
discriminatie	-2.8
haat	-3.0
jaloezie	-1.5
afgunst	-1.8
hebzucht	-2.3
gierigheid	-0.9
luiheid	-1.8
domheid	-2.3
stommiteit	-2.3
stommiteiten	-2.3
stupiditeit	-2.5
wreedheid	-2.8
pech	-2.0
pechvogel	-1.5
ambras	-2.0
gesukkel	-1.8
gefoefel	-2.0
foefelaar	-2.5
foefelaars	-2.5
zeveraar	-2.0
zeveraars	-2.0
onnozelaar	-2.3
onnozelaars	-2.3
smeerlap	-3.0
smeerlappen	-3.0
smeerlapperij	-3.0
crapuul	-3.0
ambetanterik	-2.0
hork	-2.5
horken	-2.5
botterik	-2.3
lomperik	-2.3
klungel	-2.0
kluns	-2.0
klunzen	-2.0
klungels	-2.3
geklungel	-2.0
geklooi	-2.0
geknoei	-2.3
knoeiwerk	-2.5
knoeiers	-2.5
beunhaas	-2.8
beunhazen	-2.8
cowboys	-2.0
boerenbedrog	-3.0
boerenbedriegers	-3.0
schoft	-3.2
schoften	-3.2
ploert	-2.8
ploerten	-2.8
tuig	-0.9
gespuis	-3.2
uitschot	-3.2
addergebroed	-3.0
graaiers	-2.8
graaicultuur	-2.8
woekeraars	-3.0
uitzuigers	-3.0
uitbuiters	-3.0
uitbuiting	-2.8
parasieten	-3.0
bloedzuigers	-3.0
aasgieren	-3.0
ongemak	-2.5
onrust	-1.5
twijfels	-1.8
wantrouwen	-2.0
argwaan	-1.5
tegenvaller	-1.8
tegenvallers	-1.8
tegenslag	-2.0
tegenslagen	-2.0
obstakel	-1.5
obstakels	-1.5
hindernis	-1.8
sores	-2.0
kopzorgen	-1.5
hoofdpijn	-1.5
hoofdpijndossier	-2.5
lijdensweg	-2.0
calvarie	-2.5
martelgang	-2.3
doolhof	-2.5
labyrint	-2.0
circus	-1.5
poppenkast	-1.5
schertsvertoning	-2.0
janboel	-2.3
zootje ongeregeld	-2.5
rotstreek	-2.5
misleiding	-2.8
manipulatie	-2.0
chantage	-2.3
intimidatie	-2.5
pesterij	-2.0
gemis	-1.5
spijt	-1.0
schaamte	-1.5
vernedering	-2.0
belediging	-2.3
beledigingen	-2.3
minachting	-2.5
geringschatting	-2.0
cynisme	-2.0
sarcasme	-1.5
schijnheiligheid	-1.8
hypocrisie	-2.3
leugenaar	-2.5
leugenaars	-2.5
bedrieger	-2.3
bedriegers	-2.3
nepper	-2.0
neppers	-2.0
namaak	-2.0
prullaria	-1.8
rotding	-2.2
rotbedrijf	-3.0
rotservice	-3.0
rotdag	-2.0
rotweer	-1.5
vertrouwensbreuk	-2.8
klantverlies	-2.0
gedrocht	-2.5
wangedrocht	-2.3
lapmiddel	-2.0
noodoplossing	-1.5
doekje voor het bloeden	-2.3
pleister op de wonde	-2.3
ergeren	-2.0
erger	-2.0
ergert	-2.0
ergerde	-2.0
ergerden	-2.0
irriteren	-2.0
irriteer	-2.0
irriteert	-2.0
irriteerde	-2.0
irriteerden	-2.0
frustreren	-2.2
frustreert	-2.2
frustreerde	-2.2
frustreerden	-2.2
balen	-1.8
baal	-1.8
baalt	-1.8
baalde	-1.8
baalden	-1.8
gebaald	-1.8
klagen	-1.5
klaagt	-1.5
klaagde	-1.5
klaagden	-1.5
geklaagd	-1.5
zeuren	-1.3
zeur	-1.3
zeurt	-1.3
zeurde	-1.3
zeurden	-1.3
gezeurd	-1.3
zagen	-1.0
zaagt	-1.0
zeveren	-1.5
zevert	-1.5
janken	-1.5
jankt	-1.5
jankte	-1.5
mopperen	-1.3
mopper	-1.3
moppert	-1.3
mopperde	-1.3
gemopperd	-1.3
teleurstellen	-2.2
haten	-3.0
haatte	-3.0
haatten	-3.0
gehaat	-3.0
verafschuwen	-3.0
verafschuw	-3.0
verafschuwt	-3.0
walgen	-3.0
walg	-3.0
walgt	-3.0
walgde	-3.0
vloeken	-2.0
vloekt	-2.0
vloekte	-2.0
schelden	-2.0
scheldt	-2.0
scholden	-2.0
gescholden	-2.0
uitgescholden	-2.8
crashen	-2.3
crasht	-2.3
crashte	-2.3
crashten	-2.3
gecrasht	-2.3
vastlopen	-2.2
vastgelopen	-2.2
haperen	-1.8
hapert	-1.8
haperde	-1.8
haperden	-1.8
gehaperd	-1.8
bevriest	-1.5
falen	-2.3
faalt	-2.3
faalde	-2.3
faalden	-2.3
gefaald	-2.3
mislukken	-2.2
mislukt	-2.2
mislukte	-2.2
mislukten	-2.2
weigeren	-2.0
weiger	-2.0
weigert	-2.0
weigerde	-2.0
weigerden	-2.0
geweigerd	-2.0
afgewezen	-1.8
afwijzing	-1.8
negeren	-2.3
negeer	-2.3
negeert	-2.3
negeerde	-2.3
negeerden	-2.3
genegeerd	-2.3
liegen	-3.0
liegt	-3.0
gelogen	-3.0
bedriegen	-3.2
bedriegt	-3.2
bedroog	-3.2
bedrogen	-3.2
oplichten	-3.0
opgelicht	-3.0
belazeren	-3.0
belazerd	-3.0
belazert	-3.0
besodemieteren	-3.0
besodemieterd	-3.0
bedonderen	-2.8
bedonderd	-2.8
genaaid	-2.0
misleiden	-2.5
misleidt	-2.5
misleidde	-2.5
misleid	-2.5
dreigen	-2.0
dreigt	-2.0
dreigde	-2.0
gedreigd	-2.0
treiteren	-2.5
getreiterd	-2.5
pesten	-2.5
gepest	-2.5
kwijtraken	-1.8
kwijtgeraakt	-1.8
vergeten	-1.2
vergat	-1.2
vergaten	-1.2
beschadigen	-2.0
breken	-1.8
breekt	-1.8
brak	-1.8
verknoeien	-2.5
verknoeid	-2.5
verknoeit	-2.5
verprutsen	-2.5
verprutst	-2.5
verprutste	-2.5
verpesten	-2.5
verpest	-2.5
verpestte	-2.5
verzieken	-2.3
verziekt	-2.3
vernielen	-2.3
vernield	-2.3
vernielde	-2.3
beledigen	-2.5
beledigd	-2.5
beledigend	-2.5
beledigende	-2.5
kwetsen	-2.3
gekwetst	-2.3
kwetsend	-2.3
kwetsende	-2.3
storen	-1.5
stoort	-1.5
hinderen	-1.3
hindert	-1.3
benadelen	-2.0
benadeeld	-2.0
tegenwerken	-2.0
tegengewerkt	-2.0
afschepen	-2.5
afgescheept	-2.5
afgewimpeld	-2.0
traineren	-2.3
getraineerd	-2.3
uitgesteld	-1.0
vertraagd	-1.5
vertraagde	-1.5
geannuleerd	-1.2
opzeggen	-0.8
opgezegd	-0.8
opzegging	-0.8
overstappen	-0.8
overgestapt	-0.8
gewacht	-1.0
lekt	-1.5
lekte	-1.5
gelekt	-1.5
uitgevallen	-2.0
verdwenen	-1.5
zoekgeraakt	-2.0
kwijt	-1.8
schaam	-2.0
schaamt	-2.0
geschrokken	-1.3
huilen	-1.8
huil	-1.8
huilt	-1.8
huilde	-1.8
lijden	-2.0
vrezen	-1.5
vrees	-1.5
vreest	-1.5
vreesde	-1.5
twijfel	-0.8
twijfelen	-0.8
twijfelt	-0.8
protesteren	-1.0
prutsen	-2.0
prutst	-2.0
geprutst	-2.5
klooien	-2.0
aanklooien	-2.0
kloten	-2.0
aangeklooid	-2.3
knoeien	-2.0
geknoeid	-2.3
uitmelken	-2.5
uitgemolken	-2.5
graaien	-2.5
geplukt	-2.3
sukkelen	-1.5
snauwen	-2.3
snauwt	-2.3
snauwde	-2.3
afgesnauwd	-2.5
uitgelachen	-2.5
afgebeten	-2.0
afgepoeierd	-2.3
wegvallen	-1.5
weggevallen	-1.5
wegvallende	-1.5
bufferen	-1.5
buffert	-1.5
laggen	-0.9
verslechteren	-2.0
achteruitgegaan	-2.0
gehackt	-2.0
gestolen	-2.8
ingedeukt	-1.8
ingedeukte	-1.8
gedeukt	-1.5
gekrast	-1.3
stukgegaan	-2.0
kapotgegaan	-2.3
kapotgemaakt	-2.3
storneren	-1.0
gestorneerd	-1.0
tegenvallen	-2.0
tegengevallen	-2.0
teleurstelt	-2.2
ontgoocheld	-1.8
ontgoochelend	-1.8
ontgoocheling	-1.8
verzwijgen	-2.2
verzwegen	-2.2
misbruiken	-2.0
misbruikt	-2.0
manipuleren	-2.5
gemanipuleerd	-2.5
intimideren	-2.0
geïntimideerd	-2.0
vernederen	-2.0
vernederd	-2.0
vernederend	-2.0
kleineren	-2.0
gekleineerd	-2.0
kleinerend	-2.0
minachten	-2.3
beschuldigen	-2.0
beschuldigd	-2.0
bekritiseren	-1.5
afkraken	-2.0
afgekraakt	-2.0
afbranden	-2.5
afgebrand	-2.5
verloren	-1.8
uitgestelde	-1.2
verstoord	-1.5
verstoorde	-1.5
ontnomen	-1.8
bestolen	-2.3
beroofd	-2.5
verwaarloosd	-2.0
verwaarlozen	-2.0
genegeerde	-1.8
ontweken	-1.8
ontwijken	-2.0
ontwijkt	-2.0
ontwijkend	-2.0
ontwijkende	-2.0
doodgezwegen	-2.0
opgejaagd	-1.5
opgezadeld	-2.0
ontmoedigd	-2.0
gedupeerd	-2.0
gedupeerden	-2.0
dupe	-2.0
gestraft	-1.8
beboet	-1.8
aangemaand	-2.0
overgefactureerd	-1.8
gedwarsboomd	-2.0
geblokkeerd	-2.0
geblokkeerde	-2.0
geschorst	-1.5
ergerniswekkend	-2.0
piekeren	-1.5
tobben	-1.0
sputteren	-1.5
sputtert	-1.5
struikelen	-1.0
falend	-1.8
falende	-1.8
verkwisten	-1.5
verkwanselen	-2.5
verkwanseld	-2.5
slopen	-2.0
sloopt	-1.8
goed	1.9
goede	1.9
goeie	1.9
beter	1.8
betere	1.8
allerbeste	3.0
prima	1.8
uitstekend	3.0
uitstekende	3.0
excellent	3.2
excellente	3.2
voortreffelijk	3.2
voortreffelijke	3.2
perfect	3.2
perfecte	3.2
geweldig	3.0
geweldige	3.0
fantastisch	3.4
fantastische	3.4
fenomenaal	3.4
fenomenale	3.4
fabelachtig	3.2
fabelachtige	3.2
formidabel	3.0
formidabele	3.0
subliem	3.4
sublieme	3.4
briljant	3.2
briljante	3.2
magnifiek	3.2
magnifieke	3.2
schitterend	3.1
schitterende	3.1
prachtig	2.9
prachtige	2.9
mooi	2.0
mooie	2.0
mooier	2.0
mooiere	2.0
mooist	2.0
mooiste	2.0
leuk	2.0
leuke	2.0
leuker	2.0
leukere	2.0
leukst	2.0
leukste	2.0
fijn	2.0
fijne	2.0
fijner	2.0
fijnere	2.0
fijnst	2.0
fijnste	2.0
lekker	2.0
lekkere	2.0
lekkerder	2.0
lekkerst	2.0
lekkerste	2.0
heerlijk	2.8
heerlijke	2.8
zalig	2.8
zalige	2.8
verrukkelijk	3.0
verrukkelijke	3.0
smakelijk	2.0
smakelijke	2.0
top	2.8
toppie	2.5
topper	2.8
toppers	2.8
topservice	3.2
topbedrijf	3.0
topklasse	3.0
topkwaliteit	3.0
tof	2.2
toffe	2.2
vet	1.8
vette	1.0
gaaf	2.2
cool	2.0
coole	2.0
chill	1.8
nice	2.0
gezellig	2.2
gezellige	2.2
gezelliger	2.2
keurig	2.3
keurige	2.3
netjes	2.0
nette	1.5
correct	1.2
correcte	1.2
vriendelijk	2.2
vriendelijke	2.2
vriendelijker	2.2
vriendelijkst	2.2
vriendelijkste	2.2
klantvriendelijk	2.5
klantvriendelijke	2.5
klantvriendelijker	2.5
gebruiksvriendelijk	2.3
gebruiksvriendelijke	2.3
gebruiksvriendelijker	2.3
behulpzaam	2.5
behulpzame	2.5
hulpvaardig	2.5
hulpvaardige	2.5
attent	2.0
attente	2.0
beleefd	1.8
beleefde	1.8
hoffelijk	2.0
hoffelijke	2.0
geduldig	1.8
geduldige	1.8
begripvol	2.0
begripvolle	2.0
meelevend	1.8
meelevende	1.8
empathisch	2.0
empathische	2.0
sympathiek	2.0
sympathieke	2.0
aardig	0.9
aardige	0.9
lief	2.0
lieve	2.0
hartelijk	2.2
hartelijke	2.2
gastvrij	2.2
gastvrije	2.2
professioneel	2.2
professionele	2.2
deskundig	2.3
deskundige	2.3
kundig	0.9
kundige	0.9
vakkundig	2.5
vakkundige	2.5
bekwaam	2.0
bekwame	2.0
competent	2.0
competente	2.0
capabel	1.8
capabele	1.8
efficiënt	2.0
efficiënte	2.0
effectief	1.5
effectieve	1.5
adequaat	1.3
adequate	1.3
doeltreffend	1.8
doeltreffende	1.8
snel	1.5
snelle	1.5
sneller	1.5
snellere	1.5
snelst	1.5
snelste	1.5
vlot	1.8
vlotte	1.8
vlotter	1.8
razendsnel	2.5
razendsnelle	2.5
bliksemsnel	2.5
bliksemsnelle	2.5
supersnel	2.8
supersnelle	2.8
rap	1.2
rappe	1.2
duidelijk	0.8
duidelijke	1.5
duidelijker	1.5
helder	1.5
heldere	1.5
overzichtelijk	1.8
overzichtelijke	1.8
overzichtelijker	1.8
handig	1.8
handige	1.8
handiger	1.8
praktisch	1.3
praktische	1.3
makkelijk	1.5
makkelijke	1.5
makkelijker	1.5
gemakkelijk	1.5
gemakkelijke	1.5
gemakkelijker	1.5
eenvoudig	1.3
eenvoudige	1.3
eenvoudiger	1.3
simpel	0.8
intuïtief	1.8
intuïtieve	1.8
stabiel	1.5
stabiele	1.5
betrouwbaar	2.3
betrouwbare	2.3
degelijk	2.0
degelijke	2.0
solide	1.8
stevig	1.2
stevige	1.2
sterker	0.9
sterk	1.5
sterke	1.5
robuust	1.5
robuuste	1.5
duurzaam	1.3
duurzame	1.3
goedkoop	1.0
goedkope	0.8
goedkoper	1.2
voordelig	1.8
voordelige	1.8
voordeliger	1.8
betaalbaar	1.5
betaalbare	1.5
gratis	1.2
eerlijk	2.0
eerlijke	2.0
oprecht	2.0
oprechte	2.0
transparant	1.8
transparante	1.8
fatsoenlijk	1.5
fatsoenlijke	1.5
deftig	1.2
deftige	1.2
schoon	1.5
schone	1.3
proper	1.5
propere	1.5
plezant	2.2
plezante	2.2
content	2.0
tevreden	2.2
blij	2.3
blije	2.3
blijer	2.3
gelukkig	2.5
gelukkige	2.5
dankbaar	2.3
dankbare	2.3
opgelucht	2.0
enthousiast	2.5
enthousiaste	2.5
verheugd	2.5
opgetogen	2.5
vrolijk	2.0
vrolijke	2.0
trots	2.0
aangenaam	2.0
aangename	2.0
comfortabel	1.8
comfortabele	1.8
knappe	1.5
slim	1.5
slimme	1.5
slimmer	1.5
geniaal	3.0
geniale	3.0
ideaal	2.3
ideale	2.3
uniek	1.8
unieke	1.8
indrukwekkend	2.5
indrukwekkende	2.5
straf	1.8
straffe	1.8
zot	1.0
aantrekkelijk	2.0
aantrekkelijke	2.0
adembenemend	3.0
adembenemende	3.0
bemoedigend	1.8
bemoedigende	1.8
betoverend	2.5
betoverende	2.5
boeiend	2.0
boeiende	2.0
charmant	2.0
charmante	2.0
creatief	1.5
creatieve	1.5
dapper	1.8
dappere	1.8
elegant	1.8
elegante	1.8
energiek	1.5
energieke	1.5
fascinerend	2.0
fascinerende	2.0
feestelijk	2.0
feestelijke	2.0
gelukzalig	2.8
genereus	2.3
genereuze	2.3
gul	2.0
gulle	2.0
goedhartig	2.3
goedhartige	2.3
grandioos	3.0
grandioze	3.0
hemels	2.8
hemelse	2.8
hip	1.3
hippe	1.3
innemend	2.0
innemende	2.0
inspirerend	2.2
inspirerende	2.2
interessant	1.5
interessante	1.5
kalm	1.2
kalme	1.2
krachtig	1.5
krachtige	1.5
leerzaam	1.8
leerzame	1.8
levendig	1.5
levendige	1.5
liefdevol	2.5
liefdevolle	2.5
loyaal	1.8
loyale	1.8
magisch	2.5
magische	2.5
meeslepend	2.0
meeslepende	2.0
moedig	2.0
moedige	2.0
nuttig	1.8
nuttige	1.8
opgewekt	2.0
opgewekte	2.0
optimistisch	1.8
optimistische	1.8
origineel	1.5
originele	1.5
plezierig	2.0
plezierige	2.0
positief	1.8
positieve	1.8
prettig	2.0
prettige	2.0
prettiger	2.0
puik	2.5
puike	2.5
rustig	1.0
rustige	1.0
schattig	2.0
schattige	2.0
snoezig	2.0
snoezige	2.0
smaakvol	2.0
smaakvolle	2.0
stijlvol	2.0
stijlvolle	2.0
sfeervol	2.0
sfeervolle	2.0
soepel	1.5
soepele	1.5
spannend	1.3
spannende	1.3
stoer	1.5
stoere	1.5
succesvol	2.2
succesvolle	2.2
teder	1.8
tedere	1.8
trouw	1.8
trouwe	1.8
uitmuntend	3.2
uitmuntende	3.2
uitnodigend	1.8
uitnodigende	1.8
veilig	1.5
veilige	1.5
verfrissend	2.0
verfrissende	2.0
verbluffend	2.8
verbluffende	2.8
verstandig	1.8
verstandige	1.8
waardevol	2.0
waardevolle	2.0
welkom	1.0
wijs	0.9
wonderbaarlijk	2.5
wonderbaarlijke	2.5
wonderschoon	3.0
wonderschone	3.0
zorgzaam	2.0
zorgzame	2.0
zonnig	1.5
zonnige	1.5
verzorgd	1.8
verzorgde	1.8
lieflijk	2.0
lieflijke	2.0
beeldig	2.5
beeldige	2.5
fraai	2.2
fraaie	2.2
riant	0.9
riante	0.9
ruime	1.0
zuinig	1.0
zuinige	1.0
energiezuinig	1.0
handzaam	1.5
handzame	1.5
lovenswaardig	2.3
prijzenswaardig	2.3
bewonderenswaardig	2.5
voorbeeldig	2.5
voorbeeldige	2.5
onberispelijk	3.0
onberispelijke	3.0
ijzersterk	2.8
ijzersterke	2.8
onovertroffen	3.2
ongeëvenaard	3.0
ongeëvenaarde	3.0
onverslaanbaar	2.5
onmisbaar	2.3
onmisbare	2.3
onvergetelijk	2.8
onvergetelijke	2.8
waanzinnig	2.0
waanzinnige	2.0
geinig	1.8
geinige	1.8
grappig	1.8
grappige	1.8
hilarisch	2.3
hilarische	2.3
komisch	1.3
coulant	2.0
coulante	2.0
klantgericht	2.0
klantgerichte	2.0
servicegericht	2.0
servicegerichte	2.0
oplossingsgericht	2.0
oplossingsgerichte	2.0
proactief	2.0
proactieve	2.0
meedenkend	2.2
meedenkende	2.2
flexibel	1.5
flexibele	1.5
bereikbaar	1.0
bereikbare	1.0
zorgvuldig	1.8
zorgvuldige	1.8
grondig	1.5
grondige	1.5
nauwkeurig	1.5
nauwkeurige	1.5
stipt	1.8
punctueel	1.8
probleemloos	2.0
probleemloze	2.0
vlekkeloos	2.8
vlekkeloze	2.8
feilloos	2.8
feilloze	2.8
foutloos	2.3
foutloze	2.3
zorgeloos	2.0
zorgeloze	2.0
moeiteloos	2.0
moeiteloze	2.0
naadloos	2.0
naadloze	2.0
bugvrij	1.8
werkbaar	1.0
modern	1.0
moderne	1.0
verbeterd	1.5
verbeterde	1.5
tiptop	2.8
picobello	2.8
piekfijn	2.8
keigoed	2.8
keitof	2.8
keileuk	2.8
keimooi	2.8
supergoed	2.8
superleuk	2.8
supervriendelijk	2.8
supertevreden	2.0
goe	1.5
opgeruimd	2.0
ontspannen	1.5
relaxed	1.8
relaxt	1.8
zielsgelukkig	2.5
dolblij	2.8
dolgelukkig	2.8
apetrots	2.8
blijmoedig	2.3
hoopvol	2.0
hoopvolle	2.0
vredig	1.5
vredige	1.5
geliefd	2.3
geliefde	2.3
populair	2.0
gewild	1.8
gewilde	1.8
vertrouwd	1.5
vertrouwde	1.5
snugger	1.5
snuggere	1.5
pienter	1.8
pientere	1.8
scherpzinnig	2.0
vindingrijk	2.0
vindingrijke	2.0
innovatief	1.8
innovatieve	1.8
vooruitstrevend	1.8
vernieuwend	1.5
vernieuwende	1.5
doordacht	1.8
doordachte	1.8
weldoordacht	2.0
gedegen	1.8
geschikt	0.9
geschikte	0.9
passend	0.8
passende	0.8
perfecter	2.0
allerleukste	3.0
allermooiste	3.0
allerlekkerste	3.0
vriendelijkheid	2.2
netter	1.5
hulpvaardiger	2.2
correcter	1.8
integer	1.8
integere	1.8
rechtvaardig	1.8
rechtvaardige	1.8
redelijke	0.8
billijk	1.3
billijke	1.3
klantvriendelijkst	1.8
warmhartig	2.0
vriendschappelijk	1.8
geholpen	1.0
bedanken	1.5
bedank	1.5
bedankt	1.8
dank	1.5
danken	1.5
dankje	1.8
dankjes	1.8
dankjewel	2.0
dankuwel	2.0
bedankjes	2.0
merci	1.5
merci beaucoup	2.3
thanks	1.5
thnx	1.5
thx	1.5
tnx	1.5
tx	1.5
waarderen	2.0
waardeer	2.0
waardeert	2.0
gewaardeerd	2.0
waardering	2.0
genoot	0.9
genieten	2.3
geniet	2.3
genoten	2.3
aanrader	2.8
aanraden	2.0
aanraders	2.8
aanbevelen	2.0
aanbevolen	2.0
aanbeveling	1.8
aanbevelingen	1.8
loven	0.9
lovend	2.3
lovende	2.3
bewonderen	2.0
bewonder	2.0
bewondert	2.0
bewonderde	2.0
bewondering	2.0
verbeteren	1.0
verbetering	1.5
verbeteringen	1.3
opgelost	1.8
verholpen	1.5
hersteld	1.5
gerepareerd	1.5
gefikst	1.8
geregeld	1.3
gecompenseerd	1.5
vergoed	1.3
teruggestort	1.0
terugbetaald	1.0
terugbetaling	0.3
terugbetalingen	0.3
creditnota	0.3
gecrediteerd	0.8
tegemoetkoming	1.0
compensatie	1.0
schadevergoeding	0.8
coulance	1.5
goedmakertje	1.8
goedmaker	1.5
oplossing	0.5
oplossingen	0.5
aanmoedigen	1.5
aanmoediging	1.5
feliciteren	2.5
gefeliciteerd	2.5
proficiat	2.5
felicitaties	2.5
complimenten	2.5
compliment	2.3
pluim	2.5
pluimpje	2.5
chapeau	2.5
hulde	2.5
bravo	2.5
respect	1.8
juichen	2.0
lachen	1.2
lach	1.2
verwennen	2.0
verwend	1.5
uitblinken	2.5
excelleren	2.5
slagen	0.9
geslaagd	2.0
geslaagde	2.0
gelukt	1.8
lukte	1.3
winnen	1.5
gewonnen	1.8
beloond	1.8
belonen	1.5
glimlach	1.8
glimlachen	1.5
blijdschap	2.3
plezier	2.2
vreugde	2.5
geluk	2.3
tevredenheid	2.0
succes	2.0
succesje	2.0
winst	1.5
voordeel	1.3
voordelen	1.3
pluspunt	1.5
pluspunten	1.5
liefde	3.0
vriendschap	2.3
vrede	2.3
vrijheid	2.0
gezondheid	1.5
overwinning	2.0
feest	2.0
feestje	2.0
cadeau	1.8
cadeautje	2.0
verrassing	1.5
beloning	1.8
bonus	1.5
hulp	0.8
steun	0.9
vertrouwen	1.8
eer	1.5
genot	2.3
pret	2.0
lol	1.8
humor	1.5
schoonheid	2.0
pracht	2.3
comfort	1.5
gemak	1.5
rust	0.9
ontspanning	1.8
kanjer	2.5
kanjers	2.5
held	2.5
helden	2.5
engel	2.0
engeltje	2.0
lieverd	2.0
lieverds	2.0
parel	2.0
pareltje	2.5
juweeltje	2.5
goudeerlijk	2.8
meesterlijk	3.0
meesterwerk	3.0
hoogtepunt	2.3
hoogtepunten	2.3
fan	1.0
fans	1.3
verliefd	2.3
wauw	2.5
wow	2.5
waw	2.5
jippie	2.5
hoera	2.5
hoezee	2.5
joepie	2.5
yay	2.3
woehoe	2.3
hallelujah	1.8
halleluja	1.8
haha	1.5
hahaha	1.8
hihi	1.2
oké	0.8
oki	0.8
ok	0.5
okay	0.5
meh	-0.5
mwah	-0.8
mwa	-0.8
pff	-1.0
zucht	-0.9
pfff	-1.2
bummer	-1.5
fail	-2.0
epic fail	-2.5
facepalm	-2.0
wtf	-2.5
fuck	-3.0
fck	-2.5
oeps	-0.8
oei	-0.8
oeioei	-1.0
auw	-1.5
grrr	-2.0
grr	-2.0
argh	-1.8
bah	-2.0
jakkes	-2.0
jakkie	-1.8
gadverdamme	-2.8
gatverdamme	-2.8
gadver	-2.2
gatver	-2.2
getverderrie	-2.0
godverdomme	-3.0
godverdomse	-3.0
gvd	-3.0
verdomme	-2.5
potverdomme	-2.5
godsamme	-2.5
verdomd	-2.0
verdomde	-2.0
verdorie	-1.5
potverdorie	-1.5
verdikkie	-1.0
klotezooi	-2.5
klerezooi	-3.2
kutzooi	-3.3
kutbedrijf	-3.5
kutapp	-3.2
kutservice	-3.3
kutding	-3.0
kutwebsite	-3.0
kutsite	-3.0
kutprovider	-3.2
kutklantenservice	-3.5
kutmodem	-2.8
kutdag	-2.8
kutweek	-2.5
klotebedrijf	-3.2
kloteservice	-3.2
kloteapp	-3.0
kloteprovider	-3.0
klotesite	-3.0
kloteding	-2.8
klotemodem	-2.8
klotedag	-2.5
kloteweek	-2.3
pokkeding	-2.8
pokkezooi	-3.0
teringbedrijf	-3.5
teringzooi	-3.5
teringding	-3.2
teringapp	-3.2
kankerbedrijf	-3.8
kankerzooi	-3.8
kankerapp	-3.7
kankerding	-3.6
tyfusbedrijf	-3.6
tyfuszooi	-3.6
tyfusding	-3.4
kolerezooi	-3.3
klerebedrijf	-3.3
kolerebedrijf	-3.4
kolereding	-3.2
shitbedrijf	-3.2
shitservice	-3.2
shitapp	-3.0
strontvervelend	-3.0
strontzooi	-3.2
strontbedrijf	-3.2
kakbedrijf	-3.0
kakservice	-3.0
kakzooi	-3.0
rukding	-2.8
flutbedrijf	-2.5
flutservice	-2.5
flutproduct	-2.5
flutapp	-2.5
prutsbedrijf	-2.5
spuugzat	-3.0
kotsbeu	-3.0
strontziek	-3.0
beu	-2.3
doodziek	-2.5
van het kastje naar de muur	-2.8
kastje naar de muur	-2.8
van kastje naar muur	-2.8
van hot naar her	-2.0
van afdeling naar afdeling	-2.0
in de wacht	-1.5
in de wacht gezet	-2.0
in de wacht gehangen	-2.0
aan de lijn gehangen	-2.0
geen reactie	-2.0
geen antwoord	-2.0
geen gehoor	-2.0
geen contact	-1.5
geen bericht	-1.5
geen terugkoppeling	-1.5
geen oplossing	-2.3
geen verbinding	-2.0
geen bereik	-2.0
geen signaal	-2.0
geen beeld	-2.0
geen stroom	-2.0
geen internet	-2.2
geen wifi	-2.2
geen tv	-1.8
geen netwerk	-1.8
geen service	-2.3
geen klantenservice	-2.3
geen excuses	-2.0
geen sorry	-2.0
geen reactie ontvangen	-2.0
geen antwoord gekregen	-2.0
geen klachten	1.2
geen probleem	1.0
geen problemen	1.5
niks mis mee	1.5
niets mis mee	1.5
geen gedoe	1.8
geen enkel probleem	1.8
nooit meer	-3.0
nooit meer terug	-3.0
nooit meer bestellen	-3.0
nooit meer bij	-3.0
nooit weer	-2.8
nooit meer een	-2.8
niet te bereiken	-2.5
niet bereikbaar	-2.3
slecht bereikbaar	-2.3
onmogelijk te bereiken	-2.3
ligt eruit	-2.5
ligt er uit	-2.5
lag eruit	-2.5
lag er uit	-2.5
liggen eruit	-2.5
liggen er uit	-2.5
lagen eruit	-2.5
ligt plat	-2.5
lag plat	-2.5
liggen plat	-2.5
doet het niet	-2.2
deed het niet	-2.2
doen het niet	-2.2
doet het nog steeds niet	-2.5
werkt nog steeds niet	-2.5
werkt niet	-2.2
werkte niet	-2.2
werken niet	-2.2
werkten niet	-2.2
werkt niet meer	-2.3
doet het niet meer	-2.3
werkt voor geen meter	-3.0
voor geen meter	-2.5
nog steeds niet	-2.0
nog steeds geen	-2.0
nog altijd niet	-2.0
nog altijd geen	-2.0
weer eens	-1.2
voor de zoveelste keer	-2.3
zoveelste keer	-2.0
de zoveelste	-2.0
voor de derde keer	-1.5
voor de vierde keer	-1.5
aan het lijntje	-2.5
aan het lijntje gehouden	-2.8
met een kluitje in het riet	-3.0
kluitje in het riet	-3.0
met een kluitje	-2.8
niet aan te raden	-2.5
af te raden	-2.5
niet aanraden	-2.3
afraden	-2.3
ten zeerste af te raden	-3.0
geld terug	0.5
bedankt voor	1.5
dank voor	1.5
het zat	-2.5
de keel uit	-2.5
ben het zat	-2.8
hangt me de keel uit	-2.8
meer dan zat	-2.8
spuugzat van	-3.0
strontziek van	-3.0
ik ben er klaar mee	-2.5
er klaar mee	-2.5
klaar mee	-2.0
de druppel	-2.0
druppel die de emmer deed overlopen	-2.5
op mijn zenuwen	-2.3
op de zenuwen	-2.3
om te huilen	-2.5
om te janken	-2.5
om van te huilen	-2.5
te gek voor woorden	-2.5
te belachelijk voor woorden	-3.0
bij de beesten af	-3.0
onder de maat	-2.2
onder alle kritiek	-3.0
beneden alle peil	-3.0
beneden peil	-2.5
laat te wensen over	-1.8
laat veel te wensen over	-2.3
vage praat	-1.8
vaag verhaal	-1.8
standaard antwoord	-1.5
standaard reactie	-1.5
standaard mailtje	-1.5
copy paste antwoord	-1.8
nietszeggend antwoord	-1.8
niet nagekomen	-2.3
afspraak niet nagekomen	-2.5
afspraken niet nagekomen	-2.5
beloftes niet nagekomen	-2.8
belofte niet nagekomen	-2.8
loze beloftes	-2.5
loze belofte	-2.5
holle beloftes	-2.5
valse beloftes	-2.8
valse belofte	-2.8
mooie praatjes	-1.8
holle frasen	-2.0
holle woorden	-2.0
niet teruggebeld	-2.3
niet terug gebeld	-2.3
nooit teruggebeld	-2.8
nooit terug gebeld	-2.8
niemand reageert	-2.3
niemand neemt op	-2.3
niet opgelost	-2.2
nog niet opgelost	-1.8
nooit opgelost	-2.8
niet geleverd	-2.3
nooit geleverd	-2.8
niet ontvangen	-2.0
niet aangekomen	-2.0
niet bezorgd	-2.0
nooit ontvangen	-2.5
nooit aangekomen	-2.5
nooit bezorgd	-2.5
nog niet ontvangen	-1.5
nog niet geleverd	-1.5
verkeerd bezorgd	-2.2
verkeerd geleverd	-2.2
pakket kwijt	-2.3
pakketje kwijt	-2.3
bestelling kwijt	-2.3
zoek geraakt	-2.0
is zoek	-2.0
dubbel afgeschreven	-2.3
twee keer afgeschreven	-2.3
te veel afgeschreven	-2.3
teveel afgeschreven	-2.3
dubbel betaald	-2.0
twee keer betaald	-2.0
onterecht afgeschreven	-2.5
ten onrechte afgeschreven	-2.5
ten onrechte	-2.0
te veel betaald	-1.8
teveel betaald	-1.8
te veel gerekend	-2.0
teveel gerekend	-2.0
te veel in rekening gebracht	-2.0
extra kosten	-1.5
verborgen kosten	-2.3
al weken	-1.5
al maanden	-2.0
al dagen	-1.3
al uren	-1.3
al een week	-1.3
al twee weken	-1.8
al drie weken	-2.0
al jaren	-0.5
uur in de wacht	-2.0
half uur in de wacht	-2.0
kan niet inloggen	-2.0
inloggen lukt niet	-2.0
niet inloggen	-1.8
lukt niet	-1.8
lukt het niet	-1.8
lukt niet meer	-2.0
slaat nergens op	-2.5
raakt kant noch wal	-2.5
kant noch wal	-2.5
slaat helemaal nergens op	-2.8
schiet niet op	-1.8
het schiet niet op	-1.8
naar de knoppen	-2.5
naar de haaien	-2.5
naar de filistijnen	-2.5
naar de kloten	-3.0
naar de klote	-3.0
naar de vaantjes	-2.3
om zeep	-2.3
in de vernieling	-2.3
de mist in	-2.3
ging de mist in	-2.3
gaat de mist in	-2.3
in het honderd	-2.3
loopt in het honderd	-2.3
de soep in	-2.0
bij de neus genomen	-2.8
in de maling genomen	-2.8
voor de gek gehouden	-2.8
voor het lapje gehouden	-2.8
voor de zot gehouden	-2.8
een loer gedraaid	-2.8
om de tuin geleid	-2.8
een rad voor ogen gedraaid	-2.8
het bos in gestuurd	-2.5
blaasjes wijsmaken	-2.5
knollen voor citroenen	-2.8
steekt geen poot uit	-2.3
geen poot uitsteken	-2.3
met de nek aankijken	-1.5
de bal misslaan	-2.0
slaat de plank mis	-2.0
de plank misslaan	-2.0
sloeg de plank mis	-2.0
de plank volledig mis	-2.5
in de steek gelaten	-2.8
aan mijn lot overgelaten	-2.8
aan je lot overgelaten	-2.8
aan ons lot overgelaten	-2.8
laat je in de steek	-2.5
laat me in de steek	-2.5
in de kou laten staan	-2.5
in de kou gezet	-2.5
laat het afweten	-2.0
liet het afweten	-2.0
laten het afweten	-2.0
het laten afweten	-2.0
gouden bergen beloofd	-2.3
gouden bergen	-1.5
te duur	-1.8
veel te duur	-2.3
belachelijk duur	-2.3
waar voor je geld	2.0
waar voor mijn geld	2.0
het geld waard	2.0
zijn geld waard	2.0
geen waar voor je geld	-2.0
zonde van het geld	-2.5
zonde van je geld	-2.5
het geld niet waard	-2.5
weggegooid geld	-2.8
zonde van mijn tijd	-2.3
zonde van de tijd	-2.0
de moeite niet waard	-2.0
de moeite waard	1.8
elke cent waard	2.8
iedere cent waard	2.8
kleine lettertjes	-1.8
addertje onder het gras	-2.0
een addertje onder het gras	-2.0
stilzwijgend verlengd	-1.8
stilzwijgende verlenging	-1.5
klacht indienen	-1.5
een klacht indienen	-1.5
klacht ingediend	-1.5
formele klacht	-2.0
officiële klacht	-2.0
juridische stappen	-2.3
naar de rechter	-2.3
aangifte doen	-2.3
aangifte gedaan	-2.3
computer says no	-2.0
regels zijn regels	-1.0
niet serieus genomen	-2.5
serieus genomen	2.0
goed geluisterd	2.0
luisterend oor	1.8
dacht mee	2.0
denkt mee	2.0
dachten mee	2.0
denken mee	2.0
meegedacht	2.0
wifi valt weg	-2.0
valt weg	-2.0
valt steeds weg	-2.3
valt telkens weg	-2.3
valt constant weg	-2.3
valt continu weg	-2.3
valt uit	-2.0
viel uit	-2.0
vallen uit	-2.0
verbinding verbroken	-2.0
haperende verbinding	-2.0
zwart scherm	-2.0
blauw scherm	-2.0
crasht steeds	-2.5
crasht constant	-2.5
crasht telkens	-2.5
loopt steeds vast	-2.5
loopt vast	-2.2
liep vast	-2.2
lopen vast	-2.2
blijft hangen	-2.0
blijft laden	-2.0
laadt niet	-2.0
wil niet laden	-2.0
niet laden	-1.8
doet raar	-1.5
doet vreemd	-1.5
niet te doen	-2.3
is stuk	-2.0
ging stuk	-2.0
gaat stuk	-2.0
kapot geleverd	-2.0
beschadigd geleverd	-2.5
beschadigd aangekomen	-2.5
kapot aangekomen	-2.5
stuk geleverd	-2.3
stuk aangekomen	-2.3
in stukken	-2.0
aan gruzelementen	-2.5
te laat	-1.8
niet op tijd	-1.8
veel te laat	-2.3
weer te laat	-2.3
alweer te laat	-2.3
te laat geleverd	-2.0
te laat bezorgd	-2.0
slechter dan verwacht	-2.0
viel tegen	-1.8
valt tegen	-1.8
vielen tegen	-1.8
negatief verrast	-2.0
aangenaam verrast	2.5
positief verrast	2.5
beter dan verwacht	2.3
boven verwachting	2.5
boven verwachtingen	2.5
boven verwachting goed	2.5
overtrof mijn verwachtingen	3.0
overtreft alle verwachtingen	3.0
overtrof al mijn verwachtingen	3.0
viel mee	1.5
meegevallen	1.5
valt mee	1.2
meevaller	1.8
onder de indruk	2.3
niks op aan te merken	2.3
niets op aan te merken	2.3
zonder problemen	1.8
zonder zorgen	1.8
zonder gedoe	2.0
zonder moeite	1.5
als een zonnetje	2.0
loopt als een trein	2.3
als een tierelier	2.3
op rolletjes	2.3
van een leien dakje	2.3
als gesmeerd	2.3
als een trein	2.0
loopt op rolletjes	2.5
werkt als een zonnetje	2.5
zo gepiept	2.0
een fluitje van een cent	2.0
in een handomdraai	2.0
dik tevreden	2.8
dik in orde	2.5
in orde	1.0
alles in orde	1.5
in orde gebracht	1.8
het is gelukt	1.8
lukt weer	1.5
werkt weer	2.0
doet het weer	2.0
werkt prima	2.0
alles werkt	2.0
werkt perfect	3.0
werkt goed	1.8
weer online	1.0
weer bereikbaar	1.2
weer verbinding	1.2
weer internet	1.2
storing verholpen	1.8
probleem opgelost	1.8
eindelijk opgelost	1.5
eindelijk geleverd	1.0
snel geleverd	2.3
snelle levering	2.3
snel bezorgd	2.3
snel geregeld	2.3
netjes bezorgd	2.0
keurig bezorgd	2.0
op tijd geleverd	2.0
op tijd bezorgd	2.0
netjes geleverd	2.0
keurig geleverd	2.0
op tijd	1.3
binnen een dag	1.3
snel geholpen	2.5
goed geholpen	2.5
fijn geholpen	2.5
vriendelijk geholpen	2.5
netjes geholpen	2.5
keurig geholpen	2.5
top geholpen	3.0
super geholpen	3.0
uitstekend geholpen	3.0
geweldig geholpen	3.0
prima geholpen	2.3
perfect geholpen	3.2
correct geholpen	1.8
slecht geholpen	-2.3
niet geholpen	-2.0
totaal niet geholpen	-2.5
goed geregeld	2.3
prima geregeld	2.3
netjes gedaan	2.3
goed gedaan	2.3
netjes geregeld	2.5
keurig geregeld	2.5
top gedaan	2.5
top geregeld	2.8
snel opgelost	2.5
goed opgelost	2.5
netjes opgelost	2.8
keurig opgelost	2.8
top opgelost	2.8
super opgelost	3.0
een aanrader	2.8
echte aanrader	3.0
zeker een aanrader	3.0
absolute aanrader	3.2
aan te raden	2.3
zeker aan te raden	2.8
kan het iedereen aanraden	2.8
raad het iedereen aan	2.8
dikke duim	2.5
duim omhoog	2.3
duimpje omhoog	2.3
duimen omhoog	2.3
dikke vette duim	2.8
duim omlaag	-2.0
duim naar beneden	-2.0
vijf sterren	2.8
5 sterren	2.8
één ster	-2.3
1 ster	-2.3
nul sterren	-3.0
0 sterren	-3.0
geen ster	-2.5
tien met een griffel	3.0
een tien met een griffel	3.0
met vlag en wimpel	2.8
dikke merci	2.5
dank je	1.8
dank u	1.8
dank je wel	2.0
dank u wel	2.0
heel erg bedankt	2.5
hartstikke bedankt	2.5
reuze bedankt	2.5
hartelijk dank	2.3
hartelijk bedankt	2.3
vriendelijk dank	2.3
vriendelijk bedankt	2.0
bij voorbaat dank	0.8
alvast bedankt	0.8
top bedankt	2.5
super bedankt	2.5
superbedankt	2.5
duizendmaal dank	2.8
een pluim	2.5
pluim voor	2.5
dikke pluim	2.8
complimenten aan	2.5
complimenten voor	2.5
petje af	2.5
goed zo	2.0
mooi zo	2.0
lekker bezig	2.3
goed bezig	2.3
gek op	2.0
dol op	2.5
fan van	2.0
hou van	2.5
houd van	2.5
houden van	2.3
gek van	-1.8
te gek	2.8
is een grap	-2.5
de max	2.0
ne zever	-1.8
zever in pakskes	-2.0
schoon werk	2.0
proper werk	2.0
schoon gedaan	2.0
blinkt uit	2.5
ik kom nooit meer terug	-3.0
nooit meer klant	-2.8
geen klant meer	-2.5
ik zeg op	-2.3
ik stap over	-2.0
overstappen naar	-1.5
op zoek naar een andere provider	-2.3
schaam je	-2.8
schaam je diep	-2.8
schamen zich	-2.5
wat een schande	-2.8
wat een prutsers	-2.8
wat een oplichters	-3.0
wat een zooi	-2.5
wat een bende	-2.5
wat een puinhoop	-2.5
wat een ramp	-2.5
wat een drama	-2.5
wat een gedoe	-2.0
wat een gedrocht	-2.5
wat fijn	2.5
wat een toppers	2.8
wat een gezeik	-2.3
doe normaal	-2.0
doe eens normaal	-2.3
hoe moeilijk kan het zijn	-2.5
hoe is het mogelijk	-2.3
het is toch niet te geloven	-2.0
niet normaal meer	-2.5
dit kan echt niet	-2.5
dit kan niet	-2.5
kan echt niet	-2.3
dat kan toch niet	-2.0
bagger service	-2.5
je reinste	-2.0
je reinste oplichting	-2.8
daar gaan we weer	-1.5
hier gaan we weer	-2.0
het blijft behelpen	-1.5
behelpen	-1.5
niks mee te maken	-2.0
niet mijn probleem	-2.3
kan ik niks mee	-2.5
heb ik niks aan	-2.0
heb ik niets aan	-2.0
niks aan	-2.0
wordt niks aan gedaan	-2.3
doen er niks aan	-2.3
doen er niets aan	-2.3
niemand weet iets	-2.0
weet van niks	-2.3
niemand voelt zich verantwoordelijk	-2.5
wijst naar de ander	-2.0
wijzen naar elkaar	-2.0
schuiven het af	-2.0
de schuld afschuiven	-2.3
zwartepieten	-2.5
de hete aardappel	-2.0
hete aardappel	-2.0
op de lange baan	-2.0
op de lange baan geschoven	-2.3
nog steeds in behandeling	-2.0
het rad voor ogen	-2.5
de kous op de kop	-2.5
er de brui aan geven	-2.0
geen haar op mijn hoofd	-2.0
aan de kant geschoven	-2.3
met de rug aangekeken	-2.5
keihard laten vallen	-2.5
laat me vallen	-2.3
laten vallen als een baksteen	-2.3
de dupe van	-2.0
de dupe	-2.0
het nakijken	-2.0
ik heb het nakijken	-2.0
de rekening betalen	-2.3
het gelag betalen	-2.3
geld uit de zak kloppen	-2.8
geld uit je zak kloppen	-2.8
de kluts kwijt	-2.5
het spoor bijster	-1.8
geen flauw idee	-2.0
geen benul	-2.5
geen idee hebben	-2.0
weten niet wat ze doen	-2.0
weten van toeten noch blazen	-2.5
van toeten noch blazen	-2.5
er geen kaas van gegeten	-2.3
geen kaas van gegeten	-2.3
klok horen luiden	-2.0
staan met de mond vol tanden	-1.8
iets op de mouw spelden	-2.3
op de mouw gespeld	-2.3
praatjes voor de vaak	-2.5
lulkoek	-2.5
kletskoek	-2.3
gebakken lucht	-2.0
lucht verkopen	-2.0
kan niet beter	2.3
kon niet beter	2.5
kan niet stuk	2.3
helemaal top	2.0
helemaal goed	2.5
in de watten gelegd	2.3
op handen gedragen	2.0
de puntjes op de i	2.5
tot in de puntjes	2.3
tot in de puntjes verzorgd	2.5
een schot in de roos	2.5
in de roos	2.0
een voltreffer	2.3
voltreffer	2.0
zit goed	2.0
zit wel goed	1.8
helemaal in orde	2.3
prima hoor	1.5
goed hoor	2.0
top hoor	2.5
fijn dat	1.5
blij mee	1.5
erg blij mee	2.0
heel blij mee	2.0
blij mee zijn	2.0
een verademing	2.3
verademing	2.3
een opluchting	2.0
opluchting	2.0
de moeite waard geweest	2.0
voor herhaling vatbaar	2.3
zeker voor herhaling vatbaar	2.5
kom zeker terug	2.0
ik kom zeker terug	2.3
blijf klant	2.0
ik blijf klant	2.3
tot volle tevredenheid	2.0
naar volle tevredenheid	2.5
naar tevredenheid	2.0
in één woord top	2.5
niets dan lof	3.0
vol lof	2.8
lof	2.0
met plezier	2.3
graag gedaan	2.0
fijne dag	1.5
fijn weekend	1.5
dat is fijn	2.0
dat is top	2.0
wat goed	2.0
wat geweldig	2.5
wat leuk	2.0
heel fijn	2.3
meer dan tevreden	2.0
meer dan prima	2.8
tevreden klant	2.0
blije klant	2.3
zeer blije klant	2.5
ontevreden klant	-2.3
boze klant	-2.5
zeer ontevreden klant	-3.0
heel aardig	1.8
bar slecht	-2.0
bar en boos	-2.0
onder de maat gebleven	-2.8
schiet tekort	-2.0
schieten tekort	-2.0
schoot tekort	-2.3
valt niet mee	-1.8
het valt niet mee	-2.0
niet echt handig	-1.8
niet ideaal	-1.5
niet zo handig	-1.5
niet oké	-2.0
niet ok	-2.0
niet in orde	-2.3
niet correct	-1.8
klopt niet	-1.8
klopt niks van	-2.0
klopt geen hout van	-2.0
klopt geen hout	-2.0
als een tang op een varken	-2.3
geen touw aan vast te knopen	-1.8
over de rooie	-2.0
uit mijn vel springen	-2.5
de pest in	-2.3
de pest aan	-2.5
balen als een stekker	-2.0
baal ervan	-2.0
geen woorden voor	-2.3
heb er geen woorden voor	-2.5
ben er niet blij mee	-2.0
ben er helemaal niet blij mee	-2.5
niet blij mee	-2.0
ben er klaar mee	-2.3
kan er niet meer tegen	-2.3
ik word er gek van	-2.5
word er gek van	-2.5
ik word er knettergek van	-2.8
word er knettergek van	-2.8
het bloed onder mijn nagels	-2.3
op mijn zenuwen werken	-2.0
de keel uithangen	-2.5
zit ermee	-1.5
zit ermee in mijn maag	-2.0
in mijn maag	-1.5
zit met de gebakken peren	-2.3
met de gebakken peren	-2.5
in de problemen	-2.0
in de knel	-2.3
in de shit	-2.0
in de stront	-2.3
in de penarie	-2.3
in nesten	-2.0
diep in de problemen	-2.5
het water aan de lippen	-2.5
het water tot aan de lippen	-2.3
op de blaren zitten	-2.0
de kous op de kop krijgen	-2.0
hemeltergend	-2.5
van de regen in de drup	-2.5
een doodgeboren kind	-2.8
als mosterd na de maaltijd	-2.3
heb ik al tien keer gezegd	-2.5
ik heb al zo vaak gebeld	-2.3
al vaak gebeld	-2.3
al meerdere keren gebeld	-2.0
al meerdere keren gemaild	-2.0
al zo vaak	-2.3
keer op keer	-2.0
telkens weer	-2.5
steeds weer	-1.5
elke keer weer	-2.3
blijft maar	-1.5
houdt maar niet op	-2.3
zonder resultaat	-2.0
zonder succes	-2.0
tevergeefs	-2.0
zonder enige reactie	-2.3
geen enkele reactie	-2.5
geen enkele hulp	-2.5
geen hulp	-2.0
geen enkele oplossing	-2.3
laat niets van zich horen	-2.3
laten niets van zich horen	-2.3
niets meer gehoord	-2.0
niks meer gehoord	-2.0
nooit meer iets gehoord	-2.0
nooit meer iets van gehoord	-2.5
radiostilte	-2.3
oorverdovende stilte	-2.0
waardeerde	2.0
waardeerden	2.0
raad aan	1.8
raden aan	1.8
aangeraden	1.8
bedankte	1.5
bedankten	1.5
dankte	1.2
hield van	2.0
lacht	0.9
glimlacht	1.5
feliciteer	2.3
complimenteren	2.3
gecomplimenteerd	2.3
verbetert	1.0
tevredengesteld	1.8
blij gemaakt	2.3
maakt me blij	2.3
verheug	2.0
verheugt	2.0
verheugen	2.0
vertrouw	1.3
aanbidden	2.5
beminnen	2.5
liefhebben	2.5
bemind	2.3
knuffelen	1.8
redden	1.5
gered	1.8
redding	1.8
redder in nood	2.5
excelleert	2.5
slaagt	1.5
slaagde	1.5
wint	1.3
stelt teleur	-2.2
stelde teleur	-2.2
stellen teleur	-2.2
stelden teleur	-2.2
verliest	-1.3
verloor	-1.3
beschadigt	-2.0
vertraagt	-1.5
verspillen	-2.0
verspild	-2.0
verspilt	-2.0
schreeuwen	-1.5
schreeuwde	-1.5
uitgekafferd	-2.5
afgeblaft	-2.3
afblaffen	-2.3
bedreigd	-2.3
dwingen	-1.5
gedwongen	-1.5
opdringen	-1.5
opgedrongen	-1.8
aansmeren	-2.0
aangesmeerd	-2.3
aanpraten	-1.8
aangepraat	-2.0
aftroggelen	-2.5
ontfutselen	-2.0
inpikken	-2.0
ingepikt	-2.0
jatten	-2.3
gejat	-2.3
stelen	-2.8
steelt	-2.8
roven	-2.8
bedreigen	-2.3
chanteren	-2.5
gechanteerd	-2.5
verraden	-2.5
verrader	-2.5
verraad	-2.8
misdragen	-2.0
beschimpen	-2.3
bespotten	-2.0
uitlachen	-2.0
verwijten	-1.5
verwijt	-1.5
zuchten	-1.0
kotsen	-2.5
kots	-2.5
kotsmisselijk	-2.8
misselijkmakend	-2.8
misselijk	-2.0
ontsporen	-1.8
ontspoord	-2.0
escaleren	-1.8
geëscaleerd	-2.0
escalatie	-1.5
ontaarden	-2.0
ontaard	-2.0
verergeren	-2.0
verergerd	-2.0
verslechtert	-2.0
achteruitgaan	-1.8
afhaken	-1.5
afgehaakt	-1.5
beschadiging	-2.0
beschadigingen	-2.0
defecten	-2.0
incasso's	-1.0
wanbetalers	-1.5
misverstand	-1.2
misverstanden	-1.2
miscommunicatie	-1.8
verwarring	-1.5
onduidelijkheid	-1.5
onduidelijkheden	-1.5
onzekerheid	-1.3
heisa	-1.8
trammelant	-1.8
toestanden	-1.5
ophef	-1.0
rel	-1.5
rellen	-2.0
ruzie	-2.0
ruzies	-2.0
conflict	-1.5
conflicten	-1.5
geschil	-1.3
geschillen	-1.3
gekibbel	-1.5
tegenspoed	-1.8
tranen	-1.5
nachtmerries	-2.8
deuk	-1.3
deuken	-1.3
kras	-1.3
krassen	-1.3
vlek	-1.0
vlekken	-1.0
scheur	-1.5
barst	-1.5
scherven	-1.8
schimmel	-2.0
roest	-1.5
stank	-2.0
stinkend	-2.0
stinkende	-2.0
stinkt	-2.0
stinken	-2.0
stonk	-2.0
vuiligheid	-2.0
viezigheid	-2.0
smeerboel	-2.3
zwijnenstal	-2.5
varkensstal	-2.3
afknapper	-2.3
domper	-1.8
sof	-2.0
flop	-2.0
flops	-2.0
kater	-1.3
koude douche	-2.0
misbaksel	-2.8
wanproduct	-3.0
miskoop	-2.3
miskopen	-2.3
prutsding	-2.5
rammelbak	-2.0
wrak	-2.0
schroot	-2.0
aanwinst	2.0
traktatie	2.0
verwennerij	2.0
succesverhaal	2.3
topprestatie	2.8
vooruitgang	1.8
vooruitgegaan	1.5
gebruiksgemak	1.8
klantvriendelijkheid	2.3
behulpzaamheid	2.3
hulpvaardigheid	2.3
betrouwbaarheid	2.0
zorgvuldigheid	1.5
stiptheid	1.8
deskundigheid	2.0
vakmanschap	2.3
professionaliteit	2.0
eerlijkheid	2.0
openheid	1.5
transparantie	1.5
geduld	1.5
begrip	0.9
medeleven	1.5
empathie	1.8
gastvrijheid	2.0
gezelligheid	2.2
warmte	1.5
hartelijkheid	2.0
dankbaarheid	2.0
enthousiasme	2.0
inzet	1.5
toewijding	2.0
passie	1.8
betrokkenheid	1.8
luxe	1.5
knaller	2.3
uitblinker	2.5
uitblinkers	2.5
vakman	1.8
vakmensen	1.8
vakmannen	1.8
geluksvogel	1.8
zegen	2.0
geschenk	1.8
droom	0.9
paradijs	2.3
hemel	1.5
genoegen	2.0
voldoening	2.0
zelfvertrouwen	1.5
gelukkiger	2.5
vrolijker	2.0
feesten	1.8
goesting	1.5
chance	1.5
amuseren	1.8
geamuseerd	1.5
vis noch vlees	-1.5
gezaag	-1.5
lastpost	-1.8
lastposten	-1.8
triestig	-2.0
triestige	-2.0
labbekak	-2.0
loopt scheef	-1.8
liep scheef	-1.8
scheefgelopen	-1.8
in de knoei	-2.0
in de zak gezet	-2.8
in het zak gezet	-2.8
de boel belazeren	-3.0
foert	-2.0
ik ben het beu	-2.5
het beu	-2.3
strontbeu	-3.0
ocharme	-1.0
gezapig	-1.2
gezapige	-1.2
slabakken	-1.5
flets	-1.2
fletse	-1.2
merci vele keren	2.3
merci voor	1.8
goe gedaan	2.3
goe geholpen	2.5
chagrijn	-2.0
zeikerd	-2.3
zeiken	-2.3
zeikt	-2.3
zeikerig	-2.0
lullen	-2.0
lult	-2.0
kletsen	-1.0
geklets	-1.5
kletspraat	-2.0
gelul in de ruimte	-2.5
lulverhaal	-2.5
kulverhaal	-2.5
poeha	-1.5
bluf	-1.5
opschepperig	-1.5
lit	1.8
nerveus	-1.2
hectisch	-1.2
stressvol	-1.8
snelle reactie	2.0
snel antwoord	2.0
snel gereageerd	2.0
snelle service	2.3
snelle afhandeling	2.3
vlotte afhandeling	2.3
vlotte service	2.3
vlot geholpen	2.5
vlot opgelost	2.5
correcte afhandeling	1.8
klant is koning	1.5
met veel geduld	2.0
veel geduld	1.8
fijn contact	2.0
prettig contact	2.0
goed contact	1.8
snel teruggebeld	2.3
netjes teruggebeld	2.3
keurig teruggebeld	2.3
teruggebeld	0.8
netjes gecompenseerd	2.3
ruim gecompenseerd	2.5
royaal	2.0
royale	2.0
royaal gecompenseerd	2.8
goedgemaakt	2.0
maakt het goed	1.8
excuses aangeboden	1.0
excuses aanvaard	1.5
goed afgehandeld	2.3
snel afgehandeld	2.3
prima afgehandeld	2.3
vlot afgehandeld	2.3
netjes afgehandeld	2.5
keurig afgehandeld	2.5
slecht afgehandeld	-2.3
niet afgehandeld	-2.0
nooit afgehandeld	-2.5
probleem verholpen	1.8
direct opgelost	2.3
meteen opgelost	2.3
gelijk opgelost	2.3
binnen no time	2.0
in no time	2.0
alles naar wens	2.0
naar wens	1.5
naar behoren	1.3
niet naar behoren	-1.8
zoals beloofd	1.5
zoals afgesproken	1.3
niet zoals afgesproken	-1.8
niet zoals beloofd	-2.0
woord gehouden	2.0
afspraak nagekomen	2.0
afspraken nagekomen	2.0
houdt zich aan afspraken	2.0
netjes nagekomen	2.3
kan niet klagen	1.5
mag niet klagen	1.5
niet over te klagen	1.8
niks te klagen	1.8
niets te klagen	1.8
geen reden tot klagen	1.8
afgescheept met	-2.5
kastje muur	-2.5
steeds doorverbonden	-2.0
weer doorverbonden	-1.5
eindeloos wachten	-2.3
eindeloos	-1.5
eindeloze	-1.5
urenlang	-1.5
urenlange	-1.5
dagenlang	-1.5
dagenlange	-1.5
wekenlang	-1.8
wekenlange	-1.8
maandenlang	-2.0
maandenlange	-2.0
in de wachtrij	-1.3
op hold	-1.5
on hold	-1.5
opgehangen	-1.8
de hoorn erop gegooid	-2.5
hoorn erop gegooid	-2.5
gewoon opgehangen	-2.3
verbinding verbrak	-2.0
beloofd terug te bellen	-1.5
zou terugbellen	-1.5
zouden terugbellen	-1.5
zou worden teruggebeld	-1.5
nog steeds niks	-2.0
nog steeds niets	-2.0
nog niks gehoord	-1.8
nog niets gehoord	-1.8
geen update	-1.5
niemand kan me helpen	-2.5
niemand kon me helpen	-2.5
kon me niet helpen	-2.0
kan me niet helpen	-2.0
konden niets doen	-2.0
kunnen niets doen	-2.0
kunnen niks doen	-2.0
niks aan te doen	-1.5
niets aan te doen	-1.5
weten het ook niet	-2.0
eruit gelegen	-2.0
plat gelegen	-2.0
uit de lucht	-2.0
niet in de lucht	-2.0
weer in de lucht	1.2
geen dekking	-2.0
storing opgelost	1.5
weer storing	-2.3
weer een storing	-2.3
alweer storing	-2.5
alweer een storing	-2.5
sinds de update	-1.0
na de update	-0.8
voor niks thuis gebleven	-2.5
voor niets thuisgebleven	-2.5
voor niks thuisgebleven	-2.5
voor niets thuis gebleven	-2.5
briefje in de bus	-1.0
niet aangebeld	-2.0
niet eens aangebeld	-2.3
in de bosjes	-2.0
over het hek gegooid	-2.3
te hoge factuur	-2.0
te hoge rekening	-2.0
hoge rekening	-1.5
geld kwijt	-2.3
mijn geld kwijt	-2.5
geld teruggekregen	1.5
geld teruggestort	1.5
wacht nog steeds op	-2.0
wachten nog steeds op	-2.0
wacht nog op	-1.3
wachten nog op	-1.3
wil opzeggen	-1.0
ga opzeggen	-1.5
ik ga opzeggen	-1.8
opzeggen gaat niet	-2.0
kan niet opzeggen	-2.0
opzegging niet verwerkt	-2.0
niet verwerkt	-1.5
nog niet verwerkt	-1.3
zonder toestemming	-2.0
zonder enige uitleg	-2.0
zonder pardon	-2.0
zonder mijn toestemming	-2.3
zonder overleg	-1.8
zonder uitleg	-1.8
zonder te vragen	-1.5
zonder aankondiging	-1.5
zonder bericht	-1.5
eenzijdig aangepast	-1.8
eenzijdig gewijzigd	-1.8
geen compensatie	-1.8
geen vergoeding	-1.8
geen tegemoetkoming	-1.5
zoethoudertje	-1.5
zoethouder	-1.5
genoegdoening	1.5
goedkoop spul	-1.8
doet wat het moet doen	1.5
doet wat het belooft	1.8
doet wat ze beloven	1.8
doen wat ze beloven	1.8
zoals het hoort	1.5
hoe het hoort	1.5
niet zoals het hoort	-1.8
zo hoort het	1.8
zo hoort het ook	1.8
zo kan het ook	1.3
met een glimlach	2.0
snauwerig	-2.3
bitse	-1.8
kattig	-2.0
kattige	-2.0
afstandelijk	-1.3
afstandelijke	-1.3
robotachtig	-1.5
lusteloos	-1.5
lusteloze	-1.5
betweterig	-2.0
betweterige	-2.0
betweter	-1.8
eigenwijs	-1.0
drammerig	-1.8
drammerige	-1.8
dwingend	-1.5
belerend	-1.8
belerende	-1.8
schoolmeesterachtig	-1.5
sarcastisch	-1.5
sarcastische	-1.5
cynisch	-1.5
cynische	-1.5
spottend	-1.8
honend	-2.0
smalend	-2.0
uit de hoogte	-2.3
hooghartig	-2.3
hooghartige	-2.3
verwaand	-2.0
verwaande	-2.0
zelfingenomen	-1.8
pedant	-1.8
pedante	-1.8
zelfvoldaan	-1.5
betrokken	1.3
toegewijd	2.0
toegewijde	2.0
gedreven	0.9
gemotiveerd	1.5
gemotiveerde	1.5
goedgehumeurd	2.0
goedgemutst	2.0
allervriendelijkst	3.0
allervriendelijkste	3.0
dienstbaar	1.8
bereidwillig	1.8
bereidwillige	1.8
welwillend	1.8
welwillende	1.8
tegemoetkomend	1.8
tegemoetkomende	1.8
inschikkelijk	1.5
persoonlijke aandacht	2.0
extra mile	2.5
een stapje extra	2.3
stapje extra	2.3
een stap extra	2.3
ontroerend	2.0
ontroerd	1.8
aandoenlijk	1.8
hartverwarmend	2.8
hartverwarmende	2.8
verrijkend	2.0
vers	0.9
verse	0.9
knapperig	1.5
krokant	1.5
mals	1.8
malse	1.8
sappig	1.5
sappige	1.5
romig	1.3
smeuïg	1.5
lekkers	1.8
smullen	2.0
gesmuld	2.0
overheerlijk	3.0
overheerlijke	3.0
goddelijk	2.8
goddelijke	2.8
oudbakken	-1.8
taai	-1.2
taaie	-1.2
zouteloos	-1.5
vettig	-1.3
vettige	-1.3
aangekoekt	-1.5
klef	-1.5
klefferig	-1.5
waterig	-1.2
waterige	-1.2
dramatisch	-2.3
dramatische	-2.3
catastrofaal	-3.2
catastrofale	-3.2
racistisch	-3.0
racistische	-3.0
discriminerend	-2.8
discriminerende	-2.8
seksistisch	-2.5
seksistische	-2.5
onethisch	-2.3
immoreel	-2.5
immorele	-2.5
schunnig	-1.5
grievend	-2.3
grievende	-2.3
aanstootgevend	-2.0
onverdraaglijk	-2.5
onverdraaglijke	-2.5
ondraaglijk	-2.5
ondraaglijke	-2.5
onuitstaanbaar	-2.8
onuitstaanbare	-2.8
onhoudbaar	-2.0
onhoudbare	-2.0
onbeantwoord	-1.8
onbeantwoorde	-1.8
onbehandeld	-1.5
onopgelost	-2.0
onopgeloste	-2.0
onbevredigend	-2.0
onbevredigende	-2.0
ontmoedigend	-1.8
ontmoedigende	-1.8
demotiverend	-1.8
deprimerend	-2.3
deprimerende	-2.3
zielloos	-1.5
kleurloos	-1.2
eentonig	-1.3
eentonige	-1.3
langdradig	-1.8
langdradige	-1.8
slaapverwekkend	-1.8
oubollig	-1.2
tuttig	-1.2
kitscherig	-1.2
ouderwets	-0.8
nepperig	-1.8
wiebelig	-1.5
wiebelige	-1.5
rammelend	-1.5
lekke	-1.5
euforisch	2.5
extatisch	2.8
uitgelaten	2.3
voldaan	2.0
gerustgesteld	1.8
zelfverzekerd	1.3
geïnspireerd	1.8
geroerd	1.5
gekrenkt	-2.0
geschoffeerd	-2.5
verontwaardigd	-2.3
verontwaardiging	-2.3
verbolgen	-2.3
ontstemd	-1.8
misnoegd	-1.8
onthutst	-2.0
ontdaan	-2.0
ontredderd	-2.0
geschokt	-2.3
moedeloos	-2.0
moedeloze	-2.0
teneergeslagen	-2.0
terneergeslagen	-2.0
gedeprimeerd	-2.3
zwartgallig	-1.8
verbijsterd	-1.8
perplex	-1.0
doodsbang	-2.5
gespannen	-1.2
prikkelbaar	-1.5
opgefokt	-2.0
opgefokte	-2.0
kwaadheid	-2.3
ongeduld	-1.2
schuldig	-1.2
beschaamd	-1.5
doodverveeld	-1.8
gedemotiveerd	-1.8
lekker dan	-1.8
nou lekker	-1.8
lekker is dat	-1.8
nou mooi is dat	-1.8
mooi is dat	-1.5
bedankt voor niks	-2.8
bedankt voor niets	-2.8
dank je de koekoek	-2.5
ammehoela	-2.0
ja hoor	-0.8
laat maar	-1.0
laat ook maar	-1.5
laat maar zitten	-1.3
bekijk het maar	-2.3
zoek het maar uit	-2.3
zoek het uit	-2.0
rot op	-3.0
donder op	-3.0
krijg de pest	-3.0
sodemieter op	-3.2
flikker op	-3.2
stik maar	-3.2
stik er maar in	-3.2
krijg de klere	-3.5
krijg de tering	-3.5
val dood	-3.5
ga toch weg	-2.0
hou toch op	-1.8
schei toch uit	-1.8
schei uit	-1.5
godverdorie	-2.0
potdomme	-2.0
goddomme	-2.8
godskolere	-3.2
godsklere	-3.2
sjongejonge	-1.0
tjongejonge	-1.0
potjandorie	-1.2
klotig	-2.5
teringlijer	-3.5
teringlijers	-3.5
kankerlijer	-3.8
tyfuslijer	-3.6
klerelijer	-3.4
debielen	-3.2
imbeciel	-3.0
imbecielen	-3.0
dombo	-2.5
dombo's	-2.5
dommerik	-2.3
stommeling	-2.3
stomkop	-2.3
sufferd	-2.0
suf	-1.5
suffe	-1.5
sukkelig	-1.8
halve gare	-2.5
halvegare	-2.5
malloot	-2.0
mafkees	-2.0
knoeier	-2.3
klojo	-2.5
klojo's	-2.5
oen	-2.0
lullo	-2.3
rotzak	-3.0
rotzakken	-3.0
rotvent	-2.8
kreng	-2.5
krengen	-2.5
loser	-2.3
losers	-2.3
incapabel	-2.5
incapabele	-2.5
bangelijk	2.5
bangelijke	2.5
toppertje	2.8
topkerel	2.5
topgozer	2.5
topgast	2.5
topmeid	2.5
topvent	2.5
toffe peer	2.3
superblij	2.8
superfijn	2.8
supertof	2.8
dank voor de snelle reactie	2.3
bedankt voor de snelle reactie	2.3
bedankt voor de hulp	2.0
dank voor de hulp	2.0
bedankt voor je hulp	2.0
bedankt voor uw hulp	2.0
bedankt voor het meedenken	2.3
dank voor het meedenken	2.3
bedankt voor de moeite	2.0
dank voor de moeite	2.0
fijn dat het is opgelost	2.3
blij dat het is opgelost	2.3
fijn dat het weer werkt	2.3
blij dat het weer werkt	2.3
vriendelijkere	2.2
behulpzamer	2.5
duidelijkere	1.5
makkelijkere	1.5
handigere	1.8
handigste	1.8
goedkopere	1.2
goedkoopste	1.2
lastigere	-1.2
vervelendere	-1.8
zwakkere	-1.5
ergere	-2.0
ergst	-2.5
ergste	-2.5
gezelligste	2.2
prettigste	2.0
makkelijkste	1.5
eenvoudigste	1.3
duidelijkste	1.5
betrouwbaarste	2.3
voordeligste	1.8
vieste	-2.2
smerigste	-2.5
achterlijkste	-3.0
belachelijkste	-2.5
onbeschoftste	-2.8
onvriendelijkste	-2.2
klantonvriendelijkste	-2.5
waardeloosste	-3.0
ergerlijkste	-2.3
onbetrouwbaarste	-2.8
slordigste	-1.8
bevalt	1.5
beviel	1.5
goed bevallen	2.0
prima bevallen	2.0
niet bevallen	-1.8
smaakt naar meer	2.3
vergissing	-1.2
vergissingen	-1.2
vergist	-1.0
verknald	-2.3
verknallen	-2.3
verbrodden	-2.3
verbrod	-2.3
versjteren	-2.0
verkloten	-2.5
verkloot	-2.5
verneuken	-2.8
verneukt	-2.8
bedot	-2.0
bedotten	-2.0
geflest	-2.5
beduvelen	-2.5
beduveld	-2.5
bestelen	-2.5
ellendeling	-2.5
ellendelingen	-2.5
schurk	-2.5
schurken	-2.5
bandieten	-2.5
bandiet	-2.3
fraudeur	-3.0
fraudeurs	-3.0
oplichtersbende	-3.4
boevenbende	-3.0
dievenbende	-3.2
rovers	-2.5
zwendelaar	-3.0
zwendelaars	-3.0
flessentrekker	-3.0
flessentrekkers	-3.0
flessentrekkerij	-3.0
bedriegerij	-3.0
gesjoemel	-2.5
sjoemelen	-2.5
gesjoemeld	-2.5
gegraai	-2.5
zakkenvullerij	-3.0
belazerij	-2.8
kwakzalver	-2.5
kwakzalvers	-2.5
charlatan	-2.8
charlatans	-2.8
huichelaar	-2.5
huichelaars	-2.5
schijnheilig	-2.3
schijnheilige	-2.3
vakwerk	2.3
topwerk	2.8
puik werk	2.5
knap werk	2.3
goed werk	2.0
fijn werk	2.0
prima werk	2.0
lapwerk	-1.8
broddelwerk	-2.8
beunwerk	-2.5
houtje touwtje	-1.8
half werk	-2.0
halve oplossing	-1.5
halfslachtig	-1.8
halfslachtige	-1.8
wanorde	-2.0
warboel	-2.0
wanorganisatie	-2.5
puinzooi	-2.8
zooitje	-2.3
rommeltje	-0.9
gezond	1.3
gezonde	1.3
fit	1.3
fris	1.0
frisse	1.0
prachtweer	2.3
musthave	2.0
must have	2.0
game changer	2.3
gamechanger	2.3
no go	-1.8
scam	-3.0
scammer	-3.2
scammers	-3.2
gescamd	-3.2
oplichterspraktijken	-3.4
maffiapraktijken	-3.2
onbereikbaarheid	-2.3
schoonste	1.5
bucht	-2.5
vodden	-1.8
vod	-1.8
gezwans	-1.8
getetter	-1.5
gelamenteer	-1.5
lamenteren	-1.3
toxic	-2.0
cringe	-1.8
cringy	-1.8
ga zo door	2.0
hulde aan	2.5
lof voor	2.3
alle lof	2.8
alle lof voor	2.8
veel lof	2.5
een compliment voor	2.3
compliment voor	2.3
geef een tien	2.5
een dikke tien	2.8
verdient een pluim	2.5
verdient een medaille	2.5
verdient een compliment	2.3
verdient een bloemetje	2.3
een bloemetje verdiend	2.3
vijf sterren waard	2.8
geen ster waard	-2.8
geen ster verdiend	-2.5
verdient geen ster	-2.5
nul komma nul	-2.5
nul komma niks	-2.5
nooit problemen gehad	1.8
nooit klachten	1.5
nooit iets mis	1.5
altijd goed geholpen	2.5
altijd top	2.5
altijd snel	1.8
altijd vriendelijk	2.3
nooit bereikbaar	-2.5
nooit op tijd	-2.3
nooit antwoord	-2.3
nooit reactie	-2.3
altijd storing	-2.5
altijd problemen	-2.5
constant problemen	-2.5
continu storing	-2.5
altijd wat	-1.8
er is altijd wat	-1.8
elke keer wat	-1.8
steeds problemen	-2.3
om gek van te worden	-2.5
om moedeloos van te worden	-2.5
om wanhopig van te worden	-2.5
om je dood te ergeren	-2.8
om je kapot te ergeren	-2.8
kapot geërgerd	-2.8
dood geërgerd	-2.8
zwart geërgerd	-2.8
groen en geel geërgerd	-3.0
groen en geel	-2.5
klinkklare onzin	-2.5
je reinste onzin	-2.5
kul	-2.0
lariekoek	-2.0
apekool	-2.0
larie	-1.8
quatsch	-1.8
humbug	-1.8
bullshit	-2.8
de weg kwijt	-1.5
het noorden kwijt	-2.0
in de war	-1.3
de draad kwijt	-1.3
in de soep gelopen	-2.0
in het water gevallen	-2.0
in duigen	-2.0
op niets uitgedraaid	-2.0
op niks uitgedraaid	-2.0
loopt op niets uit	-2.0
liep op niets uit	-2.0
in duigen gevallen	-2.3
een maat voor niets	-2.3
maat voor niets	-2.3
boter aan de galg	-2.3
vechten tegen de bierkaai	-2.3
dweilen met de kraan open	-2.5
water naar de zee dragen	-1.5
een gat in de lucht	2.5
in de wolken	2.5
helemaal happy	2.5
door het dolle heen	2.5
in zijn nopjes	2.5
in mijn nopjes	2.5
uit de kunst	2.5
een gat in de lucht springen	2.8
in de zevende hemel	2.8
als een kind zo blij	2.8
zo blij als een kind	2.8
blij als een kind	2.8
op wolkjes	2.3
je van het	2.3
happy	2.0
het neusje van de zalm	2.8
neusje van de zalm	2.8
de kers op de taart	2.3
kers op de taart	2.3
klasse	0.9
eersteklas	2.3
bovenste plank	2.3
klasse apart	2.5
een klasse apart	2.5
van de bovenste plank	2.5
van topniveau	2.5
eerste klas	2.0
van hoog niveau	2.0
op hoog niveau	2.0
van laag niveau	-2.0
op laag niveau	-1.8
bedroevend laag	-2.5
om bij te huilen	-2.5
huilen met de pet op	-2.8
niet om aan te zien	-2.3
om over naar huis te schrijven	1.5
geen hoogvlieger	-1.5
geen hoogvliegers	-1.5
tweederangs	-1.8
derderangs	-2.3
brol verkopen	-2.5
brol geleverd	-2.5
rommel verkopen	-2.0
troep verkopen	-2.3
goedkoop is duurkoop	-1.5
aan het kortste eind	-2.0
het onderspit delven	-1.8
het kind van de rekening	-2.3
kind van de rekening	-2.3
het haasje	-1.8
ben de sigaar	-1.8
is de sigaar	-1.5
knap	1.8
knapper	1.8
knappere	1.8
knapst	1.8
knapste	1.8
sterkere	1.2
sterkst	1.2
sterkste	1.2
grappiger	1.5
grappigere	1.5
grappigst	1.5
grappigste	1.5
geestig	1.5
geestige	1.5
geestiger	1.5
geestigere	1.5
geestigst	1.5
geestigste	1.5
slimmere	1.3
slimst	1.3
slimste	1.3
verser	1.0
versere	1.0
krokante	1.2
krokanter	1.2
krokantere	1.2
krokantst	1.2
krokantste	1.2
knapperige	1.0
knapperiger	1.0
knapperigere	1.0
knapperigst	1.0
knapperigste	1.0
malser	1.5
malsere	1.5
malst	1.5
malste	1.5
sappiger	1.3
sappigere	1.3
sappigst	1.3
sappigste	1.3
luchtig	0.8
luchtige	0.8
luchtiger	0.8
luchtigere	0.8
luchtigst	0.8
luchtigste	0.8
comfortabeler	1.5
comfortabelere	1.5
comfortabelst	1.5
comfortabelste	1.5
ruimer	0.8
ruimere	0.8
ruimst	0.8
ruimste	0.8
steviger	0.8
stevigere	0.8
stevigst	0.8
stevigste	0.8
stabieler	1.0
stabielere	1.0
stabielst	1.0
stabielste	1.0
soepeler	1.2
soepelere	1.2
soepelst	1.2
soepelste	1.2
vlottere	1.5
vlotst	1.5
vlotste	1.5
schoner	1.5
schonere	1.5
schoonst	1.5
eerlijker	1.2
eerlijkere	1.2
eerlijkst	1.2
eerlijkste	1.2
oprechter	1.2
oprechtere	1.2
oprechtst	1.2
oprechtste	1.2
lievere	1.8
liefste	1.8
sfeervoller	1.8
sfeervollere	1.8
sfeervolst	1.8
sfeervolste	1.8
smaakvoller	1.8
smaakvollere	1.8
smaakvolst	1.8
smaakvolste	1.8
charmanter	2.0
charmantere	2.0
charmantst	2.0
charmantste	2.0
helderder	1.2
helderdere	1.2
helderst	1.2
helderste	1.2
handigst	1.2
frisser	1.0
frissere	1.0
frist	1.0
friste	1.0
gezonder	1.0
gezondere	1.0
gezondst	1.0
gezondste	1.0
sympathieker	1.5
sympathiekere	1.5
sympathiekst	1.5
sympathiekste	1.5
levendiger	1.0
levendigere	1.0
levendigst	1.0
levendigste	1.0
krachtiger	1.2
krachtigere	1.2
krachtigst	1.2
krachtigste	1.2
subtiel	1.0
subtiele	1.0
subtieler	1.0
subtielere	1.0
subtielst	1.0
subtielste	1.0
betaalbaarder	1.0
betaalbaardere	1.0
betaalbaarst	1.0
betaalbaarste	1.0
voordeligere	1.0
voordeligst	1.0
gezelligere	1.8
gezelligst	1.8
prettigere	1.5
prettigst	1.5
plezieriger	1.5
plezierigere	1.5
plezierigst	1.5
plezierigste	1.5
nuttiger	1.2
nuttigere	1.2
nuttigst	1.2
nuttigste	1.2
zinvol	1.3
zinvolle	1.3
zinvoller	1.3
zinvollere	1.3
zinvolst	1.3
zinvolste	1.3
waardevoller	1.8
waardevollere	1.8
waardevolst	1.8
waardevolste	1.8
geduldiger	1.8
geduldigere	1.8
geduldigst	1.8
geduldigste	1.8
behulpzamere	1.8
behulpzaamst	1.8
behulpzaamste	1.8
hartelijker	2.0
hartelijkere	2.0
hartelijkst	2.0
hartelijkste	2.0
gastvrijer	2.0
gastvrijere	2.0
gastvrijst	2.0
gastvrijste	2.0
attenter	1.8
attentere	1.8
attentst	1.8
attentste	1.8
pakkend	2.0
pakkende	2.0
aangrijpend	1.8
aangrijpende	1.8
verrassend	1.0
verrassende	1.0
verfijnd	1.8
verfijnde	1.8
vermakelijk	1.8
vermakelijke	1.8
onderhoudend	1.8
onderhoudende	1.8
informatief	1.3
informatieve	1.3
tijdloos	1.5
tijdloze	1.5
ademloos	1.2
ademloze	1.2
weergaloos	3.0
weergaloze	3.0
uitgebreid	0.8
uitgebreide	0.8
gevarieerd	0.8
gevarieerde	0.8
afwisselend	0.8
afwisselende	0.8
ingetogen	0.5
beeldschoon	2.8
beeldschone	2.8
oogstrelend	2.2
oogstrelende	2.2
hoopgevend	1.5
hoopgevende	1.5
ontspannend	1.0
ontspannende	1.0
scherpgeprijsd	1.5
scherpgeprijsde	1.5
oplettend	1.2
oplettende	1.2
hygienisch	1.2
hygienische	1.2
spontaan	1.0
spontane	1.0
onweerstaanbaar	2.2
onweerstaanbare	2.2
meesterlijke	2.8
spetterend	2.0
spetterende	2.0
swingend	1.5
swingende	1.5
verslavend	1.5
verslavende	1.5
aandoenlijke	1.5
kostelijk	2.0
kostelijke	2.0
ontroerde	1.5
geboeid	1.2
geboeide	1.2
meegesleept	1.5
meegesleepte	1.5
gewaardeerde	1.5
sensationeel	2.0
sensationele	2.0
levensecht	1.5
levensechte	1.5
fameus	2.2
fameuze	2.2
keigoede	2.0
overtuigend	1.2
overtuigende	1.2
flauwer	-1.5
flauwere	-1.5
flauwst	-1.5
flauwste	-1.5
slap	-1.5
slappe	-1.5
slapper	-1.5
slappere	-1.5
slapst	-1.5
slapste	-1.5
droog	-0.8
droge	-0.8
droger	-0.8
drogere	-0.8
droogst	-0.8
droogste	-0.8
taaier	-1.2
taaiere	-1.2
taaist	-1.2
taaiste	-1.2
lauwer	-1.5
lauwere	-1.5
lauwst	-1.5
lauwste	-1.5
koud	-0.6
koude	-0.6
kouder	-0.6
koudere	-0.6
koudst	-0.6
koudste	-0.6
muffer	-1.8
muffere	-1.8
mufst	-1.8
mufste	-1.8
vuil	-2.0
vuile	-2.0
vuiler	-2.0
vuilere	-2.0
vuilst	-2.0
vuilste	-2.0
krapper	-1.0
krappere	-1.0
krapst	-1.0
krapste	-1.0
benauwder	-1.2
benauwdere	-1.2
benauwdst	-1.2
benauwdste	-1.2
kariger	-1.5
karigere	-1.5
karigst	-1.5
karigste	-1.5
schameler	-1.5
schamelere	-1.5
schamelst	-1.5
schamelste	-1.5
magerder	-1.0
magerdere	-1.0
magerst	-1.0
magerste	-1.0
middelmatiger	-1.5
middelmatigere	-1.5
middelmatigst	-1.5
middelmatigste	-1.5
houterig	-1.5
houterige	-1.5
houteriger	-1.5
houterigere	-1.5
houterigst	-1.5
houterigste	-1.5
stijf	-1.0
stijve	-1.0
stijver	-1.0
stijvere	-1.0
stijfst	-1.0
stijfste	-1.0
oppervlakkig	-1.5
oppervlakkige	-1.5
oppervlakkiger	-1.5
oppervlakkigere	-1.5
oppervlakkigst	-1.5
oppervlakkigste	-1.5
warrig	-1.5
warrige	-1.5
warriger	-1.5
warrigere	-1.5
warrigst	-1.5
warrigste	-1.5
rommeliger	-1.5
rommeligere	-1.5
rommeligst	-1.5
rommeligste	-1.5
chaotischer	-1.5
chaotischere	-1.5
chaotischst	-1.5
chaotischste	-1.5
verwarrender	-1.2
verwarrendere	-1.2
verwarrendst	-1.2
verwarrendste	-1.2
onduidelijkere	-1.3
onduidelijkst	-1.3
onduidelijkste	-1.3
onlogischer	-1.3
onlogischere	-1.3
onlogischst	-1.3
onlogischste	-1.3
vagere	-1.0
vaagst	-1.0
vaagste	-1.0
pretentieus	-1.8
pretentieuze	-1.8
pretentieuzer	-1.8
pretentieuzere	-1.8
pretentieust	-1.8
pretentieuste	-1.8
zeurderig	-1.8
zeurderige	-1.8
zeurderiger	-1.8
zeurderigere	-1.8
zeurderigst	-1.8
zeurderigste	-1.8
zwaarmoedig	-1.0
zwaarmoedige	-1.0
zwaarmoediger	-1.0
zwaarmoedigere	-1.0
zwaarmoedigst	-1.0
zwaarmoedigste	-1.0
somberder	-1.0
somberdere	-1.0
somberst	-1.0
somberste	-1.0
eentoniger	-1.5
eentonigere	-1.5
eentonigst	-1.5
eentonigste	-1.5
slomere	-1.5
sloomst	-1.5
sloomste	-1.5
stroef	-1.2
stroeve	-1.2
stroever	-1.2
stroevere	-1.2
stroefst	-1.2
stroefste	-1.2
omslachtigere	-1.5
omslachtigst	-1.5
omslachtigste	-1.5
onhandigere	-1.5
onhandigst	-1.5
onhandigste	-1.5
chagrijniger	-2.0
chagrijnigere	-2.0
chagrijnigst	-2.0
chagrijnigste	-2.0
norser	-1.8
norsere	-1.8
norst	-1.8
norste	-1.8
ruw	-1.3
ruwe	-1.3
ruwer	-1.3
ruwere	-1.3
ruwst	-1.3
ruwste	-1.3
hardhandig	-2.0
hardhandige	-2.0
hardhandiger	-2.0
hardhandigere	-2.0
hardhandigst	-2.0
hardhandigste	-2.0
slordigere	-1.8
slordigst	-1.8
gammeler	-2.0
gammelere	-2.0
gammelst	-2.0
gammelste	-2.0
wiebeliger	-1.5
wiebeligere	-1.5
wiebeligst	-1.5
wiebeligste	-1.5
scheef	-1.5
scheve	-1.5
schever	-1.5
schevere	-1.5
scheefst	-1.5
scheefste	-1.5
lawaaieriger	-1.5
lawaaierigere	-1.5
lawaaierigst	-1.5
lawaaierigste	-1.5
gehorig	-1.5
gehorige	-1.5
gehoriger	-1.5
gehorigere	-1.5
gehorigst	-1.5
gehorigste	-1.5
plakkerig	-1.5
plakkerige	-1.5
plakkeriger	-1.5
plakkerigere	-1.5
plakkerigst	-1.5
plakkerigste	-1.5
smoezelig	-1.8
smoezelige	-1.8
smoezeliger	-1.8
smoezeligere	-1.8
smoezeligst	-1.8
smoezeligste	-1.8
ongezelliger	-2.0
ongezelligere	-2.0
ongezelligst	-2.0
ongezelligste	-2.0
duf	-1.5
duffe	-1.5
duffer	-1.5
duffere	-1.5
dufst	-1.5
dufste	-1.5
suffer	-1.5
suffere	-1.5
sufst	-1.5
sufste	-1.5
goorder	-2.5
goordere	-2.5
goorst	-2.5
goorste	-2.5
ranziger	-2.5
ranzigere	-2.5
ranzigst	-2.5
ranzigste	-2.5
wateriger	-1.5
waterigere	-1.5
waterigst	-1.5
waterigste	-1.5
fletser	-1.2
fletsere	-1.2
fletst	-1.2
fletste	-1.2
vettiger	-1.5
vettigere	-1.5
vettigst	-1.5
vettigste	-1.5
voorspelbaar	-1.5
voorspelbare	-1.5
zanderig	-1.2
zanderige	-1.2
versleten	-1.5
gedateerd	-1.0
gedateerde	-1.0
eendimensionaal	-1.5
eendimensionale	-1.5
ongeloofwaardig	-1.8
ongeloofwaardige	-1.8
onsamenhangend	-1.8
onsamenhangende	-1.8
gekunsteld	-1.5
gekunstelde	-1.5
geforceerd	-1.5
geforceerde	-1.5
kleurloze	-1.5
zielloze	-1.8
clichematig	-1.5
clichematige	-1.5
afgezaagd	-1.8
afgezaagde	-1.8
onleesbaar	-1.8
onleesbare	-1.8
onverstaanbaar	-1.5
onverstaanbare	-1.5
verkleurd	-1.5
verkleurde	-1.5
gekrompen	-1.5
verbrand	-1.5
verbrande	-1.5
overgaar	-1.5
overgare	-1.5
onverteerbaar	-2.0
onverteerbare	-2.0
breedsprakig	-1.2
breedsprakige	-1.2
ondoordacht	-1.5
ondoordachte	-1.5
overvol	-1.5
overvolle	-1.5
overschat	-1.8
overgewaardeerd	-1.8
overgewaardeerde	-1.8
ontgoochelde	-2.2
ontgoochelende	-2.2
belazerde	-2.5
misleide	-2.2
ongeinspireerd	-1.8
ongeinspireerde	-1.8
fantasieloos	-1.8
fantasieloze	-1.8
slaapverwekkende	-2.0
afgeraffeld	-1.8
afgeraffelde	-1.8
overprijsd	-2.0
overprijsde	-2.0
verdwaald	-1.2
verdwaalde	-1.2
eenzijdig	-1.0
eenzijdige	-1.0
tegenstrijdig	-1.5
tegenstrijdige	-1.5
doorgezakt	-1.5
doorgezakte	-1.5
losgelaten	-1.2
afgeraden	-2.0
verpeste	-2.5
verknalde	-2.2
verspilde	-2.0
gecrashte	-1.5
opgegeven	-1.5
sleets	-1.2
sleetse	-1.2
meesterstuk	2.8
belevenis	2.0
kippenvel	1.0
anticlimax	-1.5
cliche	-1.2
cliches	-1.2
karikatuur	-1.0
aftreksel	-1.2
rugpijn	-1.0
blaar	-1.0
blaren	-1.0
jeuk	-1.2
diarree	-1.5
pseudowetenschap	-1.8
verveelt	-1.2
verveelde	-1.2
vervelen	-1.2
haperingen	-1.2
lekken	-1.5
roestte	-1.3
geroest	-1.3
verroest	-1.3
kraakt	-1.0
kraakte	-1.0
piept	-0.8
piepte	-0.8
jeukt	-1.2
ontbrak	-1.0
verdwalen	-1.0
gevloekt	-1.0
stoorde	-1.0
verzandt	-1.5
verzandde	-1.5
kabbelt	-1.0
doorzakken	-1.5
smult	2.2
smulde	2.2
verraste	1.2
boeide	1.5
boeit	1.5
ontroert	1.8
overtuigde	1.2
overtuigt	1.2
bekoorde	1.5
bekoort	1.5
vermaakt	1.8
vermaakte	1.8
gelachen	1.0
bevielen	1.5
vallen tegen	-2.0
tegenviel	-2.0
vielen mee	1.2
vallen mee	1.2
beveel aan	2.0
bevelen aan	2.0
raad af	-2.0
raden af	-2.0
haakte af	-1.5
haak af	-1.5
haakten af	-1.5
gaat achteruit	-1.8
ging achteruit	-1.8
gingen achteruit	-1.8
gaat vooruit	1.0
ging vooruit	1.0
blonk uit	2.2
blinken uit	2.2
zakt door	-1.3
zakte door	-1.3
bladdert af	-1.2
bladderde af	-1.2
gingen stuk	-1.8
gaan stuk	-1.8
liet los	-1.2
laat los	-1.2
lieten los	-1.2
brak af	-1.5
breekt af	-1.5
sleept mee	1.8
sleepte mee	1.8
sprak aan	1.2
spreekt aan	1.2
blijft bij	1.0
bleef bij	1.0
staat tegen	-1.5
stond tegen	-1.5
knapte af	-1.5
knap af	-1.5
smeerde aan	-1.8
praat aan	-1.0
praten aan	-1.0
zindert na	1.5
komen zeker terug	1.8
komen graag terug	1.8
kom graag terug	1.5
waard	1.0
elke euro waard	2.0
dubbel en dwars	1.2
niets dan	0.0
niks dan	0.0
niet alleen	0.0
om van te smullen	2.5
om te smullen	2.5
vingers af te likken	2.5
in een ruk	1.5
niet meer wegleggen	2.0
niet wegleggen	2.0
puntje van mijn stoel	2.0
puntje van je stoel	2.0
puntje van onze stoel	2.0
hoed af	2.0
in slaap gevallen	-1.5
viel in slaap	-1.5
in slaap vallen	-1.5
viel in het water	-1.5
door de mand gevallen	-2.0
bergafwaarts	-1.5
stap achteruit	-1.8
stap vooruit	1.5
stap terug	-1.2
slaan nergens op	-2.0
sloeg nergens op	-2.0
stelt niks voor	-2.0
stelt niets voor	-2.0
stelde niks voor	-2.0
stelde niets voor	-2.0
stelt weinig voor	-1.5
stelde weinig voor	-1.5
stelde niet veel voor	-1.5
laat je koud	-1.5
liet me koud	-1.5
laten je koud	-1.5
lieten me koud	-1.5
liet te wensen over	-1.8
lieten te wensen over	-1.8
waar voor zijn geld	1.8
voor geen goud	-2.0
vier sterren	1.5
4 sterren	1.5
twee sterren	-1.0
2 sterren	-1.0
voelt goedkoop	-1.8
goedkoop plastic	-1.8
kon beter	-1.0
had beter gekund	-1.0
had beter gemogen	-1.0
had korter gekund	-0.8
had korter gemogen	-0.8
lekker is anders	-1.5
goed is anders	-1.5
rot geamuseerd	1.5
rot gelachen	1.5
kapot gelachen	1.5
van niks	-1.5
sleept zich voort	-1.0
kabbelt voort	-1.0
gaat nergens heen	-1.5
nergens heen	-1.5
in goede handen	2.0
in de steek	-1.2
doet wat hij moet doen	0.8
alle tijd genomen	1.0
de tijd genomen	1.0
neemt de tijd	1.2
neemt alle tijd	1.2
van harte aanbevolen	1.5
blijft steken	-2.0
niet te vreten	-1.5
bitter weinig	-1.5
al jaren tevreden	1.5
trouwe klant	1.5
vaste klant	1.2
had niet beter gekund	2.5
super	2.2
vreselijk	-2.8
verschrikkelijk	-2.8
afrader	-2.5
mijden	-1.8
vermijden	-1.8
vermijd	-1.8
terugsturen	-1.0
teruggestuurd	-1.0
verrast	1.2
geraakt	1.0
knus	1.8
knusse	1.8
knusser	1.8
knussere	1.8
knust	1.8
knuste	1.8
chique	1.5
acceptabel	0.5
acceptabele	0.5
voldoende	0.5
ontroerende	2.0
gesmaakt	1.5
niet de moeite	-1.8
niet de moeite waard	-2.0
de beste	2.5
het beste	1.5
beste ooit	2.8
smaakte naar meer	2.2
aardiger	2.0
helaas	-1.0
iets slechts	-2.0
niets slechts	1.2
niks slechts	1.2
iets goeds	1.8
niets goeds	-1.8
niks goeds	-1.8
iets moois	1.8
iets leuks	1.5
iets lekkers	1.5
legendarisch	2.5
legendarische	2.5
mooi jasje	0.0
nieuw jasje	0.0
overschatte	-1.8
verbroken	-1.3
afgebroken	-1.3
wiebelt	-1.2
doorgeknipt	-1.2
ophangen	-1.2
afgesloten	-1.2
ingeslikt	-1.5
slikte	-1.0
bezuinigen	-1.2
bezuinigingen	-1.2
bezuiniging	-1.2
achteruit gegaan	-1.8
geen uitleg	-1.8
zonder reden	-1.8
niet verholpen	-2.0
duurt lang	-1.2
klopte niet	-1.5
flikkert	-1.5
flikkeren	-1.5
flikkerde	-1.5
verdubbeld	-1.0
blokkeert	-1.5
doorweekt	-1.5
hoofdprijs	-1.5
zegt genoeg	-1.5
een grap	-1.5
als een nummer	-2.0
niet best	-1.8
nergens naar	-2.0
nooit aangevraagd	-2.0
niet aangevraagd	-1.8
nooit besteld	-2.0
voor niks gefietst	-1.5
genoeg is genoeg	-2.0
wordt tijd dat	-1.5
past niet	-1.5
snapt er niks van	-2.0
snapt er niets van	-2.0
is kwijt	-1.5
zonder het te melden	-1.8
zonder te melden	-1.8
steeds langer	-1.5
steeds later	-1.2
steeds duurder	-1.5
reageert niet	-1.5
niet meer herkend	-1.5
ging mis	-1.5
gaat mis	-1.5
weer mis	-1.5
nooit meer gedoe	2.0
geen gedoe meer	2.0
een nieuwe gestuurd	1.5
nieuwe opgestuurd	1.5
vervanging gestuurd	1.5
"""
