"""Constant tables for ``service.nlp.actors``: people in war and diplomacy reporting, demonyms.

PEOPLE rows: canonical name | role | alpha-2 (blank for international officials) | aliases | flag.
Aliases are other spellings of the full name or of the surname (ASCII-folded). Flag "solo": the surname
alone identifies the person anywhere in this domain; "ctx": the surname alone counts only after the full
name appeared in the same document (Johnson, Costa, Kim, Wang ...).
"""

from __future__ import annotations

PEOPLE = """
Volodymyr Zelenskyy|president|UA|Volodymyr Zelensky,Volodymyr Zelenskiy,Zelensky,Zelenskiy,Zelenskyi,Zelenskii|solo
Olena Zelenska|first lady|UA|Zelenska|solo
Andriy Yermak|head of the presidential office|UA|Andrii Yermak,Andriy Yermak|solo
Rustem Umerov|national security council secretary|UA||solo
Andrii Sybiha|foreign minister|UA|Andriy Sybiha|solo
Dmytro Kuleba|foreign minister|UA|Dmitry Kuleba|solo
Oleksandr Syrskyi|commander-in-chief|UA|Oleksandr Syrsky,Syrsky,Syrskiy|solo
Valerii Zaluzhnyi|commander-in-chief|UA|Valeriy Zaluzhnyi,Valery Zaluzhny,Zaluzhny,Zaluzhnyy|solo
Kyrylo Budanov|military intelligence chief|UA|Kirill Budanov|solo
Denys Shmyhal|prime minister|UA|Denys Shmygal,Shmygal|solo
Yulia Svyrydenko|prime minister|UA|Yuliia Svyrydenko|solo
David Arakhamia|negotiator|UA|Davyd Arakhamia|solo
Mykhailo Podolyak|presidential adviser|UA|Mykhailo Podoliak,Podoliak|solo
Hanna Maliar|deputy defence minister|UA|Ganna Malyar,Hanna Malyar,Malyar|solo
Ruslan Stefanchuk|parliament speaker|UA||solo
Oleksii Reznikov|defence minister|UA|Oleksiy Reznikov|solo
Olha Stefanishyna|deputy prime minister|UA|Olga Stefanishyna|solo
Serhiy Kyslytsya|first deputy foreign minister|UA|Sergiy Kyslytsya,Serhii Kyslytsia,Kyslytsia|solo
Oleksiy Danilov|national security council secretary|UA|Oleksii Danilov|solo
Oleksandr Lytvynenko|national security council secretary|UA||ctx
Ihor Zhovkva|deputy head of the presidential office|UA||solo
Yuriy Ihnat|air force spokesman|UA|Yurii Ihnat|solo
Mykola Oleshchuk|air force commander|UA||solo
Ihor Klymenko|interior minister|UA||solo
Vasyl Maliuk|SBU chief|UA|Vasyl Malyuk,Malyuk|solo
Dmytro Lubinets|human rights commissioner|UA||solo
Vitali Klitschko|Kyiv mayor|UA|Vitaliy Klitschko,Klitschko|solo
Ihor Terekhov|Kharkiv mayor|UA||solo
Oleh Syniehubov|Kharkiv governor|UA|Oleh Synehubov,Synehubov|solo
Vadym Filashkin|Donetsk governor|UA||solo
Oleh Kiper|Odesa governor|UA||solo
Oleksandr Prokudin|Kherson governor|UA||solo
Dmytro Lykhovyi|military spokesman|UA|Dmytro Lykhoviy,Lykhoviy|solo
Heorhii Tykhyi|foreign ministry spokesman|UA|Heorhiy Tykhyi|solo
Oleh Nikolenko|foreign ministry spokesman|UA||solo
Petro Poroshenko|former president|UA||solo
Mykhailo Fedorov|deputy prime minister|UA||ctx
Oleksandr Kubrakov|infrastructure minister|UA||solo
Andrii Hnatov|chief of the general staff|UA|Andriy Hnatov|solo
Vladimir Putin|president|RU|Putin|solo
Sergei Lavrov|foreign minister|RU|Sergey Lavrov|solo
Dmitry Peskov|Kremlin spokesman|RU|Dmitri Peskov|solo
Yuri Ushakov|Kremlin foreign policy aide|RU|Yury Ushakov|solo
Kirill Dmitriev|head of the Russian Direct Investment Fund|RU||solo
Vladimir Medinsky|presidential aide|RU||solo
Sergei Shoigu|security council secretary|RU|Sergey Shoigu|solo
Andrei Belousov|defence minister|RU|Andrey Belousov|solo
Valery Gerasimov|chief of the general staff|RU|Valeriy Gerasimov|solo
Maria Zakharova|foreign ministry spokeswoman|RU||solo
Dmitry Medvedev|security council deputy chairman|RU||solo
Mikhail Mishustin|prime minister|RU||solo
Igor Konashenkov|defence ministry spokesman|RU||solo
Vyacheslav Volodin|Duma speaker|RU||solo
Nikolai Patrushev|presidential aide|RU||solo
Sergei Ryabkov|deputy foreign minister|RU|Sergey Ryabkov|solo
Alexander Grushko|deputy foreign minister|RU||solo
Mikhail Galuzin|deputy foreign minister|RU||solo
Vassily Nebenzia|UN ambassador|RU|Vasily Nebenzya,Nebenzya|solo
Vyacheslav Gladkov|Belgorod governor|RU||solo
Alexander Bogomaz|Bryansk governor|RU||solo
Alexander Khinshtein|Kursk governor|RU||solo
Ramzan Kadyrov|Chechen leader|RU||solo
Yevgeny Prigozhin|Wagner chief|RU||solo
Igor Kostyukov|military intelligence chief|RU||solo
Alexander Fomin|deputy defence minister|RU||ctx
Mikhail Ulyanov|envoy|RU||solo
Leonid Slutsky|lawmaker|RU||solo
Sergei Naryshkin|foreign intelligence chief|RU||solo
Alexander Bortnikov|FSB director|RU||solo
Denis Pushilin|occupation leader|RU||solo
Vladimir Saldo|occupation leader|RU||solo
Yevgeny Balitsky|occupation leader|RU||solo
Valentina Matviyenko|Federation Council speaker|RU||solo
Alexander Lukashenko|president|BY|Alyaksandr Lukashenka,Lukashenka|solo
Donald Trump|president|US|Trump|solo
Joe Biden|president|US|Biden|solo
Marco Rubio|secretary of state|US|Rubio|solo
Steve Witkoff|special envoy|US|Steven Witkoff,Witkoff|solo
Jared Kushner|envoy|US|Kushner|solo
JD Vance|vice president|US|J.D. Vance,J. D. Vance,Vance|solo
Mike Waltz|national security adviser|US|Michael Waltz|solo
Pete Hegseth|defense secretary|US|Hegseth|solo
Keith Kellogg|special envoy|US|Kellogg|solo
Antony Blinken|secretary of state|US|Anthony Blinken,Blinken|solo
Jake Sullivan|national security adviser|US||ctx
Lloyd Austin|defense secretary|US||ctx
Dan Driscoll|army secretary|US|Daniel Driscoll,Driscoll|solo
Kamala Harris|vice president|US||solo
Karoline Leavitt|White House press secretary|US||solo
Matthew Whitaker|NATO ambassador|US|Matt Whitaker|solo
Linda Thomas-Greenfield|UN ambassador|US||solo
Lindsey Graham|senator|US||ctx
Scott Bessent|treasury secretary|US||solo
Dan Caine|chairman of the joint chiefs|US||ctx
Mark Milley|chairman of the joint chiefs|US||solo
John Kirby|national security spokesman|US||solo
William Burns|CIA director|US|Bill Burns|ctx
John Ratcliffe|CIA director|US||solo
Tulsi Gabbard|director of national intelligence|US||solo
Emmanuel Macron|president|FR|Macron|solo
Sebastien Lecornu|defence minister|FR|Lecornu|solo
Jean-Noel Barrot|foreign minister|FR|Barrot|solo
Catherine Colonna|foreign minister|FR||solo
Emmanuel Bonne|diplomatic adviser|FR||solo
Keir Starmer|prime minister|GB|Starmer|solo
Rishi Sunak|prime minister|GB|Sunak|solo
Boris Johnson|prime minister|GB||ctx
Mike Johnson|speaker of the house|US||ctx
Liz Truss|prime minister|GB||solo
David Lammy|foreign secretary|GB||solo
Yvette Cooper|foreign secretary|GB||ctx
David Cameron|foreign secretary|GB||solo
John Healey|defence secretary|GB||solo
Ben Wallace|defence secretary|GB||ctx
Jonathan Powell|national security adviser|GB||ctx
Friedrich Merz|chancellor|DE|Merz|solo
Olaf Scholz|chancellor|DE|Scholz|solo
Annalena Baerbock|foreign minister|DE||solo
Johann Wadephul|foreign minister|DE||solo
Boris Pistorius|defence minister|DE||solo
Frank-Walter Steinmeier|president|DE||solo
Giorgia Meloni|prime minister|IT|Meloni|solo
Antonio Tajani|foreign minister|IT||solo
Donald Tusk|prime minister|PL|Tusk|solo
Andrzej Duda|president|PL|Duda|solo
Karol Nawrocki|president|PL|Nawrocki|solo
Radoslaw Sikorski|foreign minister|PL|Sikorski|solo
Recep Tayyip Erdogan|president|TR|Tayyip Erdogan,Erdogan|solo
Hakan Fidan|foreign minister|TR|Fidan|solo
Mevlut Cavusoglu|foreign minister|TR|Cavusoglu|solo
Ibrahim Kalin|intelligence chief|TR|Kalin|solo
Viktor Orban|prime minister|HU|Orban|solo
Peter Szijjarto|foreign minister|HU|Szijjarto|solo
Robert Fico|prime minister|SK|Fico|solo
Alexander Stubb|president|FI|Stubb|solo
Sauli Niinisto|president|FI|Niinisto|solo
Mette Frederiksen|prime minister|DK||solo
Jonas Gahr Store|prime minister|NO||solo
Ulf Kristersson|prime minister|SE||solo
Gitanas Nauseda|president|LT||solo
Maia Sandu|president|MD||solo
Dick Schoof|prime minister|NL||solo
Petr Fiala|prime minister|CZ||solo
Kyriakos Mitsotakis|prime minister|GR||solo
Pedro Sanchez|prime minister|ES||ctx
Ignazio Cassis|foreign minister|CH||solo
Justin Trudeau|prime minister|CA||solo
Mark Carney|prime minister|CA||solo
Anthony Albanese|prime minister|AU||solo
Fumio Kishida|prime minister|JP||solo
Shigeru Ishiba|prime minister|JP||solo
Mark Rutte|NATO secretary general||Rutte|solo
Jens Stoltenberg|NATO secretary general||Stoltenberg|solo
Ursula von der Leyen|European Commission president||von der Leyen,Von der Leyen|solo
Antonio Costa|European Council president|||ctx
Kaja Kallas|EU foreign policy chief||Kallas|solo
Josep Borrell|EU foreign policy chief||Borrell|solo
Charles Michel|European Council president|||ctx
Roberta Metsola|European Parliament president|||solo
Antonio Guterres|UN secretary-general||Guterres|solo
Rafael Grossi|IAEA director general||Rafael Mariano Grossi,Grossi|solo
Karim Khan|ICC prosecutor|||ctx
Nazhat Shameem Khan|ICC deputy prosecutor|||ctx
Pope Francis|pope|VA||solo
Pope Leo XIV|pope|VA|Pope Leo|solo
Xi Jinping|president|CN|Xi|solo
Wang Yi|foreign minister|CN||ctx
Li Hui|special envoy|CN||ctx
Li Qiang|premier|CN||ctx
Narendra Modi|prime minister|IN|Modi|solo
Subrahmanyam Jaishankar|foreign minister|IN|S. Jaishankar,Jaishankar|solo
Mohammed bin Salman|crown prince|SA|MBS,Prince Mohammed bin Salman|solo
Faisal bin Farhan|foreign minister|SA|Prince Faisal bin Farhan|solo
Mohammed bin Zayed|president|AE|MBZ,Sheikh Mohamed bin Zayed,Mohamed bin Zayed|solo
Tamim bin Hamad Al Thani|emir|QA|Sheikh Tamim,Emir Tamim|solo
Mohammed bin Abdulrahman Al Thani|prime minister|QA||solo
Abdel Fattah el-Sisi|president|EG|Abdel Fattah al-Sisi,el-Sisi,al-Sisi,Sisi|solo
Kim Jong Un|leader|KP|Kim Jong-un,Kim Jong-Un|ctx
Masoud Pezeshkian|president|IR|Pezeshkian|solo
Abbas Araghchi|foreign minister|IR|Araghchi|solo
Luiz Inacio Lula da Silva|president|BR|Lula|solo
Cyril Ramaphosa|president|ZA|Ramaphosa|solo
Kassym-Jomart Tokayev|president|KZ|Tokayev|solo
Ilham Aliyev|president|AZ|Aliyev|solo
Nikol Pashinyan|prime minister|AM|Pashinyan|solo
Benjamin Netanyahu|prime minister|IL|Netanyahu|solo
Aleksandar Vucic|president|RS|Vucic|solo
"""

