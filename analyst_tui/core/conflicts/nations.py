"""Countries and their adjectives: "a Russian jet" is Russia's, "Turkish lawmakers" are Turkey's."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import stem

# A country and its adjective are one party: "a Russian jet" is Russia's, "Turkish forces" Turkey's.
NATIONS = {
    "american": "us", "america": "us", "u.s.": "us", "usa": "us", "british": "britain", "uk": "britain",
    "u.k.": "britain", "russian": "russia", "turkish": "turkey", "iranian": "iran", "israeli": "israel",
    "chinese": "china", "syrian": "syria", "ukrainian": "ukraine", "sudanese": "sudan", "japanese": "japan",
    "korean": "korea", "french": "france", "german": "germany", "indian": "india", "pakistani": "pakistan",
    "afghan": "afghanistan", "iraqi": "iraq", "egyptian": "egypt", "libyan": "libya", "lebanese": "lebanon",
    "saudi": "saudi arabia", "yemeni": "yemen", "mexican": "mexico", "canadian": "canada", "cuban": "cuba",
    "venezuelan": "venezuela", "greek": "greece", "italian": "italy", "spanish": "spain", "polish": "poland",
    "indonesian": "indonesia", "philippine": "philippines", "filipino": "philippines", "vietnamese": "vietnam",
    "taiwanese": "taiwan", "georgian": "georgia", "armenian": "armenia", "azerbaijani": "azerbaijan",
    "palestinian": "palestine", "jordanian": "jordan", "qatari": "qatar", "emirati": "uae", "somali": "somalia",
    "ethiopian": "ethiopia", "eritrean": "eritrea", "nigerian": "nigeria", "kenyan": "kenya",
    "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland", "austrian": "austria",
    "portuguese": "portugal", "irish": "ireland", "scottish": "scotland", "welsh": "wales", "danish": "denmark",
    "swedish": "sweden", "norwegian": "norway", "finnish": "finland", "icelandic": "iceland", "czech": "czechia",
    "slovak": "slovakia", "hungarian": "hungary", "romanian": "romania", "bulgarian": "bulgaria",
    "serbian": "serbia", "croatian": "croatia", "bosnian": "bosnia", "albanian": "albania", "slovenian": "slovenia",
    "lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia", "belarusian": "belarus",
    "moldovan": "moldova", "kazakh": "kazakhstan", "uzbek": "uzbekistan", "brazilian": "brazil",
    "argentine": "argentina", "argentinian": "argentina", "chilean": "chile", "peruvian": "peru",
    "colombian": "colombia", "ecuadorian": "ecuador", "bolivian": "bolivia", "australian": "australia",
    "thai": "thailand", "malaysian": "malaysia", "bangladeshi": "bangladesh", "nepalese": "nepal",
    "nepali": "nepal", "burmese": "myanmar", "cambodian": "cambodia", "moroccan": "morocco",
    "algerian": "algeria", "tunisian": "tunisia", "ghanaian": "ghana", "ugandan": "uganda",
    "tanzanian": "tanzania", "zambian": "zambia", "zimbabwean": "zimbabwe", "rwandan": "rwanda",
    "congolese": "congo", "senegalese": "senegal", "malian": "mali", "nigerien": "niger",
    "kuwaiti": "kuwait", "bahraini": "bahrain", "omani": "oman",
}  # fmt: skip
# A capital stands for its country's government: "brokered by Cairo" is Egypt's doing (the last word of a capital
# of two words).
CAPITALS = {
    "washington": "us", "london": "britain", "moscow": "russia", "kremlin": "russia", "ankara": "turkey",
    "tehran": "iran", "jerusalem": "israel", "beijing": "china", "damascus": "syria", "kyiv": "ukraine",
    "kiev": "ukraine", "khartoum": "sudan", "tokyo": "japan", "seoul": "korea", "pyongyang": "korea", "paris": "france",
    "berlin": "germany", "delhi": "india", "islamabad": "pakistan", "kabul": "afghanistan", "baghdad": "iraq",
    "cairo": "egypt", "tripoli": "libya", "beirut": "lebanon", "riyadh": "saudi arabia", "sanaa": "yemen",
    "ottawa": "canada", "havana": "cuba", "caracas": "venezuela", "athens": "greece", "rome": "italy",
    "madrid": "spain", "warsaw": "poland", "jakarta": "indonesia", "manila": "philippines", "hanoi": "vietnam",
    "taipei": "taiwan", "tbilisi": "georgia", "yerevan": "armenia", "baku": "azerbaijan", "amman": "jordan",
    "doha": "qatar", "dhabi": "uae", "mogadishu": "somalia", "ababa": "ethiopia", "asmara": "eritrea",
    "abuja": "nigeria", "nairobi": "kenya", "hague": "netherlands", "amsterdam": "netherlands", "brussels": "belgium",
    "bern": "switzerland", "vienna": "austria", "lisbon": "portugal", "dublin": "ireland", "copenhagen": "denmark",
    "stockholm": "sweden", "oslo": "norway", "helsinki": "finland", "prague": "czechia", "budapest": "hungary",
    "bucharest": "romania", "sofia": "bulgaria", "belgrade": "serbia", "zagreb": "croatia", "minsk": "belarus",
    "brasilia": "brazil", "aires": "argentina", "santiago": "chile", "lima": "peru", "bogota": "colombia",
    "canberra": "australia", "bangkok": "thailand", "lumpur": "malaysia", "dhaka": "bangladesh",
    "kathmandu": "nepal", "rabat": "morocco", "algiers": "algeria", "tunis": "tunisia", "accra": "ghana",
    "kampala": "uganda", "kinshasa": "congo", "dakar": "senegal", "bamako": "mali", "kuwait": "kuwait",
    "manama": "bahrain", "muscat": "oman", "mexico": "mexico",
}


NATION_NAMES = frozenset(NATIONS.values())  # the nations' own names ("brazil", "south sudan")


def country(word: str) -> str:
    """The country a country's adjective names ("russian" -> "russia"), else the word."""
    return NATIONS.get(word, word)


