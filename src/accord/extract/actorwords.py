"""Word lists the actor resolver reads titles, collectives, bodies and descriptions by."""

from __future__ import annotations

from .. import gazetteer as gz
from .records import ActorRef

# Nouns a demonym can modify, and what the phrase then stands for.
TITLES = {"president": "head_of_state", "leader": "head_of_state", "king": "head_of_state",
          "queen": "head_of_state", "emir": "head_of_state", "premier": "head_of_government",
          "chancellor": "head_of_government"}
MINISTER_TITLES = {"prime": "head_of_government", "foreign": "foreign_minister"}
STATE_NOUNS = {"government", "authority", "administration", "leadership", "regime", "official", "side",
               "delegation", "diplomat"}
LOCATION_PREPS = {"in", "at", "to", "from", "near", "outside", "inside", "into"}
# "both nations", "the two leaders": head noun → the kind of actor meant (None: any actor).
PLURAL_NOUNS = {"nation": gz.STATE, "country": gz.STATE, "state": gz.STATE, "government": gz.STATE,
                "power": gz.STATE, "neighbor": gz.STATE, "neighbour": gz.STATE, "capital": gz.STATE,
                "leader": gz.PERSON, "president": gz.PERSON, "official": gz.PERSON, "minister": gz.PERSON,
                "secretary": gz.PERSON, "side": None, "party": None, "ally": None}
# Definite descriptions of an organisation: "the bloc", "the alliance".
ORG_NOUNS = {"bloc", "alliance", "organisation", "organization", "union", "grouping", "council", "body"}
# Nouns for collectives that act without a name of their own: "students", "rebels", "the opposition".
COLLECTIVES = {"student", "worker", "demonstrator", "protester", "protestor", "rebel", "militant", "guerrilla",
               "guerilla", "insurgent", "soldier", "troop", "force", "police", "farmer", "prisoner", "activist",
               "opposition", "settler", "refugee", "militia", "militiaman", "fighter", "separatist", "extremist",
               "fundamentalist", "islamist", "hacker", "bomber", "gunman", "army", "military", "inhabitant",
               "resident", "villager", "youth", "union", "teacher", "doctor", "landowner", "supporter", "group",
               "party", "faction", "movement", "officer", "official", "authority", "diplomat", "leader", "minister",
               "lawmaker", "deputy", "legislator", "monitor", "observer", "inspector", "peacekeeper", "serviceman",
               "civilian", "journalist", "negotiator", "commander", "agent", "immigrant", "national", "detainee",
               "hostage", "elder", "politician", "administrator", "bulldozer", "helicopter", "aircraft", "tank",
               "warship", "jet", "assembly", "parliament", "cabinet", "ministry", "court", "senate", "congress",
               "council", "navy", "ally", "country", "nation", "donor", "guard"}
# Heads other than COLLECTIVES that make a demonym's phrase a group of that state's people or companies.
GROUP_HEADS = {"company", "bank", "firm", "business", "entity", "oligarch", "individual", "people", "citizen",
               "man", "woman", "child", "family", "exporter", "importer", "producer", "investor", "tourist",
               "pilot", "sailor", "crew", "athlete", "envoy", "team", "community", "population",
               "émigré", "emigre", "exile", "dissident", "minority", "majority", "worker", "nationalist",
               "communist", "leadership", "elite", "operative", "spy", "mercenary", "volunteer", "contractor",
               "adviser", "advisor", "expert", "scientist", "engineer", "crewman", "fisherman", "trader",
               "media", "outlet", "newspaper", "agency", "airline", "carrier", "vessel", "ship", "boat",
               "plane", "warplane", "drone", "unit", "battalion", "brigade", "regiment", "division", "patrol",
               "guard", "squad", "delegate", "representative", "citizenry", "public", "voter",
               # "Sri Lankan protests": the protesters
               "protest", "demonstration", "rally", "uprising", "riot", "unrest", "strike", "march"}
# Singular heads that make a demonym's phrase one official of the state: "the Ecuadorian ambassador".
OFFICIAL_HEADS = {"ambassador", "envoy", "diplomat", "minister", "secretary", "official", "spokesman",
                  "spokeswoman", "spokesperson", "negotiator", "counterpart", "representative", "delegate",
                  "commander", "general", "chief", "governor", "consul", "attaché", "attache"}
COLLECTIVE_SINGULAR = {"police", "opposition", "army", "military", "militia", "government", "assembly",
                       "parliament", "cabinet", "ministry", "court", "senate", "congress", "council", "guard"}
# Collectives that are organs of a state: "Kosovo's Assembly" is a government body of Kosovo.
BODY_NOUNS = {"assembly", "parliament", "cabinet", "ministry", "court", "senate", "congress", "council", "army",
              "military", "navy", "police", "government", "guard"}
# words of an office before a name: "Foreign Minister", "President", "Defence Secretary"
OFFICE_WORDS = {"president", "minister", "secretary", "king", "queen", "emir", "sultan", "premier", "chancellor",
                "leader", "ambassador", "envoy", "general", "commander", "spokesman", "spokeswoman", "spokesperson",
                "negotiator",
                "official", "chairman", "chief", "prince", "vice-president", "governor", "speaker", "judge",
                "diplomat", "senator", "mayor", "admiral", "colonel", "ayatollah", "representative", "commissioner"}