# Country words -> alpha-2: names, adjectives, possessives are handled by the matcher ("'s").
COUNTRIES = {
    "RU": "Russia,Russian,Russians,Russian Federation",
    "UA": "Ukraine,Ukrainian,Ukrainians",
    "US": "United States,U.S.,US,USA,U.S.A.,America,American,Americans",
    "GB": "United Kingdom,UK,U.K.,Britain,Great Britain,British,Briton",
    "FR": "France,French",
    "DE": "Germany,German",
    "TR": "Turkey,Turkiye,Turkish",
    "PL": "Poland,Polish",
    "IT": "Italy,Italian",
    "HU": "Hungary,Hungarian",
    "SK": "Slovakia,Slovak",
    "CZ": "Czech Republic,Czechia,Czech",
    "FI": "Finland,Finnish",
    "SE": "Sweden,Swedish",
    "NO": "Norway,Norwegian",
    "DK": "Denmark,Danish",
    "NL": "Netherlands,Dutch",
    "BE": "Belgium,Belgian",
    "ES": "Spain,Spanish",
    "PT": "Portugal,Portuguese",
    "GR": "Greece,Greek",
    "AT": "Austria,Austrian",
    "CH": "Switzerland,Swiss",
    "IE": "Ireland,Irish",
    "EE": "Estonia,Estonian",
    "LV": "Latvia,Latvian",
    "LT": "Lithuania,Lithuanian",
    "RO": "Romania,Romanian",
    "BG": "Bulgaria,Bulgarian",
    "MD": "Moldova,Moldovan",
    "GE": "Georgia,Georgian",
    "AM": "Armenia,Armenian",
    "AZ": "Azerbaijan,Azerbaijani",
    "KZ": "Kazakhstan,Kazakh",
    "BY": "Belarus,Belarusian",
    "RS": "Serbia,Serbian",
    "HR": "Croatia,Croatian",
    "CN": "China,Chinese",
    "JP": "Japan,Japanese",
    "KR": "South Korea,South Korean",
    "KP": "North Korea,North Korean",
    "IN": "India,Indian",
    "PK": "Pakistan,Pakistani",
    "IR": "Iran,Iranian",
    "IL": "Israel,Israeli",
    "SA": "Saudi Arabia,Saudi",
    "AE": "United Arab Emirates,UAE,Emirati",
    "QA": "Qatar,Qatari",
    "EG": "Egypt,Egyptian",
    "BR": "Brazil,Brazilian",
    "ZA": "South Africa,South African",
    "CA": "Canada,Canadian",
    "AU": "Australia,Australian",
    "VA": "Vatican,Holy See",
    "AL": "Albania,Albanian", "SI": "Slovenia,Slovenian", "ME": "Montenegro,Montenegrin",
    "MK": "North Macedonia,North Macedonian", "BA": "Bosnia and Herzegovina,Bosnia,Bosnian",
    "LU": "Luxembourg", "IS": "Iceland,Icelandic", "MT": "Malta,Maltese", "CY": "Cyprus,Cypriot",
    "MX": "Mexico,Mexican", "AR": "Argentina,Argentine,Argentinian", "ID": "Indonesia,Indonesian",
    "NZ": "New Zealand", "SG": "Singapore,Singaporean", "VN": "Vietnam,Vietnamese", "JO": "Jordanian",
    "KW": "Kuwait,Kuwaiti", "OM": "Oman,Omani", "UZ": "Uzbekistan,Uzbek", "KG": "Kyrgyzstan,Kyrgyz",
    "TJ": "Tajikistan,Tajik", "TM": "Turkmenistan,Turkmen", "MN": "Mongolia,Mongolian",
    "KE": "Kenya,Kenyan", "NG": "Nigeria,Nigerian",
    "TH": "Thailand,Thai", "MY": "Malaysia,Malaysian", "PH": "Philippines,Philippine,Filipino",
    "BD": "Bangladesh,Bangladeshi", "LK": "Sri Lanka,Sri Lankan",
    "CL": "Chile,Chilean", "CO": "Colombia,Colombian", "PE": "Peru,Peruvian", "UY": "Uruguay,Uruguayan",
    "GH": "Ghana,Ghanaian", "SN": "Senegal,Senegalese", "ET": "Ethiopia,Ethiopian", "MA": "Morocco,Moroccan",
    "DZ": "Algeria,Algerian", "TN": "Tunisia,Tunisian", "BH": "Bahrain,Bahraini", "LB": "Lebanon,Lebanese",
}

# Government metonyms: capitals and seats of power standing for a country ("Moscow said").
METONYMS = {
    "RU": "Moscow,Kremlin,the Kremlin",
    "UA": "Kyiv,Kiev",
    "US": "Washington,White House,the White House,Pentagon",
    "GB": "London,Downing Street",
    "FR": "Paris,Elysee",
    "DE": "Berlin",
    "TR": "Ankara",
    "CN": "Beijing",
    "PL": "Warsaw",
    "HU": "Budapest",
    "BY": "Minsk",
}

# Side words for RU/UA that are neither countries nor capitals (forces, services, institutions).
SIDE_WORDS = {
    "RU": "Rosgvardia,FSB,GRU,Wagner,occupiers,occupying forces,occupation forces,invaders",
    "UA": "SBU,ZSU,HUR,Armed Forces of Ukraine,Defence Forces,Defense Forces,Verkhovna Rada",
}
