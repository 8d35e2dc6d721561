"""Linking: mentions become entities, relations become statements at the actor and the country level.

- Gazetteer: places resolve to their entry whatever the form (米国, 米, アメリカ, ワシントン).
- Coreference inside the article: a short name resolves to the full name written earlier or later
  (サリバン氏 -> ジェイク・サリバン, 趙氏 -> 趙立堅); 同氏/彼 to the last person, 同国 to the last country,
  両国/両首脳 to the last two, 同省 to the last government body.
- Affiliation: a person acts for the body or country their title names (趙立堅 -> 中国外務省 -> China),
  remembered for later mentions of the same person.
- Roll-up: every relation is restated between the countries (or international organisations) its ends
  act for, linked to the actor-level statement it came from; none when both ends are the same country.
  Unnamed officials (中国高官) have no actor-level node; their relations appear at country level only.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from kg.lang import en as lex_en
from kg.lang import ja as lex
from kg.types import Article, Entity, Mention, Provenance, Relation, Statement
from kg.vocab import Place, gazetteer, normalize, people

_COUNTED = re.compile(r"^(\d+)か国$")
_TOPIC_AFTER = re.compile(r"(?:政府|側|当局)?は")  # a mention written as the topic (リトアニア政府は)
_TITLED_TOPIC_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}は")  # a person's title, then は (外相は, 副報道局長は)
# the markers of an object or addressee right after a mention (同国を, 同国に対し, 同国への)
_OBJECT_AFTER = ("を", "に", "への", "へ")
# a country's news outlet reporting (キルギスの地元メディアは、同国政府が…と報じた: 同国 is the outlet's country)
_OUTLET_AFTER = re.compile(r"の(?:地元|国営|政府系|主要|有力|複数の)?(?:メディア|紙|新聞|通信|テレビ|放送)(?:各社)?(?:は|が|によると)")
# the focus of a cleft sentence (仲介に乗り出したのは隣国ウズベキスタンだ): what the sentence is about
_FOCUS_AFTER = re.compile(r"(?:政府|側|当局)?(?:だ|である|です)(?:った|でした)?。")
_NAMED = ("person", "country", "organization", "government", "group")
# Relations that set two sides against each other or at one table (for 双方, both sides)
_SIDES_RELATIONS = frozenset({"attacks", "invades", "threatens", "warns", "criticizes", "accuses", "sanctions",
                              "opposes", "protests", "rejects", "demands", "negotiatesWith", "meetsWith"})
_ENCOUNTERS = frozenset({"meetsWith", "visits", "negotiatesWith", "hosts"})  # whose sides a following 両国 names
_COORDINATORS = frozenset({"と", "、", "や", "及び", "および", "and", ","})  # between two names written together
_PAIRS = ("両", "双方", "both", "the two")  # anaphors that stand for two: 両国, 双方, both sides, the two leaders
ANAPHORS = {**lex.ISSUER_ANAPHORS, **lex.ANAPHORS, **lex_en.ANAPHORS}  # 同氏, 両国, 声明, he, the country ...


def place_entity(place: Place, surface: str | None = None) -> Entity:
    labels = [(place.pref_en, "en"), (place.pref_ja, "ja")]
    if surface and surface in place.localities:
        surface = None  # (Russia struck Kharkiv: Ukraine, not a country called Kharkiv)
    if surface and (surface, "ja") not in labels:
        labels.append((surface, "ja"))
    kind = place.kind
    return Entity(key=place.key, kind=kind, labels=tuple(labels), same_as=place.same_as)


class _Resolver:
    """Resolves the mentions of one article; knows every mention, in text order."""

    def __init__(self, mentions: Iterable[Mention], topics: Iterable[Mention] = (), text: str = "",
                 pairs: Iterable[tuple[Mention, Mention, str]] = (),
                 warnings: Iterable[tuple[Mention, Mention]] = ()) -> None:
        self.text = text
        # who warns whom, anaphors too (for a headline's warning that names no one)
        self.warnings = sorted(warnings, key=lambda p: p[0].start)
        # the two ends and the relation of each relation, in text order (for "both sides")
        self.pairs = sorted(pairs, key=lambda p: max(p[0].start, p[1].start))
        # subjects of relations: 同国 and 同氏 refer back to what the text was about, not to any last mention
        self.topics = sorted(set(_flatten(topics)), key=lambda m: (m.start, m.end))
        # affiliations are mentions too: フィリピン in フィリピン沿岸警備隊 is what a later 同国 refers to
        self.mentions = sorted(set(_flatten(mentions)), key=lambda m: (m.start, m.end))
        self.people = [m for m in self.mentions if m.kind == "person"]
        self._full_names: dict[str, str] = {}  # (see _full_name)
        self.affiliation: dict[str, Entity] = {}
        self.affiliation_at: dict[str, Mention] = {}  # the mention whose title says so
        for m in self.mentions:
            self._remember_affiliation(m)

    def _remember_affiliation(self, m: Mention) -> None:
        node = m
        while node.affiliation is not None:
            above = node.affiliation
            owner = self.entities(above)
            while not owner and above.kind == "role" and above.affiliation is not None:
                # イランの革命防衛隊地上部隊のモハンマド・カラミ司令官: an unnamed unit between a person and a country
                # is no entity; the person acts for what the unit belongs to
                above = above.affiliation
                owner = self.entities(above)
            me = self.entities(node)
            if len(owner) == 1 and len(me) == 1 and owner[0].key != me[0].key:
                if me[0].key not in self.affiliation:
                    self.affiliation[me[0].key] = owner[0]
                    self.affiliation_at[me[0].key] = node
            node = node.affiliation

    def entities(self, m: Mention) -> list[Entity]:
        """The named entities a mention stands for (two for 両国); empty for unnamed officials."""
        if m.kind in ("country", "organization"):
            place = gazetteer().lookup(m.text) or _abbreviated(m.text) or self._short_form(m.text)
            return [place_entity(place, m.text)] if place else []
        if m.kind == "person":
            full = self._full_name(m.text)
            known = people().lookup(full) or people().lookup(m.text) or self._known_by_full_name.get(full)
            if known is not None:
                # (labelled as the article writes the name too: レジェプ・タイイップ・エルドアン beside the entry's)
                return [person_entity(known, full, m.text)]
            return [Entity(key=f"person/{full}", kind="person", labels=_labels(full, m.text))]
        if m.kind == "group":
            # a non-state group the article names and defines (「即応支援部隊」（RSF）): no country to roll up to
            name = (self._spelled_out(m) or m).text
            return [Entity(key=f"org/{normalize(name)}", kind="organization", labels=_labels(name, m.text))]
        if m.kind == "government":
            name = normalize(self._full_body(m))
            labels = _labels(m.text, m.text) + tuple((written, "ja") for written in (self._possessed(m),) if written)
            return [Entity(key=f"gov/{name}", kind="government", labels=labels)]
        if m.kind == "anaphor" and m.text in lex.REFLEXIVE_COUNTRY and m.affiliation is not None:
            # 自国: the country of whoever the sentence is about (read by the extractor as the affiliation)
            return [c for e in self.entities(m.affiliation) for c in (self.country_of(e),) if c is not None][:1]
        if m.kind == "anaphor" and m.text == lex_en.OTHER_SIDE and m.affiliation is not None:
            return self._other_side(m)
        if m.kind == "anaphor":
            return self._antecedents(m)
        if m.kind == "role" and m.affiliation is not None and m.affiliation.kind == "person" \
                and m.text.endswith(("政権", "政府", "administration", "government")):
            # マドゥロ政権, the Trump administration: the government a leader heads is their country (as 政府 is)
            return self.countries(m)[:1]
        return []

    def _short_form(self, name: str) -> Place | None:
        """コンゴ after コンゴ民主共和国: a name the gazetteer does not know, written as the start of the one country
        of the article whose name is it and a word of statehood (民主共和国, 共和国, 連邦, 王国), is that country."""
        if not name or name.isascii():
            return None
        found = {m.text for m in self.mentions if m.kind == "country" and m.text.startswith(name)
                 and m.text[len(name):] in lex.STATEHOOD_WORDS}
        return gazetteer().lookup(found.pop()) if len(found) == 1 else None

    def _possessed(self, m: Mention) -> str | None:
        """India's Ministry of External Affairs, named the Indian Ministry of External Affairs: a body written with
        its country's possessive keeps that form too, as it was written."""
        owner = m.affiliation
        if owner is None or owner.kind != "country" or not self.text or owner.end > m.start:
            return None
        if self.text[owner.end:m.start] not in ("'s ", "’s "):
            return None
        return self.text[owner.start:m.end]

    @cached_property
    def _known_by_full_name(self) -> dict:
        """The entry of ontologies/people.ttl that some mention of a person matched, by the article's full name:
        アフマド・シャラア (spelt unlike the entry) is the entry that シャラア氏 matched, one person not two."""
        found = {}
        for p in self.people:
            known = people().lookup(p.text)
            if known is not None:
                found.setdefault(self._full_name(p.text), known)
        return found

    def _full_body(self, bare: Mention) -> str:
        """The body of the article whose full name ends with this bare one (国軍 -> ミャンマー国軍): the only one, or
        of several (タイ国軍, ミャンマー国軍) the one named last before it."""
        name = bare.text
        spelled = self._spelled_out(bare)
        if spelled is not None:
            return spelled.text
        if name in lex.DOMESTIC_BODIES:
            return name  # a bare 外務省 in Japanese news is Japan's, whatever other ministry was named
        # (not a body of another country whose name ends with this one's: 南スーダン外務省 is not スーダン外務省's full name)
        full = [m for m in self.mentions if m.kind == "government" and m.text.endswith(name) and m.text != name
                and not _other_place(m.affiliation, bare.affiliation)]
        if len({m.text for m in full}) == 1:
            return full[0].text
        before = [m for m in full if m.end <= bare.start]
        return max(before, key=lambda m: m.start).text if before else name

    def _spelled_out(self, short: Mention) -> Mention | None:
        """Russia's Federal Security Service (FSB) ... The FSB denied: a short name the article writes in brackets right
        after a body's or group's full name is that body or group wherever it stands alone."""
        if not _ACRONYM.fullmatch(short.text):
            return None
        at = self.text.find(f"({short.text})")
        return next((m for m in self.mentions if m.kind == short.kind and m.text != short.text
                     and 0 < at - m.end <= 1), None) if at > 0 else None

    def _full_name(self, name: str) -> str:
        """The longest person name of the article that this one is a part of (サリバン -> ジェイク・サリバン).
        Worked out once per name: every mention of a person asks, and each asking compares all the article's people."""
        best = self._full_names.get(name)
        if best is None:
            best = name
            for other in self.people:
                full = other.text
                if len(full) > len(best) and _same_person(name, full):
                    best = full
            self._full_names[name] = best
        return best

    def _antecedents(self, m: Mention, exclude: frozenset = frozenset()) -> list[Entity]:
        kind = ANAPHORS.get(m.text.lower())
        count = 2 if m.text.startswith(_PAIRS) else 1
        counted = _COUNTED.match(m.text)
        if counted:
            # 4か国: the last four countries named (日米豪比, 日本、米国、豪州、フィリピン)
            kind, count = "country", int(counted.group(1))
        found: list[Entity] = []
        if kind == "regime":
            # 暫定政権は: the country whose government of that kind the article last named (バングラデシュ暫定政権)
            named = [p for p in self.mentions if p.end <= m.start and p.kind == "country"
                     and (self.text.startswith(m.text, p.end) or self.text.startswith("の" + m.text, p.end)
                          or p.text.endswith(m.text))]
            return self.entities(named[-1])[:1] if named else []
        if kind == "issuer":
            # 声明は…と指摘した: the statement speaks for the last actor the text was about
            # (so is the actor a sentence opens with, or one written with は: 中国商務省は声明を発表した。声明は…)
            marked = [p for p in self.mentions if self.text[p.end:p.end + 1] == "は"] + self._openers
            # (and so is whoever the text last named as the statement's issuer: ガボン外務省の声明によると…。声明は…)
            issuers = [p for p in self.mentions if p.end <= m.start and p.kind in _NAMED
                       and self.text.startswith("の" + m.text, p.end)]
            topics = [t for t in (*self.topics, *marked, *issuers[-1:]) if t.end <= m.start and t.kind in _NAMED]
            topic = max(topics, key=lambda t: (t.start, t.end), default=None)
            # (声明は、イランが…と非難した。声明はまた…: the same word again, with no one named as a topic since, is
            # the same statement)
            again = next((p for p in reversed(self.mentions) if p.end <= m.start and p.kind == "anaphor"
                          and p.text == m.text), None)
            # (a sentence opening on the statement has it as its opener, not the first actor named after it)
            if again is not None and (topic is None or topic.start < again.start or topic not in self.topics
                                      and not _TOPIC_AFTER.match(self.text, topic.end)
                                      and self._sentence_start(topic.start) == self._sentence_start(again.start)):
                return self._antecedents(again, exclude)
            return self.entities(topic)[:1] if topic is not None else []
        if count == 2 and kind == "country":
            # 両首脳は…会った。両国とも…: after a sentence about "both leaders", both countries are theirs
            last = next((t for t in reversed(self.topics) if t.end <= m.start), None)
            if last is not None and last.kind == "anaphor" and last.text != m.text and last.text.startswith(("両", "both")):
                pair = [c for e in self.entities(last) if (c := self.country_of(e)) is not None]
                if len({p.key for p in pair}) == 2:
                    return pair
        # (シシ氏はサウジの皇太子と会談し、両国が協力することで一致した: with no one to leave out, two countries its own
        # sentence names before it are the two; else, as for 両国 with someone left out, the sides named together or
        # set against each other, before the last two named)
        own_two = count == 2 and kind == "country" and not exclude and self._named_in_sentence(m) >= 2
        if count == 2 and kind == "country" and not own_two:
            # 中国は両国との協力を深める, with both countries: the last two countries named together (AとB, A and B),
            # in its sentence or the one before; further back, the two sides the article is about (below)
            since = self._sentence_start(self._sentence_start(m.start) - 1)
            pair = self._last_coordinated_pair(m, exclude, since=since) or self._last_meeting(m, exclude, since)
            if pair:
                return pair
        if count == 2 and (kind == "actor" or kind == "country" and not own_two):
            # 双方に自制を求めた, 両者: the two sides (as countries) the article has set against each other most
            # often before, in conflict or at the table (the last such pair on a tie), not the last two named
            tally: dict[frozenset, list] = {}
            # (AUは自制要求, in a headline: a headline sums up the article, so the sides are whoever the whole text
            # sets against each other)
            until = len(self.text) if self._in_headline(m) else m.start
            for k, (a, b, predicate) in enumerate(p for p in self.pairs if max(p[0].end, p[1].end) <= until):
                if predicate not in _SIDES_RELATIONS:
                    continue
                # (summoned Guinea's ambassador to protest: an unnamed envoy's side is the country they act for)
                sides = [c for e, c in self._ends(a, b) if e.key not in exclude and c.key not in exclude
                         and (kind != "country" or c.kind in ("country", "international"))]
                if len(sides) == 2 and sides[0].key != sides[1].key:
                    entry = tally.setdefault(frozenset(e.key for e in sides), [0, 0, sides])
                    entry[0], entry[1] = entry[0] + 1, k
            if tally:
                return max(tally.values(), key=lambda entry: (entry[0], entry[1]))[2]
        if count == 2 and kind == "country" and exclude:
            pair = self._last_coordinated_pair(m, exclude)  # (no sides set against each other yet: named together)
            if pair:
                return pair
        if count == 1 and kind == "country":
            # 中国との経済関係を重視する同国の首相: a country written with と in 同国's own clause is its partner, never it
            exclude = exclude | self._partners_before(m)
            start = self._sentence_start(m.start)
            outlet = next((p for p in reversed(self.mentions) if start <= p.start and p.end <= m.start
                           and p.kind == "country" and _OUTLET_AFTER.match(self.text, p.end)), None)
            if outlet is not None and self.entities(outlet):
                return self.entities(outlet)[:1]
            own = self._own_countries(m)
            if own and count == 1:
                own = own | exclude
                # 訪問中のスーダンの首相は、同国の外相と会談した: in its subject's sentence, 同国 is another country
                # than the subject's own (that would be 自国)
                priors = [p for p in self.mentions if p.end <= m.start and _matches(p, kind)]
                # (a country written as a partner or a listed one is no antecedent while another is there: モンテネグロ
                # は…独立した。…セルビアやロシアとの距離を巡って世論が割れている。EUは同国の改革を支援している)
                for prior in sorted(reversed(priors), key=lambda p: self.text.startswith(("と", "や"), p.end)):
                    found = [e for e in self.entities(prior) if e.key not in own]
                    if found:
                        return found[:1]
                return []
            # the country the text was about: a country subject, or the country a person or body subject acts for
            # (イラン外務省の報道官は…。同国の外相は… -> Iran); a は-topic counts whatever its verb (リトアニア政府は国境を
            # 閉鎖した。同国の外相は… -> Lithuania)
            # (not a topic inside a quotation of an earlier sentence: アゼルバイジャン外務省は「フランスは…」と非難
            # した。同国の外相は… -> Azerbaijan, what the text is about is the speaker; but in the quotation's own
            # sentence, what was just spoken of: 「リトアニアは…踏みにじった」と同国を批判した -> Lithuania)
            for topic in (t for t in reversed(self._about_countries) if t.end <= m.start
                          and not self._quoted_before(t, m.start)):
                found = self.entities(topic) if _matches(topic, kind) else (
                    self.countries(topic) if topic.kind in ("person", "government", "role") else [])
                # (the government, the junta: a state's, never the bloc a person speaks for)
                found = [e for e in found if e.key not in exclude
                         and (e.kind == "country" or m.text.lower() not in lex_en.GOVERNMENT_ANAPHORS)]
                if found:
                    return found[:1]
        if count == 1 and kind == "person" and m.text in lex.TOPIC_ANAPHORS:
            # ゼレンスキー氏は…グロッシ氏の訪問を評価した。同氏は…: 同氏 is the person the text is about (the last
            # person written as a topic or subject), in its sentence or the one before, not the last person named
            since = self._sentence_start(self._sentence_start(m.start) - 1)
            topic = next((t for t in reversed(self._about) if since <= t.start and t.end <= m.start
                          and t.kind == "person" and not any(e.key in exclude for e in self.entities(t))), None)
            if topic is not None and self.entities(topic):
                return self.entities(topic)[:1]
            # (同氏によると、…。同氏は…求めた: a 同氏 in the window is the same person as this one)
            again = next((p for p in reversed(self.mentions) if since <= p.start and p.end <= m.start
                          and p.kind == "anaphor" and p.text == m.text), None)
            if again is not None:
                return self._antecedents(again, exclude)
        before = [p for p in self.mentions if p.end <= m.start and p.kind != "anaphor"]
        if count == 2 and kind == "person":
            # Sarabia said the two presidents agreed: not the speaker beside them, when two people were named before
            start = self._sentence_start(m.start)
            earlier = [p for p in before if p.end <= start]
            people = lambda mentions: {e.key for p in mentions if _matches(p, kind) for e in self.entities(p)}
            # (She said she may raise it with Trump if the two leaders meet: a person its sentence refers to by "he"
            # or "she" is one of the two, with the one named beside)
            told = {e.key: e for p in self.mentions if start <= p.start and p.end <= m.start
                    and (p.kind == "person" or p.kind == "anaphor" and p.text.lower() in ("he", "she"))
                    for e in self.entities(p)[:1] if e.key not in exclude}
            if len(told) == 2 and len(people([p for p in before if p.start >= start])) == 1:
                return list(told.values())
            if len(people([p for p in before if p.start >= start])) < 2 and len(people(earlier)) >= 2:
                before = earlier  # (Lee, who hosted Takaichi, said the two leaders: both in its own sentence)
            # (両首脳: the two leaders named, not the spokesperson quoted in between)
            before = [p for p in before if not self._titled_otherwise(p, m.text)]
        if kind == "person" and m.text.startswith("同") and m.text != "同氏":
            # ソク・ピセット水資源・気象相は…。同相は…: the last person written with that title (相: any minister),
            # not the last person named, when there is one
            same = [p for p in before if _matches(p, kind) and self._title_after(p).endswith(m.text[1:])]
            before = same or before
        if kind == "government" and m.text.startswith("同"):
            # ノルウェー外務省は…発表した。同国の警察保安局によると…。同省は…: 同省 is the last ministry (省), not the
            # last body; 同庁, 同局 likewise
            same = [p for p in before if _matches(p, kind) and p.text.endswith(m.text[1:])]
            before = same or before
        elif kind == "actor" and m.text.startswith("同") and len(m.text) > 2:
            # 国際司法裁判所（ICJ）は…。同裁判所は…: the last actor named with that word, however written later (ICJ)
            before = [p for p in before if _matches(p, kind) and (p.text.endswith(m.text[1:]) or any(
                label.endswith(m.text[1:]) for e in self.entities(p) for label, _ in e.labels))]
        for prior in reversed(before):
            if _matches(prior, kind):
                for ent in self.entities(prior):
                    if ent.key not in exclude and ent.key not in {f.key for f in found}:
                        found.append(ent)
            if len(found) >= count:
                break
        return found[:count] if len(found) >= count else []

    def _titled_otherwise(self, person: Mention, anaphor: str) -> bool:
        """Is the person written with a title the pair anaphor cannot stand for (両首脳 are no spokespeople or envoys),
        a reading in brackets between (毛寧（マオ・ニン）報道官)?"""
        titles = lex.PAIR_EXCLUDED_TITLES.get(anaphor)
        if not titles or person.kind != "person":
            return False
        title = self._title_after(person)
        return title.endswith(titles) and not title.endswith(lex.PAIR_TITLES.get(anaphor, ()))

    def _last_meeting(self, m: Mention, exclude: set, since: int) -> list:
        """The two countries whose people met, visited or talked in the last such relation since ``since``
        (大統領はメキシコを訪れ、カスティーヨ大統領と会談。両国は…: Cuba and Mexico, whoever else the article sets
        against each other)."""
        met = []
        for a, b, predicate in (p for p in self.pairs if since <= min(p[0].start, p[1].start)
                                and max(p[0].end, p[1].end) <= m.start and p[2] in _ENCOUNTERS):
            sides = [c for _, c in self._ends(a, b) if c.kind == "country"]
            if len(sides) == 2 and sides[0].key != sides[1].key and (not met or {e.key for e in met[-1]} != {
                    e.key for e in sides}):
                met.append(sides)
        if len(met) >= 2:
            # (外相は…A国の外相とB国の外相とそれぞれ会談した。両国は…: one side met two others in turn; they are the two)
            last, before = met[-1], met[-2]
            hub = {e.key for e in last} & {e.key for e in before}
            if len(hub) == 1:
                met.append([next(e for e in before if e.key not in hub), next(e for e in last if e.key not in hub)])
        if met and not any(e.key in exclude for e in met[-1]):
            return met[-1]
        return []

    def _ends(self, a: Mention, b: Mention) -> list[tuple[Entity, Entity]]:
        """Each end of a relation told before as (its entity, the side it stands for: its country, else itself)."""
        return [(e, self.country_of(e) or e) for x in (a, b) for e in (self.entities(x) or self.countries(x))[:1]]

    def _title_after(self, person: Mention) -> str:
        """The title written right after a person's name, past a reading in brackets (貿易・観光相, 商務相, 報道官)."""
        after = re.sub(r"^[（(][^）)]*[）)]", "", self.text[person.end:person.end + 24])
        return re.match(r"[一-龥ァ-ヴー・]*", after).group(0)

    def _named_in_sentence(self, m: Mention) -> int:
        """How many countries the mentions of ``m``'s sentence before it act for."""
        start = self._sentence_start(m.start)
        return len({c.key for p in self.mentions if start <= p.start and p.end <= m.start and p.kind != "anaphor"
                    for e in self.entities(p) for c in (self.country_of(e),) if c is not None and c.kind == "country"})

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence around ``pos`` starts: after 。, a line break, or a full stop and a space that ends no
        abbreviation (the U.S. issued…)."""
        text, pos = self.text, max(pos, 0)
        start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos))
        stop = text.rfind(". ", 0, pos)
        while stop > start and (stop >= 2 and text[stop - 2] == "." or stop >= 1 and text[stop - 1].isupper()
                                and (stop < 2 or not text[stop - 2].isalpha())):
            stop = text.rfind(". ", 0, stop)  # (U.S. , a middle initial: no sentence end)
        return max(start, stop) + 1

    def _last_coordinated_pair(self, m: Mention, exclude: frozenset, since: int = 0) -> list[Entity]:
        """The last two countries written side by side with a coordinator between them before ``m`` (and
        from ``since`` on)."""
        before = [p for p in self.mentions if since <= p.start and p.end <= m.start and p.kind == "country"]
        for first, second in zip(reversed(before[:-1]), reversed(before[1:])):
            if self.text[first.end:second.start].strip().removesuffix(" the") not in _COORDINATORS:
                continue
            pair = [e for p in (first, second) for e in self.entities(p)[:1] if e.key not in exclude]
            if len(pair) == 2 and pair[0].key != pair[1].key:
                return pair
        return []

    @cached_property
    def _about(self) -> list[Mention]:
        """The subjects of relations and the mentions written as a は-topic, in text order (worked out once)."""
        marked = [p for p in self.mentions if _TOPIC_AFTER.match(self.text, p.end) or _FOCUS_AFTER.match(self.text, p.end)
                  and "のは" in self.text[self._sentence_start(p.start):p.start]]
        return sorted({*self.topics, *marked}, key=lambda t: (t.start, t.end))

    @cached_property
    def _about_countries(self) -> list[Mention]:
        """What 同国 may refer back to: ``_about`` and the people written as a topic with their title, whatever
        their verb (ヨンスドッティル外相は声明で撤回を要求した。同国は… -> Iceland)."""
        titled = [p for p in self.mentions if p.kind == "person" and _TITLED_TOPIC_AFTER.match(self.text, p.end)]
        return sorted({*self._about, *titled}, key=lambda t: (t.start, t.end))

    @cached_property
    def _openers(self) -> list[Mention]:
        """The first named actor of each sentence (worked out once per article)."""
        found, last_start = [], -1
        for p in self.mentions:
            if p.kind not in _NAMED:
                continue
            start = max(self.text.rfind(end, 0, p.start) for end in ("。", "\n")) + 1
            if start != last_start:
                found.append(p)
                last_start = start
        return found

    def _partners_before(self, m: Mention) -> frozenset:
        """The countries written with と (or との) in the clause of ``m`` before it."""
        start = max(self.text.rfind(end, 0, m.start) for end in ("。", "\n", "、")) + 1
        return frozenset(e.key for p in self.mentions if start <= p.start and p.end <= m.start
                         and p.kind == "country" and self.text.startswith("と", p.end) for e in self.entities(p))

    def _own_countries(self, m: Mention) -> set[str]:
        """The countries the subject nearest before ``m`` in its sentence acts for (ハンガリー政府は…承認しており、
        チャド政府は同国との協力を拡大する: Chad's, and 同国 is Hungary)."""
        start = max(self.text.rfind(end, 0, m.start) for end in ("。", "\n")) + 1 if self.text else m.start
        # (not a topic inside words quoted before it: ブチッチ大統領は「モンテネグロは兄弟国だ」と述べ、同国政府への批判は
        # 控えた, Serbia's, and 同国 is Montenegro)
        last = max((t for t in self._about if start <= t.start and t.end <= m.start
                    and not self._quoted(start, t.start)), key=lambda t: t.start, default=None)
        end = min((k for k in (self.text.find(e, m.end) for e in ("。", "\n")) if k >= 0), default=len(self.text))
        if last is None and self.text.startswith(_OBJECT_AFTER, m.end) \
                and not any(start <= t.start < end for t in self._about) \
                and any(p.kind == "country" and start <= p.start and p.end <= m.start for p in self.mentions):
            # 郭報道官は…と述べた。ネパールの抗議には言及せず、同国を批判することも避けた: a sentence with no subject
            # of its own goes on with the last one's, and 同国 as its object is another country than that subject's,
            # the one written before it in its sentence
            before = self._sentence_start(start - 1)
            last = max((t for t in self._about if before <= t.start < start and not self._quoted(before, t.start)),
                       key=lambda t: t.start, default=None)
        return {c.key for c in (self.entities(last) if last.kind == "country" else self.countries(last))} \
            if last is not None else set()

    def _in_headline(self, m: Mention) -> bool:
        """Is the mention on the article's first line, and is that line a headline (no 。 in it)?"""
        first = self.text.find("\n")
        return 0 <= m.start < first and "。" not in self.text[:first]

    def _quoted_before(self, t: Mention, pos: int) -> bool:
        """Is ``t`` inside a quotation that a sentence ended after, before ``pos``?"""
        if not self._quoted(self._sentence_start(t.start), t.start):
            return False
        depth, k = 1, t.end
        while depth and k < pos:
            depth += {"「": 1, "」": -1}.get(self.text[k], 0)
            k += 1
        return any(end in self.text[k:pos] for end in ("。", "\n"))

    def _quoted(self, start: int, pos: int) -> bool:
        """Is ``pos`` inside a quotation opened after ``start`` (and not closed before ``pos``)?"""
        between = self.text[start:pos]
        return between.count("「") > between.count("」")

    def country_of(self, ent: Entity, depth: int = 0) -> Entity | None:
        """The country or international organisation an entity acts for (non-state groups: none).

        What the article says comes first; a person of ontologies/people.ttl falls back on the entry."""
        if ent.kind in ("country", "international"):
            return ent
        if ent.kind == "organization":
            return None
        owner = self.affiliation.get(ent.key) or _known_affiliation(ent)
        if owner is None or depth > 4:
            return None
        return self.country_of(owner, depth + 1)

    def _other_side(self, m: Mention) -> list[Entity]:
        """Tehran would respond "in kind": the side the article has set against the speaker's most often before (the
        last such side on a tie); the speaker is the mention's affiliation (English only)."""
        own = {x.key for e in self.entities(m.affiliation) for x in (e, *self.chain(e), self.country_of(e) or e)}
        if self._heads_story(m):
            return self._warned_below(m, own)
        tally: dict[str, list] = {}
        for k, (a, b, predicate) in enumerate(p for p in self.pairs if max(p[0].end, p[1].end) <= m.start):
            if predicate not in _SIDES_RELATIONS:
                continue
            sides = [c for _, c in self._ends(a, b)]
            if len(sides) == 2 and (sides[0].key in own) != (sides[1].key in own):
                other = sides[1] if sides[0].key in own else sides[0]
                entry = tally.setdefault(other.key, [0, 0, other])
                entry[0], entry[1] = entry[0] + 1, k
        return [max(tally.values(), key=lambda entry: (entry[0], entry[1]))[2]] if tally else []

    def _heads_story(self, m: Mention) -> bool:
        """Is the mention on the first line of an English article, a headline with the story below it?"""
        first = self.text.find("\n")
        return 0 <= m.start < first and self.text[first:].strip() != ""

    def _warned_below(self, m: Mention, own: set) -> list[Entity]:
        """China warns against "military blocs": a headline's warning that names no one is aimed at the sides the
        story's first warning by the warner's side names (Guo warned Tokyo and Manila against ...: Japan and the
        Philippines)."""
        below = self.text.find("\n")
        warnings = [(a, b) for a, b in self.warnings if a.start > below]
        for a, _ in warnings:
            if not {e.key for e in self._sides(a)[:1]} & own:
                continue
            sides = {e.key: e for x, b in warnings if x == a for e in self._sides(b) if e.key not in own}
            if sides:
                return list(sides.values())
        return []

    def _sides(self, x: Mention) -> list[Entity]:
        """The sides an end of a relation stands for: each one's country, else itself (two for the two countries)."""
        return [self.country_of(e) or e for e in self.entities(x) or self.countries(x)]

    def ally(self, own: frozenset) -> list[Entity]:
        """Our ally, said by a side: the side the article sets most against the one it sets most against the
        speaker's (the last on a tie); none when no one is set against the speaker's side."""
        foe = self._most_opposed(own)
        return [] if foe is None else [e for e in (self._most_opposed(frozenset({foe.key}), own | {foe.key}),)
                                        if e is not None]

    def _most_opposed(self, side: frozenset, left_out: frozenset = frozenset()) -> Entity | None:
        """The side the article sets most often against ``side`` (the last on a tie), leaving out ``left_out``."""
        tally: dict[str, list] = {}
        for k, (a, b, predicate) in enumerate(self.pairs):
            if predicate not in _SIDES_RELATIONS | {"requests"}:
                continue
            ends = [c for _, c in self._ends(a, b)]
            if len(ends) == 2 and (ends[0].key in side) != (ends[1].key in side):
                other = ends[1] if ends[0].key in side else ends[0]
                if other.key not in left_out:
                    entry = tally.setdefault(other.key, [0, 0, other])
                    entry[0], entry[1] = entry[0] + 1, k
        return max(tally.values(), key=lambda entry: (entry[0], entry[1]))[2] if tally else None

    def chain(self, ent: Entity) -> list[Entity]:
        """What an entity acts for, step by step: 林剣 -> 中国外務省 -> China."""
        found = []
        while (owner := self.affiliation.get(ent.key)) is not None and len(found) < 5:
            found.append(owner)
            ent = owner
        return found

    def countries(self, m: Mention) -> list[Entity]:
        """The countries an end of a relation acts for (an unnamed official through their title)."""
        if m.kind == "role":
            return self.countries(m.affiliation) if m.affiliation is not None else []
        found = []
        for ent in self.entities(m):
            country = self.country_of(ent)
            if country is None and m.affiliation is not None:
                country = next(iter(self.countries(m.affiliation)), None)
            if country is not None:
                found.append(country)
        return found


def person_entity(person, *surfaces: str) -> Entity:
    labels = [(person.pref_en, "en"), (person.pref_ja, "ja")]
    for surface in surfaces:
        if surface and (surface, "ja") not in labels:
            labels.append((surface, "ja"))
    return Entity(key=person.key, kind="person", labels=tuple(labels), same_as=person.same_as)


def _known_affiliation(ent: Entity) -> Entity | None:
    for text, _ in ent.labels:
        person = people().lookup(text)
        if person is not None and person.key == ent.key and person.acts_for:
            return place_entity(gazetteer().get(person.acts_for))
    return None


def _flatten(mentions: Iterable[Mention]) -> Iterable[Mention]:
    for m in mentions:
        while m is not None:
            yield m
            m = m.affiliation


def _abbreviated(text: str) -> Place | None:
    return gazetteer().abbreviation(text) if len(text) == 1 else None


def _labels(full: str, surface: str) -> tuple[tuple[str, str], ...]:
    return ((full, "ja"),) if full == surface else ((full, "ja"), (surface, "ja"))


def _same_person(short: str, full: str) -> bool:
    """サリバン / ジェイク・サリバン, Sullivan / Jake Sullivan (last part), 趙 / 趙立堅 (family name first)."""
    parts = [p for p in full.replace("=", "・").replace(" ", "・").split("・") if p]
    return full.endswith(short) and (len(parts) > 1 and parts[-1] == short) or (
        full.startswith(short) and not short.isascii() and "・" not in full and " " not in full) or (
        # Mao Ning / Mao, Guo Jiakun / Guo: Chinese and Korean names in English put the family name first
        short.isascii() and len(parts) == 2 and parts[0] == short and len(short) <= 4) or (
        # シーハサック / シーハサック・プアンケートケオ, プラボウォ / プラボウォ・スビアント: Thais and Indonesians go by
        # their first name
        not short.isascii() and len(parts) > 1 and parts[0] == short and len(short) >= 3) or (
        # ラミレス・レスカノ / ルベン・ラミレス・レスカノ: a family name of two words (Spanish, Portuguese)
        not short.isascii() and "・" in short and full.endswith("・" + short)) or (
        # Løkke Rasmussen / Lars Løkke Rasmussen, De la Fuente / Juan Ramón de la Fuente: a family name of several
        # words, its particle capitalised at the start of a sentence
        _latin(short) and " " in short and full.lower().endswith(" " + short.lower())) or (
        # Yemane / Yemane Gebremeskel, Abiy / Abiy Ahmed: Ethiopians, Eritreans (and Thais, Indonesians) go by
        # their given name in English too
        _latin(short) and len(parts) > 1 and parts[0] == short and len(short) >= 4 and " " not in short) or (
        # Burhan / Abdel Fattah al-Burhan, Sisi / Abdel Fattah el-Sisi: an Arabic family name goes without its article
        _latin(short) and len(parts) > 1 and " " not in short and _ARTICLED.fullmatch(parts[-1]) is not None
        and parts[-1].split("-", 1)[1] == short)


# a short name of capitals, as news writes one in brackets after a name (FSB, RSF, EUMM, M23)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
# the Arabic article written before a family name: al-, el-, and assimilated (ad-Dbeibah, as-Sudani, ash-Shaibani)
_ARTICLED = re.compile(r"(?:[Aa][lnrdst]|[Ee]l|[Aa]sh)-\w+")


def _latin(text: str) -> bool:
    """Written in the Latin alphabet (with its accents: Løkke, Ramón), not in kana or kanji."""
    return all(ord(ch) < 0x2000 for ch in text)


def _matches(m: Mention, kind: str | None) -> bool:
    """Can ``m`` be the antecedent of an anaphor of this kind (両者: any named actor)?"""
    if kind == "actor":
        return m.kind in _NAMED
    return m.kind == kind


def link(article: Article, relations: Iterable[Relation], mentions: Iterable[Mention]) -> list[Statement]:
    """Actor-level statements as written, then their country-level roll-ups."""
    relations, mentions = list(relations), list(mentions)
    resolver = _Resolver([*mentions, *(m for r in relations for m in (r.subject, r.object))],
                         # (not what is only reported or possible: a hedged relation's subject is not the topic)
                         topics=[r.subject for r in relations if r.predicate != "affiliatedWith" and not r.hedged],
                         text=article.text,
                         pairs=[(r.subject, r.object, r.predicate) for r in relations
                                if "anaphor" not in (r.subject.kind, r.object.kind)],
                         warnings=[(r.subject, r.object) for r in relations if r.predicate == "warns"
                                   and lex_en.OTHER_SIDE not in (r.subject.text, r.object.text)])
    statements: list[Statement] = []
    for rel in relations:
        statements.extend(_statements(rel, resolver))
    statements += _known_affiliations(article, statements, resolver)
    return statements + _named_people(article, statements, resolver, mentions)


def _known_affiliations(article: Article, statements: list[Statement], resolver: _Resolver) -> list[Statement]:
    """affiliatedWith for the people of relations whose title is not in the relation's sentence: from a title
    elsewhere in the article (rule ``title``), else from their entry in ontologies/people.ttl
    (プーチン大統領 -> Russia; rule ``gazetteer``)."""
    stated = {s.subject.key for s in statements if s.predicate == "affiliatedWith"}
    found, seen = [], set()
    for st in statements:
        for ent in (st.subject, st.object):
            if ent.kind != "person" or ent.key in stated or ent.key in seen:
                continue
            owner, at = _affiliation_of(ent, resolver)
            if at is not None:
                # the title was read elsewhere in the article (米上院のロジャー・ウィッカー議員ら ... ウィッカー氏は)
                prov = Provenance(sentence=_sentence_at(article.text, at.start), start=at.start, end=at.end,
                                  extractor=st.provenance.extractor, rule="title", confidence=0.85)
            else:
                prov = replace(st.provenance, extractor="kg.gazetteer", rule="gazetteer", confidence=0.9)
            if owner is not None:
                seen.add(ent.key)
                found.append(Statement(subject=ent, predicate="affiliatedWith", object=owner, level="actor",
                                       provenance=prov))
    return found


def _named_people(article: Article, statements: list[Statement], resolver: _Resolver,
                  mentions: list[Mention]) -> list[Statement]:
    """affiliatedWith for every named person of the article who is in no relation (李在明大統領は閣議で…と強調
    した): from their title (rule ``title``), else from their entry in ontologies/people.ttl (rule ``gazetteer``).
    Only people named as actors: not a leader a government is named after (アサド政権, the Trump administration)."""
    stated = {s.subject.key for s in statements if s.predicate == "affiliatedWith"}
    found = []
    for m in sorted((m for m in mentions if m.kind == "person"), key=lambda m: (m.start, m.end)):
        people_of = resolver.entities(m)
        if len(people_of) != 1 or people_of[0].key in stated:
            continue
        person = people_of[0]
        owner, at = _affiliation_of(person, resolver)
        rule = "title" if at is not None else "gazetteer"
        if owner is None or owner.key == person.key:
            continue
        at = at or m
        stated.add(person.key)
        found.append(Statement(subject=person, predicate="affiliatedWith", object=owner, level="actor",
                               provenance=Provenance(sentence=_sentence_at(article.text, at.start), start=at.start,
                                                     end=at.end, extractor="kg.link", rule=rule, confidence=0.8)))
    return found


def _affiliation_of(person: Entity, resolver: _Resolver) -> tuple[Entity | None, Mention | None]:
    """Whom a person acts for, and the mention whose title says so: a title read in the article, else their entry
    in ontologies/people.ttl (no mention)."""
    at = resolver.affiliation_at.get(person.key)
    if at is not None:
        return resolver.affiliation[person.key], at
    return _known_affiliation(person), None


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around offset ``pos`` (cut at 。, ！, ？ and line breaks)."""
    start = max(text.rfind(ch, 0, pos) for ch in "。！？\n") + 1
    ends = [i for ch in "。！？\n" if (i := text.find(ch, pos)) != -1]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def _statements(rel: Relation, resolver: _Resolver) -> list[Statement]:
    speaker = resolver.entities(rel.attributed_to) if rel.attributed_to else []
    base = dict(predicate=rel.predicate, provenance=rel.provenance, negated=rel.negated, hedged=rel.hedged,
                attributed_to=speaker[0] if speaker else None)
    symmetric = rel.predicate in _symmetric()
    # (RSFの司令官2人を制裁対象に指定した: an unnamed official of a group that acts for no country stands for the
    # group at actor level, since no country level will hold the relation)
    subjects = resolver.entities(rel.subject) or _group_of_official(rel.subject, resolver)
    objects = resolver.entities(rel.object) or _group_of_official(rel.object, resolver)
    # (a subject referred back to asks too: she urged both governments; not a subject that is a pair itself)
    plural_object = rel.object.kind == "anaphor" and not (
        rel.subject.kind == "anaphor" and rel.subject.text.startswith(_PAIRS)) and rel.object.text.startswith(_PAIRS)
    if plural_object and subjects:
        # 両者に自制を求めた: "both sides" are others than the one who asks, and than the side it speaks for
        own = frozenset(e.key for s in subjects for e in (s, *resolver.chain(s), resolver.country_of(s)) if e is not None)
        objects = resolver._antecedents(rel.object, exclude=own)
    other_than_subject = rel.object.kind == "anaphor" and subjects and rel.object.text.lower() in (
        "him", "her", "同氏", *lex_en.DESCRIBED_ANAPHORS)
    if other_than_subject:
        # Teo is due to receive him, ブルハン議長は同氏を迎えて会談した: an object pronoun is someone other than the
        # verb's subject (and so is the bloc: the African Union supported the regional bloc's effort)
        objects = resolver._antecedents(rel.object, exclude=frozenset(s.key for s in subjects))
    ally = rel.object.kind == "anaphor" and rel.object.text == lex_en.OUR_ALLY and bool(subjects)
    if ally:
        # Washington "stands firmly with our ally", after criticising North Korea: South Korea
        own = frozenset(e.key for s in subjects for e in (s, *resolver.chain(s), resolver.country_of(s)) if e is not None)
        objects = resolver.ally(own)
    if not objects and subjects and rel.predicate in _ADDRESSED_TO_ENVOYS and _envoy(rel.object):
        # ロシアの駐モルドバ大使を呼び出して抗議した, summoned Azerbaijan's ambassador to lodge a protest: a protest
        # or demand handed to an unnamed envoy is addressed to the country the envoy represents
        objects = resolver.countries(rel.object)
    if rel.predicate == "protests":
        # 比は抗議 (after 中国海警局、比巡視船に放水), ヨルダン軍の空爆にシリアが抗議: a protest is lodged with a
        # state, so one aimed at its forces or coast guard is addressed to the state; not its foreign ministry or an
        # embassy, which are where protests are lodged
        objects = [(resolver.country_of(o) or o) if o.kind == "government" and not _diplomatic(o) else o
                   for o in objects]
    pairs = _pairs(subjects, objects, symmetric)
    if rel.predicate in ("visits", "hosts"):
        # no one visits their own country (talks held in Moscow by Lavrov), nor hosts their own people
        pairs = [(s, o) for s, o in pairs if (resolver.country_of(s) or s).key != (resolver.country_of(o) or o).key]
    elif rel.provenance.rule == "target-clause":
        # a clause's subject is not whom a speaker warns or accuses when it is the speaker's own country:
        # 郭報道官は「中国は…措置を取る」と警告した warns whom the context says, not China (a criticism of one's own
        # country stated directly stays: 野党党首は日本政府を批判した)
        pairs = [(s, o) for s, o in pairs if o.kind != "country" or s.kind == "country"
                 or (resolver.country_of(s) or s).key != o.key]
    actor = [Statement(subject=s, object=o, level="actor", **base) for s, o in pairs]
    if rel.predicate == "affiliatedWith":
        return actor
    origin = actor[0] if actor else None
    if plural_object and subjects or other_than_subject and rel.object.text.lower() in lex_en.DESCRIBED_ANAPHORS \
            or ally:
        object_countries = [c for o in objects if (c := resolver.country_of(o)) is not None]
    else:
        object_countries = resolver.countries(rel.object)
    country = [Statement(subject=s, object=o, level="country", derived_from=origin, **base)
               for s, o in _pairs(resolver.countries(rel.subject), object_countries, symmetric)]
    return actor + country


_ADDRESSED_TO_ENVOYS = frozenset({"protests", "demands", "requests", "warns"})
_ENVOY_TITLES = ("大使", "公使", "高等弁務官", "high commissioner", "ambassador", "ambassadors", "envoy", "envoys",
                 "chargé d'affaires", "charge d'affaires", "chargé d’affaires", "charge d’affaires",  # (代理大使 ends with 大使)
                 "当局", "authorities",  # (キルギス当局に対し…求めた: the authorities stand for their country too)
                 "外交官", "大使館員", "diplomat", "diplomats",  # (マリ大使館の外交官2人に国外退去を求めた: the embassy's country)
                 "総領事", "領事", "consul", "consul general",
                 "武官", "attaché", "attachés")  # (中国とロシアの駐在武官を呼び、再発防止を要求した: military attachés)  # (Chile's consul general in La Paz was summoned)


def _group_of_official(m: Mention, resolver: _Resolver) -> list[Entity]:
    """The non-state group an unnamed official acts for (RSFの司令官, the group's commanders), if any."""
    if m.kind != "role" or m.affiliation is None or m.affiliation.kind != "group" or resolver.countries(m):
        return []
    return resolver.entities(m.affiliation)


def _other_place(a: Mention | None, b: Mention | None) -> bool:
    """Are both written and known to the gazetteer, and different places?"""
    if a is None or b is None:
        return False
    pa, pb = (gazetteer().lookup(m.text) or gazetteer().abbreviation(m.text) for m in (a, b))
    return pa is not None and pb is not None and pa.key != pb.key


def _diplomatic(ent: Entity) -> bool:
    """A foreign ministry or an embassy (中国外務省, the State Department, 在日中国大使館): a body that receives a
    state's protests."""
    return any(word in text.lower() for text, _ in ent.labels for word in _DIPLOMATIC_BODIES)


_DIPLOMATIC_BODIES = ("外務省", "外交部", "国務省", "大使館", "foreign ministry", "ministry of foreign affairs",
                       "state department", "foreign office", "embassy")


def _envoy(m: Mention) -> bool:
    """An unnamed envoy of a country (ロシア大使, the U.S. ambassador), or its authorities (タイ当局に…求めた)."""
    return m.kind == "role" and m.text.lower().endswith(_ENVOY_TITLES)


def _pairs(subjects: list[Entity], objects: list[Entity], symmetric: bool) -> list[tuple[Entity, Entity]]:
    """Subject-object pairs of distinct entities; a symmetric relation once per pair (両国は協力した)."""
    pairs, seen = [], set()
    for s in subjects:
        for o in objects:
            key = frozenset((s.key, o.key)) if symmetric else (s.key, o.key)
            if s.key != o.key and key not in seen:
                seen.add(key)
                pairs.append((s, o))
    return pairs


def _symmetric() -> frozenset[str]:
    from kg.vocab import vocabulary

    return frozenset(r.name for r in vocabulary().relations if r.symmetric)
