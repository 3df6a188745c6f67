"""A guess at a person's gender from a given name, for "she said" / "he said" when the article itself
never says: "Pamela Greywolf said …" ¶ "…," she said.

A small table of given names that are one gender in every origin news prose is likely to meet (English,
Irish, Welsh, Nordic, Romance, Slavic, Baltic, Caucasian, Central Asian, Arabic, Turkish, Persian, South
Asian, West and East African). Names that are used for both, or for one in a language and the other in
another (Andrea, Jean, Nicola, Nino, Kari, Jan, Joan, Sasha, Kim), are left out, and so are Chinese,
Japanese and Korean given names: a guess is only made where it is safe. The article's own words (a
pronoun after the name, "Ms", "chairwoman") always win over the table. Hand-made rather than a library:
the one on PyPI (gender-guesser, unmaintained since 2016) takes half a second to load and reads some names
against their use in the corpus's regions (Georgian "Nino" as male).
"""

from __future__ import annotations

_FEMALE = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
kimberly emily donna michelle dorothy amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine catherine kathryn christine
debra rachel carolyn janet ruth maria heather diane virginia julie joyce victoria olivia christina lauren
evelyn judith megan cheryl hannah martha jacqueline frances gloria ann anne teresa theresa sara janice
alice madison doris abigail julia judy grace denise amber marilyn beverly beverley danielle sophia sophie
marie diana brittany natalie isabella charlotte rose lorraine eleanor elinor ella lucy chloe zoe amelia
ava mia lily harriet fiona gillian jill kate katie sue liz beth jane joanne claire clare louise lorna moira
morag kirsty ailsa isla eilidh shona mhairi rhiannon sian siân carys bethan ffion cerys nia gwen
bernadette margot agnes edith florence gladys irene josephine lillian marjorie mildred muriel vivian
yvonne wendy tracy tracey sally penny rosemary rosalind miriam naomi esther leah rhoda tamsin imogen
niamh aoife siobhán siobhan saoirse caoimhe sinéad sinead máire maire bríd brid gráinne grainne orla
orlaith clodagh róisín roisin deirdre eimear ailbhe nuala maeve méabh áine aine úna una aisling
astrid ingrid sigrid solveig liv kirsten karin ingeborg freya freja maja elsa greta britt birgit sofie
anneli helga gudrun margit hilde marit tove silje nora hanna linnea annika ulla
yolanda rosa carmen lucia lucía sofia sofía isabel ana elena carla marta beatriz inês ines mariana paula
raquel pilar dolores guadalupe ximena valeria camila gabriela daniela fernanda alejandra adriana claudia
silvia mónica monica rocío rocio montserrat nuria marisol marisa maribel mercedes esperanza consuelo luz
catalina juana josefina
francesca giulia chiara alessandra federica giovanna paola elisa sabrina valentina martina beatrice
chantal isabelle nathalie sylvie brigitte amélie amelie céline celine élodie elodie margaux juliette
aurélie aurelie aurelia agathe hélène helene heike ursula sabine petra katrin anke monika corina ioana
mihaela andreea alexandra cristina ileana magdalena agnieszka katarzyna małgorzata malgorzata joanna ewa
zofia zuzana jana lenka tereza eva irena milena dragana jelena ivana marija rūta ruta jūratė jurate ieva
inga laima kristina līga liga ilze tamar ketevan mariam maryam
olga natalia natalya irina yelena tatiana tatyana svetlana ekaterina yekaterina anastasia marina galina
lyudmila ludmila oksana yulia nadezhda vera larisa ksenia daria darya polina alina
gaukhar saule aigerim dinara aliya zhanar gulnara asel madina gulmira aizhan zarina nazira
umida dilnoza nodira gulnora shahnoza malika
fatima aisha ayesha zainab khadija leila layla noura huda amina aminata samira yasmin yasmine rania salma
nadia zeynep elif ayşe ayse emine günel gunel leyla sevda aysel nigar shirin parisa rahima farida
priya anjali sunita lakshmi deepa pooja neha kavita meera shreya
ama akosua abena adwoa afua efua esi akua yaa ngozi chioma adaeze funmilayo folake fatou awa mariama
""".split())

_MALE = frozenset("""
john james david michael robert william richard thomas charles joseph daniel matthew mark paul peter
george edward henry andrew anthony steven stephen kevin brian gary timothy jason jeffrey ryan jacob
nicholas eric jonathan justin scott brandon benjamin samuel gregory frank patrick raymond jack dennis
jerry tyler aaron adam nathan douglas zachary kyle walter ethan jeremy harold keith christian roger noah
gerald carl terry austin arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan
alan allan wayne roy ralph randy eugene vincent russell elijah louis bobby philip phillip johnny curtis
marcus martin neil graham simon nigel trevor colin derek gordon malcolm stuart stewart duncan hugh owen
owain rhys gareth dafydd huw emyr glyn bryn brent fred ted tom tim dan dave mike steve ben nick matt greg
jeff ron don ken bill bob jim rob tony harry oliver max leo luke isaac isaiah caleb ezra levi elias
silas felix hugo oscar victor hector frederick grant clifford rodney barry lloyd clive reginald percy
desmond dwayne tyrone darnell jamal malik andre howard herbert stanley leonard norman ernest alfred
callum fergus hamish angus alistair alasdair ewan euan lachlan rory iain ian
seán sean pádraig padraig séamus seamus ciarán ciaran kieran cormac liam eoin donal dónal diarmuid
niall conor oisín oisin cathal fergal colm declan brendan tadhg eamon éamon eamonn ruairí ruairi
luis josé jose juan carlos miguel javier alejandro fernando jorge pedro pablo diego manuel rafael
antonio francisco ramón ramon sergio raúl raul andrés andres óscar enrique eduardo ricardo roberto
alberto tomás tomas mateo santiago joaquín joaquin ignacio gonzalo emilio horacio hernán hernan rodrigo
gustavo álvaro alvaro ernesto arturo alfredo guillermo héctor felipe julio mario marco marcos
rui joão joao paulo tiago gonçalo goncalo nuno vasco afonso duarte bruno
giuseppe giovanni luca luigi matteo lorenzo alessandro francesco stefano paolo pietro massimo fabio
gianluca enrico vittorio salvatore
pierre jacques françois francois philippe michel alain olivier nicolas laurent thierry didier yves
julien mathieu antoine guillaume sébastien sebastien
hans jürgen jurgen klaus wolfgang dieter uwe stefan matthias tobias florian lukas jonas niklas sven
lars nils anders erik björn bjorn magnus olaf ole jens henrik mikkel rasmus søren soren gunnar leif
arne knut einar per
ion mihai vasile gheorghe florin radu piotr paweł pawel tomasz krzysztof jakub marek zbigniew jiří jiri
petr milan dragan goran zoran tamás tamas lászló laszlo zoltán zoltan giorgi levan irakli zurab
ivan sergei sergey alexei alexey aleksei dmitry dmitri mikhail nikolai vladimir viktor pavel andrei
andrey oleg igor yuri boris anatoly konstantin maxim artem anton yevgeny evgeny grigory stanislav
vyacheslav vadim leonid
yerlan daniyar nurlan askar bolat marat yerbol serik asylbek kanat almazbek timur rustam ruslan azamat
arman dauren yerzhan aidos berik talgat zhanibek kassym-jomart nursultan sapar bakyt
jahongir sardor bekzod otabek shavkat aziz bakhtiyor
mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain omar umar khalid khaled
youssef yusuf ibrahim mustafa mahmoud abdullah hamad hamid rashid rashad rauf tariq karim samir nasser
faisal saeed salman mehmet ahmet emre murat burak elvin ilham ilgar rasim farid reza hossein
rahul amit arjun vikram sanjay rajesh suresh ramesh anil sunil imran bilal asif sandeep
kwame kofi kojo kwabena kwaku yaw kwesi chinedu emeka tunde babatunde olusegun chukwuemeka mamadou
moussa ousmane amadou ibrahima getachew tesfaye abebe
""".split())


def given_gender(name: str) -> str | None:
    """ "f" or "m" for a full name whose given name (its first word) the table knows; else None."""
    first = name.split(maxsplit=1)[0].lower() if " " in name else ""
    if not first:
        return None  # a surname alone says nothing
    for table, gender in ((_FEMALE, "f"), (_MALE, "m")):
        if first in table:
            return gender
    parts = {("f" if p in _FEMALE else "m" if p in _MALE else None) for p in first.split("-")} - {None}
    return parts.pop() if len(parts) == 1 and "-" in first else None  # "Jean-Pierre" → m
