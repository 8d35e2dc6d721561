"""Probes: short news sentences of our own, each with the country-level relations a careful analyst records.

Each file is a JSON list of ``[category, sentence, ["SUBJ relation OBJ POLARITY", ...]]``; SUBJ and OBJ are the
last part of a graph key (``JP``, ``UN``, ``HAMAS``), POLARITY one of POS, NEG, HEDGE, NEGHEDGE; a relation or a
polarity may be a choice (``POS|HEDGE``). An item with a ``?`` anywhere, or with an end written ``XX``, marks a
relation the guidelines leave open: it is not scored. The negation probes are scored on negation alone
(NEG or NEGHEDGE against the rest), the construction probes on the whole polarity.

- ``ja_negation.json``, ``en_negation.json``: built to find negated events produced as positive (and double
  negations read as negated).
- ``ja_constructions.json``, ``en_constructions.json``: the common constructions of news in each language. Two
  phone calls (電話で協議した) are left open there: the probe's writer read them as negotiation, every gold set
  written since (and CAMEO, which tells a call from negotiating) does not.
- ``ja_long.json``: 150 long sentences of the kind Japanese papers print, 2-4 relations each (chains, quotations,
  relative clauses, negation mixed with positive relations). Meetings held in a named capital with no word of a
  visit are left open (the gold sets record such visits only now and then).
- ``ja_news_negation.json``: 160 Japanese news sentences in 20 kinds of negation (denials in quotes, 見送り/控えた,
  〜ず chains, 〜しない方針, どころか, relative clauses such as 〜に署名しなかった国, passives, double negations, and
  sentences that only look negative), written by a helper who never saw the extractor, to find negated events produced
  as positive. First measured after the thirteenth session's first rules (none on negation): 171 right, 4 negated produced
  as positive, 6 positive produced as negated.
- ``ja_wire.json``: 160 sentences the way Japanese wire services write (20 kinds: 〜と発表した, 〜によると, 〜側, headlines,
  titles, coreference across two sentences, relative clauses, nominal events, light verbs, passives, requests, meetings,
  sanctions, attacks, hedges ...), written blind to measure recall. First measured after the thirteenth session's first
  rules: 142 of 273 scored relations right. Its helper ran each headline into its body with a full-width space, where
  the helper meant (and said) a line break, as in every gold set and probe; the eight headline items were given their
  line break afterwards (the relations expected were not touched).
- ``ja_para_negation.json``: 120 short Japanese paragraphs (2-4 sentences) where negation depends on context across
  sentences: a report denied later, a visit announced then called off, a request refused, contrasts, negated
  relative clauses, headlines, double negations, conditionals, and controls where a negation must not spread; written
  blind in the thirteenth session. At first measure 13 negated relations came out positive (now 9: see the README).
- ``ja_modality.json``: 160 Japanese news items in 16 kinds of modality (とみられる/とされる/もようだ, 可能性/恐れ,
  plans, readiness, claims, reports, suspicions, conditionals, requests, 検討/調整, 示唆/ほのめかす, predictions such as
  〜しかねない, denied plans and 〜かどうか, negated hedges, and two controls where an announced or reported past act
  must stay positive), written blind in the fourteenth session to find hedges read as facts, facts read as hedged, and
  hedges read as negation. First measured after the session's first rules (none on modality): 115 of 213 scored
  relations right, 11 with another polarity, 1 negated produced as positive, 2 positive produced as negated. Its writer
  hedges every media report (ロイター通信は…と報じた); the older probes and the gold sets record a wire or state agency's
  report of a past act as a fact, so those items stay as its writer made them and count against us.
- ``en_wire.json``: 160 English sentences the way Reuters, AP and AFP write (20 kinds: headlines, datelines, "said in a
  statement", "according to", appositions, possessive nominals, "the move", pronouns, "the two sides", relative and
  participial clauses, passives, phrasal verbs, light verbs, metonyms, hedges ...), written blind in the thirteenth
  session to measure recall; first measured on its last English rules: 179 of 280 scored relations right.
- ``en_long.json``: 150 long wire-style English sentences (25-55 words, 2-4 relations each: appositions, relative
  clauses, reported speech, fronted "after" clauses, coordination, pronouns, datelines, nominal events), written by
  a helper who never saw the extractor.

``python -m tests.probes ja_negation`` prints the tally and every sentence that is not right; the model-backed test
``tests/test_probes.py`` holds the tallies at or above what the extractor gives now.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
SYMMETRIC = frozenset({"meetsWith", "negotiatesWith", "cooperatesWith"})
ALIASES = {"UNGA": "UN", "UNSC": "UN"}
NEGATED = frozenset({"NEG", "NEGHEDGE"})


def load(name: str) -> list:
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


def statements(name: str) -> list[list]:
    """The extractor's statements for each sentence of a probe, as (level, subject, relation, object, polarity)."""
    from kg.ingest import article_id
    from kg.nlp import parse
    from kg.pipeline import analyse
    from kg.types import Article

    lang = name.split("_")[0]
    sentences = load(name)
    articles = [Article(id=article_id(f"{k}:{text}"), source="probe", title="", text=text, lang=lang)
                for k, (_, text, _) in enumerate(sentences)]
    position = {a.id: k for k, a in enumerate(articles)}
    found: list[list] = [[] for _ in sentences]
    for article, doc in parse(articles):
        found[position[article.id]] = [(str(st.level), _code(st.subject.key), st.predicate, _code(st.object.key),
                                        _polarity(st.negated, st.hedged))
                                       for st in analyse(article, doc) if st.predicate != "affiliatedWith"]
    return found