# The same, as word stems: what ``cues`` compares ("japanes" -> "japan").
NATION_STEMS = {stem(adjective): stem(name.split()[0]) for adjective, name in NATIONS.items()}


# A body and its members ("Parliament approved" / "Lawmakers approved").
_MEMBERS = dict.fromkeys(("lawmak", "legisl", "mps", "mp", "parliamentarian", "deputi"), "parliament") | {
    "host": "home", "sterl": "pound", "accus": "defend", "inflat": "price", "forward": "striker", "minist": "govern",
    "truce": "ceasefir", "armistic": "ceasefir", "judg": "court", "magistr": "court", "author": "govern",
    "offici": "govern", "electr": "power", "levi": "tariff", "duti": "tariff", "salari": "pay", "wage": "pay",
    "endpoint": "goal", "tie": "merger", "newspap": "paper", "tabloid": "paper", "find": "rule", "probe": "investig",
    "inquiri": "investig", "takeov": "acquisit", "buyout": "acquisit", "theater": "cinema"}
# (the hosts are the home side; sterling is the pound; the accused is the defendant; inflation is prices rising; a
# forward is a striker; ministers, the authorities and officials are the government; a truce is a ceasefire; a judge
# or a magistrate speaks for a court; electricity is power, a levy or a duty a tariff, wages or a salary pay, a trial's
# endpoint its goal; a tie-up a merger; a takeover or a buyout an acquisition; a newspaper or a tabloid a paper; a
# finding a ruling; a probe or an inquiry an investigation; a chain's theatres its cinemas)


# A stem as the one it names: a nation by its adjective ("turkish": turkey), a government by its capital ("moscow":
# russia), a body by its members.
_ONE = _MEMBERS | {stem(city): stem(land.split()[0]) for city, land in CAPITALS.items() if city != "washington"} | (
    NATION_STEMS) | {stem("brussels"): "eu", stem("european"): "eu"}  # ("Brussels blocked" / "the European Commission
# approved": the EU's Commission, as a party)


def related(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two sets of word stems share one: the same stem, a country and its adjective ("turkey" / "turkish") or
    its capital ("Moscow" / "Russia"), a body and its members, two words for one thing, or a stem of five letters or
    more that opens the other ("portug" / "portugues", "rescu" / "rescuer")."""
    if x & y:
        return True
    nx = {_ONE.get(u, u) for u in x}
    if any(_ONE.get(v, v) in nx for v in y):
        return True
    if any(len(u) >= 5 and v.startswith(u) or len(v) >= 5 and u.startswith(v) for u in x for v in y):
        return True
    return not {u[:7] for u in x if len(u) >= 7}.isdisjoint(v[:7] for v in y if len(v) >= 7)  # ("montenegro" /
    # "montenegrin": seven letters alike)


def as_countries(words: frozenset[str]) -> frozenset[str]:
    """A capital as its country, "united states" as the US ("Washington" / "the United States")."""
    out = {CAPITALS.get(w, w) for w in words}
    if "united" in out and out & {"states", "kingdom"}:
        out = (out - {"united", "states", "kingdom"}) | {"us" if "states" in out else "britain"}
    return frozenset(out)


# Words many names have: two parties that share only one of these are two ("Team Solent" and "Team Norra", "Fenwick
# County" and "Ashby County").
IN_MANY_NAMES = frozenset("""team club fc united city town county athletic rovers group holdings bank company corp inc
    ltd llp international national royal university college hospital""".split())  # fmt: skip