# Titles before a name that only one state's officials bear (the United Kingdom's Secretary of State is always
# "Secretary of State for ..." and spells "Defence"), by the state's name in states.tsv.
NATIONAL_TITLES = {"Secretary of State": "United States", "Secretary of Defense": "United States",
                   "Defense Secretary": "United States", "Secretary of the Treasury": "United States",
                   "Treasury Secretary": "United States", "Foreign Secretary": "United Kingdom",
                   "Defence Secretary": "United Kingdom", "Home Secretary": "United Kingdom",
                   "Chancellor of the Exchequer": "United Kingdom"}
# Titles that, alone before a name, only one state uses: "Secretary Blinken" is an American cabinet secretary (other
# states' secretaries carry their department or party: "Foreign Secretary X", "General Secretary X").
BARE_TITLES = {"Secretary": "United States"}
# Treaties, meetings and events named after the city where they happened: the city is then a place.
NAMED_AFTER_PLACES = {"accord", "accords", "agreement", "convention", "pact", "treaty", "award", "exchange",
                      "protocol", "declaration", "memorandum", "communique", "summit", "conference", "format",
                      "process", "talks", "charter", "statute", "principle"}
# Names of states and organisations that take "the" in running text: those built on a common noun ("the United
# Kingdom", "the European Union") and plural or customary ones ("the Netherlands", "the Gambia").
ARTICLE_WORDS = {"united", "republic", "kingdom", "union", "federation", "states", "islands", "emirates",
                 "nations", "organization", "organisation", "council", "community", "league", "coalition",
                 "assembly", "bank", "fund", "commission", "court"}
ARTICLE_NAMES = {"Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Gambia", "Holy See",
                 "Vatican"}
FIRST_PLURAL = {"we", "us", "our", "ours"}
FIRST_SINGULAR = {"i", "me", "my"}
# a named body's people, who act as the body: "Guidance Patrol officers", "Coast Guard personnel"
MEMBERS = {"officer", "agent", "official", "personnel", "member", "staff", "employee", "guard", "trooper"}
# Forms of address that mark a statement to the UK Parliament, whose "we" is the United Kingdom.
PARLIAMENT_MARKERS = ("Mr Speaker", "Madam Speaker", "Deputy Speaker", "noble Lord", "My Lords", "the House",
                      "right honourable", "right hon.", "hon. Friend", "hon. Member", "hon. Gentleman", "hon. Lady",
                      "the whole House")
# in a document's title, the record of a debate in the UK Parliament: "Engagements, House of Commons, Volume 709"
PARLIAMENT_TITLES = ("House of Commons", "House of Lords", "Prime Minister's Questions", "Prime Minister’s Questions")
UK = "Q145"
ORG_BODY_WORDS = ("Ministry", "Department", "Office", "Agency", "Parliament", "Senate", "Congress", "Assembly",
                  "Council of Ministers", "Army", "Navy", "Air Force", "Armed Forces", "Court", "Cabinet")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Words before a title or name that say the office is no longer held.
FORMER = {"former", "ex", "ex-", "late"}


def with_article(actor: ActorRef) -> str:
    """The actor's name as running text gives it, with "the" where the name takes one.

    >>> with_article(ActorRef("United States", gz.STATE)), with_article(ActorRef("Japan", gz.STATE))
    ('the United States', 'Japan')
    """
    if actor.kind in (gz.STATE, gz.ORGANIZATION) and (
            actor.label in ARTICLE_NAMES or ARTICLE_WORDS & set(actor.label.lower().split())):
        return f"the {actor.label}"
    return actor.label


# predicates of intent that only a subject able to act takes: "it is willing to withdraw"
WILLING = {"willing", "unwilling", "ready", "prepared", "determined", "committed", "eager", "keen", "reluctant",
           "opposed"}
# heads of GROUP_HEADS that name what people do, not the people: "Sri Lankan protests" are protesters in Sri Lanka
PROTEST_EVENTS = {"protest", "demonstration", "rally", "uprising", "riot", "unrest", "march"}


def group_label(text: str, head: str, state: ActorRef) -> str:
    """The label of a demonym's group: the phrase itself ("Russian companies"), or, where the phrase names what
    people do, the people who do it where they are ("Sri Lankan protests": "protesters in Sri Lanka").

    >>> group_label("Iranian protests", "protest", ActorRef("Iran", gz.STATE))
    'protesters in Iran'
    """
    return f"protesters in {with_article(state)}" if head in PROTEST_EVENTS else text

# last words of a name that make it a place or a building, whatever the recogniser took it for
PLACE_HEADS = {"monastery", "church", "mosque", "temple", "cathedral", "shrine", "village", "airport", "airfield",
               "base", "camp", "facility", "bridge", "square", "prison", "hospital", "stadium", "port", "harbour",
               "harbor", "valley", "river", "mountain", "mountains", "crossing", "checkpoint", "dam", "plant"}