def score(name: str, found: list[list] | None = None) -> tuple[Counter, list]:
    """Tally of the probe's expected relations (ok, negated_as_positive, positive_as_negated, other_polarity,
    missed) and of unexpected country-level statements (extra), with the sentences that are not right."""
    found = statements(name) if found is None else found
    negation_only = name.endswith("_negation")
    tally, wrong = Counter(), []
    for (category, text, expected), rows in zip(load(name), found):
        candidates = [r for r in rows if r[0] == "country" or _group(r)]
        used = set()
        for item in expected:
            subject, relation, obj, want = item.replace("?", "").split()
            relations, wants = set(relation.split("|")), set(want.split("|"))
            matches = [k for k, r in enumerate(candidates) if r[2] in relations and _pair(r, subject, obj)]
            used.update(matches)
            if "?" in item or "XX" in (subject, obj):
                continue
            got = {candidates[k][4] for k in matches}
            negated = bool(wants & NEGATED)
            if got & wants or negation_only and got and all((p in NEGATED) == negated for p in got):
                verdict = "ok"
            elif not got:
                verdict = "missed"
            elif negated and not got & NEGATED:
                verdict = "negated_as_positive"
            elif not negated and got <= NEGATED:
                verdict = "positive_as_negated"
            else:
                verdict = "other_polarity"
            tally[verdict] += 1
            if verdict != "ok":
                wrong.append((verdict, category, text, item, sorted(set(candidates))))
        for k, r in enumerate(candidates):
            if k not in used and r[1] != r[3]:
                tally["extra"] += 1
                wrong.append(("extra", category, text, " ".join(r[1:]), []))
    return tally, wrong


def _code(key: str) -> str:
    code = key.split("/")[-1].upper() if key.startswith(("country/", "org/", "group/")) else key
    return ALIASES.get(code, code)


def _polarity(negated: bool, hedged: bool) -> str:
    return {(False, False): "POS", (True, False): "NEG", (False, True): "HEDGE", (True, True): "NEGHEDGE"}[
        (negated, hedged)]


def _group(row) -> bool:
    """An actor-level statement with a non-state group at one end (groups are never rolled up to countries)."""
    return row[0] == "actor" and (row[1] in _GROUPS or row[3] in _GROUPS)


_GROUPS = frozenset({"HAMAS", "HOUTHIS", "TALIBAN", "HEZBOLLAH", "ISIS", "ISLAMIC STATE"})


def _pair(row, subject: str, obj: str) -> bool:
    return (row[1], row[3]) == (subject, obj) or (row[2] in SYMMETRIC and (row[1], row[3]) == (obj, subject))
